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
  print: { orientation: "portrait" | "landscape"; fitToWidth: boolean };
  /** Tab colour "#RRGGBB", optional. */
  tabColor?: string;
  /**
   * Optional row-height hints in points, by row from 1 (index 0 = row 1); null or missing =
   * leave the row alone. Estimated for wrapped text, for ports that cannot auto-fit rows
   * (an .xlsx written by ExcelJS keeps the default height); a port that can auto-fit may ignore them.
   */
  rowHeights?: (number | null)[];
}

export interface OutputPlan {
  /** Sheets to create or replace as a whole, in order. */
  sheets: PlannedSheet[];
}

/** The names of the sheets we own (written in l10n/words.ts with the other shared words). */
export { OUTPUT_SHEET_NAMES } from "./l10n/words";
