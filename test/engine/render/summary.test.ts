import { printFit } from "../../../src/engine/render/print-layout";
import { excelWouldConvert, indentedLineName } from "../../../src/engine/render/cells";
import { renderPlan } from "../../../src/engine/render";
import { summaryAddresses } from "../../../src/engine/render/summary";
import { OUTPUT_SHEET_NAMES } from "../../../src/engine/plan";
import type { PlannedSheet } from "../../../src/engine/plan";
import { parseA1 } from "../../../src/engine/grid";
import { MIXED_INDICATORS, buildEvaluation } from "./fixtures";
import type { EvaluationOptions } from "./fixtures";
import { allCells, cell, formatsAt, numberFormatAt } from "./helpers";

function summary(options: EvaluationOptions = {}, lang: "zh" | "en" = "zh"): PlannedSheet {
  const plan = renderPlan(buildEvaluation(options), [], lang);
  return plan.sheets[0]!;
}

/*
 * Layout of the default fixture, worked out by hand (Excel rows, 1-based):
 *   1 title; 3–8 key block (B3 单位, B4 年度, B5 自评总分, B6 等级, B7 预算执行率, B8 执行率得分); 9 note
 *   11 一级指标 heading, 12 header, 13 产出指标, 14 效益指标
 *   16 budget heading, 17 header, 18–22 the five lines (收入合计 … 项目支出)
 *   25 indicator heading, 26 header, 27–30 the four indicators in fixture order: A 一级 B 二级 C 三级
 *      D 目标 E 实际 F 分值 G 得分 H 填报得分 I 完成率 J 达标 (printed), then K 方向 L 目标取数
 *      M 实际取数 N 评分规则 O 来源单元格 (outside the print area)
 *   32 偏差原因说明 heading, 33 header, 34 国考断面水质达标率's reason (name A:B, reason C:J merged)
 *   36 checks heading, 37 header, 38–39 the two checks: A 级别, B:I 说明, J 单元格, K 代码
 * Budget line i sits on input row 5+i of 收支表; indicator i on input row 4+i.
 */
describe("summary sheet", () => {
  test("is named and laid out as the plan says", () => {
    const plan = renderPlan(buildEvaluation(), [], "zh");
    expect(plan.sheets.map((s) => s.name)).toEqual([OUTPUT_SHEET_NAMES.summary, OUTPUT_SHEET_NAMES.report, OUTPUT_SHEET_NAMES.trail]);
    const s = plan.sheets[0]!;
    expect(cell(s, "A1")).toEqual({ t: "text", v: "派潭镇人民政府2023年度绩效自评结果" });
    expect(cell(s, "A3")).toEqual({ t: "text", v: "单位" });
    expect(cell(s, "B3")).toEqual({ t: "text", v: "派潭镇人民政府" });
    expect(cell(s, "B4")).toEqual({ t: "number", v: 2023 });
    // 44.03 / (25 + 10 + 10) × 100 = 97.84 → 优, by the grade settings; the execution points count
    // while the rate (G21) is a number, as the engine counts none without a rate.
    expect(cell(s, "B6")).toEqual({
      t: "formula",
      f: '=IFERROR(IF(ROUND(E5/(SUM(B14:B15)+IF(ISNUMBER(G21),10,0))*100,2)>=90,"优",IF(ROUND(E5/(SUM(B14:B15)+IF(ISNUMBER(G21),10,0))*100,2)>=80,"良",IF(ROUND(E5/(SUM(B14:B15)+IF(ISNUMBER(G21),10,0))*100,2)>=60,"中",IF(ROUND(E5/(SUM(B14:B15)+IF(ISNUMBER(G21),10,0))*100,2)>=0,"差","")))),"")',
      v: "优",
    });
    expect(cell(s, "A10")).toEqual({ t: "text", v: "由Zipin自评生成；公式引用输入表单元格，可在Excel中追溯" });
    expect(cell(s, "A12")).toEqual({ t: "text", v: "一级指标" });
    expect(cell(s, "A14")).toEqual({ t: "text", v: "产出指标" });
    expect(cell(s, "A17")).toEqual({ t: "text", v: "预算收支情况（万元）" });
    // The source column is the sheet's last (O), outside the print area (A–J).
    expect(cell(s, "O18")).toEqual({ t: "text", v: "来源单元格" });
    expect(cell(s, "K18")).toBeNull();
    expect(cell(s, "A19")).toEqual({ t: "text", v: "收入合计" });
    // A part of 支出合计 is not indented in the summary's narrow column; a 其中 line would be (R28).
    expect(cell(s, "A23")).toEqual({ t: "text", v: "项目支出" });
    expect(cell(s, "C27")).toEqual({ t: "text", v: "新建森林登山步道" });
    expect(cell(s, "A34")).toEqual({ t: "text", v: "国考断面水质达标率" });
    expect(cell(s, "C34")).toEqual({ t: "text", v: "-受上游来水影响" });
    expect(s.merges).toContainEqual({ top: 33, left: 0, bottom: 33, right: 1 });
    expect(s.merges).toContainEqual({ top: 33, left: 2, bottom: 33, right: 9 });
    expect(cell(s, "A38")).toEqual({ t: "text", v: "警告" });
    expect(cell(s, "B38")?.v).toMatch(/^“收入合计”全年执行数为28,082.29万元/);
    expect(s.merges).toContainEqual({ top: 37, left: 1, bottom: 37, right: 8 });
    expect(cell(s, "J38")).toEqual({ t: "text", v: "收支表!A5" });
    expect(cell(s, "K38")).toEqual({ t: "text", v: "SUM_MISMATCH" });
    expect(s.freeze).toEqual({ rows: 1, columns: 0 });
    // Ten printed columns (A:J) fit A4 portrait at 85 %: 11 pt body prints at 9.35 pt.
    expect(s.print).toEqual({
      orientation: "portrait",
      scale: 85,
      fitToWidth: false,
      titleRows: { top: 0, bottom: 0 },
      lastPrintColumn: 9,
      headerFooter: { header: "&L派潭镇人民政府&R2023年度", footer: "&C第 &P 页 共 &N 页" },
      // The charts' heading row, one below the last table, starts a page.
      pageBreaksBefore: [s.charts![0]!.anchor.top - 1],
    });
    expect(s.rowHeights?.[0]).toBe(22);
    expect(s.charts!.map((c) => c.title)).toEqual(["预算数与执行数（万元）", "本年与上年执行数（万元）", "各类指标得分率"]);
    expect(printFit(s.columnWidths.slice(0, 10))).toEqual({ orientation: "portrait", scale: 85 });
    // The title spans the printed columns, A:J.
    expect(s.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 9 });
  });

  test("amounts reference the input cells, divided by 10000 for a table in 元", () => {
    const s = summary();
    // 收入合计 on input row 5: D 全年预算, E 全年执行, F 上年.
    expect(cell(s, "D19")).toEqual({ t: "formula", f: "='收支表'!D5/10000", v: 28564.19 });
    expect(cell(s, "E19")).toEqual({ t: "formula", f: "='收支表'!E5/10000", v: 28082.29 });
    expect(cell(s, "F19")).toEqual({ t: "formula", f: "='收支表'!F5/10000", v: 69640.66 });
    // 一般公共预算 on input row 6 has no budget figure: blank, not a formula.
    expect(cell(s, "D20")).toBeNull();
    expect(cell(s, "E20")).toEqual({ t: "formula", f: "='收支表'!E6/10000", v: 22096.43 });
    // 项目支出's prior-year cell holds text: the converted value, no reference.
    expect(cell(s, "F23")).toEqual({ t: "number", v: 64101.33 });
    expect(cell(s, "O19")).toEqual({ t: "text", v: "收支表!A5, D5, E5, F5" });
  });

  test("a table in 万元 is referenced without a divisor", () => {
    const s = summary({ divisor: 1 });
    expect(cell(s, "D19")).toEqual({ t: "formula", f: "='收支表'!D5", v: 28564.19 });
  });

  test("sheet names that need quoting are quoted", () => {
    const s = summary();
    // Indicator 0 on input row 4, 分值 in column G; indicator 3's 得分 in H7.
    expect(cell(s, "F27")).toEqual({ t: "formula", f: "='Indicators 2023'!G4", v: 10 });
    expect(cell(s, "H30")).toEqual({ t: "formula", f: "='Indicators 2023'!H7", v: 5 });
    // Indicator 3's weight cell holds text ("5分"): its value.
    expect(cell(s, "F30")).toEqual({ t: "number", v: 5 });
    expect(cell(s, "O27")).toEqual({ t: "text", v: "'Indicators 2023'!C4, E4, F4, G4" });
  });

  test("rates, changes and shares reference the summary's own cells, with the engine's values", () => {
    const s = summary();
    // Row 18 收入合计: 28,082.29 / 28,564.19 = 0.983129…; 28,082.29 − 69,640.66 = −41,558.37; ÷ 69,640.66 = −0.596754…
    const rate = cell(s, "G19");
    expect(rate).toMatchObject({ t: "formula", f: '=IFERROR(E19/D19,"")' });
    expect(rate?.v).toBeCloseTo(0.9831292258, 10);
    expect(cell(s, "H19")).toEqual({ t: "formula", f: "=E19-F19", v: -41558.37 });
    const changeRate = cell(s, "I19");
    expect(changeRate).toMatchObject({ t: "formula", f: '=IF(F19=0,"",(E19-F19)/F19)' });
    expect(changeRate?.v).toBeCloseTo(-0.5967543961, 10);
    // A total has no parent: no share.
    expect(cell(s, "J19")).toBeNull();
    // Row 19 一般公共预算 is a share of 收入合计 (row 18): 22,096.43 / 28,082.29 = 0.786845…
    const share = cell(s, "J20");
    expect(share).toMatchObject({ t: "formula", f: '=IFERROR(E20/E19,"")' });
    expect(share?.v).toBeCloseTo(0.7868457309, 10);
    // No budget on row 19: no execution rate at all.
    expect(cell(s, "G20")).toBeNull();
    // Row 21 基本支出 belongs to 支出合计 on row 20; 5,531.53 − 5,539.33 = −7.80.
    expect(cell(s, "J22")).toMatchObject({ t: "formula", f: '=IFERROR(E22/E21,"")' });
    expect(cell(s, "H22")).toEqual({ t: "formula", f: "=E22-F22", v: -7.8 });
    // Row 22 项目支出: 22,550.76 − 64,101.33 = −41,550.57, −0.6482… (the seed's misprint was −54.82%).
    expect(cell(s, "H23")).toEqual({ t: "formula", f: "=E23-F23", v: -41550.57 });
    expect(cell(s, "I23")?.v).toBeCloseTo(-0.6482013712, 10);
  });

  test("key figures chain to the tables: execution rate, execution score, total", () => {
    const s = summary();
    // Headline line is 支出合计 (line 2) → summary row 20, rate column G.
    expect(cell(s, "B7")).toMatchObject({ t: "formula", f: "=G21" });
    expect(cell(s, "B7")?.v).toBeCloseTo(0.9831292258, 10);
    // min(0.98313, 1) × 10 = 9.8313 → 9.83
    expect(cell(s, "B8")).toEqual({ t: "formula", f: "=IF(ISNUMBER(G21),ROUND(MIN(G21,1)*10,2),0)", v: 9.83 });
    // 产出 24.2 (C14) + 效益 10 (C15) + 执行率得分 9.83 (B8) = 44.03
    // Full marks 45, not 100 (R18): the headline B5 is 44.03 / 45 × 100 = 97.844… → 97.84; the sum is E5, labelled in D5.
    expect(cell(s, "E5")).toEqual({ t: "formula", f: "=SUM(C14:C15)+B8", v: 44.03 });
    expect(cell(s, "D5")).toEqual({ t: "text", v: "得分合计" });
    expect(cell(s, "B5")).toEqual({ t: "formula", f: '=IFERROR(ROUND(E5/(SUM(B14:B15)+IF(ISNUMBER(G21),10,0))*100,2),"")', v: 97.84 });
  });

  test("category sums point at their indicators' rows, as a sum when contiguous", () => {
    const s = summary();
    // 产出指标 = indicators 0, 2, 3 → rows 27, 29, 30 (not contiguous). 10 + 10 + 5 = 25; 10 + 9.2 + 5 = 24.2.
    expect(cell(s, "B14")).toEqual({ t: "formula", f: "=F27+F29+F30", v: 25 });
    expect(cell(s, "C14")).toEqual({ t: "formula", f: "=G27+G29+G30", v: 24.2 });
    // 24.2 / 25 = 0.968
    expect(cell(s, "D14")).toEqual({ t: "formula", f: '=IFERROR(C14/B14,"")', v: 0.968 });
    expect(cell(s, "E14")).toEqual({ t: "number", v: 3 });
    expect(cell(s, "F14")).toEqual({ t: "number", v: 2 });
    // 效益指标 = indicator 1 → row 27 alone.
    expect(cell(s, "C15")).toEqual({ t: "formula", f: "=SUM(G28)", v: 10 });

    // Sorted by category: 产出 rows 26–28 contiguous, 效益 row 29.
    const sorted = [MIXED_INDICATORS[0]!, MIXED_INDICATORS[2]!, MIXED_INDICATORS[3]!, MIXED_INDICATORS[1]!];
    const t = summary({ indicators: sorted });
    expect(cell(t, "C14")).toEqual({ t: "formula", f: "=SUM(G27:G29)", v: 24.2 });
    expect(cell(t, "B14")).toEqual({ t: "formula", f: "=SUM(F27:F29)", v: 25 });
    expect(cell(t, "C15")).toEqual({ t: "formula", f: "=SUM(G30)", v: 10 });
  });

  test("indicator scores are values; completion and met follow the engine", () => {
    const s = summary();
    expect(cell(s, "G29")).toEqual({ t: "number", v: 9.2 });
    expect(cell(s, "I29")).toEqual({ t: "number", v: 0.92 });
    expect(cell(s, "J29")).toEqual({ t: "text", v: "否" });
    expect(cell(s, "K30")).toEqual({ t: "text", v: "反向" });
  });

  test("without the execution score the total is the category sum alone and there is no B9 row", () => {
    const s = summary({ includesExecutionScore: false });
    // Key block one row shorter: note on row 8, tables start one row higher (categories 12–13).
    expect(cell(s, "A9")).toMatchObject({ t: "text" });
    expect(cell(s, "A11")).toEqual({ t: "text", v: "一级指标" });
    // 24.2 + 10 = 34.2; the "auto" points stay a formula on the indicator weights (35 now, so 0),
    // which a weight corrected to 90 would turn on as the engine would (docs/rules.md §3.2).
    expect(cell(s, "E5")).toEqual({ t: "formula", f: "=SUM(C13:C14)+IF(ISNUMBER(G20),ROUND(MIN(G20,1)*IF(SUM(F26:F29)=90,10,0),2),0)", v: 34.2 });
    // 34.2 / 35 × 100 = 97.714… → 97.71.
    expect(cell(s, "B5")).toMatchObject({ t: "formula", v: 97.71 });
  });

  test("workbook text Excel would convert gets @; prose stays General (a long @ cell shows #####)", () => {
    const s = summary();
    expect(cell(s, "C30")).toEqual({ t: "text", v: '=HYPERLINK("http://x","y")' });
    expect(cell(s, "D30")).toEqual({ t: "text", v: "@≤100%" });
    expect(cell(s, "E30")).toEqual({ t: "text", v: "+96%" });
    expect(cell(s, "C34")).toEqual({ t: "text", v: "-受上游来水影响" });
    for (const a of ["C30", "D30", "E30", "C34"]) expect(numberFormatAt(s, parseA1(a)!.row, parseA1(a)!.col)).toBe("@");
    // An indicator name is prose: General.
    expect(numberFormatAt(s, parseA1("C27")!.row, parseA1("C27")!.col)).toBe("General");
    // Every text cell on the sheet Excel would convert carries "@" (a port writes formats before values).
    for (const { row, col, cell: c } of allCells(s)) {
      if (c?.t === "text" && excelWouldConvert(c.v)) expect([row, col, numberFormatAt(s, row, col)]).toEqual([row, col, "@"]);
      // And the converse: a formula entered into a text-formatted cell would stay text in Excel.
      if (c?.t === "formula" || c?.t === "number") expect([row, col, numberFormatAt(s, row, col)]).not.toEqual([row, col, "@"]);
    }
  });

  test("number formats cover whole column ranges: their count does not grow with rows", () => {
    const s = summary();
    const many = summary({ indicators: Array.from({ length: 10 }, () => MIXED_INDICATORS).flat() });
    expect(many.rows.length).toBeGreaterThan(s.rows.length + 30);
    // Apart from the one-cell "@" of text Excel would convert, the count stays.
    const ranged = (p: typeof s): number => p.formats.filter((f) => !(f.numberFormat === "@" && f.range.top === f.range.bottom && f.range.left === f.range.right && !f.style)).length;
    expect(ranged(many)).toBe(ranged(s));
    // One entry per indicator column over rows 27–30 (0-based 26–29).
    const score = parseA1("G27")!;
    const scoreFormats = formatsAt(s, score.row, score.col).filter((f) => f.numberFormat !== undefined);
    expect(scoreFormats).toEqual([
      { range: { top: 26, left: 6, bottom: 29, right: 6 }, numberFormat: "0.00", style: { border: "thin", vertical: "top" } },
    ]);
    expect(numberFormatAt(s, parseA1("E19")!.row, parseA1("E19")!.col)).toBe("#,##0.00");
    expect(numberFormatAt(s, parseA1("G19")!.row, parseA1("G19")!.col)).toBe("0.00%");
    expect(numberFormatAt(s, parseA1("B7")!.row, parseA1("B7")!.col)).toBe("0.00%");
    expect(numberFormatAt(s, parseA1("B5")!.row, parseA1("B5")!.col)).toBe("0.00");
  });

  test("the charts read the budget and category cells where the widened tables put them", () => {
    const s = summary();
    const [budget, years, completion] = s.charts!;
    // Budget lines on rows 19–23 (0-based 18–22): names in A, 全年预算 D, 全年执行 E, 上年 F.
    expect(budget!.categories).toEqual({ top: 18, left: 0, bottom: 22, right: 0 });
    expect(budget!.series.map((x) => x.values)).toEqual([
      { top: 18, left: 3, bottom: 22, right: 3 },
      { top: 18, left: 4, bottom: 22, right: 4 },
    ]);
    expect(cell(s, "A19")).toEqual({ t: "text", v: "收入合计" });
    expect(cell(s, "D19")).toMatchObject({ f: "='收支表'!D5/10000" });
    expect(years!.series.map((x) => x.values.left)).toEqual([4, 5]);
    // Categories on rows 14–15: names in A, completion in D.
    expect(completion!.categories).toEqual({ top: 13, left: 0, bottom: 14, right: 0 });
    expect(completion!.series[0]!.values).toEqual({ top: 13, left: 3, bottom: 14, right: 3 });
    expect(cell(s, "A14")).toEqual({ t: "text", v: "产出指标" });
    expect(cell(s, "D14")).toMatchObject({ t: "formula", f: '=IFERROR(C14/B14,"")' });
  });

  test("an unchecked (未核验) indicator shows 未核验 in 达标, not 是/否", () => {
    const e = buildEvaluation();
    const t = e.indicatorTables[0]!;
    const first = t.indicators[0]!;
    const unchecked = { ...e, indicatorTables: [{ ...t, indicators: [{ ...first, checked: false, met: false }, ...t.indicators.slice(1)] }, ...e.indicatorTables.slice(1)] };
    const s = renderPlan(unchecked, [], "zh").sheets[0]!;
    expect(cell(s, "J27")).toEqual({ t: "text", v: "未核验" });
    expect(cell(summary(), "J27")).not.toEqual({ t: "text", v: "未核验" });
  });

  test("headers are styled", () => {
    const s = summary();
    const header = formatsAt(s, 17, 0).find((f) => f.style?.fill);
    expect(header?.style).toEqual({ bold: true, fill: "#DDEBF7", border: "thin", horizontal: "center", vertical: "center", wrap: true });
    expect(header?.range).toEqual({ top: 17, left: 0, bottom: 17, right: 0 });
    // Each header cell is styled, the source column's at O included.
    expect(formatsAt(s, 17, 14).find((f) => f.style?.fill)?.style).toEqual(header?.style);
    expect(formatsAt(s, 0, 0)[0]?.style).toEqual({ bold: true, fontSize: 14, wrap: true, vertical: "center" });
  });

  test("values mode writes numbers only, with the same values", () => {
    const formulas = summary();
    const values = summary({ settings: { writeFormulas: false } });
    expect(allCells(values).filter(({ cell: c }) => c?.t === "formula")).toEqual([]);
    expect(cell(values, "D19")).toEqual({ t: "number", v: 28564.19 });
    expect(cell(values, "B5")).toEqual({ t: "number", v: 97.84 });
    expect(cell(values, "E5")).toEqual({ t: "number", v: 44.03 });
    expect(cell(values, "H19")).toEqual({ t: "number", v: -41558.37 });
    expect(cell(values, "A10")).toEqual({ t: "text", v: "由Zipin自评生成；数值取自输入表，出处见“来源单元格”列" });
    // Cell for cell, a formula's value is what values mode writes.
    // Except the report status: "已是最新" is a formula's verdict, and values mode has none to give.
    const status = parseA1(summaryAddresses(buildEvaluation()).reportStatus)!;
    for (const { row, col, cell: c } of allCells(formulas)) {
      if (c?.t !== "formula" || (row === status.row && col === status.col)) continue;
      const plain = values.rows[row]?.[col] ?? null;
      const expected = c.v === "" || c.v === null ? null : typeof c.v === "number" ? { t: "number", v: c.v } : { t: "text", v: c.v };
      expect([row, col, plain]).toEqual([row, col, expected]);
    }
    // The source column still names the cells.
    expect(cell(values, "O19")).toEqual({ t: "text", v: "收支表!A5, D5, E5, F5" });
  });

  test("a zero budget leaves the rate formula guarded, with an empty value", () => {
    const e = buildEvaluation();
    const line = e.budget!.lines[0]!;
    e.budget!.lines[0] = { ...line, line: { ...line.line, budget: { ...line.line.budget!, value: line.line.budget!.value.times(0) } }, executionRate: null };
    const s = renderPlan(e, [], "zh").sheets[0]!;
    expect(cell(s, "G19")).toEqual({ t: "formula", f: '=IFERROR(E19/D19,"")', v: "" });
  });

  test("labels follow lang; sheet names stay Chinese", () => {
    const s = summary({}, "en");
    expect(s.name).toBe("绩效自评结果");
    // R33: the Chinese name set off from the English words.
    expect(cell(s, "A1")).toEqual({ t: "text", v: "派潭镇人民政府, 2023: performance self-evaluation results" });
    expect(cell(s, "A3")).toEqual({ t: "text", v: "Unit" });
    expect(cell(s, "B6")).toMatchObject({ t: "formula", v: "Excellent" });
    expect(cell(s, "A18")).toEqual({ t: "text", v: "Item" });
    expect(cell(s, "B38")?.v).toMatch(/^“收入合计” actual is 28,082.29万元/);
    expect(cell(s, "J29")).toEqual({ t: "text", v: "no" });
    expect(cell(s, "A32")).toEqual({ t: "text", v: "Deviation reasons" });
    // A long key label wraps in column A, which keeps its longest word ("Self-evaluation", 15 + 1).
    expect(formatsAt(s, 4, 0).some((f) => f.style?.wrap)).toBe(true);
    expect(formatsAt(s, 3, 0).some((f) => f.style?.wrap)).toBe(false); // "Year"
    expect(s.columnWidths[0]).toBeGreaterThanOrEqual(16);
  });

  test("column widths fit content with CJK counted double, within bounds", () => {
    const s = summary();
    expect(s.columnWidths).toHaveLength(15);
    // Column A's widest measured text (一般公共预算财政拨款补助收入, 14 CJK = 28, + 2 padding) would wrap
    // at 18; the ten printed columns are then narrowed, widest first, towards A4 portrait at 85 %
    // (fitColumnsToPage), never below what their figures need: 28,564.19 is 9 units + 1.
    expect(s.columnWidths[0]).toBeLessThan(18);
    for (const w of s.columnWidths.slice(0, 10)) {
      expect(w).toBeGreaterThanOrEqual(8);
      expect(w).toBeLessThanOrEqual(18);
    }
    expect(s.columnWidths[3]).toBeGreaterThanOrEqual(10);
    // 三级指标 (C) keeps 12 units, five CJK characters a line, while the others narrow.
    expect(s.columnWidths[2]).toBe(12);
    // The machine columns (not printed) are one line each, up to 60 wide: the rule text
    // 无法评分（数值，非公式） is 12 CJK = 24 + 2.
    expect(s.columnWidths[13]).toBe(26);
    expect(s.columnWidths[14]).toBeLessThanOrEqual(60);
    expect(s.columnWidths[14]).toBeGreaterThan(18);
  });

  test("machine columns do not wrap, so they never make a printed row taller", () => {
    const s = summary();
    for (const col of [10, 11, 12, 13, 14]) {
      for (const f of formatsAt(s, 26, col)) expect([col, f.style?.wrap]).toEqual([col, undefined]);
    }
    // The printed name column wraps.
    expect(formatsAt(s, 26, 2).some((f) => f.style?.wrap)).toBe(true);
  });

  test("the same evaluation gives a deep-equal plan", () => {
    expect(renderPlan(buildEvaluation(), [], "zh")).toEqual(renderPlan(buildEvaluation(), [], "zh"));
    const e = buildEvaluation();
    expect(renderPlan(e, [], "zh")).toEqual(renderPlan(e, [], "zh"));
  });
});

describe("summary sheet with little to show", () => {
  test("no budget, no indicator table, no checks: key block and empty check table only", () => {
    const e = { ...buildEvaluation(), budget: null, indicatorTables: [], checks: [], totalScore: null, grade: null, entity: null, year: null };
    const s = renderPlan(e, [], "zh").sheets[0]!;
    // Key rows 3–7 (no execution score), note 8, check heading 10, header 11.
    expect(cell(s, "A1")).toEqual({ t: "text", v: "绩效自评结果" });
    expect(cell(s, "B5")).toBeNull();
    expect(cell(s, "B7")).toBeNull();
    expect(cell(s, "A11")).toEqual({ t: "text", v: "检查结果" });
    expect(s.rows).toHaveLength(12);
  });
});

describe("indentedLineName (R28)", () => {
  test("one full-width space per level: the total none, 基本支出 one, its 其中 line 人员经费 two", () => {
    const lines = [
      { name: "支出合计", parentIndex: null },
      { name: "基本支出", parentIndex: 0 },
      { name: "人员经费", parentIndex: 1 },
      { name: "项目支出", parentIndex: 0 },
    ];
    expect(lines.map((_, i) => indentedLineName(lines, i))).toEqual(["支出合计", "\u3000基本支出", "\u3000\u3000人员经费", "\u3000项目支出"]);
    // The summary shows levels from the second: only the 其中 line is set in.
    expect(lines.map((_, i) => indentedLineName(lines, i, 1))).toEqual(["支出合计", "基本支出", "\u3000人员经费", "项目支出"]);
  });
});
