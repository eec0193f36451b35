/** evaluate(): execution points, totals and every check it raises, on small hand-built models. */
import { evaluate } from "../../../src/engine/evaluate";
import type { Settings } from "../../../src/engine/settings";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";
import type { BudgetTable, IndicatorTable, WorkbookModel } from "../../../src/engine/model";
import type { IndicatorSpec } from "./build-model";
import { budgetTable, fig, indicatorTable, ref, seedBudget } from "./build-model";

const run = (model: Partial<WorkbookModel>, settings: Partial<Settings> = {}) =>
  evaluate({ budget: null, indicatorTables: [], info: null, ...model }, { ...DEFAULT_SETTINGS, ...settings });
const codes = (model: Partial<WorkbookModel>, settings: Partial<Settings> = {}) => run(model, settings).checks.map((c) => c.code);

/** A budget whose expenditure total has the given rate: actual / 100. */
const budgetAt = (actual: string): BudgetTable =>
  budgetTable([{ name: "支出合计", section: "expenditure", kind: "total", budget: 100, actual }]);

/** Full-marks indicators with the given weights (10 → "≥10 / 10"). */
const fullMarks = (weights: number[]): IndicatorSpec[] =>
  weights.map((w, i) => ({ level1: i < 2 ? "产出指标" : "效益指标", name: `指标${i + 1}`, target: "≥10", actual: "10", weight: w }));

describe("execution points", () => {
  it("auto: weights 90 → +10 points: min(0.98313…, 1) × 10 = 9.83; total 90 + 9.83 = 99.83 of 100", () => {
    const ev = run({ budget: seedBudget(), indicatorTables: [indicatorTable(fullMarks([30, 30, 30]))] });
    const es = ev.budget!.executionScore!;
    expect(es.weight.toString()).toBe("10");
    expect(es.score.toString()).toBe("9.83");
    expect(es.lineIndex).toBe(3);
    const t = ev.indicatorTables[0]!;
    expect(t.includesExecutionScore).toBe(true);
    expect(t.total.toString()).toBe("99.83");
    expect(t.maxTotal.toString()).toBe("100");
    expect(ev.checks.map((c) => c.code)).not.toContain("WEIGHTS_TOTAL");
  });
  it("auto: weights 100 → none", () => {
    const ev = run({ budget: seedBudget(), indicatorTables: [indicatorTable(fullMarks([50, 50]))] });
    expect(ev.budget!.executionScore).toBeNull();
    expect(ev.indicatorTables[0]!.total.toString()).toBe("100");
  });
  it("auto: weights 90 but the table has its own 预算执行率 → none, and that indicator is scored from the budget (9.83)", () => {
    const specs: IndicatorSpec[] = [...fullMarks([40, 40]), { level1: "产出指标", name: "预算执行率", target: "100%", actual: "", weight: 10 }];
    const ev = run({ budget: seedBudget(), indicatorTables: [indicatorTable(specs)] });
    expect(ev.budget!.executionScore).toBeNull();
    expect(ev.indicatorTables[0]!.indicators[2]!.score.toString()).toBe("9.83");
    expect(ev.indicatorTables[0]!.total.toString()).toBe("89.83");
  });
  it("a 预算完成率 row among 90 points of indicators and a block stating 10 points: both count, 90 + 9.72 of 100", () => {
    const budget = { ...budgetAt("97.21"), execution: { lineIndex: 0, weight: fig(10, ref("收支表", 1, 5)), statedScore: null } };
    const specs: IndicatorSpec[] = [...fullMarks([40, 40]), { level1: "产出指标", name: "预算完成率", target: "≥95%", actual: "97.21%", weight: 10 }];
    const ev = run({ budget, indicatorTables: [indicatorTable(specs)] });
    expect(ev.budget!.executionScore!.score.toString()).toBe("9.72");
    expect(ev.indicatorTables[0]!.total.toString()).toBe("99.72");
    expect(ev.indicatorTables[0]!.maxTotal.toString()).toBe("100");
  });
  it("a number setting applies whatever the weights; executionRate 0.5 → 0.5 × 20 = 10", () => {
    const ev = run({ budget: budgetAt("50"), indicatorTables: [indicatorTable(fullMarks([40, 40]))] }, { executionWeight: 20 });
    expect(ev.budget!.executionScore!.score.toString()).toBe("10");
    expect(ev.indicatorTables[0]!.total.toString()).toBe("90");
    expect(ev.indicatorTables[0]!.maxTotal.toString()).toBe("100");
  });
  it("only the primary table counts execution points", () => {
    const ev = run({ budget: seedBudget(), indicatorTables: [indicatorTable(fullMarks([30, 30, 30])), indicatorTable(fullMarks([30, 30, 30]))] });
    expect(ev.indicatorTables[0]!.includesExecutionScore).toBe(true);
    expect(ev.indicatorTables[1]!.includesExecutionScore).toBe(false);
    expect(ev.indicatorTables[1]!.total.toString()).toBe("90");
  });
  it("grades a table out of 90 on the 100 scale: 72 of 90 = 80 → 良", () => {
    const specs: IndicatorSpec[] = [
      { level1: "产出指标", target: "≥10", actual: "10", weight: 45 },
      { level1: "产出指标", target: "≥10", actual: "6", weight: 45, reason: "原因" }, // 6/10 × 45 = 27
    ];
    const ev = run({ indicatorTables: [indicatorTable(specs)] });
    expect(ev.totalScore!.toString()).toBe("72");
    expect(ev.indicatorTables[0]!.maxTotal.toString()).toBe("90");
    expect(ev.grade).toBe("良");
  });
});

describe("categories", () => {
  it("sum rounded scores in table order: 产出 3.33 + 6.67 = 10 of 20 (0.5), 效益 7.5 of 10; met 0/1 and 0/1", () => {
    const specs: IndicatorSpec[] = [
      { level1: "产出指标", target: "3", actual: "1", weight: 10, reason: "r" }, // 1/3 × 10 = 3.333… → 3.33
      { level1: "效益指标", target: "4", actual: "3", weight: 10, reason: "r" }, // 3/4 × 10 = 7.5
      { level1: "产出指标", target: "3", actual: "2", weight: 10, reason: "r" }, // 2/3 × 10 = 6.666… → 6.67
    ];
    const [output, outcome] = run({ indicatorTables: [indicatorTable(specs)] }).indicatorTables[0]!.categories;
    expect(output!.name).toBe("产出指标");
    expect(output!.score.toString()).toBe("10");
    expect(output!.weight.toString()).toBe("20");
    expect(output!.completionRate!.toString()).toBe("0.5");
    expect(output!.count).toBe(2);
    expect(output!.metCount).toBe(0);
    expect(outcome!.score.toString()).toBe("7.5");
    expect(outcome!.completionRate!.toString()).toBe("0.75");
  });
  it("a category of zero weight has no completion rate", () => {
    const t = indicatorTable([{ level1: "满意度指标", target: "≥90%", actual: "95%", weight: 0 }]);
    expect(run({ indicatorTables: [t] }).indicatorTables[0]!.categories[0]!.completionRate).toBeNull();
  });
});

describe("indicator checks", () => {
  it("STATED_SCORE_MISMATCH: stated 9 where 92/95 × 10 → 9.68, at the stated cell", () => {
    const ev = run({ indicatorTables: [indicatorTable([{ name: "水质达标率", target: "≥95%", actual: "92%", weight: 100, stated: 9, reason: "r" }])] });
    const c = ev.checks.find((x) => x.code === "STATED_SCORE_MISMATCH")!;
    expect(c.cell).toEqual({ sheet: "指标表", row: 1, col: 7 });
    expect(c.message.zh).toBe("指标“水质达标率”填报得分9分，按评分规则应为96.84分。");
  });
  it("a stated score equal to the rounded computed one raises nothing", () => {
    expect(codes({ indicatorTables: [indicatorTable([{ target: "≥95%", actual: "92%", weight: 100, stated: "96.84", reason: "r" }])] })).toEqual([]);
  });
  it("STATED_TOTAL_MISMATCH: stated 95 vs computed 100", () => {
    const ev = run({ indicatorTables: [indicatorTable(fullMarks([50, 50]), { total: 95 })] });
    expect(ev.checks.map((c) => c.code)).toEqual(["STATED_TOTAL_MISMATCH"]);
    expect(ev.checks[0]!.cell).toEqual({ sheet: "指标表", row: 3, col: 7 });
    expect(ev.checks[0]!.message.zh).toBe("表中填报的总分95分与各项得分合计100分不一致。");
  });
  it("weights 90 + 10 execution points: a 合计 row stating the indicators' 90 alone is right, and so is 99.83 with execution", () => {
    const table = (total: number) => indicatorTable(fullMarks([30, 30, 30]), { total, weights: 90 });
    expect(codes({ budget: budgetAt("98.31"), indicatorTables: [table(90)] })).toEqual([]);
    expect(codes({ budget: budgetAt("98.31"), indicatorTables: [table(99.83)] })).toEqual([]);
  });
  it("weights 90 + execution: a wrong 合计 is compared with the indicators' sum when its 分值 cell says 90", () => {
    const ev = run({ budget: budgetAt("98.31"), indicatorTables: [indicatorTable(fullMarks([30, 30, 30]), { total: 85, weights: 90 })] });
    expect(ev.checks.map((c) => c.code)).toEqual(["STATED_TOTAL_MISMATCH"]);
    // The indicators' sum alone, said so (REVIEW R8): the report's total adds execution.
    expect(ev.checks[0]!.message.zh).toBe("表中填报的总分85分与指标得分合计（不含预算执行率）90分不一致。");
  });
  it("weights 90 + execution: a wrong 合计 with a 100-point 分值 cell is compared with 99.83", () => {
    const ev = run({ budget: budgetAt("98.31"), indicatorTables: [indicatorTable(fullMarks([30, 30, 30]), { total: 85, weights: 100 })] });
    expect(ev.checks.map((c) => c.code)).toEqual(["STATED_TOTAL_MISMATCH"]);
    expect(ev.checks[0]!.message.zh).toBe("表中填报的总分85分与各项得分合计99.83分不一致。");
  });
  it("MISSING_DEVIATION_REASON: below full marks without a reason, at the reason cell", () => {
    const ev = run({ indicatorTables: [indicatorTable([{ name: "排污口整治", target: "5个", actual: "3个", weight: 100 }])] });
    expect(ev.checks.map((c) => c.code)).toEqual(["MISSING_DEVIATION_REASON"]);
    expect(ev.checks[0]!.cell).toEqual({ sheet: "指标表", row: 1, col: 8 });
    expect(ev.checks[0]!.message.zh).toBe("指标“排污口整治”未得满分（60/100分），需填写偏差原因分析及改进措施。");
  });
  it("OVERSHOOT: 正向 at 13/10 = 130% without a reason (the ratio is inclusive)", () => {
    const ev = run({ indicatorTables: [indicatorTable([{ name: "培训人次", target: "≥10", actual: "13", weight: 100 }])] });
    expect(ev.checks.map((c) => c.code)).toEqual(["OVERSHOOT"]);
    expect(ev.checks[0]!.cell).toEqual({ sheet: "指标表", row: 1, col: 8 });
    expect(ev.checks[0]!.message.zh).toBe("指标“培训人次”实际完成值为年度指标值的130.00%，超过130.00%，需说明偏差原因（目标可能设置偏低）。");
  });
  it("no OVERSHOOT below the ratio (12.9/10), with a reason, or on a 反向 indicator", () => {
    expect(codes({ indicatorTables: [indicatorTable([{ target: "≥10", actual: "12.9", weight: 100 }])] })).toEqual([]);
    expect(codes({ indicatorTables: [indicatorTable([{ target: "≥10", actual: "20", weight: 100, reason: "目标偏低" }])] })).toEqual([]);
    expect(codes({ indicatorTables: [indicatorTable([{ target: "≤10", actual: "2", weight: 100 }])] })).toEqual([]);
  });
  it("WEIGHTS_TOTAL: 40 + 45 = 85, no execution points → at the stated weight total cell", () => {
    const ev = run({ indicatorTables: [indicatorTable(fullMarks([40, 45]), { weights: 85 })] });
    expect(ev.checks.map((c) => c.code)).toEqual(["WEIGHTS_TOTAL"]);
    expect(ev.checks[0]!.cell).toEqual({ sheet: "指标表", row: 3, col: 6 });
    expect(ev.checks[0]!.message.zh).toBe("指标分值合计85分，加预算执行率0分，共85分，不等于100分。");
  });
  it("WEIGHTS_TOTAL counts execution points: 50 + 50 + 10 = 110, at the first weight cell", () => {
    const ev = run({ budget: seedBudget(), indicatorTables: [indicatorTable(fullMarks([50, 50]))] }, { executionWeight: 10 });
    const c = ev.checks.find((x) => x.code === "WEIGHTS_TOTAL")!;
    expect(c.cell).toEqual({ sheet: "指标表", row: 1, col: 6 });
    expect(c.message.zh).toBe("指标分值合计100分，加预算执行率10分，共110分，不等于100分。");
  });
});

describe("budget checks", () => {
  it("EXECUTION_LAGS_RESULTS: completion 100% vs execution 90%: 10 points > 5, at the headline actual cell", () => {
    const ev = run({ budget: budgetAt("90"), indicatorTables: [indicatorTable(fullMarks([50, 50]))] });
    expect(ev.checks.map((c) => c.code)).toEqual(["EXECUTION_LAGS_RESULTS"]);
    expect(ev.checks[0]!.cell).toEqual({ sheet: "收支表", row: 1, col: 3 });
    expect(ev.checks[0]!.message.zh).toBe("指标得分率100.00%高于预算执行率90.00%达10.00个百分点，超过5个百分点（资金未用完而目标已完成）。");
  });
  it("no EXECUTION_LAGS_RESULTS at exactly 5 points (100% vs 95%)", () => {
    expect(codes({ budget: budgetAt("95"), indicatorTables: [indicatorTable(fullMarks([50, 50]))] })).toEqual([]);
  });
  it("LOW_EXECUTION: a total at 79/100 = 79% < 80%; none at 80%", () => {
    const ev = run({ budget: budgetAt("79") });
    expect(ev.checks.map((c) => c.code)).toEqual(["LOW_EXECUTION"]);
    expect(ev.checks[0]!.message.zh).toBe("“支出合计”预算执行率为79.00%，未执行部分超过20.00%。");
    expect(codes({ budget: budgetAt("80") })).toEqual([]);
  });
  it("SUM_MISMATCH on a total in every column where all items have figures; none within 0.005", () => {
    const t = budgetTable([
      { name: "支出合计", section: "expenditure", kind: "total", initialBudget: 100, budget: 110, actual: "100.004" },
      { name: "基本支出", parentIndex: 0, initialBudget: 40, budget: 50, actual: 40 },
      { name: "项目支出", parentIndex: 0, initialBudget: 50, actual: 60 },
    ]);
    // initialBudget: 40 + 50 = 90 vs 100 → 10; budget: an item is blank → skipped; actual: diff 0.004 ≤ 0.005.
    const ev = run({ budget: t });
    expect(ev.checks.map((c) => c.code)).toEqual(["SUM_MISMATCH"]);
    expect(ev.checks[0]!.cell).toEqual({ sheet: "收支表", row: 1, col: 1 });
    expect(ev.checks[0]!.message.zh).toBe("“支出合计”年初预算数为100.00万元，但其组成项合计为90.00万元，相差10.00万元。");
  });
  it("“其中” sub-items may fall short of their line (30 + 20 < 100) but not exceed it (60 + 50 = 110 > 100)", () => {
    const short = budgetTable([
      { name: "基本支出", actual: 100 },
      { name: "人员经费", parentIndex: 0, kind: "subItem", actual: 30 },
      { name: "公用经费", parentIndex: 0, kind: "subItem", actual: 20 },
    ]);
    expect(codes({ budget: short })).toEqual([]);
    const over = budgetTable([
      { name: "基本支出", actual: 100 },
      { name: "人员经费", parentIndex: 0, kind: "subItem", actual: 60 },
      { name: "公用经费", parentIndex: 0, kind: "subItem", actual: 50 },
    ]);
    const ev = run({ budget: over });
    expect(ev.checks.map((c) => c.code)).toEqual(["SUM_MISMATCH"]);
    expect(ev.checks[0]!.message.zh).toBe("“基本支出”全年执行数为100.00万元，但其组成项合计为110.00万元，相差10.00万元。");
  });
  it("sub-items are not counted as items of a total: 60 + 40 = 100 matches, the 其中 row is left out", () => {
    const t = budgetTable([
      { name: "支出合计", kind: "total", actual: 100 },
      { name: "基本支出", parentIndex: 0, actual: 60 },
      { name: "人员经费", parentIndex: 1, kind: "subItem", actual: 30 },
      { name: "项目支出", parentIndex: 0, actual: 40 },
    ]);
    expect(codes({ budget: t })).toEqual([]);
  });
});

describe("order and empty models", () => {
  it("orders checks by sheet (budget first), row, column, then code", () => {
    const indicators: IndicatorTable = indicatorTable([
      { name: "甲", target: "5个", actual: "3个", weight: 50 }, // row 1: MISSING_DEVIATION_REASON (col 8)
      { name: "乙", target: "≥10", actual: "20", weight: 40, stated: 30 }, // row 2: STATED_SCORE (col 7), OVERSHOOT (col 8)
    ]);
    const budget = budgetTable([
      { name: "支出合计", section: "expenditure", kind: "total", budget: 100, actual: 50 },
      { name: "基本支出", parentIndex: 0, actual: 10 },
    ]);
    // Completion (30 + 40) / 90 = 77.78% vs execution 50%: EXECUTION_LAGS_RESULTS too.
    // Weights 50 + 40 = 90 take the 10 automatic execution points, so no WEIGHTS_TOTAL.
    const ev = run({ budget, indicatorTables: [indicators] });
    expect(ev.checks.map((c) => [c.cell!.sheet, c.cell!.row, c.cell!.col, c.code])).toEqual([
      ["收支表", 1, 3, "EXECUTION_LAGS_RESULTS"],
      ["收支表", 1, 3, "LOW_EXECUTION"],
      ["收支表", 1, 3, "SUM_MISMATCH"],
      ["指标表", 1, 8, "MISSING_DEVIATION_REASON"],
      ["指标表", 2, 7, "STATED_SCORE_MISMATCH"],
      ["指标表", 2, 8, "OVERSHOOT"],
    ]);
  });
  it("an empty model gives nulls, 我单位 and blank narrative inputs", () => {
    const ev = run({});
    expect(ev.budget).toBeNull();
    expect(ev.totalScore).toBeNull();
    expect(ev.grade).toBeNull();
    expect(ev.selfReference).toBe("我单位");
    expect(ev.narrativeInputs).toEqual({ functions: null, annualWork: null, goals: null, management: null, problems: null, measures: null });
    expect(ev.checks).toEqual([]);
  });
  it("the settings' 自称 wins over the unit's name", () => {
    expect(run({}, { selfReference: "本单位" }).selfReference).toBe("本单位");
  });
});
