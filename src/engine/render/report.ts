/**
 * The 自评报告 sheet: the report as one A4-wide column, a title, each section heading and one
 * paragraph per cell (split over several cells past Excel's per-cell limit).
 */
import type { Evaluation } from "../evaluation";
import type { ReportSection } from "../narrative/types";
import type { CellStyle, PlannedSheet } from "../plan";
import { OUTPUT_SHEET_NAMES } from "../plan";
import type { Lang } from "../settings";
import { splitForCells, textCell } from "./cells";
import { LABELS, sheetTitle } from "./labels";
import { pageHeaderFooter } from "./print-layout";
import { SheetDraft, columnRange, rowRange } from "./sheet-draft";

/**
 * The report column, in Excel character units: 371 pt with Calibri's 7 px digit (about 34 CJK
 * characters a line at 11 pt), and still inside A4 portrait's 494 pt printable width where a
 * reader lacks Calibri and its metric twin Carlito and the unit grows to DejaVu Sans' 9.3 px
 * (LibreOffice's fallback), so no line runs off the page in either.
 */
export const REPORT_COLUMN_WIDTH = 70;
/** Chinese reports indent each paragraph's first line by two full-width spaces. */
export const PARAGRAPH_INDENT = "　　";
/**
 * Characters per cell: a row is at most 409 pt, 25 lines of 16 pt; at 31 CJK characters a line
 * (69 units / 2.2) a cell shows about 780 characters before it would be clipped, so longer
 * paragraphs continue in the next cell, at a sentence end where one is near.
 */
const REPORT_CELL_CHARS = 700;

type Line = { text: string; kind: "title" | "heading1" | "heading2" | "paragraph" };

function reportLines(e: Evaluation, report: ReportSection[], lang: Lang): Line[] {
  const labels = LABELS[lang];
  const lines: Line[] = [{ text: sheetTitle("report", e, labels), kind: "title" }];
  for (const section of report) {
    lines.push({ text: section.heading, kind: section.level === 1 ? "heading1" : "heading2" });
    for (const paragraph of section.paragraphs) {
      for (const chunk of splitForCells(PARAGRAPH_INDENT + paragraph, REPORT_CELL_CHARS)) lines.push({ text: chunk, kind: "paragraph" });
    }
  }
  return lines;
}

const LINE_STYLE: Record<Exclude<Line["kind"], "paragraph">, CellStyle> = {
  title: { bold: true, fontSize: 16, horizontal: "center" },
  heading1: { bold: true, fontSize: 13 },
  heading2: { bold: true, fontSize: 11 },
};

export function renderReport(e: Evaluation, report: ReportSection[], lang: Lang): PlannedSheet {
  const lines = reportLines(e, report, lang);
  const draft = new SheetDraft();
  lines.forEach((line, r) => draft.set(r, 0, textCell(line.text)));
  // The whole column first (text, wrapped, top-aligned), then the title and headings over it.
  // General, not Text: a Text cell over 255 characters shows ##### in desktop Excel (SheetDraft
  // gives "@" to the rare line Excel would convert).
  draft.format(columnRange(0, 0, lines.length - 1), "General", { wrap: true, vertical: "top" });
  lines.forEach((line, r) => {
    if (line.kind !== "paragraph") draft.format(rowRange(r, 0, 0), undefined, LINE_STYLE[line.kind]);
  });

  return draft.finish({
    name: OUTPUT_SHEET_NAMES.report,
    columnWidths: [REPORT_COLUMN_WIDTH],
    freeze: { rows: 0, columns: 0 },
    // The column fits A4 portrait at 100 %: nothing to shrink.
    print: { orientation: "portrait", fitToWidth: false, headerFooter: pageHeaderFooter(e.entity, e.year, lang) },
  });
}
