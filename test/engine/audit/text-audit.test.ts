/**
 * The audit of a report written by hand beside the bundled example. The texts are our own, with
 * the kinds of claims real reports carry, right and wrong. Figures (docs/rules.md §6):
 *   支出合计 28,082.29 of 28,564.19 → 98.31%; 上年 69,640.66 → −41,558.37, −59.68%
 *   一般公共预算 22,096.43, 上年 32,943.62 → −10,847.19, −32.93% (32.9265…%)
 *   项目支出 22,550.76, 上年 64,101.33 → −41,550.57, −64.82%
 *   政府性基金 5,985.49万元 = 59,854,900元
 *   产出 42/50 = 84%, 效益 50/50 = 100%, total 92, 15 indicators
 */
import { resolve } from "path";
import { runEngine } from "../../../src/engine";
import type { Check } from "../../../src/engine/evaluation";
import type { Grid } from "../../../src/engine/grid";
import { claimsIn, sentencesOf } from "../../../src/engine/audit/claims";
import { loadWorkbook, workbookToGrid } from "../../../src/node/xlsx-read";

const EXAMPLE = resolve(__dirname, "..", "..", "..", "examples", "paitan-2023.xlsx");

const REPORT = [
  "派潭镇2023年度整体支出自评报告（手写稿）",
  "一、收支情况",
  "2023年全镇支出合计28,082.29万元，完成年度预算的98.31%，比上年减少41,558.37万元，下降59.68%。",
  "收入中，一般公共预算财政拨款补助收入全年到账22,096.43万元，比上年减少10,847.19万元，下降32.92%；政府性基金预算财政拨款补助收入59,854,900元。",
  "支出方面，项目支出完成22,550.76万元，比上年增加41,550.57万元；基本支出5,531.53万元，执行率为99.00%。",
  "二、绩效情况",
  "全年共设置绩效指标15项，效益指标完成率为90%，产出指标完成率为84.00%，绩效指标合计自评得分为92分。",
  "此外，镇内乡村旅游接待收入增长12.5%，带动农户增收。",
];

let base: Grid;
beforeAll(async () => {
  base = workbookToGrid((await loadWorkbook(EXAMPLE)).workbook);
});

function audit(paragraphs: string[], sheet = "手写报告"): Check[] {
  const grid: Grid = { sheets: [...base.sheets, { name: sheet, cells: paragraphs.map((p) => [p]), merges: [] }] };
  const r = runEngine(grid);
  if (!r.ok) throw new Error("engine stopped");
  // The report sheet is text to audit, never the info sheet.
  expect(r.evaluation.info?.sheet).toBe("基本信息");
  return r.evaluation.checks.filter((c) => c.code.startsWith("TEXT_"));
}

const at = (c: Check): string => `${c.code}@${c.cell?.sheet}!${c.cell ? `A${c.cell.row + 1}` : ""}`;

describe("claims in report prose", () => {
  test("are read with their precision and direction; spaces and full-width digits do not hide them", () => {
    const [s] = sentencesOf("本年项目支出为２２，５５０.76万元，较上年减少41,550.57万元，下降 54.82 %。");
    const claims = claimsIn(s!).map((c) => [c.kind, c.value.toString(), c.places, c.sign]);
    expect(claims).toEqual([
      ["amount", "22550.76", 2, 0],
      ["change", "41550.57", 2, -1],
      ["changeRate", "54.82", 2, -1],
    ]);
    const [t] = sentencesOf("本年总收入28,082.29万元，完成年度预算的98.31%，自评得分为 92 分。");
    expect(claimsIn(t!).map((c) => c.kind)).toEqual(["amount", "execution", "score"]);
  });
});

describe("TEXT_FIGURE_MISMATCH on a hand-written report beside the bundled example", () => {
  test("flags exactly the wrong claims, naming cell, claim, correct figure and tolerance", () => {
    const checks = audit(REPORT);
    const warnings = checks.filter((c) => c.severity === "warning");
    expect(warnings.map(at)).toEqual(["TEXT_FIGURE_MISMATCH@手写报告!A4", "TEXT_FIGURE_MISMATCH@手写报告!A5", "TEXT_FIGURE_MISMATCH@手写报告!A7"]);
    // 10,847.19 / 32,943.62 = 32.9265…% → 32.93%; the sentence's own figures give the same.
    expect(warnings[0]!.message.zh).toBe(
      "手写报告!A4 的报告文字“下降32.92%”与数据不符：应为32.93%（(全年执行数 − 上年执行数) ÷ 上年执行数，四舍五入到所写位数，容差±0.005%）；按报告自身数字计算为32.93%。",
    );
    // A fall written as a rise.
    expect(warnings[1]!.message.zh).toContain("“增加41,550.57万元”与数据不符：应为减少41,550.57万元");
    // 效益 50/50 = 100%, written with no decimals: compared at whole percent, tolerance ±0.5%.
    expect(warnings[2]!.message.zh).toContain("“完成率为90%”与数据不符：应为100%（该类得分 ÷ 该类分值，四舍五入到所写位数，容差±0.5%）");
  });

  test("claims that tie to nothing are infos, never errors", () => {
    const infos = audit(REPORT).filter((c) => c.severity === "info");
    // 基本支出 has no budget (no execution rate); 乡村旅游接待收入 is no line of the table.
    expect(infos.map((c) => c.message.zh)).toEqual([
      "手写报告!A5 的报告文字“执行率为99.00%”未能对应到表中的项目或数字，未核对。",
      "手写报告!A8 的报告文字“增长12.5%”未能对应到表中的项目或数字，未核对。",
    ]);
  });

  test("a report whose figures all agree gives no warning; none without a report sheet", () => {
    const right = REPORT.map((p) => p.replace("32.92%", "32.93%").replace("比上年增加41,550.57", "比上年减少41,550.57").replace("90%", "100%"));
    expect(audit(right).filter((c) => c.severity === "warning")).toEqual([]);
    const r = runEngine(base);
    expect(r.ok && r.evaluation.checks.filter((c) => c.code.startsWith("TEXT_"))).toEqual([]);
  });

  test("a score of something other than the indicator table is not checked against its total", () => {
    const checks = audit(["综合评价：", "部门整体绩效目标总体达成，单位自评得分为93.91分；绩效指标自评得分为92分。", "全年支出合计28,082.29万元，完成年度预算的98.31%。"]);
    expect(checks.map((c) => [c.severity, c.message.zh])).toEqual([["info", "手写报告!A2 的报告文字“得分为93.91分”未能对应到表中的项目或数字，未核对。"]]);
  });
});
