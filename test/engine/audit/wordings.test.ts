/**
 * The audit reads the wordings officers use and Zipin's own phrase pack writes (docs/text-audit.md):
 * each hand-written sentence below (our own words) carries one deliberately wrong figure, flagged at
 * its cell with the correct one; the sentences after them are figures that must not be read as
 * claims — a target, a year, a gap in 个百分点, a quoted indicator name.
 *
 * Figures of the bundled example (docs/rules.md §6), by hand:
 *   收入合计 = 支出合计 28,082.29 of 28,564.19 → 98.31%; 上年 69,640.66 → −41,558.37, −59.68%
 *   一般公共预算 22,096.43, 上年 32,943.62 → −10,847.19, −32.93%
 *   政府性基金 5,985.49, 上年 36,697.04 → −30,711.55, −83.69%
 *   基本支出 5,531.53, 上年 5,539.33 → −7.80, −0.14%
 *   项目支出 22,550.76, 上年 64,101.33 → −41,550.57, −64.82%
 *   产出 42/50 = 84%, 效益 50/50 = 100%; all indicators 92/100 = 92%; 15 indicators, 11 met
 */
import { resolve } from "path";
import { runEngine } from "../../../src/engine";
import type { Check } from "../../../src/engine/evaluation";
import type { Grid } from "../../../src/engine/grid";
import { claimsIn, sentencesOf } from "../../../src/engine/audit/claims";
import { loadWorkbook, workbookToGrid } from "../../../src/node/xlsx-read";

const EXAMPLE = resolve(__dirname, "..", "..", "..", "examples", "paitan-2023.xlsx");
const SHEET = "报告手稿";

let base: Grid;
beforeAll(async () => {
  base = workbookToGrid((await loadWorkbook(EXAMPLE)).workbook);
});

function audit(paragraphs: string[]): Check[] {
  const r = runEngine({ sheets: [...base.sheets, { name: SHEET, cells: paragraphs.map((p) => [p]), merges: [] }] });
  if (!r.ok) throw new Error("engine stopped");
  return r.evaluation.checks.filter((c) => c.code.startsWith("TEXT_"));
}

/** [sentence with one wrong figure, the claim as written, the correct figure the message gives] */
const WRONG: [string, string, string][] = [
  // 41,558.37 ÷ 69,640.66 = 59.675…% → 59.68%, digits swapped.
  ["本年支出合计28,082.29万元，较上年减少41,558.37万元，降幅59.86%。", "降幅59.86%", "59.68%"],
  // 30,711.55 ÷ 36,697.04 = 83.689…% → 83.69%.
  ["政府性基金预算财政拨款补助收入5,985.49万元，同比下降38.69%。", "下降38.69%", "83.69%"],
  // 41,550.57 ÷ 64,101.33 = 64.820…% → 64.82%.
  ["项目支出22,550.76万元，较上年减少41,550.57万元，下降率为46.82%。", "下降率为46.82%", "64.82%"],
  // A fall written as a rise: −0.14%.
  ["基本支出5,531.53万元，同比增长0.14%，保持平稳。", "增长0.14%", "下降0.14%"],
  // A fall written as a rise, in 增幅: −59.68%.
  ["本年收入合计28,082.29万元，增幅59.68%。", "增幅59.68%", "下降59.68%"],
  // 增长率: −59.68% as +5.20%.
  ["全年支出合计增长率为5.20%，主要是项目支出减少。", "增长率为5.20%", "下降59.68%"],
  // 32,943.62 − 22,096.43 = 10,847.19.
  ["一般公共预算财政拨款补助收入较上年减少10,487.19万元。", "减少10,487.19万元", "10,847.19万元"],
  // 28,082.29 ÷ 28,564.19 = 98.312…% → 98.31%.
  ["全年支出合计28,082.29万元，为年度预算的93.81%。", "为年度预算的93.81%", "98.31%"],
  ["收入合计执行率为98.13%，资金使用总体较好。", "执行率为98.13%", "98.31%"],
  // 效益 50/50 = 100%, written to whole percent.
  ["效益指标完成率达95%，群众满意度较高。", "完成率达95%", "100%"],
  // Σ scores ÷ Σ weights = 92 ÷ 100 = 92.00%.
  ["绩效指标完成率为94.00%，高于上年。", "完成率为94.00%", "92.00%"],
  // 11 of 15 indicators met their targets.
  ["我镇共设置绩效指标15项，其中12项达到年度指标值。", "其中12项达", "11项"],
  // 28,564.19 − 28,082.29 = 481.90; 481.90 ÷ 28,564.19 = 1.687…% → 1.69%.
  ["支出合计未执行预算481.90万元，占年度预算的1.96%。", "占年度预算的1.96%", "1.69%"],
];

/** Figures that are no claim of ours, or right: none may be flagged. */
const NOT_CLAIMS = [
  // A target written as a change, then the result, right.
  "年度目标为支出较上年下降5%，实际支出合计较上年减少41,558.37万元，降幅59.68%。",
  // Years beside the figures.
  "与2022年相比，2023年项目支出下降64.82%。",
  // A gap in 个百分点 is no rate; "提高" and "达到" alone are no claim.
  "支出合计执行率比上年提高1.20个百分点，达到98.31%。",
  "政府性基金预算财政拨款补助收入降幅较上年扩大3.50个百分点。",
  // A quoted indicator name with a percentage in it.
  "“年度资金支付完成率100%”等指标均已完成，效益指标完成率为100.00%。",
  // The indicator's own target as 指标值.
  "国考断面水质达标率年度指标值为增长100%，实际完成92%。",
];

describe("hand-written wordings with one wrong figure each", () => {
  let checks: Check[];
  beforeAll(() => {
    checks = audit([...WRONG.map(([text]) => text), ...NOT_CLAIMS]);
  });

  test.each(WRONG.map(([text, claim, correct], row) => ({ text, claim, correct, row })))("$claim is flagged at A$row (0-based), correct $correct", ({ claim, correct, row }) => {
    const here = checks.filter((c) => c.cell?.sheet === SHEET && c.cell.row === row);
    expect(here.map((c) => c.code)).toEqual(["TEXT_FIGURE_MISMATCH"]);
    expect(here[0]!.message.zh).toContain(`“${claim}`);
    expect(here[0]!.message.zh).toContain(`应为${correct}`);
    expect(here[0]!.cell!.col).toBe(0);
  });

  test("the figures that are no claim (target, year, 个百分点, quoted name) and the right ones are not flagged", () => {
    const rest = checks.filter((c) => c.cell!.row >= WRONG.length);
    expect(rest.map((c) => c.message.zh)).toEqual([]);
  });

  test("a wrong figure's message names the rule and tolerance: 降幅59.86%", () => {
    expect(checks.find((c) => c.cell!.row === 0)!.message.zh).toBe(
      "报告手稿!A1 的报告文字“降幅59.86%”与数据不符：应为59.68%（(全年执行数 − 上年执行数) ÷ 上年执行数，四舍五入到所写位数，容差±0.005%）；按报告自身数字计算为59.68%。",
    );
  });
});

describe("claims read from the new wordings", () => {
  const kinds = (text: string): [string, string, number][] =>
    sentencesOf(text)
      .flatMap(claimsIn)
      .map((c) => [c.kind, c.value.toString(), c.sign]);

  test("change rates by their word's direction; 增幅不足0.01% is a bound, not a figure", () => {
    expect(kinds("较上年减少7.80万元，降幅0.14%。")).toEqual([
      ["change", "7.8", -1],
      ["changeRate", "0.14", -1],
    ]);
    expect(kinds("同比增长 3.5%，增长率为 12%，下降率4%，增幅为2.5%。")).toEqual([
      ["changeRate", "3.5", 1],
      ["changeRate", "12", 1],
      ["changeRate", "4", -1],
      ["changeRate", "2.5", 1],
    ]);
    expect(kinds("较上年增加0.01万元，增幅不足0.01%。")).toEqual([["change", "0.01", 1]]);
  });

  test("execution, completion, unspent share and the count of met indicators", () => {
    expect(kinds("为年度预算的98.31%，执行率98.31%，执行率达到98.3%。").map((k) => k[0])).toEqual(["execution", "execution", "execution"]);
    expect(kinds("未执行预算481.90万元，占年度预算的1.69%。").map((k) => k[0])).toEqual(["unspent", "unspentShare"]);
    // Without 未执行 before it, "占年度预算的" is execution.
    expect(kinds("支出合计占年度预算的98.31%。").map((k) => k[0])).toEqual(["execution"]);
    expect(kinds("其中11项达到年度指标值，产出指标完成率84.00%。").map((k) => k[0])).toEqual(["met", "completion"]);
  });

  test("no claim in a target, a 个百分点 gap or a quoted name", () => {
    expect(kinds("目标为较上年增长5%；执行率提高1.2个百分点；“资金支付完成率100%”。")).toEqual([]);
  });
});
