/**
 * E. 重庆-style: 一级/二级 written on every row, percent-formatted numbers, weights "10分", and a
 * 预算执行率 row scored from the budget on another sheet.
 */
import { chongqingRepeatedLevels } from "../../../scripts/realistic-fixtures";
import { categories, checkList, line, run, scores, six } from "./helpers";

const r = run(chongqingRepeatedLevels());

describe("E. 重庆-style repeated levels, percent cells and a 预算执行率 row", () => {
  test("levels repeated on every row group the same way as merged ones; weights “10分” read as 10", () => {
    const t = r.evaluation.indicatorTables[0]!;
    expect(t.indicators.map((i) => [i.indicator.level1, i.indicator.weight.value.toNumber()])).toEqual([
      ["产出指标", 10],
      ["产出指标", 10],
      ["产出指标", 10],
      ["产出指标", 10],
      ["产出指标", 10],
      ["效益指标", 15],
      ["效益指标", 10],
      ["满意度指标", 15],
      ["预算执行", 10],
    ]);
  });

  test("percent cells: 0.95 and 0.9 formatted 0% are 95% and 90%: 90 / 95 × 10 = 9.4737 → 9.47", () => {
    expect(scores(r)).toMatchObject({ 工程质量合格率: 10, 项目按期完工率: 9.47, 居民满意度: 15 });
  });

  test("the 预算执行率 row is scored from 支出合计 on the budget sheet: 6,012.47 / 6,148.35 = 0.977900 → 9.78", () => {
    expect(six(line(r, "支出合计").executionRate)).toBe("0.977900");
    expect(scores(r)["预算执行率"]).toBe(9.78);
    // The table scores execution itself, so no extra execution points are added.
    expect(r.json.budget!.executionScore).toBeNull();
    expect(r.evaluation.indicatorTables[0]!.includesExecutionScore).toBe(false);
  });

  test("categories and total: 49.47 + 24 + 15 + 9.78 = 98.25 of 100 (优)", () => {
    expect(categories(r)).toEqual([
      ["产出指标", 50, 49.47, 0.9894],
      ["效益指标", 25, 24, 0.96], // 15 + 定性 达成 stated 9 in [8, 10]
      ["满意度指标", 15, 15, 1],
      ["预算执行", 10, 9.78, 0.978],
    ]);
    expect(r.json.totalScore).toBe(98.25);
    expect(r.json.grade).toBe("优");
  });

  test("change rates: 项目支出 404.96 / 2,327.56 = 0.173985; 收入合计 579.29 / 5,433.18 = 0.106621", () => {
    expect(six(line(r, "项目支出").changeRate)).toBe("0.173985");
    expect(six(line(r, "收入合计").changeRate)).toBe("0.106621");
  });

  test("the one check: stated 9 where the rules give 9.47", () => {
    expect(checkList(r)).toEqual(["STATED_SCORE_MISMATCH@绩效指标完成情况!G5"]);
    expect(r.evaluation.checks[0]!.message.zh).toBe("指标“项目按期完工率”填报得分9分，按评分规则应为9.47分。");
  });

  test("entity from 编制单位：… (not from 单位：万元), year from the title", () => {
    expect(r.json.entity).toBe("重庆市渝北区龙山街道办事处");
    expect(r.json.year).toBe(2023);
  });
});
