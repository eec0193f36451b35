import type { CellRange } from "../grid";
import type { MoneyUnit } from "../model";

export type TableKind = "budget" | "indicator" | "info";

export interface DetectedTable {
  kind: TableKind;
  sheet: string;
  /** 0-based header row (for info sheets: the first key row). */
  headerRow: number;
  /** Header row through the last data row. */
  range: CellRange;
  /** Column roles found in the header (role → 0-based column). */
  columns: Record<string, number>;
  /** How sure detection is, 0..1: shown to the user next to the guess. */
  confidence: number;
  /** A title row above the header ("2023年度…收支情况表"), if any. */
  title: string | null;
  /** Money unit stated above or in the header (budget tables). */
  unit: MoneyUnit | null;
  /**
   * A budget header that repeats its roles side by side (收入支出决算总表): each half's own
   * columns, left first. `columns` is then the left half's.
   */
  halves?: HeaderHalf[];
}

/** One half of a side-by-side budget header, with the label above it ("收入" / "支出"), if any. */
export interface HeaderHalf {
  columns: Record<string, number>;
  label: string | null;
}

/** A user's correction of a wrong guess: treat this sheet as that kind, or ignore it. */
export interface TableOverride {
  sheet: string;
  kind: TableKind | "ignore";
}
