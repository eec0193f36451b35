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
import { SheetDraft, columnRange, rowRange } from "./sheet-draft";

/** About the printable width of A4 portrait at 11pt, in Excel character units. */
export const REPORT_COLUMN_WIDTH = 90;
/** Chinese reports indent each paragraph's first line by two full-width spaces. */
export const PARAGRAPH_INDENT = "　　";

type Line = { text: string; kind: "title" | "heading1" | "heading2" | "paragraph" };

function reportLines(e: Evaluation, report: ReportSection[], lang: Lang): Line[] {
  const labels = LABELS[lang];
  const lines: Line[] = [{ text: sheetTitle("report", e, labels), kind: "title" }];
  for (const section of report) {
    lines.push({ text: section.heading, kind: section.level === 1 ? "heading1" : "heading2" });
    for (const paragraph of section.paragraphs) {
      for (const chunk of splitForCells(PARAGRAPH_INDENT + paragraph)) lines.push({ text: chunk, kind: "paragraph" });
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
  draft.format(columnRange(0, 0, lines.length - 1), "@", { wrap: true, vertical: "top" });
  lines.forEach((line, r) => {
    if (line.kind !== "paragraph") draft.format(rowRange(r, 0, 0), undefined, LINE_STYLE[line.kind]);
  });

  return draft.finish({
    name: OUTPUT_SHEET_NAMES.report,
    columnWidths: [REPORT_COLUMN_WIDTH],
    freeze: { rows: 0, columns: 0 },
    print: { orientation: "portrait", fitToWidth: true },
  });
}
