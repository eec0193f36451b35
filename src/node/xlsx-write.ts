/**
 * Applying an OutputPlan to an in-memory ExcelJS workbook, and saving a workbook to disk
 * all-or-nothing. Only the sheets the plan names are created or replaced; no other sheet is touched.
 */
import ExcelJS from "exceljs";
import type { CellStyle, PlanCell, PlannedSheet, OutputPlan, RangeFormat } from "../engine/plan";
import type { PendingFile } from "./atomic-file";

/** Sheet-name rules Excel enforces; checked before anything is changed. */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 31) return "must have 1 to 31 characters";
  if (/[\\/?*[\]:]/.test(name)) return "must not contain \\ / ? * [ ] :";
  if (name.startsWith("'") || name.endsWith("'")) return "must not start or end with '";
  if (name.toLowerCase() === "history") return "“History” is reserved by Excel";
  return null;
}

export function validatePlan(plan: OutputPlan): void {
  const seen = new Set<string>();
  for (const sheet of plan.sheets) {
    const problem = sheetNameProblem(sheet.name);
    if (problem) throw new Error(`Invalid output sheet name “${sheet.name}”: ${problem}`);
    const key = sheet.name.toLowerCase();
    if (seen.has(key)) throw new Error(`The plan names sheet “${sheet.name}” twice`);
    seen.add(key);
  }
}

/** The plan's "#RRGGBB" as ExcelJS's opaque ARGB. */
function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/** Everything one cell ends up with after all overlapping range formats, later ones winning. */
interface CellLook {
  numberFormat?: string;
  style: CellStyle;
}

function excelStyle(look: CellLook): Partial<ExcelJS.Style> {
  const s = look.style;
  const out: Partial<ExcelJS.Style> = {};
  if (look.numberFormat !== undefined) out.numFmt = look.numberFormat;
  const font: Partial<ExcelJS.Font> = {};
  if (s.bold !== undefined) font.bold = s.bold;
  if (s.italic !== undefined) font.italic = s.italic;
  if (s.fontSize !== undefined) font.size = s.fontSize;
  if (s.fontColor !== undefined) font.color = { argb: argb(s.fontColor) };
  if (Object.keys(font).length > 0) out.font = font;
  if (s.fill !== undefined) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (s.horizontal !== undefined) alignment.horizontal = s.horizontal;
  if (s.vertical !== undefined) alignment.vertical = s.vertical === "center" ? "middle" : s.vertical;
  if (s.wrap !== undefined) alignment.wrapText = s.wrap;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  if (s.border === "thin") {
    const thin: Partial<ExcelJS.Border> = { style: "thin" };
    out.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  return out;
}

const cellKey = (row: number, col: number): number => row * 16384 + col;

/** Folds the range formats into one look per cell; text cells get "@" last so Excel keeps them text. */
function cellLooks(sheet: PlannedSheet): Map<number, CellLook> {
  const looks = new Map<number, CellLook>();
  const lookAt = (row: number, col: number): CellLook => {
    const key = cellKey(row, col);
    let look = looks.get(key);
    if (!look) {
      look = { style: {} };
      looks.set(key, look);
    }
    return look;
  };
  for (const f of sheet.formats) applyRangeFormat(f, lookAt);
  sheet.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell?.t === "text") lookAt(r, c).numberFormat = "@";
    }),
  );
  return looks;
}

function applyRangeFormat(f: RangeFormat, lookAt: (row: number, col: number) => CellLook): void {
  for (let r = f.range.top; r <= f.range.bottom; r++) {
    for (let c = f.range.left; c <= f.range.right; c++) {
      const look = lookAt(r, c);
      if (f.numberFormat !== undefined) look.numberFormat = f.numberFormat;
      if (f.style) look.style = { ...look.style, ...f.style };
    }
  }
}

function excelValue(cell: Exclude<PlanCell, null>): ExcelJS.CellValue {
  switch (cell.t) {
    case "text":
      return cell.v;
    case "number":
      return cell.v;
    case "formula": {
      const formula = cell.f.startsWith("=") ? cell.f.slice(1) : cell.f;
      return cell.v === null ? { formula } : { formula, result: cell.v };
    }
  }
}

function fillWorksheet(ws: ExcelJS.Worksheet, sheet: PlannedSheet): void {
  // Identical looks share one style object; ExcelJS de-duplicates them in styles.xml anyway.
  const styleCache = new Map<string, Partial<ExcelJS.Style>>();
  const looks = cellLooks(sheet);
  for (const [key, look] of looks) {
    const row = Math.floor(key / 16384);
    const col = key % 16384;
    const id = JSON.stringify(look);
    let style = styleCache.get(id);
    if (!style) {
      style = excelStyle(look);
      styleCache.set(id, style);
    }
    ws.getCell(row + 1, col + 1).style = style;
  }
  // Values after styles: a text cell already carries "@" when its value arrives.
  sheet.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell !== null && cell !== undefined) ws.getCell(r + 1, c + 1).value = excelValue(cell);
    }),
  );
  // Each cell of a merged area keeps its own style (borders on every edge), as Excel stores it.
  for (const m of sheet.merges) ws.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  sheet.columnWidths.forEach((width, c) => {
    if (width > 0) ws.getColumn(c + 1).width = width;
  });
  sheet.rowHeights?.forEach((height, r) => {
    if (height !== null && height > 0) ws.getRow(r + 1).height = height;
  });
  if (sheet.freeze.rows > 0 || sheet.freeze.columns > 0) {
    ws.views = [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }];
  }
  ws.pageSetup.paperSize = 9; // A4
  ws.pageSetup.orientation = sheet.print.orientation;
  if (sheet.print.fitToWidth) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = 1;
    ws.pageSetup.fitToHeight = 0; // as many pages tall as needed
  }
  if (sheet.tabColor) ws.properties.tabColor = { argb: argb(sheet.tabColor) };
}

/** ExcelJS orders tabs by this (untyped) field. */
interface Ordered {
  orderNo: number;
}

/** Replaces one planned sheet, keeping its tab position; a new sheet goes last. */
function replaceSheet(workbook: ExcelJS.Workbook, sheet: PlannedSheet): void {
  const existing = workbook.worksheets.find((ws) => ws.name.toLowerCase() === sheet.name.toLowerCase());
  const position = existing ? (existing as unknown as Ordered).orderNo : null;
  if (existing) workbook.removeWorksheet(existing.id);
  const ws = workbook.addWorksheet(sheet.name);
  if (position !== null) (ws as unknown as Ordered).orderNo = position;
  fillWorksheet(ws, sheet);
}

/** Mutates the workbook: the plan's sheets are created or replaced; others are left alone. */
export function applyPlanToWorkbook(workbook: ExcelJS.Workbook, plan: OutputPlan): void {
  validatePlan(plan);
  for (const sheet of plan.sheets) replaceSheet(workbook, sheet);
}

/** The workbook as a file to write all-or-nothing (see writeAllAtomically). */
export function workbookFile(workbook: ExcelJS.Workbook, path: string): PendingFile {
  return { path, write: (tempPath) => workbook.xlsx.writeFile(tempPath) };
}
