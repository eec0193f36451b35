/**
 * A. MOF 项目支出绩效自评表 (财预〔2020〕10号) on one sheet: the budget block's names sit under a
 * blank header beside the merged label "项目资金（万元）", the block ends at "年度总体目标", and
 * it scores execution itself (分值 10 on 年度资金总额).
 */
import { mofProjectForm } from "../../../scripts/realistic-fixtures";
import { detectTables } from "../../../src/engine/detect";
import { categories, checkList, line, run, scores, six } from "./helpers";
import { isTotalLine } from "../../../src/engine/vocabulary/budget-lines";

const r = run(mofProjectForm());

describe("A. MOF 项目支出绩效自评表", () => {
  test("finds both blocks on the one sheet; names in column B; the budget block ends before 年度总体目标", () => {
    const tables = detectTables(mofProjectForm()).filter((t) => t.kind !== "info");
    expect(tables.map((t) => [t.kind, t.headerRow, t.range.bottom])).toEqual([
      ["budget", 4, 8], // header row 5, last row 9 (其他资金); row 10 opens 年度总体目标
      ["indicator", 11, 21], // header row 12 through the 总分 row 22
    ]);
    expect(tables[0]!.columns).toMatchObject({ item: 1, initialBudget: 2, budget: 3, actual: 4, weight: 5, rate: 6, statedScore: 7 });
  });

  test("budget lines: 年度资金总额 with its 其中 rows (其他资金 has no figures, so no line)", () => {
    const lines = r.evaluation.budget!.lines.map((l) => [l.line.name, isTotalLine(l.line), l.line.kind === "subItem", l.line.parent]);
    expect(lines).toEqual([
      ["年度资金总额", true, false, null],
      ["当年财政拨款", false, true, "年度资金总额"],
      // "上年结转资金" follows "其中：当年财政拨款" under a total: also one of its 其中 rows.
      ["上年结转资金", false, true, "年度资金总额"],
    ]);
    // 1,187.34 / 1,260 = 0.942333…; 1,131.84 / 1,200 = 0.9432; 55.5 / 60 = 0.925
    expect(six(line(r, "年度资金总额").executionRate)).toBe("0.942333");
    expect(six(line(r, "当年财政拨款").executionRate)).toBe("0.943200");
    expect(six(line(r, "上年结转资金").executionRate)).toBe("0.925000");
  });

  test("execution score from the block's 分值: round2(min(0.942333…, 1) × 10) = 9.42", () => {
    expect(r.json.budget!.executionScore).toEqual({ weight: 10, score: 9.42 });
  });

  test("indicator scores, categories, total = 86.01 + 9.42 = 95.43 (优)", () => {
    expect(scores(r)).toEqual({
      新建高标准农田面积: 19.17, // 1.15 / 1.2 × 20 = 19.1666… → 19.17
      新建灌排渠道长度: 10, // 36.2 ≥ 35
      工程验收合格率: 10,
      项目完工及时率: 4.84, // 92 / 95 × 5 = 4.8421… → 4.84
      亩均建设成本: 5, // 反向 1032 ≤ 1050
      亩均粮食产能提升: 10,
      受益农户数: 10,
      工程管护机制: 7, // 定性 "基本达成": band [6, 8), stated 7 stands
      受益农户满意度: 10,
    });
    expect(categories(r)).toEqual([
      ["产出指标", 50, 49.01, 0.9802], // 19.17 + 10 + 10 + 4.84 + 5 = 49.01; / 50
      ["效益指标", 30, 27, 0.9], // 10 + 10 + 7
      ["满意度指标", 10, 10, 1],
    ]);
    // 49.01 + 27 + 10 = 86.01 (weights 90) + 9.42 execution = 95.43 of 100
    expect(r.json.indicatorTables[0]!.total).toBe(95.43);
    expect(r.json.indicatorTables[0]!.maxTotal).toBe(100);
    expect(r.json.totalScore).toBe(95.43);
    expect(r.json.grade).toBe("优");
  });

  test("checks: the block's printed 94.3% and stated 9.43 (94.3% × 10) and the stated total 95.44, nothing else", () => {
    expect(checkList(r)).toEqual([
      "STATED_RATE_MISMATCH@项目支出绩效自评表!G6",
      "STATED_SCORE_MISMATCH@项目支出绩效自评表!H6",
      "STATED_TOTAL_MISMATCH@项目支出绩效自评表!H22",
    ]);
    // 0.943 is 94.3% to one place; 1,187.34 / 1,260 = 94.2333…% is 94.2% to one place.
    expect(r.evaluation.checks[0]!.message.zh).toBe("“年度资金总额”填报执行率94.3%，按执行数÷预算数计算应为94.2%。");
    // The funds block's 得分 cell, not an indicator (REVIEW R13).
    expect(r.evaluation.checks[1]!.message.zh).toBe("预算执行率（得分栏H6）填报得分9.43分，按评分规则应为9.42分。");
    expect(r.evaluation.checks[2]!.message.zh).toBe("表中填报的总分95.44分与各项得分合计95.43分不一致。");
  });

  test("entity (实施单位 before 主管部门), year from （2023年度）, project name and goal from the key cells", () => {
    expect(r.json.entity).toBe("青山县农田建设服务中心");
    expect(r.json.year).toBe(2023);
    expect(r.evaluation.info!.projectName).toBe("2023年高标准农田建设项目");
    expect(r.evaluation.narrativeInputs.goals).toBe("新建高标准农田1.2万亩，配套建设灌排渠道35公里，提升项目区粮食综合生产能力。");
  });
});
