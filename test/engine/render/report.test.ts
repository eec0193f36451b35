import { renderPlan } from "../../../src/engine/render";
import { MAX_CELL_CHARS, splitForCells } from "../../../src/engine/render/cells";
import { PARAGRAPH_INDENT } from "../../../src/engine/render/report";
import type { ReportSection } from "../../../src/engine/narrative/types";
import type { PlannedSheet } from "../../../src/engine/plan";
import { buildEvaluation } from "./fixtures";
import { allCells, cell, formatsAt, numberFormatAt } from "./helpers";

const SECTIONS: ReportSection[] = [
  { heading: "一、部门基本情况", level: 1, paragraphs: [] },
  { heading: "（一）部门职能", level: 2, paragraphs: ["统筹全镇经济社会发展和基层治理。", "=SUM(A1) 不是公式。"] },
  { heading: "二、自评结论", level: 1, paragraphs: ["我镇2023年度自评得分92分。"] },
];

function reportSheet(sections: ReportSection[], lang: "zh" | "en" = "zh"): PlannedSheet {
  return renderPlan(buildEvaluation(), sections, lang).sheets[1]!;
}

describe("report sheet", () => {
  test("title, headings and indented paragraphs, one per cell in column A", () => {
    const s = reportSheet(SECTIONS);
    expect(s.name).toBe("自评报告");
    expect(s.rows.map((r) => r.length)).toEqual(Array(7).fill(1));
    expect(s.rows.map((r) => r[0])).toEqual([
      { t: "text", v: "派潭镇人民政府2023年度部门整体支出绩效自评报告" },
      { t: "text", v: "一、部门基本情况" },
      { t: "text", v: "（一）部门职能" },
      { t: "text", v: "　　统筹全镇经济社会发展和基层治理。" },
      { t: "text", v: "　　=SUM(A1) 不是公式。" },
      { t: "text", v: "二、自评结论" },
      { t: "text", v: "　　我镇2023年度自评得分92分。" },
    ]);
    expect(s.columnWidths).toEqual([70]);
    expect(s.print).toEqual({
      orientation: "portrait",
      fitToWidth: false,
      headerFooter: { header: "&L派潭镇人民政府&R2023年度", footer: "&C第 &P 页 共 &N 页" },
    });
  });

  test("the whole column is text and wrapped; headings are bold, level 1 larger", () => {
    const s = reportSheet(SECTIONS);
    expect(s.formats[0]).toEqual({ range: { top: 0, left: 0, bottom: 6, right: 0 }, numberFormat: "General", style: { wrap: true, vertical: "top" } });
    // Prose is General: a Text (@) cell over 255 characters shows ##### in desktop Excel.
    for (const { row, col } of allCells(s)) expect(numberFormatAt(s, row, col)).toBe("General");
    const style = (row: number) => formatsAt(s, row, 0).slice(1).map((f) => f.style);
    expect(style(1)).toEqual([{ bold: true, fontSize: 13 }]);
    expect(style(2)).toEqual([{ bold: true, fontSize: 11 }]);
    expect(style(3)).toEqual([]);
    // Formats: the column, the title, three headings — not one per paragraph.
    expect(s.formats).toHaveLength(5);
  });

  test("a long paragraph is split over cells of at most 700 characters (what a 409 pt row shows) at sentence ends", () => {
    // 4,000 sentences of 10 characters ("一二三四五六七八九。") = 40,000, + 2 indent = 40,002.
    // The last "。" within the first 700: indent 2 + 10k + 9 ≤ 699 → k = 68, at index 691, so the first
    // cell holds 692; 40,002 − 692 = 39,310 = 56 cells of 70 whole sentences (700) and a last of 110.
    const long = "一二三四五六七八九。".repeat(4000);
    const s = reportSheet([{ heading: "一、长段落", level: 1, paragraphs: [long] }]);
    const texts = s.rows.slice(2).map((r) => (r[0]?.t === "text" ? r[0].v : ""));
    expect(texts.map((t) => t.length)).toEqual([692, ...new Array<number>(56).fill(700), 110]);
    expect(texts.join("")).toBe(PARAGRAPH_INDENT + long);
    expect(texts[0]!.endsWith("。")).toBe(true);
  });

  test("text without sentence ends is cut at the limit, never inside a surrogate pair", () => {
    // 40,000 "甲" + indent = 40,002 → 32,767 + 7,235.
    expect(splitForCells(PARAGRAPH_INDENT + "甲".repeat(40000)).map((c) => c.length)).toEqual([32767, 7235]);
    // "𠄎" is two UTF-16 units. After "a" the pairs sit at units 1–2, 3–4, …: unit 32,766 ends one,
    // so the cut stays at 32,767.
    const astral = "a" + "𠄎".repeat(20000);
    const chunks = splitForCells(astral);
    expect(chunks.map((c) => c.length)).toEqual([32767, 40001 - 32767]);
    expect(chunks.join("")).toBe(astral);
    const pairs = "𠄎".repeat(20000); // 40,000 units: a pair would straddle 32,767 → 32,766
    expect(splitForCells(pairs).map((c) => c.length)).toEqual([32766, 40000 - 32766]);
    for (const c of splitForCells(pairs)) expect(c.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
  });

  test("row heights are hinted for wrapped paragraphs and for the larger title and heading fonts", () => {
    // Paragraph: 202 CJK characters (indent included) × 2.2 units = 444.4 over 69 usable units → 7 lines × 16 pt = 112.
    // Title (16 pt): 21 CJK × 2.2 + 4 digits = 50.2 units × 16/11 = 73.0 > 69 → 2 lines × 16 × 16/11 = 46.5 → 47.
    // Heading (13 pt): 4 CJK × 2.2 × 13/11 = 10.4 units, one line of 16 × 13/11 = 18.9 → 19.
    const s = reportSheet([{ heading: "一、标题", level: 1, paragraphs: ["字".repeat(200)] }]);
    expect(cell(s, "A1")).toEqual({ t: "text", v: "派潭镇人民政府2023年度部门整体支出绩效自评报告" });
    expect(s.rowHeights).toEqual([47, 19, 112]);
  });

  test("English labels for lang en", () => {
    const s = reportSheet(SECTIONS, "en");
    expect(cell(s, "A1")).toEqual({ t: "text", v: "派潭镇人民政府 2023 Whole-department expenditure performance self-evaluation report" });
  });
});
