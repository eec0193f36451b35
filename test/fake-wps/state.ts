/**
 * The workbook state behind the fake WPS 表格 object model: plain data the tests can snapshot
 * and compare, with no object-model behaviour (that lives in ./model.ts).
 *
 * Coordinates are 0-based here; the object model converts from WPS's 1-based indices.
 */
import type { CellRange } from "../../src/engine/grid";
import type { FakeChartState } from "./charts";

export type FakeValue = string | number | boolean;

export interface FakeCell {
  /** Constant value, or the formula's last computed value (the fake does not calculate). */
  value: FakeValue | null;
  /** "=SUM(B2:B4)" when the cell holds a formula. */
  formula: string | null;
  numberFormat: string;
  /** The cell's look, as the port set it through Font, Interior, alignment and Borders. */
  style: Record<string, unknown>;
}

export interface FakeSheetState {
  /** Stable identity (WPS has no sheet id in the object model; the fake needs one for snapshots). */
  uid: number;
  name: string;
  /** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden. */
  visible: number;
  cells: Map<string, FakeCell>;
  merges: CellRange[];
  /** Column widths in characters (ColumnWidth), by 0-based column. */
  columnWidths: Map<number, number>;
  /** Row heights in points (RowHeight), by 0-based row. */
  rowHeights: Map<number, number>;
  freeze: { rows: number; columns: number } | null;
  pageSetup: {
    paperSize: number;
    orientation: number;
    zoom: number | false;
    fitToPagesWide: number | false;
    fitToPagesTall: number | false;
    /** LeftHeader … RightFooter, in Excel's codes (&P, &N), "" when unset. */
    headerFooter: Record<HeaderFooterSlot, string>;
    /** PrintTitleRows / PrintArea as WPS returns them (absolute A1, "" when unset). */
    printTitleRows: string;
    printArea: string;
  };
  /** Manual page breaks (HPageBreaks.Add): 0-based rows that start a page. */
  rowBreaks: number[];
  /** Embedded charts (ChartObjects), in the order added. */
  charts: FakeChartState[];
  /** Tab.Color as WPS stores it (BGR integer), or null for none. */
  tabColor: number | null;
}

export type HeaderFooterSlot = "leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter";

export const GENERAL = "General";

export const cellKey = (row: number, col: number): string => `${row},${col}`;

export function emptyCell(): FakeCell {
  return { value: null, formula: null, numberFormat: GENERAL, style: {} };
}

/** A cell that carries nothing (no value, default format and look) is not stored. */
export function isBlank(cell: FakeCell): boolean {
  return cell.value === null && cell.formula === null && cell.numberFormat === GENERAL && Object.keys(cell.style).length === 0;
}

let nextUid = 1;

export function newSheetState(name: string): FakeSheetState {
  return {
    uid: nextUid++,
    name,
    visible: -1,
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    freeze: null,
    pageSetup: {
      paperSize: 9,
      orientation: 1,
      zoom: 100,
      fitToPagesWide: 1,
      fitToPagesTall: 1,
      headerFooter: { leftHeader: "", centerHeader: "", rightHeader: "", leftFooter: "", centerFooter: "", rightFooter: "" },
      printTitleRows: "",
      printArea: "",
    },
    rowBreaks: [],
    charts: [],
    tabColor: null,
  };
}

/** The sheet as comparable plain data (cells sorted), for "the workbook is exactly as it was". */
export function snapshotSheet(s: FakeSheetState): unknown {
  const cells = [...s.cells.entries()]
    .filter(([, c]) => !isBlank(c))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, c]) => [k, c.value, c.formula, c.numberFormat, JSON.stringify(c.style)]);
  return {
    uid: s.uid,
    name: s.name,
    visible: s.visible,
    cells,
    merges: s.merges.map((m) => [m.top, m.left, m.bottom, m.right]),
    columnWidths: [...s.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
    rowHeights: [...s.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
    freeze: s.freeze,
    pageSetup: s.pageSetup,
    rowBreaks: s.rowBreaks,
    charts: JSON.stringify(s.charts),
    tabColor: s.tabColor,
  };
}

export const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: CellRange, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}

/** Excel's default column width (8.43 characters) and row height (15 pt), which the fake uses for positions. */
export const DEFAULT_COLUMN_CHARS = 8.43;
export const DEFAULT_ROW_POINTS = 15;
