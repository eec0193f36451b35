/**
 * Grade words as a setting (docs/rules.md §8): a province whose rules name the four grades
 * 优秀 / 良好 / 合格 / 不合格 instead of 优 / 良 / 中 / 差. The form is the 云南 红河州 project
 * form of provincial-forms.test.ts (M: 红河州数据发展中心《2024年度项目支出绩效单位自评报告》,
 * published on hh.gov.cn by 红河州数据发展中心, 2025-04-29), with the 基本信息 sheet of `zipin
 * template` holding the row "等级用语 | 优秀、良好、合格、不合格" (scripts/provincial-fixtures.ts, U).
 *
 * Source of the words: the four-band scale is the MOF's (财预〔2020〕10号: 90 / 80 / 60, published
 * as 优 / 良 / 中 / 差); the wording 优秀 / 良好 / 合格 / 不合格 is the one the issue names. The
 * reference corpus searched for this test held no provincial notice printing these four words
 * for 项目支出 self-evaluation, so no provincial document is cited for them (see the session's
 * report).
 *
 * Hand computation (the cells of the form as printed):
 *   执行率 72.89 / 80 = 0.911125 → × 10 = 9.11125 → 9.11
 *   展厅开放天数 262 ≥ 250 → 20; 设备完好率 100 = 100 → 15; 运维成本 72890 ≤ 80000 → 15;
 *   参观接待人次 18600 / 20000 × 30 = 27.9; 参观群众满意度 95 ≥ 90 → 10
 *   total 20 + 15 + 15 + 27.9 + 10 + 9.11 = 97.01 of 100 → ≥ 90 → 优 (shown 优秀)
 */
import * as forms from "../../../scripts/provincial-fixtures";
import { runEngine } from "../../../src/engine";
import { reportDocument } from "../../../src/engine/render/report-document";
import { summaryAddresses } from "../../../src/engine/render/summary";
import { summaryLines } from "../../../src/node/summary";
import { gradeText } from "../../../src/app/grade-text";
import { resultSummary } from "../../../src/taskpane/view/result";
import { outcomeMessage } from "../../../src/commands/outcome-message";

function ran(lang: "zh" | "en" = "zh") {
  const r = runEngine(forms.yunnanHongheGradeWords(), { settings: { lang } });
  if (!r.ok) throw new Error(`engine stopped: ${r.errors.map((c) => `${c.code} ${c.message.zh}`).join("; ")}`);
  return r;
}

function summaryCell(r: ReturnType<typeof ran>, address: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  return r.plan.sheets[0]!.rows[Number(m[2]) - 1]?.[col - 1] ?? null;
}

describe("U. 等级用语 优秀、良好、合格、不合格 on the 云南 红河 form", () => {
  const r = ran();

  test("the figures are those of the form without the row: 97.01, grade key 优", () => {
    expect(r.json.totalScore).toBe(97.01);
    expect(r.evaluation.grade).toBe("优");
    expect(r.evaluation.settings.gradeWords).toEqual({ 优: "优秀", 良: "良好", 中: "合格", 差: "不合格" });
    // The same checks as without the row: the words change nothing but the words.
    expect(r.evaluation.checks.map((c) => c.code)).toEqual(["EXECUTION_LAGS_RESULTS", "STATED_TOTAL_MISMATCH"]);
  });

  test("the summary's grade cell is a live formula giving the user's words, best band first", () => {
    const cell = summaryCell(r, summaryAddresses(r.evaluation).grade);
    expect(cell?.t).toBe("formula");
    if (cell?.t !== "formula") return;
    expect(cell.v).toBe("优秀");
    // 90 / 80 / 60 / 0, each band's word; no engine key left in it.
    expect(cell.f).toMatch(/>=90,"优秀",IF\(.*>=80,"良好",IF\(.*>=60,"合格",IF\(.*>=0,"不合格",""\)\)\)\)/);
    expect(cell.f).not.toMatch(/"[优良中差]"/);
  });

  test("the report says 优秀 in Chinese and 优秀 (excellent) in English; the Word document carries it", () => {
    const zh = r.report.flatMap((s) => s.paragraphs).join("\n");
    expect(zh).toContain("得分97.01分，等级为“优秀”");
    expect(zh).not.toContain("等级为“优”");
    const en = ran("en");
    expect(en.report.flatMap((s) => s.paragraphs).join("\n")).toContain("graded 优秀 (excellent)");
    const doc = reportDocument(r.evaluation, r.report, "zh");
    expect(doc.sections.flatMap((s) => s.paragraphs).join("\n")).toContain("等级为“优秀”");
  });

  test("the English summary cell keeps the user's word with its gloss", () => {
    const en = ran("en");
    expect(summaryCell(en, summaryAddresses(en.evaluation).grade)?.v).toBe("优秀 (excellent)");
  });

  test("JSON keeps grade 优 and adds gradeLabel 优秀, the four words, and values with the 度量单位 joined", () => {
    expect(r.json.grade).toBe("优");
    expect(r.json.gradeLabel).toBe("优秀");
    expect(r.json.gradeWords).toEqual({ 优: "优秀", 良: "良好", 中: "合格", 差: "不合格" });
    expect(r.json.indicatorTables[0]!.gradeLabel).toBe("优秀");
    const cost = r.json.indicatorTables[0]!.indicators.find((i) => i.name === "运维成本")!;
    // The cells hold 80000 and 72890; the 度量单位 column says 元; ≦ is the 指标性质 column's.
    expect([cost.target, cost.actual]).toEqual(["80000", "72890"]);
    expect([cost.targetShown, cost.actualShown]).toEqual(["≤80,000元", "72,890元"]);
    const days = r.json.indicatorTables[0]!.indicators.find((i) => i.name === "展厅开放天数")!;
    expect([days.targetShown, days.actualShown]).toEqual(["≥250天", "262天"]);
  });

  test("the command line, the pane's result card and the ribbon's message show 优秀", () => {
    const lines = summaryLines(r.evaluation, "zh", { output: "out.xlsx", json: null, docx: null });
    expect(lines).toContain("自评得分：97.01分，等级：优秀");
    expect(summaryLines(r.evaluation, "en", { output: "out.xlsx", json: null, docx: null })).toContain(
      "Self-evaluation score: 97.01, grade 优秀 (excellent)",
    );
    const card = resultSummary(r.evaluation);
    expect(gradeText(card.grade, "zh", card.gradeWords)).toBe("优秀");
    expect(outcomeMessage(r, "zh").lines[0]).toBe("总分 97.01 分，等级：优秀");
  });
});

describe("a sheet holding only settings rows is read as the info sheet (docs/rules.md §8.2)", () => {
  test("设置 | 等级用语 beside the 云南 红河 form: 97.01 shown as 优秀; the form's own key cells still read", () => {
    const form = forms.yunnanHongheDataCentre();
    const settings = { name: "设置", cells: [["等级用语", "优秀、良好、合格、不合格"]], merges: [] };
    const r = runEngine({ sheets: [...form.sheets, settings] });
    if (!r.ok) throw new Error(r.errors.map((c) => c.message.zh).join("; "));
    expect(r.json.totalScore).toBe(97.01);
    expect(r.json.gradeLabel).toBe("优秀");
    // 实施单位 and 项目名称 come from the form's key cells above its tables.
    expect(r.evaluation.entity).toBe("红河州数据发展中心");
    expect(r.evaluation.info?.projectName).toBe("“数说红河”展厅运维经费");
  });

  test("a lone word that is no settings key does not make a sheet an info sheet", () => {
    const form = forms.yunnanHongheDataCentre();
    const notes = { name: "备注", cells: [["等级"], ["说明文字"]], merges: [] };
    const r = runEngine({ sheets: [...form.sheets, notes] });
    if (!r.ok) throw new Error(r.errors.map((c) => c.message.zh).join("; "));
    expect(r.detected.filter((t) => t.kind === "info").map((t) => t.sheet)).toEqual(["项目支出绩效自评表"]);
    expect(r.json.gradeLabel).toBe("优");
  });
});

