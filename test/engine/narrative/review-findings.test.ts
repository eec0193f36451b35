/**
 * The report-prose findings of the session-6 finance review (R1–R31), one table row per finding
 * and form: what the report must now say, and what it must no longer say. Figures are worked out
 * by hand in the comments from the fixtures' cells (scripts/realistic-fixtures.ts,
 * provincial-fixtures.ts, provincial-fixtures-more.ts).
 */
import JSZip from "jszip";
import { runEngine } from "../../../src/engine";
import type { Grid } from "../../../src/engine/grid";
import type { Lang } from "../../../src/engine/settings";
import { countPlaceholders, placeholderSpans } from "../../../src/engine/narrative/placeholders";
import { PHRASE_TABLES } from "../../../src/engine/narrative";
import { reportDocument, titleLines } from "../../../src/engine/render/report-document";
import { reportDocxBytes } from "../../../src/app/report-docx";
import { summaryLines } from "../../../src/node/summary";
import { innerQuotes, proseName, quoted } from "../../../src/engine/vocabulary/prose-names";
import { cleanProjectName, cleanUnitName } from "../../../src/engine/vocabulary/clean-names";
import { formatAmountRmb, wanOfRmb } from "../../../src/engine/format";
import { D } from "../../../src/engine/decimal";
import * as realistic from "../../../scripts/realistic-fixtures";
import * as provincial from "../../../scripts/provincial-fixtures";
import * as more from "../../../scripts/provincial-fixtures-more";

function ran(grid: Grid, lang: Lang = "zh") {
  const r = runEngine(grid, { settings: { lang } });
  if (!r.ok) throw new Error("engine stopped");
  return r;
}

/** The report as one text, a paragraph a line. */
function text(grid: Grid, lang: Lang = "zh"): string {
  return ran(grid, lang)
    .report.flatMap((s) => [s.heading, ...s.paragraphs])
    .join("\n");
}

type Row = [finding: string, form: string, build: () => Grid, lang: Lang, says: string[], never: RegExp[]];

const ROWS: Row[] = [
  // R5: 42 ÷ 50 = 84.00% is the category's 得分率, told with its points; 其中 opens the parts.
  [
    "R5 得分率 with points",
    "A 高标准农田",
    realistic.mofProjectForm,
    "zh",
    // 产出 19.17 + 4.84 + … = 49.01 of 50 → 98.02%; 效益 27 of 30 → 90.00%; execution 1,187.34 ÷ 1,260 = 94.23% × 10 = 9.42.
    ["得分95.43分，等级为“优”。其中，产出指标得分49.01分（满分50分，得分率98.02%）；效益指标得分27分（满分30分，得分率90.00%）；满意度指标得分10分（满分10分，得分率100.00%）；预算执行率得分9.42分（满分10分）。"],
    [/指标完成率\d/, /“优”，其中/],
  ],
  [
    "R5 绩效指标得分率 defined in 存在的问题",
    "M 红河",
    provincial.yunnanHongheDataCentre,
    "zh",
    // (50 + 27.9 + 10) ÷ 90 = 97.67%, 97.67 − 91.11 = 6.56.
    ["绩效指标得分率为97.67%（各项指标得分之和÷分值之和），高于预算执行率91.11%达6.56个百分点"],
    [/绩效指标完成率/],
  ],
  // R4: 重庆 E's 预算执行 category is the execution block: its points, not "预算执行指标完成率97.80%".
  [
    "R4 execution block by its points; count vs list",
    "E 重庆",
    realistic.chongqingRepeatedLevels,
    "zh",
    [
      "预算执行率得分9.78分（满分10分）。",
      "我街共设置绩效指标9项，其中7项达到年度指标值，3项未得满分。",
      "2. “小区长效管理机制”（效益指标）：年度指标值建立长效管理机制，实际完成值达成，已达到年度指标值，但得分9分（满分10分）。",
    ],
    [/预算执行指标(完成|得分)率/],
  ],
  // R2: 110 of 110 → 100 on the 100-point scale leads; the raw sum stands in the clause.
  [
    "R2 百分制 first",
    "Q 中江",
    provincial.sichuanZhongjiangWaterGauges,
    "zh",
    ["绩效目标全面完成，折合百分制100分（各项分值合计110分，得分110分），等级为“优”。"],
    [/，得分110分（满分110分/],
  ],
  [
    "R2 百分制 first (22.5 of a form with one indicator)",
    "bj 北京",
    more.beijingXueyuanluCleaning,
    "zh",
    // 12.5 + 154.74 ÷ 310.2 × 10 = 12.5 + 4.99 = 17.49; 17.49 ÷ 22.5 × 100 = 77.73.
    ["绩效目标部分完成，折合百分制77.73分（各项分值合计22.5分，得分17.49分），等级为“中”。"],
    [/得分17\.49分（满分22\.5分/],
  ],
  // R6: N's two indicators have no values: the headline says so and why it stops at 基本完成.
  [
    "R6 unverified scores in the headline",
    "N 青神",
    provincial.sichuanQingshenWages,
    "zh",
    [
      "得分100分，等级为“优”，有2项指标未填写年度指标值或实际完成值，得分沿用单位填报数，未经核验，故结论未表述为“全面完成”。",
      "产出指标得分60分（满分60分，沿用填报得分，未经核验）",
    ],
    [/完成率100\.00%/, /绩效目标全面完成/],
  ],
  [
    "R6 six of nine unverified",
    "P 天长",
    provincial.anhuiTianchangFloodControl,
    "zh",
    ["有6项指标未填写年度指标值或实际完成值，得分沿用单位填报数，未经核验，故结论未表述为“全面完成”", "效益指标得分30分（满分30分，沿用填报得分，未经核验）"],
    [/各类指标完成率/],
  ],
  // R3: 宁夏's three deducted indicators met their (identical) targets: counted and listed as such
  // (公用经费完成时间 4 of 5, 效果显著 13 of 15, 使学生… 8 of 10).
  [
    "R3 count agrees with the list",
    "nx 宁夏",
    more.ningxiaYinchuanSchoolFunds,
    "zh",
    [
      "本项目共设置绩效指标16项，已核验10项，其中10项达到年度指标值，3项未得满分。",
      "2. “效果显著”（项目效益）：年度指标值改善学校的办学条件，实际完成值改善学校的办学条件，已达到年度指标值，但得分13分（满分15分）。",
    ],
    [/其中10项达到年度指标值。/],
  ],
  // R9: one indicator, no 均/各项.
  [
    "R9 one indicator",
    "bj 北京",
    more.beijingXueyuanluCleaning,
    "zh",
    ["本项目共设置绩效指标1项，该项指标达到年度指标值。该项指标得满分，无明显偏差。"],
    [/1项，均/, /各项指标均得满分/],
  ],
  // R29: the form's 实际完成情况 stands under the goal.
  [
    "R29 实际完成情况 beside the goal",
    "A 高标准农田",
    realistic.mofProjectForm,
    "zh",
    ["新建高标准农田1.2万亩，配套建设灌排渠道35公里，提升项目区粮食综合生产能力。\n全年实际完成情况：建成高标准农田1.15万亩、灌排渠道36.2公里，亩均粮食产能提升55公斤。"],
    [],
  ],
  ["R29 (红河)", "M 红河", provincial.yunnanHongheDataCentre, "zh", ["全年实际完成情况：展厅全年开放262天，设备运行正常。"], []],
  ["R29 (青神)", "N 青神", provincial.sichuanQingshenWages, "zh", ["全年实际完成情况：工资按月足额发放，社保按时缴纳。"], []],
  ["R29 (department form)", "B 池州", realistic.departmentWholeForm, "zh", ["全年实际完成情况：总体规划已报批，耕地保有量全面完成，登记办结提速。"], []],
  // R1: 0.00 over 89.97 is not stated as the year's total.
  [
    "R1 a contradicted total row",
    "L 棠溪",
    provincial.anhuiTangxiCommission,
    "zh",
    ["委托业务项目资金表中年度资金总额一行与各分项之和不符（见检查结果），按分项列示：本年财政拨款89.97万元，执行89.97万元，执行率为100.00%。"],
    [/年度资金总额0\.00万元/, /全年执行0\.00万元/],
  ],
  // R7(b): the one budget line opens with the unit (no year on the form).
  ["R7(b) subject of the funds sentence", "R 重庆部门", provincial.chongqingDepartmentCommon, "zh", ["我中心部门预算资金全年预算数1,250.00万元，全年执行数950.00万元，为年度预算的76.00%。"], [/^部门预算资金/m]],
  // R7(d)/R8: inner single quotes; 三公经费 written “三公”经费.
  ["R7(d) nested quotes", "R 重庆部门", provincial.chongqingDepartmentCommon, "zh", ["“‘三公’经费变动率”、“‘三公’经费控制率”"], [/““/, /””/]],
  [
    "R8 “三公”经费",
    "T 岳阳",
    provincial.hunanYueyangCommonIndicators,
    "zh",
    // 7.65 ÷ 8.50 = 90.00%.
    ["“三公”经费全年预算数8.50万元，全年执行数7.65万元，为年度预算的90.00%", "“三公”经费中，公务用车购置和维护经费5.10万元"],
    [/(^|[^“])三公经费/m],
  ],
  // R20/R31: no 【体制】 tag, no unit code.
  ["R20 source tag", "bj 北京", more.beijingXueyuanluCleaning, "zh", ["经逐项评分，自管道路清扫保洁外包工作经费绩效目标部分完成"], [/【体制】/]],
  // R10: half-width , between Han characters made full-width in prose (the cells keep them).
  [
    "R10 full-width punctuation in prose",
    "nx 宁夏",
    more.ningxiaYinchuanSchoolFunds,
    "zh",
    ["3. “使学生和老师有个更好的学习和工作环境，做到”（项目效益）"],
    [/环境,做到/],
  ],
  ["R10 (河北 reason)", "heb 河北", more.hebeiLangfangHeating, "zh", ["偏差原因：已完工，剩余3%尾款未付，且最高限价低于预算金额。"], [/已完工,/]],
  // R24: the 一级 label's points against the 分值 under it (山东: 效益指标(30分) over one 10-point indicator).
  ["R24 incomplete indicator set", "sd 山东", more.shandongLichengCulturalCentre, "zh", ["1. 指标体系不完整或分值有误：“效益指标”标注30分，实际设置10分。"], []],
  ["R24 (宁夏: 35 labelled, 15 + 10 set)", "nx 宁夏", more.ningxiaYinchuanSchoolFunds, "zh", ["2. 指标体系不完整或分值有误：“项目效益”标注35分，实际设置25分。"], []],
  // R22: 项目支出小计 3,252.95 is off its items (3,252.59) and off 合计 − 基本支出 by the same 0.36: told with a note.
  ["R22 mistyped 小计", "F 小计", realistic.subtotalsAtBottom, "zh", ["项目支出3,252.95万元（表中该小计与其组成项之和不符，疑为录入有误，见检查结果），较上年增加709.78万元"], []],
  // R35: 20000 | 人次 in two cells, joined by Zipin with a thousands separator (18,600 ÷ 20,000 × 30 = 27.9).
  ["R35 composed numbers grouped", "M 红河", provincial.yunnanHongheDataCentre, "zh", ["年度指标值≥20,000人次，实际完成值18,600人次，得分27.9分（满分30分）"], [/20000人次/]],
  // f11v: a one-sheet form has no 基本信息 sheet: the report is where to write.
  ["placeholders on a one-sheet form", "A 高标准农田", realistic.mofProjectForm, "zh", ["（请在本报告中填写改进措施。）"], [/基本信息/]],
  ["placeholders with an info sheet", "C 青神卫健", realistic.separateSheetsInYuan, "zh", ["（请在“基本信息”表填写部门整体绩效管理情况。）"], []],
  // R30: no reason column on the form.
  ["no 偏差原因 column", "R 重庆部门", provincial.chongqingDepartmentCommon, "zh", ["偏差原因：（表中无偏差原因栏，请在本报告中说明偏差原因及改进措施。）"], [/请在绩效指标表填写/]],
  // R14: English lists end with "and"; no sentence opens with a bare Chinese label; amounts in yuan.
  [
    "R14 English",
    "R 重庆部门",
    provincial.chongqingDepartmentCommon,
    "en",
    // 1,250.00万元 = RMB 12,500,000; 950.00万元 = RMB 9,500,000.
    ["The item 部门预算资金 had a budget of RMB 12,500,000 and came to RMB 9,500,000, 76.00% of the annual budget.", "; and budget execution scored 7.6 out of 10."],
    [/10k yuan/, /^部门预算资金/m],
  ],
];

describe.each(ROWS)("%s — %s", (_finding, _form, build, lang, says, never) => {
  const report = text(build(), lang);
  test.each(says)("says %s", (s) => expect(report).toContain(s));
  if (never.length > 0) test.each(never.map((re) => [re]))("never %s", (re) => expect(report).not.toMatch(re));
});

describe("names as prose writes them", () => {
  test.each([
    ["三公经费", "“三公”经费"],
    ["“三公”经费", "“三公”经费"],
    ["三公经费控制率", "“三公”经费控制率"],
    ["学习和工作环境,做到", "学习和工作环境，做到"],
    ["A,B 2,000", "A,B 2,000"],
  ])("proseName(%s) = %s", (name, prose) => expect(proseName(name)).toBe(prose));
  test("inside quotes the inner quotes are single (GB/T 15834)", () => {
    expect(quoted("“三公”经费变动率")).toBe("“‘三公’经费变动率”");
    expect(innerQuotes("三公经费")).toBe("‘三公’经费");
  });
  test.each([
    ["219001-池州市贵池区棠溪镇人民政府", "池州市贵池区棠溪镇人民政府"],
    ["池州市贵池区棠溪镇人民政府", "池州市贵池区棠溪镇人民政府"],
    ["2023年度某局", "2023年度某局"],
  ])("cleanUnitName(%s) = %s", (raw, clean) => expect(cleanUnitName(raw)).toBe(clean));
  test("a source tag before a project's name is dropped", () => {
    expect(cleanProjectName("【体制】自管道路清扫保洁外包工作经费")).toBe("自管道路清扫保洁外包工作经费");
  });
});

describe("titles (R16, R20)", () => {
  test("a project report title names the unit, the year before the project, 项目 once", () => {
    const r = ran(provincial.anhuiTangxiCommission());
    expect(reportDocument(r.evaluation, r.report, "zh").title).toBe("池州市贵池区棠溪镇人民政府2022年度委托业务项目支出绩效自评报告");
  });
  test.each([
    ["派潭镇人民政府2023年度部门整体支出绩效自评报告", ["派潭镇人民政府2023年度", "部门整体支出绩效自评报告"]],
    ["2023年高标准农田建设项目支出绩效自评报告", ["2023年高标准农田建设项目支出绩效自评报告"]],
  ])("%s breaks after 年度 when too long for one line", (title, lines) => expect(titleLines(title)).toEqual(lines));
});

describe("English amounts in yuan (R14)", () => {
  test.each([
    ["1260", "RMB 12,600,000", "1,260.00"],
    ["0.37", "RMB 3,700", "0.37"],
    ["29.654", "RMB 296,500", "29.65"],
  ])("%s万元 → %s → %s", (wan, rmb, back) => {
    expect(formatAmountRmb(new D(wan))).toBe(rmb);
    expect(wanOfRmb(rmb)).toBe(back);
  });
});

describe("placeholders marked and counted (R21)", () => {
  test("every placeholder of both packs is found as one", () => {
    for (const lang of ["zh", "en"] as Lang[]) {
      const t = PHRASE_TABLES[lang];
      const texts = [...Object.values(t.placeholders), ...Object.values(t.project.placeholders)].map((p) =>
        p.replace("{where}", t.where.report).replace("{sheet}", "绩效指标"),
      );
      for (const p of texts) expect(placeholderSpans(`前文${p}后文`, lang)).toHaveLength(1);
    }
  });

  test("A (one sheet): three to fill — 项目概况, the note after the derived problems, 改进措施 (its three reasons are given)", () => {
    const r = ran(realistic.mofProjectForm());
    expect(countPlaceholders(r.report, "zh")).toBe(3);
    const lines = summaryLines(r.evaluation, "zh", { output: "out.xlsx", json: null, placeholders: countPlaceholders(r.report, "zh") });
    expect(lines).toContain("报告中有3处待填写（“（请…）”文字，Word 报告中以黄色标出）");
  });

  test("the Word report highlights them and nothing else", async () => {
    const r = ran(realistic.mofProjectForm());
    const doc = reportDocument(r.evaluation, r.report, "zh");
    const zip = await JSZip.loadAsync(await reportDocxBytes(doc));
    const xml = await zip.file("word/document.xml")!.async("string");
    const highlighted = [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*?<w:highlight w:val="yellow"\/>(?:(?!<\/w:r>).)*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(highlighted).toEqual([
      "（请在本报告中填写项目概况：立项依据、主要内容、实施单位和实施期限。）",
      "（以上问题根据自评数据自动列出，请结合项目实施情况在本报告中填写存在的问题。）",
      "（请在本报告中填写改进措施。）",
    ]);
    // The 落款 closes the text: A's 实施单位, and a date line to fill in.
    expect(doc.closing).toEqual(["青山县农田建设服务中心", "　　年　　月　　日"]);
  });

  test("落款 and one attachment a line when the unit is known", () => {
    const r = ran(provincial.anhuiTangxiCommission());
    const doc = reportDocument(r.evaluation, r.report, "zh");
    expect(doc.closing).toEqual(["池州市贵池区棠溪镇人民政府", "　　年　　月　　日"]);
    expect(doc.annexList.split("\n")).toEqual(["附件：1. 预算收支执行情况表", "　　　2. 绩效自评表"]);
  });
});
