/** What evaluate() produces: every computed figure, next to the model it came from. */
import type { CellRef } from "./grid";
import type { Dec } from "./decimal";
import type { BudgetLine, BudgetTable, Indicator, IndicatorTable, InfoSheet, NarrativeInputs } from "./model";
import type { Grade, Settings } from "./settings";

export type CheckCode =
  // errors: the run stops before anything is written
  | "NO_BUDGET_TABLE"
  | "NO_INDICATOR_TABLE"
  | "INCOMPLETE_INDICATOR_HEADER"
  | "EMPTY_BUDGET_TABLE"
  | "EMPTY_INDICATOR_TABLE"
  | "INVALID_WEIGHT"
  | "MISSING_WEIGHT"
  | "DUPLICATE_TABLE"
  | "OUTPUT_NAME_TAKEN"
  | "UNUSED_BUDGET_TABLE"
  | "BAD_SETTING"
  // warnings and notes
  | "SUM_MISMATCH"
  | "SUBTOTAL_MISTYPED"
  | "STATED_SCORE_MISMATCH"
  | "STATED_RATE_MISMATCH"
  | "LEVEL_POINTS_MISMATCH"
  | "NARRATIVE_IS_FIGURE"
  | "STATED_TOTAL_MISMATCH"
  | "MISSING_DEVIATION_REASON"
  | "OVERSHOOT"
  | "QUALITATIVE_SCORE_OUT_OF_BAND"
  | "WEIGHTS_TOTAL"
  | "INVALID_NUMBER"
  | "UNIT_MISMATCH"
  | "EXECUTION_LAGS_RESULTS"
  | "LOW_EXECUTION"
  | "OVER_BUDGET"
  | "RATE_FROM_PART"
  | "YEAR_MISSING"
  | "ZERO_BUDGET"
  | "UNSCORABLE_INDICATOR"
  | "UNCHECKED_STATED_SCORE"
  | "EXECUTION_RATE_MISMATCH"
  | "INITIAL_BUDGET_AS_BUDGET"
  | "TEXT_FIGURE_MISMATCH"
  | "TEXT_FIGURE_UNMATCHED"
  | "NOT_APPLICABLE_INDICATOR"
  | "COMMON_INDICATOR_FROM_BUDGET"
  | "COMMON_INDICATOR_MISMATCH";

export type Severity = "error" | "warning" | "info";

export interface LocalizedText {
  zh: string;
  en: string;
}

export interface Check {
  code: CheckCode;
  severity: Severity;
  message: LocalizedText;
  /** The cell to select; null only for checks about the workbook as a whole. */
  cell: CellRef | null;
}

export interface LineResult {
  line: BudgetLine;
  executionRate: Dec | null;
  change: Dec | null;
  changeRate: Dec | null;
  /** Share of the parent line's actual (执行数), or of budget when there is no actual. */
  share: Dec | null;
}

export interface ExecutionScore {
  weight: Dec;
  score: Dec;
  /** The execution rate it was computed from (total expenditure, else total revenue). */
  rate: Dec;
  /** The line whose rate is used. */
  lineIndex: number;
}

export interface BudgetResult {
  table: BudgetTable;
  lines: LineResult[];
  /** Index of the line that stands for the whole budget (支出合计, else 收入合计, else first total). */
  headlineIndex: number | null;
  executionScore: ExecutionScore | null;
  /**
   * Figures the sum checks found mistyped (SUBTOTAL_MISTYPED, docs/rules.md §7.1): a 小计 off its
   * items and its total by the same amount. `likely` is what its items give; prose should not
   * build on the typed figure. Absent or empty when none.
   */
  mistyped?: MistypedFigure[];
}

export interface MistypedFigure {
  lineIndex: number;
  column: "initialBudget" | "budget" | "actual" | "priorYear";
  typed: Dec;
  likely: Dec;
}

export type Direction = "positive" | "negative" | "equal" | "qualitative";

/**
 * How a score was reached, for writing it as a formula (render/score-formulas.ts):
 * ratio — 正向/反向/等于 on t and a, the numbers compared (on the target's scale);
 * execution — min(headline execution rate, 1) × weight; restated — a 预算执行率 row scored
 * as a ratio with the budget's rate as its actual; band — a 定性 band of the weight, the
 * stated score standing when inside it; stated — the evaluator's score stands unchecked;
 * value — no rule a formula can follow (a date, or nothing to score).
 */
export type ScoreBasis =
  | { kind: "ratio"; direction: "positive" | "negative" | "equal"; t: Dec; a: Dec; targetUsesUpper: boolean; actualFromRate: boolean }
  | { kind: "execution" }
  | { kind: "band"; min: number; max: number; top: boolean; usesStated: boolean }
  | { kind: "stated" }
  // "budget": a common indicator's actual computed from the budget table (no single cell holds it).
  | { kind: "value"; why: "date" | "unscorable" | "budget" };

export interface IndicatorResult {
  indicator: Indicator;
  /** Absent only on results built by hand (tests); render then writes the score as a value. */
  basis?: ScoreBasis;
  direction: Direction;
  /**
   * actual / target for 正向/等于; for 反向 1 when a ≤ t, else 1 − (a − t)/t, never below 0
   * (docs/rules.md §4.3); null for 定性 or no numbers.
   */
  completion: Dec | null;
  /** Rounded half-up to 2 decimals. */
  score: Dec;
  met: boolean;
  /**
   * The result was compared with the target (formula, band, budget rate, deadline). False when
   * target or actual is missing or unreadable (未核验): the stated score stands, and the
   * indicator is neither told as met nor as missed.
   */
  checked: boolean;
}

export interface CategoryResult {
  name: string;
  weight: Dec;
  score: Dec;
  /** score / weight; null when weight is 0. */
  completionRate: Dec | null;
  count: number;
  metCount: number;
}

export interface IndicatorTableResult {
  table: IndicatorTable;
  indicators: IndicatorResult[];
  categories: CategoryResult[];
  /** Σ indicator scores (+ execution score when it applies to this table). */
  total: Dec;
  /** Σ weights (+ execution weight). */
  maxTotal: Dec;
  /** Total scaled to 100 when maxTotal is not 100, graded on that. */
  grade: Grade | null;
  /** True when the budget execution score is counted in this table's total. */
  includesExecutionScore: boolean;
  /** A later project's own funds (one project per sheet); the first table's are Evaluation.budget. */
  budget?: BudgetResult;
}

export interface Evaluation {
  entity: string | null;
  year: number | null;
  selfReference: string;
  settings: Settings;
  budget: BudgetResult | null;
  indicatorTables: IndicatorTableResult[];
  /** The first indicator table's total (the unit's self-evaluation score). */
  totalScore: Dec | null;
  grade: Grade | null;
  checks: Check[];
  info: InfoSheet | null;
  narrativeInputs: NarrativeInputs;
}
