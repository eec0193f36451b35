import type { CellRange } from "../grid";
import type { BudgetColumnRole, IndicatorColumnRole, MoneyUnit } from "../model";

export type TableKind = "budget" | "indicator" | "info";

/** Column roles found in a budget header (role → 0-based column). */
export type BudgetColumns = Partial<Record<BudgetColumnRole, number>>;
/** Column roles found in an indicator header (role → 0-based column). */
export type IndicatorColumns = Partial<Record<IndicatorColumnRole, number>>;
/** The key column and the value column beside it. */
export interface InfoColumns {
  key: number;
  value: number;
}

interface TableFound {
  sheet: string;
  /** 0-based header row (for info sheets: the first key row). */
  headerRow: number;
  /** Header row through the last data row. */
  range: CellRange;
  /** How sure detection is, 0..1: shown to the user next to the guess. */
  confidence: number;
  /** A title row above the header ("2023年度…收支情况表"), if any. */
  title: string | null;
  /** Money unit stated above or in the header (budget tables). */
  unit: MoneyUnit | null;
}

export interface DetectedBudgetTable extends TableFound {
  kind: "budget";
  columns: BudgetColumns;
  /**
   * A budget header that repeats its roles side by side (收入支出决算总表): each half's own
   * columns, left first. `columns` is then the left half's.
   */
  halves?: HeaderHalf[];
}

export interface DetectedIndicatorTable extends TableFound {
  kind: "indicator";
  columns: IndicatorColumns;
}

export interface DetectedInfoTable extends TableFound {
  kind: "info";
  columns: InfoColumns;
}

/** A table detection found, keyed by kind: each kind's columns are typed by its roles. */
export type DetectedTable = DetectedBudgetTable | DetectedIndicatorTable | DetectedInfoTable;

/** One half of a side-by-side budget header, with the label above it ("收入" / "支出"), if any. */
export interface HeaderHalf {
  columns: BudgetColumns;
  label: string | null;
}

/** A user's correction of a wrong guess: treat this sheet as that kind, or ignore it. */
export interface TableOverride {
  sheet: string;
  kind: TableKind | "ignore";
}
