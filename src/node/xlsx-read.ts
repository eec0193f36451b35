/**
 * Reading an .xlsx file into the engine's Grid snapshot. The file I/O (loadWorkbook) is kept
 * apart from the conversion (workbookToGrid), which works on an in-memory ExcelJS workbook.
 */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import type { CellRange, CellValue, Grid, Sheet } from "../engine";

export type InputErrorKind = "notFound" | "isDirectory" | "unreadable" | "notXlsx";

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

/** Parses .xlsx bytes; anything ExcelJS cannot open (a .xls, a CSV, a corrupt zip) is "notXlsx". */
export async function workbookFromBytes(bytes: Buffer, path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want its own Buffer type; a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new InputFileError("notXlsx", path, e instanceof Error ? e.message : String(e));
  }
  // ExcelJS opens any zip: a workbook has at least one sheet.
  if (workbook.worksheets.length === 0) throw new InputFileError("notXlsx", path, "no worksheets");
  return workbook;
}

export async function loadWorkbook(path: string): Promise<{ workbook: ExcelJS.Workbook; bytes: Buffer }> {
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

/** Above this many cells the used rectangle is not filled in (see worksheetToSheet). */
const DENSE_CELL_LIMIT = 2_000_000;

/**
 * A worksheet's used range, dense from A1; merged areas keep their value in the top-left cell
 * only. When the rectangle would pass DENSE_CELL_LIMIT (one stray cell at XFD1048576), each row
 * is only as long as its own last used cell, so the stray cell costs a row, not the rectangle.
 */
export function worksheetToSheet(worksheet: ExcelJS.Worksheet): Sheet {
  const found: SparseCell[] = [];
  const mergeBoxes = new Map<string, CellRange>();
  const rowLengths = new Map<number, number>();
  let rowCount = 0;
  let colCount = 0;

  worksheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const r = Number(cell.row) - 1;
      const c = Number(cell.col) - 1;
      const isCovered = cell.isMerged && cell.master.address !== cell.address;
      if (cell.isMerged) {
        const box = mergeBoxes.get(cell.master.address);
        if (box) {
          box.top = Math.min(box.top, r);
          box.left = Math.min(box.left, c);
          box.bottom = Math.max(box.bottom, r);
          box.right = Math.max(box.right, c);
        } else {
          mergeBoxes.set(cell.master.address, { top: r, left: c, bottom: r, right: c });
        }
      }
      const value = isCovered ? null : plainCellValue(cell.value);
      const numFmt = cell.numFmt || null;
      if (value === null && !cell.isMerged && numFmt === null) return;
      found.push({ row: r, col: c, value, numFmt });
      if (value !== null || cell.isMerged) {
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
  const merges = [...mergeBoxes.values()].sort((a, b) => a.top - b.top || a.left - b.left);
  return { name: worksheet.name, cells, numberFormats, merges };
}

/** Every worksheet, in tab order. */
export function workbookToGrid(workbook: ExcelJS.Workbook): Grid {
  return { sheets: workbook.worksheets.map(worksheetToSheet) };
}
