import { makeCheck } from "../../../src/engine/messages";
import { buildReport } from "../../../src/engine/narrative";
import { fill } from "../../../src/engine/l10n/template";
import { PHRASE_TABLES } from "../../../src/engine/narrative/voice";
import type { ReportSection } from "../../../src/engine/narrative/types";
import {
  BUDGET_SHEET,
  budgetResult,
  evaluation,
  indicatorTableResult,
  paitanBudget,
  paitanEvaluation,
  paitanIndicators,
  type IndicatorSpec,
} from "./fixtures";

function section(report: ReportSection[], heading: string): string[] {
  const s = report.find((x) => x.heading === heading);
  if (!s) throw new Error(`no section ${heading}`);
  return s.paragraphs;
}

const full = (name: string, level1 = "产出指标", weight = "10"): IndicatorSpec => ({
  level1,
  name,
  target: "≥10次",
  actual: "10次",
  weight,
  score: weight,
  completion: "1",
});

describe("report structure", () => {
  test("headings and levels follow the seed; missing inputs get marked placeholders", () => {
    const report = buildReport(paitanEvaluation(), "zh");
    expect(report.map((s) => [s.level, s.heading])).toEqual([
      [1, "一、部门基本情况"],
      [2, "（一）部门职能"],
      [2, "（二）年度总体工作和重点工作任务"],
      [2, "（三）部门整体支出绩效目标"],
      [2, "（四）部门整体收支情况"],
      [2, "（五）部门整体绩效管理情况"],
      [1, "二、绩效自评情况"],
      [2, "（一）自评结论"],
      [2, "（二）绩效指标完成情况"],
      [2, "（三）预算执行情况"],
      [1, "三、存在的主要问题"],
      [1, "四、下一步改进措施"],
    ]);
    expect(section(report, "（一）部门职能")).toEqual(["（请在本报告中填写部门职能。）"]);
    expect(section(report, "四、下一步改进措施")).toEqual(["（请在本报告中填写下一步改进措施。）"]);
  });

  test("the officer's text is split into paragraphs on line breaks, blank lines dropped", () => {
    const ev = evaluation({
      selfReference: "我镇",
      narrative: {
        functions: "1. 统筹全镇经济社会发展和基层治理。\r\n\r\n2. 抓好辖区党组织建设。\n  3. 办理上级布置的其他事项。  ",
        annualWork: "围绕年初计划推进各项重点工作。",
        goals: "   ",
        measures: "1. 把绩效目标写得更具体、可量化。\r2. 按月跟踪预算执行进度。",
      },
    });
    const report = buildReport(ev, "zh");
    expect(section(report, "（一）部门职能")).toEqual([
      "1. 统筹全镇经济社会发展和基层治理。",
      "2. 抓好辖区党组织建设。",
      "3. 办理上级布置的其他事项。",
    ]);
    expect(section(report, "（二）年度总体工作和重点工作任务")).toEqual(["围绕年初计划推进各项重点工作。"]);
    // Only blanks: treated as missing.
    expect(section(report, "（三）部门整体支出绩效目标")).toEqual(["（请在本报告中填写部门整体支出绩效目标。）"]);
    expect(section(report, "四、下一步改进措施")).toEqual(["1. 把绩效目标写得更具体、可量化。", "2. 按月跟踪预算执行进度。"]);
  });

  test("English headings and placeholders", () => {
    const report = buildReport(paitanEvaluation("en"), "en");
    expect(report.map((s) => s.heading)).toEqual([
      "1. About the unit",
      "(1) Functions",
      "(2) Annual work and key tasks",
      "(3) Performance goals for overall expenditure",
      "(4) Revenue and expenditure",
      "(5) Performance management",
      "2. Self-evaluation",
      "(1) Conclusion",
      "(2) Performance indicators",
      "(3) Budget execution",
      "3. Main problems",
      "4. Next steps",
    ]);
    expect(section(report, "(1) Functions")).toEqual(["(Please fill in the unit's functions here in the report.)"]);
  });

  test("the two phrase tables use the same placeholders in every template", () => {
    // A placeholder present in one language but not the other would silently drop a figure.
    const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
    const walk = (zh: unknown, en: unknown, path: string): void => {
      if (typeof zh === "string") {
        const ignore = new Set(["self", "yearPrefix"]); // English never says 我镇, and may restructure the year
        const a = placeholders(zh).filter((p) => !ignore.has(p));
        const b = placeholders(en as string).filter((p) => !ignore.has(p));
        expect([path, a]).toEqual([path, b]);
        return;
      }
      for (const key of Object.keys(zh as object)) walk((zh as Record<string, unknown>)[key], (en as Record<string, unknown>)[key], `${path}.${key}`);
    };
    walk(PHRASE_TABLES.zh, PHRASE_TABLES.en, "");
  });

  test("fill does not re-read braces inside inserted text", () => {
    expect(fill("{name}{amount}", { name: "{amount}收入", amount: "5万元" })).toBe("{amount}收入5万元");
  });
});

describe("（一）自评结论", () => {
  test("the seed's conclusion: phrase by score, grade and each category's completion", () => {
    // 产出 42/50 = 84.00%, 效益 50/50 = 100.00%; total 92 → 基本完成 (≥90), 优 (≥90)
    expect(section(buildReport(paitanEvaluation(), "zh"), "（一）自评结论")).toEqual([
      "经逐项评分，我镇部门整体支出绩效指标基本完成，得分92分，等级为“优”。其中，产出指标得分42分（满分50分，得分率84.00%）；效益指标得分50分（满分50分，得分率100.00%）。",
    ]);
  });

  test("English", () => {
    expect(section(buildReport(paitanEvaluation("en"), "en"), "(1) Conclusion")).toEqual([
      "After a comprehensive self-evaluation, the performance indicators for overall expenditure were substantially achieved, scoring 92, graded 优 (excellent). By category, 产出指标 scored 42 out of 50 (84.00% of its points); and 效益指标 scored 50 out of 50 (100.00% of its points).",
    ]);
  });

  test("with the budget execution score; a category named without 指标", () => {
    const budget = paitanBudget({ executionScore: true });
    // 产出 36/40 = 90.00%; 效益 45/50 = 90.00%; + 执行率得分 9.83 (min(0.983129…,1) × 10) → 90.83 of 100
    const table = indicatorTableResult(
      [
        { level1: "产出指标", name: "A", target: "≥10", actual: "9", weight: "40", score: "36", completion: "0.9", reason: "r" },
        { level1: "效益", name: "B", target: "≥10", actual: "9", weight: "50", score: "45", completion: "0.9", reason: "r" },
      ],
      { executionScore: budget.executionScore },
    );
    const ev = evaluation({ year: 2023, selfReference: "我镇", budget, indicatorTables: [table] });
    const report = buildReport(ev, "zh");
    expect(section(report, "（一）自评结论")).toEqual([
      "经逐项评分，我镇部门整体支出绩效指标基本完成，得分90.83分，等级为“优”。其中，产出指标得分36分（满分40分，得分率90.00%）；效益指标得分45分（满分50分，得分率90.00%）；预算执行率得分9.83分（满分10分）。",
    ]);
    expect(section(report, "（三）预算执行情况")).toEqual([
      "2023年，我镇预算执行率为98.31%（支出合计全年执行数28,082.29万元，全年预算数28,564.19万元），预算执行率得分9.83分（满分10分）。",
    ]);
    expect(section(buildReport(ev, "en"), "(3) Budget execution")).toEqual([
      "In 2023, the budget execution rate was 98.31%: 支出合计 came to RMB 280,822,900 against a budget of RMB 285,641,900, scoring 9.83 (out of 10) for budget execution.",
    ]);
  });

  test("a 预算执行率 row standing as its own category is told by its score, after the completion rates", () => {
    // 预算执行率 9.11/10 as a 一级 of its own; 产出 36/40 = 90.00%; 效益 45/50 = 90.00%: 90.11.
    const table = indicatorTableResult([
      { level1: "预算执行率", name: "预算执行率", target: "", actual: "91.10%", weight: "10", score: "9.11", completion: "0.911", reason: "r" },
      { level1: "产出指标", name: "A", target: "≥10", actual: "9", weight: "40", score: "36", completion: "0.9", reason: "r" },
      { level1: "效益指标", name: "B", target: "≥10", actual: "9", weight: "50", score: "45", completion: "0.9", reason: "r" },
    ]);
    const ev = evaluation({ selfReference: "我镇", indicatorTables: [table] });
    expect(section(buildReport(ev, "zh"), "（一）自评结论")).toEqual([
      "经逐项评分，我镇部门整体支出绩效指标基本完成，得分90.11分，等级为“优”。其中，产出指标得分36分（满分40分，得分率90.00%）；效益指标得分45分（满分50分，得分率90.00%）；预算执行率得分9.11分（满分10分）。",
    ]);
    expect(section(buildReport(ev, "en"), "(1) Conclusion")).toEqual([
      "After a comprehensive self-evaluation, the performance indicators for overall expenditure were substantially achieved, scoring 90.11, graded 优 (excellent). By category, 产出指标 scored 36 out of 40 (90.00% of its points); 效益指标 scored 45 out of 50 (90.00% of its points); and budget execution scored 9.11 out of 10.",
    ]);
  });

  test("full marks other than 100 are stated, and phrase and grade use the score scaled to 100", () => {
    // 40 of 50 → 80 of 100: 较好完成 (≥80), 良 (≥80)
    const table = indicatorTableResult([{ level1: "产出指标", name: "A", target: "≥10", actual: "8", weight: "50", score: "40", completion: "0.8" }]);
    const ev = evaluation({ selfReference: "我局", indicatorTables: [table] });
    expect(section(buildReport(ev, "zh"), "（一）自评结论")).toEqual([
      "经逐项评分，我局部门整体支出绩效指标较好完成，折合百分制80分（各项分值合计50分，得分40分），等级为“良”。其中，产出指标得分40分（满分50分，得分率80.00%）。",
    ]);
  });

  test("one sentence per indicator table; 100 is 全面完成; no grade → no grade clause", () => {
    const second = indicatorTableResult([full("C", "产出指标", "100")], { sheet: "项目绩效", grade: null });
    const ev = evaluation({ selfReference: "我镇", indicatorTables: [paitanIndicators(), second] });
    expect(section(buildReport(ev, "zh"), "（一）自评结论")).toEqual([
      "经逐项评分，我镇部门整体支出绩效指标基本完成，得分92分，等级为“优”。其中，产出指标得分42分（满分50分，得分率84.00%）；效益指标得分50分（满分50分，得分率100.00%）。" +
        "“项目绩效”表所列绩效指标全面完成，得分100分。其中，产出指标得分100分（满分100分，得分率100.00%）。",
    ]);
  });

  test("conclusion phrases are a setting", () => {
    const ev = paitanEvaluation();
    ev.settings = { ...ev.settings, conclusionPhrases: [{ min: 90, zh: "基本实现", en: "broadly met" }, { min: 0, zh: "未实现", en: "not met" }] };
    expect(section(buildReport(ev, "zh"), "（一）自评结论")[0]).toContain("我镇部门整体支出绩效指标基本实现，");
  });
});

describe("（二）绩效指标完成情况", () => {
  test("indicators below full marks, with their 偏差原因 or a marked prompt", () => {
    expect(section(buildReport(paitanEvaluation(), "zh"), "（二）绩效指标完成情况")).toEqual([
      "我镇共设置绩效指标6项，其中4项达到年度指标值，2项未得满分。",
      "1. “国考断面水质达标率”（产出指标）：年度指标值≥100%，实际完成值80%，得分16分（满分20分）。偏差原因：受上游来水影响，部分月份水质未达标，将加强入河排污口溯源整治。",
      "2. “新建绿（碧）道”（产出指标）：年度指标值≥4公里，实际完成值2.4公里，得分6分（满分10分）。偏差原因：（请在“绩效指标”表的偏差原因栏填写偏差原因分析及改进措施。）",
    ]);
  });

  test("all met: says so", () => {
    const ev = evaluation({ indicatorTables: [indicatorTableResult([full("A"), full("B")])] });
    expect(section(buildReport(ev, "zh"), "（二）绩效指标完成情况")).toEqual([
      "我单位共设置绩效指标2项，均达到年度指标值。各项指标均得满分，无明显偏差。",
    ]);
    expect(section(buildReport(ev, "en"), "(2) Performance indicators")).toEqual([
      "2 performance indicators were set, and all of them met their targets. All of them scored full marks; there are no deviations to explain.",
    ]);
  });

  test("a 正向 result at 130% of target or more is listed; 129% and 反向 are not", () => {
    const table = indicatorTableResult([
      // 13/10 = 1.30: at the line
      { level1: "产出指标", name: "培训人次", target: "≥10次", actual: "13次", weight: "10", score: "10", completion: "1.3", reason: "报名人数超出预期。" },
      { level1: "产出指标", name: "宣传场次", target: "≥100场", actual: "129场", weight: "10", score: "10", completion: "1.29" },
      { level1: "产出指标", name: "成本", target: "≤10", actual: "2", weight: "10", score: "10", completion: "5", direction: "negative" },
    ]);
    const ev = evaluation({ indicatorTables: [table] });
    expect(section(buildReport(ev, "zh"), "（二）绩效指标完成情况")).toEqual([
      "我单位共设置绩效指标3项，均达到年度指标值。",
      "1. “培训人次”（产出指标）：年度指标值≥10次，实际完成值13次，为年度指标值的130.00%，超额完成幅度较大（超过130.00%），得分10分（满分10分）。偏差原因：报名人数超出预期。",
    ]);
  });

  test("several tables: one count per table, numbering runs on", () => {
    const a = indicatorTableResult([{ ...full("A"), score: "5" }], { sheet: "表一" });
    const b = indicatorTableResult([{ ...full("B"), score: "7.5" }], { sheet: "表二" });
    const p = section(buildReport(evaluation({ indicatorTables: [a, b] }), "zh"), "（二）绩效指标完成情况");
    expect(p[0]).toBe("“表一”表共设置绩效指标1项，其中0项达到年度指标值，1项未得满分。“表二”表共设置绩效指标1项，其中0项达到年度指标值，1项未得满分。");
    expect(p[1]).toMatch(/^1\. “A”（产出指标）：.*得分5分（满分10分）。/);
    expect(p[2]).toMatch(/^2\. “B”（产出指标）：.*得分7\.5分（满分10分）。/);
  });

  test("English", () => {
    const p = section(buildReport(paitanEvaluation("en"), "en"), "(2) Performance indicators");
    expect(p[0]).toBe("6 performance indicators were set, of which 4 met their targets, and 2 lost points.");
    expect(p[2]).toBe(
      "2. “新建绿（碧）道” (产出指标): target ≥4公里, actual 2.4公里, scored 6 (out of 10). Reason for the deviation: (Please fill in the deviation analysis in the reason column of sheet “绩效指标”.)",
    );
  });
});

describe("三、存在的主要问题", () => {
  test("the officer's own text wins", () => {
    const ev = paitanEvaluation();
    ev.narrativeInputs = { ...ev.narrativeInputs, problems: "1. 绩效目标不够明确。\n2. 监控力度不足。" };
    expect(section(buildReport(ev, "zh"), "三、存在的主要问题")).toEqual(["1. 绩效目标不够明确。", "2. 监控力度不足。"]);
  });

  test("otherwise derived from low execution, results ahead of spending and unmet indicators, with a marked note", () => {
    // 支出合计 750 of 1,000: 75.00%, 250.00万元 (25.00%) unspent; completion 92/100 = 92.00%, 17.00 points above.
    const budget = budgetResult([{ name: "支出合计", section: "expenditure", kind: "total", budget: "1000", actual: "750" }], { headlineIndex: 0 });
    const ev = evaluation({
      selfReference: "我镇",
      budget,
      indicatorTables: [paitanIndicators()],
      checks: [
        makeCheck("LOW_EXECUTION", { sheet: BUDGET_SHEET, row: 2, col: 3 }, { name: "支出合计", rate: "75.00%", threshold: "20.00%" }),
        makeCheck("EXECUTION_LAGS_RESULTS", { sheet: BUDGET_SHEET, row: 2, col: 3 }, {
          completion: "92.00%",
          execution: "75.00%",
          gap: "17.00",
          threshold: "5",
          state: { zh: "指标完成进度快于资金使用进度", en: "results ran ahead of spending" },
        }),
        // Not a problem of the year's work: a data-entry note, left to the checks list.
        makeCheck("SUM_MISMATCH", { sheet: BUDGET_SHEET, row: 2, col: 0 }, { name: "收入合计", column: "全年执行数", stated: "1", sum: "2", diff: "1" }),
      ],
    });
    expect(section(buildReport(ev, "zh"), "三、存在的主要问题")).toEqual([
      "1. 预算执行率为75.00%，未执行预算250.00万元，占年度预算的25.00%，预算执行进度偏慢。",
      "2. 绩效指标得分率为92.00%（各项指标得分之和÷分值之和），高于预算执行率75.00%达17.00个百分点，绩效目标完成情况与资金使用进度不匹配。",
      "3. 部分绩效指标未达到年度指标值：“国考断面水质达标率”、“新建绿（碧）道”。",
      "（以上问题根据自评数据自动列出，请结合实际在本报告中填写存在的主要问题。）",
    ]);
    expect(section(buildReport(ev, "en"), "3. Main problems")).toEqual([
      "1. The budget execution rate was 75.00%: RMB 2,500,000, 25.00% of the annual budget, went unspent, so spending lagged behind plan.",
      "2. The indicator score rate (points scored ÷ points available) was 92.00%, 17.00 percentage points above budget execution of 75.00%: the results reported do not match the pace of spending.",
      "3. Some performance indicators missed their targets: “国考断面水质达标率”, “新建绿（碧）道”.",
      "(These problems were derived from the figures; please describe the main problems here in the report.)",
    ]);
  });

  test("nothing to derive: a placeholder", () => {
    const ev = evaluation({ indicatorTables: [indicatorTableResult([full("A")])] });
    expect(section(buildReport(ev, "zh"), "三、存在的主要问题")).toEqual(["（请在本报告中填写存在的主要问题。）"]);
  });
});

describe("（三）预算执行情况", () => {
  test("left out when there is no execution rate", () => {
    const ev = evaluation({ indicatorTables: [indicatorTableResult([full("A")])] });
    expect(buildReport(ev, "zh").map((s) => s.heading)).not.toContain("（三）预算执行情况");
  });

  test("without an execution score: the rate alone", () => {
    const ev = paitanEvaluation();
    expect(section(buildReport(ev, "zh"), "（三）预算执行情况")).toEqual([
      "2023年，我镇预算执行率为98.31%（支出合计全年执行数28,082.29万元，全年预算数28,564.19万元）。",
    ]);
  });
});
