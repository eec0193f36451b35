/**
 * The output plan: declarative sheets that both ports (Office.js and ExcelJS) apply as-is.
 * Nothing here knows about either library.
 */
import type { CellRange } from "./grid";

export type PlanCell =
  | null
  /** Text from anywhere (incl. the workbook): always written as text, never as a formula. */
  | { t: "text"; v: string }
  | { t: "number"; v: number }
  /** A formula we wrote ourselves (starts with "="), with the value it evaluates to, for ports that cannot calculate. */
  | { t: "formula"; f: string; v: number | string | null };

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string; // "#RRGGBB"
  fill?: string; // "#RRGGBB"
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  wrap?: boolean;
  border?: "thin";
}

export interface RangeFormat {
  range: CellRange;
  /** Excel number format, e.g. "#,##0.00", "0.00%", "@". */
  numberFormat?: string;
  style?: CellStyle;
}

/**
 * Formatting that applies while a formula of ours is true, evaluated by the spreadsheet (so it
 * follows recalculation without the add-in). The formula is relative to the range's top-left cell.
 */
export interface ConditionalFormat {
  range: CellRange;
  /** Starts with "="; true (non-zero) → the style shows. */
  formula: string;
  style: Pick<CellStyle, "bold" | "fontColor" | "fill">;
}

/**
 * A native clustered bar chart over cells of its own sheet, so it follows the data when a
 * figure changes (docs/print-and-charts.md). Ranges are single columns on the same sheet.
 */
export interface PlannedChart {
  title: string;
  /**
   * "bar": bars run left to right and the categories are listed down the side, first at the top,
   * so long names (budget lines) print level and whole; "column": upright bars.
   */
  direction: "bar" | "column";
  /** Points: axis, legend and label text, and the title (the print scale applies to both). */
  fontSize: { text: number; title: number };
  /** The category labels (text cells). */
  categories: CellRange;
  series: { name: string; values: CellRange; color: string }[];
  /** Number format of the value axis and labels, e.g. "#,##0" or "0%". */
  valueFormat: string;
  /** Each bar labelled with its value. */
  dataLabels: boolean;
  /** The cells the chart covers (top-left to bottom-right). */
  anchor: CellRange;
}

/** Page header and footer text in Excel's codes (&P page, &N pages), printed on every page. */
export interface PrintHeaderFooter {
  header: string;
  footer: string;
}

export interface PlannedSheet {
  name: string;
  /** Dense rows from A1; rows may be ragged. */
  rows: PlanCell[][];
  /** Applied in order; later entries win where they overlap. */
  formats: RangeFormat[];
  merges: CellRange[];
  /** Widths in Excel character units, by column from A. */
  columnWidths: number[];
  freeze: { rows: number; columns: number };
  /** Print setup: A4 portrait, fit to page width. */
  print: {
    orientation: "portrait" | "landscape";
    fitToWidth: boolean;
    /** Print scale in percent (used when fitToWidth is false); absent = 100. */
    scale?: number;
    /** Rows repeated at the top of every printed page (0-based, inclusive), or absent. */
    titleRows?: { top: number; bottom: number };
    /** Columns printed (0-based, inclusive from A); absent = all used columns. */
    lastPrintColumn?: number;
    headerFooter?: PrintHeaderFooter;
    /** Rows (0-based) that start a new printed page. */
    pageBreaksBefore?: number[];
  };
  /** Native charts drawn over the sheet, or absent. */
  charts?: PlannedChart[];
  /** Tab colour "#RRGGBB", optional. */
  tabColor?: string;
  /**
   * Optional row-height hints in points, by row from 1 (index 0 = row 1); null or missing =
   * leave the row alone. Estimated for wrapped text, for ports that cannot auto-fit rows
   * (an .xlsx written by ExcelJS keeps the default height); a port that can auto-fit may ignore them.
   */
  rowHeights?: (number | null)[];
  /** Optional; a port that cannot write them leaves them out (the cells' own style still shows). */
  conditionalFormats?: ConditionalFormat[];
}

export interface OutputPlan {
  /** Sheets to create or replace as a whole, in order. */
  sheets: PlannedSheet[];
}

/** The names of the sheets we own (written in l10n/words.ts with the other shared words). */
export { OUTPUT_SHEET_NAMES } from "./l10n/words";

/**
 * The cells a sheet prints when its plan limits the printed columns: from A1 to the last printed
 * column and the last row the sheet uses, cells or charts (a chart ends in the row below its
 * anchor's last one). null = every used cell, the hosts' default. Both ports set this one area.
 */
export function printArea(sheet: PlannedSheet): CellRange | null {
  const right = sheet.print.lastPrintColumn;
  if (right === undefined) return null;
  const bottom = Math.max(sheet.rows.length - 1, ...(sheet.charts ?? []).map((c) => c.anchor.bottom + 1), 0);
  return { top: 0, left: 0, bottom, right };
}
