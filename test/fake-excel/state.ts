/**
 * The fake workbook's data: sparse sheets of cells, formats and styles, plus the rules Excel
 * applies when a value is written (string coercion, text format, sheet-name validity).
 * Browser-safe: no Node imports.
 */
import type { CellRange } from "../../src/engine/grid";
import { columnIndex, columnLetters, quoteSheetName } from "../../src/engine/grid";
import { FakeOfficeError } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
export const MAX_CELL_CHARS = 32_767;
/** Excel's default column width, 8.43 characters = 64 px = 48 points. */
export const DEFAULT_COLUMN_WIDTH_POINTS = 48;
/** Excel's default row height for Calibri 11: 15 points. */
export const DEFAULT_ROW_HEIGHT_POINTS = 15;

export type FakeScalar = string | number | boolean;

/** A cell with content: `f` set for formulas (then `v` is the last calculated value). */
export interface FakeCell {
  v: FakeScalar;
  f?: string;
}

export type BorderSide = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";
export const BORDER_SIDES: readonly BorderSide[] = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
];

export interface FakeBorder {
  style?: string;
  weight?: string;
  color?: string;
}

/** Per-cell style; only properties set through the API are present. Borders are per cell edge. */
export interface FakeStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  name?: string;
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Partial<Record<"EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight", FakeBorder>>;
}

export interface FakePageLayout {
  orientation: "Portrait" | "Landscape";
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** "$1:$1", set by setPrintTitleRows. */
  printTitleRows?: string;
  /** headersFooters.defaultForAllPages: leftHeader, centerFooter… as set. */
  headerFooter?: Record<string, string>;
  /** Areas set by setPrintArea; absent = every used cell. */
  printArea?: CellRange[];
  /** Manual row breaks added with Worksheet.horizontalPageBreaks.add: 0-based rows that start a page, ascending. */
  rowBreaks?: number[];
}

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface FakeSheet {
  id: string;
  name: string;
  visibility: SheetVisibility;
  cells: Map<number, FakeCell>;
  numberFormats: Map<number, string>;
  styles: Map<number, FakeStyle>;
  merges: CellRange[];
  /** Points, by 0-based column; absent = default width. */
  columnWidths: Map<number, number>;
  /** Points, by 0-based row; absent = default height. */
  rowHeights: Map<number, number>;
  /** Rows sized to their content by Range.format.autofitRows (0-based). */
  autofitRows: Set<number>;
  freeze: { rows: number; columns: number };
  pageLayout: FakePageLayout;
  /** "#RRGGBB" or "" for none. */
  tabColor: string;
  /** Custom (formula) conditional formats, in the order added. */
  conditionalFormats: FakeConditionalFormat[];
  /** Charts added with Worksheet.charts.add (the subset Zipin uses), in order; absent = none. */
  charts?: FakeChartState[];
}

export interface FakeConditionalFormat {
  range: CellRange;
  formula: string | null;
  fontColor?: string;
  bold?: boolean;
  fill?: string;
}

export interface FakeChartSeriesState {
  name: string;
  values: CellRange;
  xValues: CellRange | null;
  color: string | null;
  showValue: boolean;
  labelFormat: string | null;
}

export interface FakeChartState {
  type: string;
  title: string;
  /** Top-left and bottom-right cells the chart covers. */
  position: { from: CellRange; to: CellRange } | null;
  series: FakeChartSeriesState[];
  valueAxisFormat: string | null;
  valueAxisMinimum: number | null;
  /** categoryAxis.reversePlotOrder (ExcelApi 1.7): categories listed from the far end. */
  categoryReversed: boolean;
  /** categoryAxis.position (ExcelApi 1.8): where the value axis crosses the category axis. */
  categoryAxisPosition: string | null;
  /** chart.format.font.size and chart.title.format.font.size, in points (ExcelApi 1.1). */
  fontSize: number | null;
  titleFontSize: number | null;
  legend: string | null;
}

export const cellKey = (row: number, col: number): number => row * MAX_COLUMNS + col;
export const keyRow = (key: number): number => Math.floor(key / MAX_COLUMNS);
export const keyCol = (key: number): number => key % MAX_COLUMNS;

export function newSheet(id: string, name: string): FakeSheet {
  return {
    id,
    name,
    visibility: "Visible",
    cells: new Map(),
    numberFormats: new Map(),
    styles: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    autofitRows: new Set(),
    freeze: { rows: 0, columns: 0 },
    pageLayout: { orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 } },
    tabColor: "",
    conditionalFormats: [],
  };
}

export function rangeRows(r: CellRange): number {
  return r.bottom - r.top + 1;
}
export function rangeColumns(r: CellRange): number {
  return r.right - r.left + 1;
}

export function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** "A1", "A1:B2", "$A$1", "A:C" (whole columns), "2:5" (whole rows); an optional "Sheet!" prefix is ignored. */
export function parseAddress(address: string): CellRange {
  const bang = address.lastIndexOf("!");
  const local = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "").trim().toUpperCase();
  const parts = local.split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) throw new FakeOfficeError("InvalidArgument", address);
  const cell = /^([A-Z]{1,3})(\d{1,7})$/;
  const col = /^([A-Z]{1,3})$/;
  const row = /^(\d{1,7})$/;
  const [first, second = first] = parts as [string, string?];
  let range: CellRange;
  const c1 = cell.exec(first);
  const c2 = cell.exec(second);
  if (c1 && c2) {
    range = {
      top: Math.min(+c1[2]!, +c2[2]!) - 1,
      bottom: Math.max(+c1[2]!, +c2[2]!) - 1,
      left: Math.min(columnIndex(c1[1]!), columnIndex(c2[1]!)),
      right: Math.max(columnIndex(c1[1]!), columnIndex(c2[1]!)),
    };
  } else if (col.test(first) && col.test(second) && parts.length === 2) {
    const a = columnIndex(first);
    const b = columnIndex(second);
    range = { top: 0, bottom: MAX_ROWS - 1, left: Math.min(a, b), right: Math.max(a, b) };
  } else if (row.test(first) && row.test(second) && parts.length === 2) {
    const a = +first - 1;
    const b = +second - 1;
    range = { top: Math.min(a, b), bottom: Math.max(a, b), left: 0, right: MAX_COLUMNS - 1 };
  } else {
    throw new FakeOfficeError("InvalidArgument", address);
  }
  if (range.top < 0 || range.bottom >= MAX_ROWS || range.left < 0 || range.right >= MAX_COLUMNS) {
    throw new FakeOfficeError("InvalidArgument", address);
  }
  return range;
}

/** As Excel formats Range.address: "Sheet1!A1" or "'My sheet'!A1:B2" (whole columns as "A:C"). */
export function formatAddress(sheetName: string, r: CellRange): string {
  const prefix = `${quoteSheetName(sheetName)}!`;
  if (r.top === 0 && r.bottom === MAX_ROWS - 1) {
    return `${prefix}${columnLetters(r.left)}:${columnLetters(r.right)}`;
  }
  if (r.left === 0 && r.right === MAX_COLUMNS - 1) return `${prefix}${r.top + 1}:${r.bottom + 1}`;
  const tl = `${columnLetters(r.left)}${r.top + 1}`;
  if (r.top === r.bottom && r.left === r.right) return prefix + tl;
  return `${prefix}${tl}:${columnLetters(r.right)}${r.bottom + 1}`;
}

/** Excel's rules for a worksheet name; returns the problem or null. Uniqueness is checked by the caller. */
export function sheetNameProblem(name: unknown): string | null {
  if (typeof name !== "string" || name.length === 0) return "empty";
  if (name.length > 31) return "longer than 31 characters";
  if (/[\\/?*[\]:]/.test(name)) return "contains one of \\ / ? * [ ] :";
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with an apostrophe";
  if (name.toLowerCase() === "history") return "reserved name History";
  return null;
}

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * What Excel stores when a value is typed/written into a cell (Range.values or Range.formulas).
 * Returns null for "clear the cell". Simplified but faithful for the cases that bite:
 * - a cell formatted as text ("@") keeps any input literally as text;
 * - "=…" becomes a formula; "+…"/"-…" become a number when the rest is a number, otherwise a
 *   formula ("=+86 123"); "@…" becomes a formula (Lotus-style prefix); "+", "-", "@" alone stay text;
 * - numeric text ("123", "1e3", "12%") becomes a number, "TRUE"/"FALSE" a boolean;
 * - a leading apostrophe forces text and is not stored.
 */
export function coerceInput(input: FakeScalar, numberFormat: string): FakeCell | null {
  if (typeof input === "string" && input.length > MAX_CELL_CHARS) {
    throw new FakeOfficeError("InvalidArgument", "cell text longer than 32,767 characters");
  }
  if (input === "") return null;
  if (numberFormat === "@") {
    return { v: typeof input === "boolean" ? (input ? "TRUE" : "FALSE") : String(input) };
  }
  if (typeof input !== "string") return { v: input };
  const s = input;
  if (s.startsWith("'")) return s.length > 1 ? { v: s.slice(1) } : null;
  const first = s[0];
  if (first === "=" && s.length > 1) return { v: 0, f: s };
  if ((first === "+" || first === "-") && s.length > 1) {
    const rest = s.slice(1).trim();
    if (NUMBER_TEXT.test(rest)) return { v: first === "-" ? -Number(rest) : Number(rest) };
    return { v: 0, f: "=" + s };
  }
  if (first === "@" && s.length > 1) return { v: 0, f: "=" + s.slice(1) };
  const t = s.trim();
  if (NUMBER_TEXT.test(t)) return { v: Number(t) };
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)%$/.test(t)) return { v: Number(t.slice(0, -1)) / 100 };
  if (/^(true|false)$/i.test(t)) return { v: t.toLowerCase() === "true" };
  return { v: s };
}

/** Bounding box of the cells holding content (valuesOnly) or also formats/styles; null when empty. */
export function usedRangeOf(sheet: FakeSheet, valuesOnly: boolean): CellRange | null {
  let box: CellRange | null = null;
  const grow = (key: number): void => {
    const r = keyRow(key);
    const c = keyCol(key);
    if (!box) box = { top: r, bottom: r, left: c, right: c };
    else {
      if (r < box.top) box.top = r;
      if (r > box.bottom) box.bottom = r;
      if (c < box.left) box.left = c;
      if (c > box.right) box.right = c;
    }
  };
  for (const k of sheet.cells.keys()) grow(k);
  if (!valuesOnly) {
    for (const k of sheet.numberFormats.keys()) grow(k);
    for (const k of sheet.styles.keys()) grow(k);
  }
  return box;
}

/** UTF-8 byte length of a string, the unit Excel's 5 MB payload limit is measured in. */
export function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}
