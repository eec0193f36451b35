/**
 * The workbook snapshot every engine step reads: plain data, no Office or ExcelJS types.
 * Rows and columns are 0-based here; A1 notation appears only at the edges (cells named to users).
 */
export type CellValue = string | number | boolean | null;

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Sheet {
  name: string;
  /** Dense rows of the used range, starting at A1. Ragged rows are allowed; missing cells are null. */
  cells: CellValue[][];
  /** Number formats of the same shape, where the port read them ("0.00%", "@", "General"). */
  numberFormats?: (string | null)[][];
  /** Merged areas; only the top-left cell of each holds a value. */
  merges: CellRange[];
}

export interface Grid {
  sheets: Sheet[];
}

/** A cell named by sheet and 0-based row/column: the provenance of every figure. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

export function cellAt(sheet: Sheet, row: number, col: number): CellValue {
  const r = sheet.cells[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

export function formatAt(sheet: Sheet, row: number, col: number): string | null {
  return sheet.numberFormats?.[row]?.[col] ?? null;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B3" for row 2, col 1. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "B3:D9" */
export function a1Range(range: CellRange): string {
  return `${a1(range.top, range.left)}:${a1(range.bottom, range.right)}`;
}

/**
 * Names Excel reads as something else unquoted: an A1 reference ("AB12"), an R1C1 one ("R1C1",
 * "R", "C3"), or a boolean.
 */
const REFERENCE_LIKE = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*(?:[Cc]\d*)?|[Cc]\d*|true|false)$/i;

/** Sheet names Excel must quote in a reference: anything beyond letters, digits, underscore and CJK. */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !REFERENCE_LIKE.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "收支表!D5" or "'My sheet'!D5": the form used in JSON, checks and formulas. */
export function refToA1(ref: CellRef): string {
  return `${quoteSheetName(ref.sheet)}!${a1(ref.row, ref.col)}`;
}

/**
 * "'收支表'!D5": the form written into formulas. Always quoted, so LibreOffice, WPS and formula
 * engines that are stricter than Excel about unquoted CJK names read it the same.
 */
export function formulaRef(ref: CellRef): string {
  return `'${ref.sheet.replace(/'/g, "''")}'!${a1(ref.row, ref.col)}`;
}

export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
}

/** Parses "Sheet!B3" / "'My sheet'!B3" back into a CellRef. */
export function parseRef(text: string): CellRef | null {
  const bang = text.lastIndexOf("!");
  if (bang < 0) return null;
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const cell = parseA1(text.slice(bang + 1));
  return cell ? { sheet, ...cell } : null;
}
