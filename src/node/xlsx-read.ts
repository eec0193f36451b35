/**
 * Reading an .xlsx file into the engine's Grid snapshot. The file I/O (loadWorkbook) is kept
 * apart from the conversion (workbookToGrid), which works on an in-memory ExcelJS workbook.
 */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import type { CellRange, CellRef, CellValue, Grid, Sheet } from "../engine/light";
import { CELL_TEXT_LIMIT, PackageProblem, readablePackage } from "./xlsx-read-package";
import type { ReadableSheet } from "./xlsx-read-package";

/** "damaged": a workbook whose registry parts are missing (Excel or WPS can often repair it). */
export type InputErrorKind = "notFound" | "isDirectory" | "unreadable" | "notXlsx" | "damaged";

/** A file that cannot be opened as a workbook: reported to the user without a stack trace. */
export class InputFileError extends Error {
  constructor(
    readonly kind: InputErrorKind,
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${kind}: ${path}: ${detail}`);
    this.name = "InputFileError";
  }
}

/** Reads the file's bytes; distinguishes "no such file" from "cannot read it". */
export async function readFileBytes(path: string): Promise<Buffer> {
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new InputFileError("isDirectory", path, "EISDIR");
    return await fs.readFile(path);
  } catch (e) {
    if (e instanceof InputFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new InputFileError("notFound", path, code);
    throw new InputFileError("unreadable", path, code ?? String(e));
  }
}

/** A workbook as read: ExcelJS's cells, and the merges read beside it (see xlsx-read-package). */
export interface ReadWorkbook {
  excel: ExcelJS.Workbook;
  /** Per worksheet, in the same order as excel.worksheets. */
  sheets: ReadableSheet[];
}

/**
 * Parses .xlsx bytes. A zip that is no workbook (a .xls, a CSV, a corrupt zip) is "notXlsx";
 * a workbook missing its registry parts is "damaged"; anything ExcelJS then fails on is "notXlsx".
 */
export async function workbookFromBytes(bytes: Buffer, path: string): Promise<ReadWorkbook> {
  let sheets: ReadableSheet[];
  let readable: Buffer;
  try {
    ({ bytes: readable, sheets } = await readablePackage(bytes));
  } catch (e) {
    if (e instanceof PackageProblem) throw new InputFileError(e.kind, path, e.message);
    throw new InputFileError("notXlsx", path, e instanceof Error ? e.message : String(e));
  }
  const excel = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want its own Buffer type; a Node Buffer is what it reads.
    await excel.xlsx.load(readable as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new InputFileError("notXlsx", path, e instanceof Error ? e.message : String(e));
  }
  if (excel.worksheets.length !== sheets.length) throw new InputFileError("notXlsx", path, "worksheets not readable");
  return { excel, sheets };
}

export async function loadWorkbook(path: string): Promise<{ workbook: ReadWorkbook; bytes: Buffer }> {
  const bytes = await readFileBytes(path);
  return { workbook: await workbookFromBytes(bytes, path), bytes };
}

/** "2023-12-31" for a date at midnight (how date-only cells come back), else the full ISO instant. */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return "";
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/**
 * One ExcelJS cell value as the engine sees it: rich text flattened, a formula replaced by its
 * cached result (its text when it has none), a date as ISO text, an error as its text ("#DIV/0!").
 */
export function plainCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return dateText(value);
  if ("richText" in value) return plainCellValue(value.richText.map((r) => r.text).join(""));
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) {
    if (value.result !== undefined) return plainCellValue(value.result);
    // No cached result (a file written by a script, never opened in Excel): the formula's text,
    // so a figure it should hold is reported at its cell rather than read silently as blank.
    // A shared formula names only its master cell, so it shows as a bare "=".
    return "formula" in value && typeof value.formula === "string" ? `=${value.formula}` : "=";
  }
  if ("hyperlink" in value) {
    // ExcelJS may hand back the link's display text as rich text.
    const text: unknown = value.text;
    return typeof text === "string" ? plainCellValue(text) : plainCellValue(text as ExcelJS.CellRichTextValue);
  }
  return null;
}

interface SparseCell {
  row: number;
  col: number;
  value: CellValue;
  numFmt: string | null;
}

/** Something the reader changed in what it read, told to the user (naming the cell). */
export interface ReadNote {
  kind: "textCut";
  cell: CellRef;
}

/** Above this many cells the used rectangle is not filled in (see worksheetToSheet). */
const DENSE_CELL_LIMIT = 2_000_000;

/**
 * Whether a cell lies inside a merged area but is not its top-left cell. Merges are kept as
 * four numbers each and searched by row, so a merge over the rest of the sheet costs what a
 * small one does. Overlapping merges (invalid) are answered for the first found.
 */
function coveredTest(merges: readonly CellRange[]): (row: number, col: number) => boolean {
  if (merges.length === 0) return () => false;
  const byTop = [...merges].sort((a, b) => a.top - b.top);
  const tops = byTop.map((m) => m.top);
  // Prefix maximum of bottoms: merges starting at or above a row that may still reach it.
  const reach: number[] = [];
  byTop.forEach((m, i) => reach.push(Math.max(m.bottom, i > 0 ? reach[i - 1]! : -1)));
  return (row, col) => {
    // Merges with top <= row are byTop[0..hi).
    let lo = 0;
    let hi = tops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tops[mid]! <= row) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && reach[i]! >= row; i--) {
      const m = byTop[i]!;
      if (m.bottom >= row && col >= m.left && col <= m.right) return row !== m.top || col !== m.left;
    }
    return false;
  };
}

/**
 * A worksheet's used range, dense from A1 (the cells holding values; merged areas keep their
 * value in the top-left cell only). When the rectangle would pass DENSE_CELL_LIMIT (one stray
 * cell at XFD1048576), each row is only as long as its own last used cell, so the stray cell
 * costs a row, not the rectangle. Text past Excel's cell limit is cut to it and noted.
 */
export function worksheetToSheet(
  worksheet: ExcelJS.Worksheet,
  merges: readonly CellRange[] = [],
  note: (n: ReadNote) => void = () => undefined,
  name: string = worksheet.name,
): Sheet {
  const found: SparseCell[] = [];
  const rowLengths = new Map<number, number>();
  const isCovered = coveredTest(merges);
  let rowCount = 0;
  let colCount = 0;

  worksheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const r = Number(cell.row) - 1;
      const c = Number(cell.col) - 1;
      let value = isCovered(r, c) ? null : plainCellValue(cell.value);
      if (typeof value === "string" && value.length > CELL_TEXT_LIMIT) {
        value = value.slice(0, /[\ud800-\udbff]/.test(value[CELL_TEXT_LIMIT - 1]!) ? CELL_TEXT_LIMIT - 1 : CELL_TEXT_LIMIT);
        note({ kind: "textCut", cell: { sheet: name, row: r, col: c } });
      }
      const numFmt = cell.numFmt || null;
      if (value === null && numFmt === null) return;
      found.push({ row: r, col: c, value, numFmt });
      if (value !== null) {
        rowCount = Math.max(rowCount, r + 1);
        rowLengths.set(r, Math.max(rowLengths.get(r) ?? 0, c + 1));
        colCount = Math.max(colCount, c + 1);
      }
    });
  });

  const cells: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const dense = rowCount * colCount <= DENSE_CELL_LIMIT;
  for (let r = 0; r < rowCount; r++) {
    const length = dense ? colCount : (rowLengths.get(r) ?? 0);
    cells.push(new Array<CellValue>(length).fill(null));
    numberFormats.push(new Array<string | null>(length).fill("General"));
  }
  for (const f of found) {
    // A formatted but empty cell beyond its row's last value is outside the used range.
    if (f.row >= rowCount || f.col >= cells[f.row]!.length) continue;
    cells[f.row]![f.col] = f.value;
    if (f.numFmt !== null) numberFormats[f.row]![f.col] = f.numFmt;
  }
  const sorted = [...merges].sort((a, b) => a.top - b.top || a.left - b.left);
  return { name, cells, numberFormats, merges: sorted };
}

/** Every worksheet, in tab order; what the reader changed goes to `note`. */
export function workbookToGrid(workbook: ReadWorkbook, note: (n: ReadNote) => void = () => undefined): Grid {
  return {
    sheets: workbook.excel.worksheets.map((ws, i) => {
      const read = workbook.sheets[i];
      return worksheetToSheet(ws, read?.merges ?? [], note, read?.name ?? ws.name);
    }),
  };
}
