/**
 * C. Separate info, budget and indicator sheets; amounts in 元 named only in the header cells,
 * headers broken over two lines, a blank row between revenue and expenditure, 三公经费 after the
 * expenditure block and a 注 row closing the table.
 */
import { separateSheetsInYuan } from "../../../scripts/realistic-fixtures";
import { detectTables } from "../../../src/engine/detect";
import { categories, checkList, line, run, six } from "./helpers";

const r = run(separateSheetsInYuan());

describe("C. separate sheets, amounts in 元 in the header cells", () => {
  test("the unit comes from the header cells; line-broken headers are matched; the 注 row ends the table", () => {
    const budget = detectTables(separateSheetsInYuan()).find((t) => t.kind === "budget")!;
    expect(budget.unit).toBe("元");
    expect(budget.columns).toMatchObject({ item: 0, initialBudget: 1, budget: 2, actual: 3, priorYear: 4 });
    expect(budget.range.bottom).toBe(15); // row 16 (因公出国（境）费用); row 17 is the 注
    expect(r.evaluation.budget!.table.sourceUnit).toBe("元");
  });

  test("元 → 万元: 44,962,108.50元 = 4,496.21085万元; execution 44,962,108.50 / 45,816,320 = 0.981356", () => {
    const total = line(r, "收入合计");
    expect(total.line.actual!.value.toString()).toBe("4496.21085");
    expect(six(total.executionRate)).toBe("0.981356");
    // change: 44,962,108.50 − 41,208,765.20 = 3,753,343.30元 = 375.33433万元; / 41,208,765.20 = 0.091081
    expect(total.change!.toString()).toBe("375.33433");
    expect(six(total.changeRate)).toBe("0.091081");
    // 项目支出: (15,965,696.20 − 13,678,646.60) / 13,678,646.60 = 2,287,049.60 / 13,678,646.60 = 0.167199
    expect(six(line(r, "项目支出").changeRate)).toBe("0.167199");
    // 政府性基金: (600,000 − 850,000) / 850,000 = −0.294118
    expect(six(line(r, "政府性基金预算财政拨款收入").changeRate)).toBe("-0.294118");
  });

  test("三公经费 is a line of its own in section other, with its three rows under it, not under 支出合计", () => {
    const rows = r.evaluation.budget!.lines.map((l) => [l.line.name, l.line.section, l.line.parent]);
    expect(rows).toEqual([
      ["收入合计", "revenue", null],
      ["一般公共预算财政拨款收入", "revenue", "收入合计"],
      ["政府性基金预算财政拨款收入", "revenue", "收入合计"],
      ["其他收入", "revenue", "收入合计"],
      ["支出合计", "expenditure", null],
      ["基本支出", "expenditure", "支出合计"],
      ["人员经费", "expenditure", "基本支出"],
      ["公用经费", "expenditure", "基本支出"],
      ["项目支出", "expenditure", "支出合计"],
      ["三公经费", "other", null],
      ["公务接待费", "other", "三公经费"],
      ["公务用车运行维护费", "other", "三公经费"],
      ["因公出国（境）费用", "other", "三公经费"],
    ]);
    // 296,540 / 380,000 = 0.780368: below 80%, but spending less on 三公经费 is no LOW_EXECUTION.
    expect(six(line(r, "三公经费").executionRate)).toBe("0.780368");
  });

  test("no checks at all: every total adds up (支出 28,996,412.30 + 15,965,696.20 = 44,962,108.50), no INVALID_NUMBER", () => {
    expect(checkList(r)).toEqual([]);
  });

  test("weights 90 take the automatic 10 execution points: 89.91 + round2(9.81356) = 99.72", () => {
    expect(categories(r)).toEqual([
      ["产出指标", 50, 49.91, 0.9982], // 传染病报告及时率 99.1 / 100 × 10 = 9.91
      ["效益指标", 30, 30, 1], // 定性 "达成" without a stated score: full marks
      ["满意度指标", 10, 10, 1],
    ]);
    expect(r.json.budget!.executionScore).toEqual({ weight: 10, score: 9.81 });
    expect(r.json.totalScore).toBe(99.72);
    expect(r.json.grade).toBe("优");
  });

  test("entity, year and self-reference from the info sheet", () => {
    expect([r.json.entity, r.json.year, r.evaluation.selfReference]).toEqual(["青神县卫生健康局", 2023, "我局"]);
  });
});
