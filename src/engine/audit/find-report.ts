/**
 * A report the officer wrote by hand and kept in the workbook: a sheet (not an input table or
 * an output of ours) with one paragraph per cell down a column, found by its content — prose
 * (sentences of some length) that carries figures in 万元/元 or %.
 */
import type { CellRef, Grid, Sheet } from "../grid";
import { cellText } from "../vocabulary/text";
import { OUTPUT_SHEET_NAMES } from "../plan";

export interface ReportParagraph {
  text: string;
  cell: CellRef;
}

const OUTPUTS = new Set<string>(Object.values(OUTPUT_SHEET_NAMES));
/** A paragraph: a sentence mark and some length. */
const PROSE = /[。；！？]/;
const MIN_PROSE_CHARS = 20;
const FIGURE = /\d\s*(?:万元|元|%|％)/;

/** The prose column of one sheet (most text), or null when it holds no report. */
export function reportColumn(sheet: Sheet): ReportParagraph[] | null {
  const columns = new Map<number, ReportParagraph[]>();
  sheet.cells.forEach((row, r) => {
    if (!Array.isArray(row)) return;
    row.forEach((v, c) => {
      if (typeof v !== "string") return;
      const text = cellText(v).trim();
      if (text === "") return;
      const list = columns.get(c) ?? [];
      list.push({ text, cell: { sheet: sheet.name, row: r, col: c } });
      columns.set(c, list);
    });
  });
  let best: { paragraphs: ReportParagraph[]; weight: number } | null = null;
  for (const paragraphs of columns.values()) {
    const prose = paragraphs.filter((p) => p.text.length >= MIN_PROSE_CHARS && PROSE.test(p.text));
    if (prose.length < 2 || !prose.some((p) => FIGURE.test(p.text))) continue;
    const weight = prose.reduce((n, p) => n + p.text.length, 0);
    if (!best || weight > best.weight) best = { paragraphs, weight };
  }
  return best?.paragraphs ?? null;
}

/** The column of hand-written report text, or null. `used` are the sheets the tables came from. */
export function findReportText(grid: Grid, used: ReadonlySet<string>): ReportParagraph[] | null {
  let best: ReportParagraph[] | null = null;
  let weight = 0;
  for (const sheet of grid.sheets) {
    if (OUTPUTS.has(sheet.name) || used.has(sheet.name)) continue;
    const found = reportColumn(sheet);
    const w = found?.reduce((n, p) => n + p.text.length, 0) ?? 0;
    if (found && w > weight) {
      best = found;
      weight = w;
    }
  }
  return best;
}
