import { D } from "../../src/engine/decimal";
import { makeCheck } from "../../src/engine/messages";
import { toJsonResult } from "../../src/engine/json-result";
import { buildReport } from "../../src/engine/narrative";
import {
  BUDGET_SHEET,
  budgetResult,
  evaluation,
  indicatorTableResult,
  paitanBudget,
  paitanEvaluation,
  paitanIndicators,
} from "./narrative/fixtures";

function seedJson(lang: "zh" | "en" = "zh") {
  const ev = evaluation({
    entity: "广州市增城区派潭镇人民政府",
    year: 2023,
    selfReference: "我镇",
    budget: paitanBudget({ executionScore: true }),
    indicatorTables: [paitanIndicators()],
    checks: [
      // the seed's revenue items add to 28,081.92, 0.37 short of the stated 28,082.29 (收入合计 全年执行数: row 3, column D)
      makeCheck("SUM_MISMATCH", { sheet: BUDGET_SHEET, row: 2, col: 3 }, {
        name: "收入合计",
        column: { zh: "全年执行数", en: "actual" },
        stated: "28,082.29万元",
        sum: "28,081.92万元",
        diff: "0.37万元",
      }),
      makeCheck("WEIGHTS_TOTAL", null, { weights: "100", execution: "10", total: "110" }),
    ],
  });
  return { ev, json: toJsonResult(ev, buildReport(ev, lang), lang) };
}

describe("toJsonResult", () => {
  test("header fields", () => {
    const { json } = seedJson();
    expect(json.schemaVersion).toBe(1);
    expect(json.entity).toBe("广州市增城区派潭镇人民政府");
    expect(json.year).toBe(2023);
    expect(json.unit).toBe("万元");
    expect(json.totalScore).toBe(92);
    expect(json.grade).toBe("优");
  });

  test("budget lines: amounts in 万元 and rates as fractions at full precision, cells at the name cell", () => {
    const { json } = seedJson();
    const lines = json.budget!.lines;
    expect(lines.map((l) => [l.name, l.section, l.isTotal, l.parent, l.cell])).toEqual([
      ["收入合计", "revenue", true, null, "收支表!A3"],
      ["一般公共预算财政拨款补助收入", "revenue", false, "收入合计", "收支表!A4"],
      ["政府性基金预算财政拨款补助收入", "revenue", false, "收入合计", "收支表!A5"],
      ["支出合计", "expenditure", true, null, "收支表!A6"],
      ["基本支出", "expenditure", false, "支出合计", "收支表!A7"],
      ["项目支出", "expenditure", false, "支出合计", "收支表!A8"],
    ]);
    const total = lines[0]!;
    expect(total.budget).toBe(28564.19);
    expect(total.actual).toBe(28082.29);
    expect(total.initialBudget).toBeNull();
    expect(total.priorYear).toBeNull();
    // 28,082.29 / 28,564.19 = 0.98312922578935373… (not rounded to 0.9831)
    expect(total.executionRate).toBe(0.9831292257893537);
    expect(total.change).toBeNull();
    expect(total.changeRate).toBeNull();

    const project = lines[5]!;
    expect(project.priorYear).toBe(64101.33);
    // 22,550.76 − 64,101.33 = −41,550.57; / 64,101.33 = −0.64820137117279781…
    expect(project.change).toBe(-41550.57);
    expect(project.changeRate).toBe(-0.6482013711727979); // the double nearest −0.648201371172797818…
    // share of 支出合计: 22,550.76 / 28,082.29 = 0.80302425478833813…
    expect(project.share).toBe(0.8030242547883382); // the double nearest 0.803024254788338130…
    // no budget on an item: no execution rate
    expect(project.executionRate).toBeNull();
  });

  test("execution score and indicator scores rounded to 2 decimals", () => {
    const { json } = seedJson();
    // min(0.983129…, 1) × 10 = 9.8312… → 9.83
    expect(json.budget!.executionScore).toEqual({ weight: 10, score: 9.83 });
    const table = json.indicatorTables[0]!;
    expect(table.sheet).toBe("绩效指标");
    expect(table.total).toBe(92);
    expect(table.maxTotal).toBe(100);
    expect(table.grade).toBe("优");
    // No 等级用语 row: the label is the key itself.
    expect(table.gradeLabel).toBe("优");
    expect(json.gradeLabel).toBe("优");
    expect(json.gradeWords).toEqual({ 优: "优", 良: "良", 中: "中", 差: "差" });
    expect(table.categories).toEqual([
      { name: "产出指标", weight: 50, score: 42, completionRate: 0.84, count: 4, metCount: 2 },
      { name: "效益指标", weight: 50, score: 50, completionRate: 1, count: 2, metCount: 2 },
    ]);
    expect(table.indicators[1]).toEqual({
      level1: "产出指标",
      level2: "质量指标",
      name: "国考断面水质达标率",
      direction: "positive",
      target: "≥100%",
      actual: "80%",
      targetShown: "≥100%",
      actualShown: "80%",
      weight: 20,
      score: 16,
      statedScore: null,
      completion: 0.8,
      met: false,
      checked: true,
      cell: "绩效指标!C3",
    });
    expect(table.indicators[5]!.direction).toBe("qualitative");
    expect(table.indicators[5]!.completion).toBeNull();
  });

  test("scores are rounded half-up to 2 decimals; stated scores too", () => {
    // 8.455 → 8.46 (half-up; a binary float would give 8.45), 2.3349 → 2.33, total 10.7899 → 10.79
    const table = indicatorTableResult([
      { level1: "产出指标", name: "A", target: "≥10", actual: "9", weight: "10", score: "8.455", statedScore: "8.455", completion: "0.9" },
      { level1: "效益指标", name: "B", target: "≥10", actual: "9", weight: "2.5", score: "2.3349", completion: "0.9" },
    ]);
    const ev = evaluation({ indicatorTables: [table] });
    const json = toJsonResult(ev, [], "zh");
    expect(json.indicatorTables[0]!.indicators.map((i) => [i.score, i.statedScore])).toEqual([
      [8.46, 8.46],
      [2.33, null],
    ]);
    expect(json.indicatorTables[0]!.total).toBe(10.79);
    expect(json.totalScore).toBe(10.79);
    expect(json.indicatorTables[0]!.maxTotal).toBe(12.5);
  });

  test("checks: message in the requested language, cell in Sheet!A1 form or null", () => {
    const zh = seedJson("zh").json.checks;
    expect(zh).toEqual([
      {
        code: "SUM_MISMATCH",
        severity: "warning",
        message: "“收入合计”全年执行数为28,082.29万元，但其组成项合计为28,081.92万元，相差0.37万元。",
        cell: "收支表!D3",
      },
      {
        code: "WEIGHTS_TOTAL",
        severity: "warning",
        message: "指标分值合计100分，加预算执行率10分，共110分，不等于100分。",
        cell: null,
      },
    ]);
    const en = seedJson("en").json.checks;
    expect(en[0]!.message).toBe("“收入合计” actual is 28,082.29万元, but its items add up to 28,081.92万元, a difference of 0.37万元.");
  });

  test("narrative is the report's headings and paragraphs", () => {
    const { ev, json } = seedJson();
    const report = buildReport(ev, "zh");
    expect(json.narrative).toEqual(report.map((s) => ({ heading: s.heading, paragraphs: s.paragraphs })));
    expect(json.narrative[4]!.heading).toBe("（四）部门整体收支情况");
    expect(json.narrative[4]!.paragraphs[4]).toContain("降幅64.82%");
  });

  test("never NaN or Infinity: last year 0, budget 0, and even an infinite rate become null", () => {
    const budget = budgetResult([
      { name: "收入合计", section: "revenue", kind: "total", budget: "0", actual: "0", priorYear: "0" },
      { name: "新增收入", section: "revenue", parentIndex: 0, actual: "5", priorYear: "0" },
    ]);
    // A defective evaluator result must still not leak Infinity into the JSON.
    budget.lines[1] = { ...budget.lines[1]!, changeRate: new D(5).dividedBy(0) };
    const ev = evaluation({ budget, indicatorTables: [] });
    const json = toJsonResult(ev, buildReport(ev, "zh"), "zh");
    const [total, item] = json.budget!.lines;
    expect(total!.executionRate).toBeNull(); // budget 0
    expect(total!.changeRate).toBeNull(); // last year 0
    expect(total!.change).toBe(0);
    expect(item!.change).toBe(5);
    expect(item!.changeRate).toBeNull();
    expect(item!.share).toBeNull(); // parent actual 0
    expect(json.totalScore).toBeNull();
    expect(json.grade).toBeNull();
    expect(json.budget!.executionScore).toBeNull();
    const text = JSON.stringify(json);
    expect(text).not.toMatch(/NaN|Infinity/);
    expect(JSON.parse(text)).toEqual(json); // nothing lost to undefined or non-finite numbers
  });

  test("no budget table: budget is null; sheet names needing quotes are quoted", () => {
    const table = indicatorTableResult(
      [{ level1: "产出指标", name: "A", target: "≥10", actual: "10", weight: "100", score: "100", completion: "1" }],
      { sheet: "My sheet" },
    );
    const json = toJsonResult(evaluation({ indicatorTables: [table] }), [], "en");
    expect(json.budget).toBeNull();
    expect(json.indicatorTables[0]!.indicators[0]!.cell).toBe("'My sheet'!C2");
    expect(json.narrative).toEqual([]);
  });

  test("the seed evaluation serialises without throwing in English too", () => {
    const ev = paitanEvaluation("en");
    const json = toJsonResult(ev, buildReport(ev, "en"), "en");
    expect(json.narrative[4]!.heading).toBe("(4) Revenue and expenditure");
  });
});
