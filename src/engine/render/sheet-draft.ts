/**
 * A sheet being laid out: cells, range formats, merges, plus what column widths and row
 * heights must ignore or account for. `finish` turns it into a PlannedSheet.
 */
import type { CellRange } from "../grid";
import type { CellStyle, PlanCell, PlannedSheet, RangeFormat } from "../plan";
import { displayWidth, excelWouldConvert, shownText } from "./cells";

export const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: "#DDEBF7",
  border: "thin",
  horizontal: "center",
  vertical: "center",
  wrap: true,
};

/**
 * Points per wrapped line of 11 pt text: Excel's 15 for Latin faces; CJK faces (等线, Noto Sans
 * CJK in LibreOffice) set lines about 16 pt apart, and a row too short clips the last line.
 */
export const LINE_HEIGHT = 16;
/** The body font size, in points, LINE_HEIGHT and WIDE_PX are measured for. */
const BODY_FONT_SIZE = 11;
/**
 * Wrapping is counted in pixels at 96 dpi, as both hosts lay a cell out: a column of w units is
 * w × 7 + 5 px (Calibri's 7 px digit), less about 3 px of margin each side. A CJK character at
 * 11 pt is 14.7 px, taken as 15 (Excel rounds the glyph to whole pixels on screen); a narrow
 * character as a digit's 7 px (letters are narrower). docs/print-and-charts.md.
 */
const DIGIT_PX = 7;
const COLUMN_PAD_PX = 5;
const CELL_MARGIN_PX = 6;
const WIDE_PX = 15;
const MAX_ROW_HEIGHT = 409;
/** Excel's default column width, for columns the plan leaves unsized. */
const DEFAULT_WIDTH = 8.43;

export interface WidthRule {
  /** Added to the widest content. */
  padding: number;
  min: number;
  max: number;
}

export class SheetDraft {
  readonly rows: PlanCell[][] = [];
  readonly formats: RangeFormat[] = [];
  readonly merges: CellRange[] = [];
  /** Rows whose text spills over merged or empty cells (titles, notes, headings): not measured. */
  private readonly unmeasured = new Set<number>();
  /** Wrapped areas, for row-height hints. */
  private readonly wrapped: CellRange[] = [];

  set(row: number, col: number, cell: PlanCell): void {
    while (this.rows.length <= row) this.rows.push([]);
    const r = this.rows[row]!;
    while (r.length < col) r.push(null);
    r[col] = cell;
  }

  format(range: CellRange, numberFormat: string | undefined, style: CellStyle | undefined): void {
    const entry: RangeFormat = { range };
    if (numberFormat !== undefined) entry.numberFormat = numberFormat;
    if (style !== undefined) entry.style = style;
    this.formats.push(entry);
    if (style?.wrap) this.wrapped.push(range);
  }

  merge(range: CellRange): void {
    if (range.right > range.left || range.bottom > range.top) this.merges.push(range);
  }

  skipWhenMeasuring(row: number): void {
    this.unmeasured.add(row);
  }

  /**
   * Widths that fit the measured content, within the rule's bounds, for `columns` columns. Text
   * heading a merge across columns has the merge's width, not one column's: not measured.
   */
  fitWidths(columns: number, rule: WidthRule): number[] {
    const widths: number[] = [];
    const spanning = this.spanningHeads();
    for (let c = 0; c < columns; c++) {
      let widest = 0;
      for (const [r, row] of this.rows.entries()) {
        if (this.unmeasured.has(r) || spanning.has(`${r}:${c}`)) continue;
        widest = Math.max(widest, displayWidth(shownText(row[c] ?? null)));
      }
      widths.push(Math.min(rule.max, Math.max(rule.min, widest + rule.padding)));
    }
    return widths;
  }

  /**
   * The narrowest each column may become before a value in it stops fitting: content of cells
   * outside wrapped areas (figures, labels), ignoring text that spills into an empty cell on its
   * right (as Excel and LibreOffice let it). Wrapped text only needs more lines when narrowed.
   */
  floorWidths(columns: number, rule: WidthRule): number[] {
    const widths: number[] = [];
    const spanning = this.spanningHeads();
    for (let c = 0; c < columns; c++) {
      let widest = 0;
      for (const [r, row] of this.rows.entries()) {
        const cell = row[c] ?? null;
        if (cell === null || this.unmeasured.has(r) || spanning.has(`${r}:${c}`)) continue;
        // Wrapped text breaks between CJK characters and at spaces, never inside a Latin word.
        if (this.isWrapped(r, c)) widest = Math.max(widest, longestWord(shownText(cell)));
        else if (cell.t !== "text" || (row[c + 1] ?? null) !== null) widest = Math.max(widest, displayWidth(shownText(cell)));
      }
      widths.push(Math.min(rule.max, Math.max(rule.min, widest + rule.padding)));
    }
    return widths;
  }

  /** "row:col" of every cell heading a merge across columns. */
  private spanningHeads(): Set<string> {
    return new Set(this.merges.filter((m) => m.right > m.left).map((m) => `${m.top}:${m.left}`));
  }

  private isWrapped(r: number, c: number): boolean {
    return this.wrapped.some((w) => r >= w.top && r <= w.bottom && c >= w.left && c <= w.right);
  }

  /** The font size the last format covering the cell sets, else the 11 pt body. */
  private fontSizeAt(r: number, c: number): number {
    for (let i = this.formats.length - 1; i >= 0; i--) {
      const f = this.formats[i]!;
      const size = f.style?.fontSize;
      if (size !== undefined && r >= f.range.top && r <= f.range.bottom && c >= f.range.left && c <= f.range.right) return size;
    }
    return BODY_FONT_SIZE;
  }

  /**
   * Heights for rows whose wrapped text needs more than one line at the given widths, or whose
   * font is larger than the body's (a 16 pt title clips in the default 15 pt row and runs into
   * the next); null elsewhere. Width per character and line height grow with the font size.
   */
  rowHeights(widths: number[]): (number | null)[] {
    const heights: (number | null)[] = this.rows.map(() => null);
    // The merge a cell heads, looked up once per sheet rather than searched for every wrapped cell.
    const heads = new Map<string, CellRange>();
    for (const m of this.merges) if (!heads.has(`${m.top}:${m.left}`)) heads.set(`${m.top}:${m.left}`, m);
    for (const range of this.wrapped) {
      for (let r = range.top; r <= range.bottom && r < this.rows.length; r++) {
        for (let c = range.left; c <= range.right; c++) {
          const text = shownText(this.rows[r]![c] ?? null);
          if (text === "") continue;
          const room = spanWidth(heads.get(`${r}:${c}`), c, widths) * DIGIT_PX + COLUMN_PAD_PX - CELL_MARGIN_PX;
          const scale = this.fontSizeAt(r, c) / BODY_FONT_SIZE;
          const lines = text.split("\n").reduce((n, part) => n + wrappedLines(part, room, scale), 0);
          if (lines < 2 && scale <= 1) continue;
          const height = Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * LINE_HEIGHT * Math.max(1, scale)));
          heights[r] = Math.max(heights[r] ?? 0, height);
        }
      }
    }
    return heights;
  }


  finish(sheet: Omit<PlannedSheet, "rows" | "formats" | "merges" | "rowHeights">): PlannedSheet {
    const heights = this.rowHeights(sheet.columnWidths);
    // Last, so it wins: text Excel would read as a number, date or formula is kept as typed.
    this.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (cell?.t === "text" && excelWouldConvert(cell.v)) this.formats.push({ range: rowRange(r, c, c), numberFormat: "@" });
      }),
    );
    const planned: PlannedSheet = { ...sheet, rows: this.rows, formats: this.formats, merges: this.merges };
    if (heights.some((h) => h !== null)) planned.rowHeights = heights;
    return planned;
  }
}

/**
 * Punctuation of ambiguous East Asian width that CJK faces set full width: “三公” counted as
 * narrow quotes left a name one line short, its last character clipped in LibreOffice.
 */
const AMBIGUOUS_WIDE = /[\u00B7\u00D7\u00F7\u2014\u2018\u2019\u201C\u201D\u2026\u2103\u2264\u2265\u2460-\u24FF\u25A0-\u25FF]/u;

/** The widest run a line cannot break inside: Latin letters, digits and their punctuation. */
function longestWord(text: string): number {
  return Math.max(0, ...(text.match(/[A-Za-z][A-Za-z0-9'’.-]*/g) ?? []).map((w) => w.length));
}

/** A run a line never breaks inside: a Latin word or a number with its separators and sign. */
const UNBREAKABLE = /[A-Za-z0-9][A-Za-z0-9'’.,%/:-]*/gu;
/** Characters a line may not begin with (避头): the host pulls the character before down with them. */
const NO_LINE_START = /^[，。、；：！？）》」』】〕”’％%,.;:!?)\]]$/u;

/** Tokens of a line: unbreakable runs, and every other character alone. */
function wrapTokens(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (const m of text.matchAll(UNBREAKABLE)) {
    out.push(...text.slice(at, m.index));
    out.push(m[0]);
    at = m.index + m[0].length;
  }
  out.push(...text.slice(at));
  return out;
}

/** Pixels a token takes at 11 pt: wide (CJK and AMBIGUOUS_WIDE) characters 15 px, the rest 7. */
function tokenPx(token: string): number {
  let px = 0;
  for (const ch of token) px += displayWidth(ch) > 1 || AMBIGUOUS_WIDE.test(ch) ? WIDE_PX : DIGIT_PX;
  return px;
}

/**
 * Lines `text` takes in `room` px at `scale` × 11 pt, filled greedily as the hosts do: a run
 * (word, number) that does not fit starts the next line, and so does the character before a
 * punctuation mark that may not begin one (避头点). A run wider than a line is cut.
 */
function wrappedLines(text: string, room: number, scale = 1): number {
  let lines = 1;
  let x = 0;
  let previous = 0;
  for (const token of wrapTokens(text)) {
    const w = tokenPx(token) * scale;
    if (x + w > room && x > 0) {
      lines++;
      // A closing mark takes the character before it to the new line.
      x = NO_LINE_START.test(token) ? previous : 0;
      if (token === " ") continue;
    }
    x += w;
    while (x > room && room > 0) {
      lines++;
      x -= room;
    }
    previous = w;
  }
  return lines;
}

export function rowRange(row: number, left: number, right: number): CellRange {
  return { top: row, left, bottom: row, right };
}

export function columnRange(col: number, top: number, bottom: number): CellRange {
  return { top, left: col, bottom, right: col };
}

/** A cell's width, or a merged area's total width when the cell heads one. */
function spanWidth(merged: CellRange | undefined, col: number, widths: number[]): number {
  const right = merged ? merged.right : col;
  let width = 0;
  for (let c = col; c <= right; c++) width += widths[c] ?? DEFAULT_WIDTH;
  return width;
}
