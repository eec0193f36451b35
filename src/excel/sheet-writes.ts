/**
 * A planned sheet as the Office.js writes it takes, before any Office object exists:
 * row blocks of 2-D arrays (number formats, values, formulas) sized to stay under the request
 * limit, and the range-level layout. Pure; the port turns these into API calls.
 *
 * Why one number-format array per block rather than one call per plan format: the block is a
 * single API call either way, and composing it lets every text cell carry "@" exactly, so text
 * that looks like a formula or a number ("=HYPERLINK(…)", "+86 123", "001") stays text. The
 * array is written before the values; null entries leave a cell alone (Excel's rule for 2-D
 * input), so an empty cell keeps General and a formula cell keeps its plan format.
 */
import type { CellRange } from "../engine/light";
import { a1Range, excelWouldConvert, printArea, type CellStyle, type PlannedSheet, type PlannedChart } from "../engine/light";

export type ValueEntry = string | number | null;

export interface RowBlock {
  /** 0-based first row, row count and column count (from column A). */
  top: number;
  rows: number;
  columns: number;
  /** null when no cell of the block needs a format. */
  numberFormats: (string | null)[][] | null;
  /** Text and numbers; null for empty and formula cells. null when the block has none. */
  values: ValueEntry[][] | null;
  /** Formula cells only, within columns [left, left + width). */
  formulas: { left: number; width: number; matrix: (string | null)[][] } | null;
  /** UTF-8 bytes of the arrays as JSON: what the block adds to a request. */
  bytes: number;
}

export interface StyledRange {
  range: CellRange;
  style: CellStyle;
}

export interface SheetLayout {
  styles: StyledRange[];
  merges: CellRange[];
  /** Consecutive columns of equal width, in points. */
  columnWidths: Array<{ left: number; right: number; points: number }>;
  /** Consecutive rows of equal height, in points. */
  rowHeights: Array<{ top: number; bottom: number; points: number }>;
  /** Consecutive rows without a planned height: autofit to their (wrapped) text after writing. */
  autofitRows: Array<{ top: number; bottom: number }>;
  freeze: { rows: number; columns: number };
  print: PlannedSheet["print"];
  /** The printed cells as an A1 range ("A1:L82"), or null for every used cell (printArea in plan.ts). */
  printArea: string | null;
  /**
   * Pages tall to allow when fitting to one page wide: the row count, as a row is never taller
   * than a page (409 pt), so the width alone decides the scale. Some hosts refuse a fit to
   * width with 0 ("automatic") pages tall.
   */
  pagesTall: number;
  /** Native charts to add once the sheet is written. */
  charts: PlannedChart[];
  tabColor: string | null;
  conditionalFormats: NonNullable<PlannedSheet["conditionalFormats"]>;
  /** A generous estimate of the layout calls' request bytes. */
  bytes: number;
}

export interface SheetWrites {
  name: string;
  blocks: RowBlock[];
  layout: SheetLayout;
}

/** Request bytes budgeted per API call for its object path and property name. */
export const CALL_OVERHEAD_BYTES = 200;

/**
 * Excel column width (in characters of the default font's digit) → points for
 * `format.columnWidth`. For Calibri 11 a digit is 7 px and Excel adds 5 px of padding, so
 * px = round(chars × 7 + 5) and points = px × 0.75 (96 dpi). 8.43 chars → 64 px → 48 pt,
 * Excel's default column. An approximation for other default fonts.
 */
export function columnWidthPoints(chars: number): number {
  if (chars <= 0) return 0;
  return Math.round(chars * 7 + 5) * 0.75;
}

export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const jsonBytes = (v: unknown): number => utf8Bytes(JSON.stringify(v));

function extent(sheet: PlannedSheet): { rows: number; columns: number } {
  let rows = sheet.rows.length;
  let columns = sheet.rows.reduce((m, r) => Math.max(m, r.length), 0);
  for (const f of sheet.formats) {
    if (f.numberFormat === undefined) continue;
    rows = Math.max(rows, f.range.bottom + 1);
    columns = Math.max(columns, f.range.right + 1);
  }
  return { rows, columns };
}

/**
 * The number format every cell gets: plan formats in order, then "@" on every text cell Excel
 * would otherwise convert (a formula, number, date or boolean look-alike). Prose keeps the plan's
 * General: a Text cell over 255 characters shows ##### in desktop Excel.
 */
function composeNumberFormats(sheet: PlannedSheet, rows: number, columns: number): (string | null)[][] {
  const grid: (string | null)[][] = Array.from({ length: rows }, () => new Array<string | null>(columns).fill(null));
  for (const f of sheet.formats) {
    if (f.numberFormat === undefined) continue;
    for (let r = f.range.top; r <= f.range.bottom; r++) {
      const row = grid[r]!;
      for (let c = f.range.left; c <= f.range.right; c++) row[c] = f.numberFormat;
    }
  }
  sheet.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell?.t === "text") {
        if (excelWouldConvert(cell.v)) grid[r]![c] = "@";
      }
      // A formula typed into a text-formatted cell stays text: keep formulas out of "@".
      else if (cell?.t === "formula" && grid[r]![c] === "@") grid[r]![c] = null;
    }),
  );
  return grid;
}

/** Splits the sheet's content into row blocks of at most `maxBlockBytes` each (one row at least). */
export function sheetWrites(sheet: PlannedSheet, maxBlockBytes: number): SheetWrites {
  const { rows, columns } = extent(sheet);
  const formats = composeNumberFormats(sheet, rows, columns);
  const blocks: RowBlock[] = [];
  let start = 0;
  let bytes = 0;
  const flush = (end: number): void => {
    if (end > start) blocks.push(makeBlock(sheet, formats, start, end, columns));
    start = end;
    bytes = 0;
  };
  for (let r = 0; r < rows; r++) {
    const rowBytes = estimateRowBytes(sheet, formats, r, columns);
    if (bytes > 0 && bytes + rowBytes > maxBlockBytes) flush(r);
    bytes += rowBytes;
  }
  flush(rows);
  return { name: sheet.name, blocks, layout: layoutOf(sheet) };
}

function estimateRowBytes(sheet: PlannedSheet, formats: (string | null)[][], r: number, columns: number): number {
  let n = jsonBytes(formats[r]) + 2 * (columns * 5 + 2); // values and formulas rows, mostly "null,"
  for (const cell of sheet.rows[r] ?? []) {
    if (cell === null) continue;
    n += cell.t === "formula" ? utf8Bytes(cell.f) + 2 : cell.t === "text" ? utf8Bytes(JSON.stringify(cell.v)) : 24;
  }
  return n;
}

function makeBlock(
  sheet: PlannedSheet,
  formats: (string | null)[][],
  top: number,
  end: number,
  columns: number,
): RowBlock {
  const numberFormats = formats.slice(top, end);
  const values: ValueEntry[][] = [];
  let anyValue = false;
  let left = Infinity;
  let right = -1;
  for (let r = top; r < end; r++) {
    const row: ValueEntry[] = new Array<ValueEntry>(columns).fill(null);
    (sheet.rows[r] ?? []).forEach((cell, c) => {
      if (cell === null) return;
      if (cell.t === "formula") {
        left = Math.min(left, c);
        right = Math.max(right, c);
      } else {
        row[c] = cell.v;
        anyValue = true;
      }
    });
    values.push(row);
  }
  let formulas: RowBlock["formulas"] = null;
  if (right >= 0) {
    const matrix: (string | null)[][] = [];
    for (let r = top; r < end; r++) {
      const row: (string | null)[] = [];
      for (let c = left; c <= right; c++) {
        const cell = sheet.rows[r]?.[c];
        row.push(cell?.t === "formula" ? cell.f : null);
      }
      matrix.push(row);
    }
    formulas = { left, width: right - left + 1, matrix };
  }
  const anyFormat = numberFormats.some((row) => row.some((f) => f !== null));
  const block: RowBlock = {
    top,
    rows: end - top,
    columns,
    numberFormats: anyFormat ? numberFormats : null,
    values: anyValue ? values : null,
    formulas,
    bytes: 0,
  };
  block.bytes =
    (block.numberFormats ? jsonBytes(block.numberFormats) + CALL_OVERHEAD_BYTES : 0) +
    (block.values ? jsonBytes(block.values) + CALL_OVERHEAD_BYTES : 0) +
    (formulas ? jsonBytes(formulas.matrix) + CALL_OVERHEAD_BYTES : 0);
  return block;
}

function runs<T>(items: readonly T[], same: (a: T, b: T) => boolean): Array<{ from: number; to: number; item: T }> {
  const out: Array<{ from: number; to: number; item: T }> = [];
  items.forEach((item, i) => {
    const last = out[out.length - 1];
    if (last && last.to === i - 1 && same(last.item, item)) last.to = i;
    else out.push({ from: i, to: i, item });
  });
  return out;
}

function layoutOf(sheet: PlannedSheet): SheetLayout {
  const styles: StyledRange[] = sheet.formats
    .filter((f) => f.style !== undefined && Object.keys(f.style).length > 0)
    .map((f) => ({ range: f.range, style: f.style! }));
  const columnWidths = runs(sheet.columnWidths, (a, b) => a === b)
    .filter((r) => r.item > 0)
    .map((r) => ({ left: r.from, right: r.to, points: columnWidthPoints(r.item) }));
  const heights = sheet.rowHeights ?? [];
  const rowHeights = runs(heights, (a, b) => a === b)
    .filter((r): r is { from: number; to: number; item: number } => typeof r.item === "number" && r.item > 0)
    .map((r) => ({ top: r.from, bottom: r.to, points: Math.min(409, r.item) }));
  const conditionalFormats = sheet.conditionalFormats ?? [];
  const { rows } = extent(sheet);
  const autofitRows: Array<{ top: number; bottom: number }> = [];
  for (let r = 0; r < rows; r++) {
    if (typeof heights[r] === "number" && heights[r]! > 0) continue;
    const last = autofitRows[autofitRows.length - 1];
    if (last && last.bottom === r - 1) last.bottom = r;
    else autofitRows.push({ top: r, bottom: r });
  }
  const area = printArea(sheet);
  const calls =
    (sheet.print.pageBreaksBefore?.length ?? 0) +
    (sheet.charts?.length ?? 0) * 12 +
    styles.length * 8 +
    sheet.merges.length +
    columnWidths.length +
    rowHeights.length +
    autofitRows.length +
    conditionalFormats.length * 5 +
    8;
  return {
    styles,
    merges: sheet.merges,
    columnWidths,
    rowHeights,
    autofitRows,
    freeze: sheet.freeze,
    print: sheet.print,
    printArea: area ? a1Range(area) : null,
    pagesTall: Math.min(32_767, Math.max(1, rows)),
    charts: sheet.charts ?? [],
    tabColor: sheet.tabColor ?? null,
    conditionalFormats,
    bytes: calls * CALL_OVERHEAD_BYTES,
  };
}

/** One request's worth of work: blocks and layouts of the output sheets (by index). */
export type WritePiece = { kind: "block"; sheet: number; block: RowBlock } | { kind: "layout"; sheet: number; layout: SheetLayout };

/**
 * Packs pieces into requests of at most `maxRequestBytes` (estimated), keeping their order:
 * one request unless the plan is bigger than the limit.
 */
export function packRequests(sheets: SheetWrites[], maxRequestBytes: number): WritePiece[][] {
  const requests: WritePiece[][] = [[]];
  let used = 0;
  const add = (piece: WritePiece, bytes: number): void => {
    if (used > 0 && used + bytes > maxRequestBytes) {
      requests.push([]);
      used = 0;
    }
    requests[requests.length - 1]!.push(piece);
    used += bytes;
  };
  sheets.forEach((s, sheet) => {
    for (const block of s.blocks) add({ kind: "block", sheet, block }, block.bytes);
    add({ kind: "layout", sheet, layout: s.layout }, s.layout.bytes);
  });
  return requests;
}
