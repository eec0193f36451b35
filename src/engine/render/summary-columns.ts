/**
 * Where each table of 绩效自评结果 puts its columns (docs/print-and-charts.md). The printed part
 * of the sheet is columns A–J, narrow enough for A4 portrait at 9 pt: the reviewer's columns of
 * every table share them. The columns a machine or a tracer reads — the numbers the score
 * formulas compare, the rule text, the direction, source cells, check codes — go to K–O, outside
 * the print area. Long text (偏差原因, check messages) spans several printed columns, merged.
 */

export type ColumnKind = "text" | "amount" | "rate" | "score" | "count" | "number";

export const NUMBER_FORMAT: Record<ColumnKind, string> = {
  // Prose stays General (a Text cell over 255 characters shows ##### in desktop Excel);
  // SheetDraft gives "@" to the cells Excel would convert.
  text: "General",
  number: "General",
  amount: "#,##0.00",
  rate: "0.00%",
  score: "0.00",
  count: "0",
};

/** A key's first column (0-based) and how many columns it spans, merged on every row. */
export interface ColumnPlace {
  col: number;
  span?: number;
}

/** Columns A–J print; the budget table's ten figures set this width. */
export const PRINTED_COLUMNS = 10;
const MACHINE = { direction: 10, targetNumber: 11, actualNumber: 12, rule: 13, source: 14 } as const;
/** K–O: the machine columns, after the print area. */
export const SHEET_COLUMNS = 15;

export const CATEGORY_COLUMNS = ["name", "weight", "score", "completion", "count", "met"] as const;
export const BUDGET_COLUMNS = [
  "item",
  "section",
  "initialBudget",
  "budget",
  "actual",
  "priorYear",
  "rate",
  "change",
  "changeRate",
  "share",
  "source",
] as const;
/** The scoring block's ten printed columns first, then the machine columns. */
export const INDICATOR_COLUMNS = [
  "level1",
  "level2",
  "name",
  "target",
  "actual",
  "weight",
  "score",
  "statedScore",
  "completion",
  "met",
  "direction",
  "targetNumber",
  "actualNumber",
  "rule",
  "source",
] as const;
/** The explanation block under the scoring block: one row per indicator with a 偏差原因. */
export const REASON_COLUMNS = ["name", "reason"] as const;
export const CHECK_COLUMNS = ["severity", "message", "cell", "code"] as const;

export type CategoryKey = (typeof CATEGORY_COLUMNS)[number];
export type BudgetKey = (typeof BUDGET_COLUMNS)[number];
export type IndicatorKey = (typeof INDICATOR_COLUMNS)[number];
export type ReasonKey = (typeof REASON_COLUMNS)[number];
export type CheckKey = (typeof CHECK_COLUMNS)[number];

/** Keys one per column from A, in order; `fixed` ones where they say. */
function inOrder<K extends string>(keys: readonly K[], fixed: Partial<Record<K, ColumnPlace>> = {}): Record<K, ColumnPlace> {
  const places = {} as Record<K, ColumnPlace>;
  keys.forEach((key, c) => (places[key] = fixed[key] ?? { col: c }));
  return places;
}

export const CATEGORY_PLACES = inOrder(CATEGORY_COLUMNS);
export const BUDGET_PLACES = inOrder(BUDGET_COLUMNS, { source: { col: MACHINE.source } });
export const INDICATOR_PLACES = inOrder(INDICATOR_COLUMNS, {
  direction: { col: MACHINE.direction },
  targetNumber: { col: MACHINE.targetNumber },
  actualNumber: { col: MACHINE.actualNumber },
  rule: { col: MACHINE.rule },
  source: { col: MACHINE.source },
});
/** The indicator's name over the two level columns, its reason over the other eight. */
export const REASON_PLACES: Record<ReasonKey, ColumnPlace> = { name: { col: 0, span: 2 }, reason: { col: 2, span: PRINTED_COLUMNS - 2 } };
export const CHECK_PLACES: Record<CheckKey, ColumnPlace> = {
  severity: { col: 0 },
  message: { col: 1, span: PRINTED_COLUMNS - 2 },
  cell: { col: PRINTED_COLUMNS - 1 },
  code: { col: MACHINE.direction },
};

export const CATEGORY_KINDS: Record<CategoryKey, ColumnKind> = {
  name: "text",
  weight: "score",
  score: "score",
  completion: "rate",
  count: "count",
  met: "count",
};
export const BUDGET_KINDS: Record<BudgetKey, ColumnKind> = {
  item: "text",
  section: "text",
  initialBudget: "amount",
  budget: "amount",
  actual: "amount",
  priorYear: "amount",
  rate: "rate",
  change: "amount",
  changeRate: "rate",
  share: "rate",
  source: "text",
};
export const INDICATOR_KINDS: Record<IndicatorKey, ColumnKind> = {
  level1: "text",
  level2: "text",
  name: "text",
  direction: "text",
  target: "text",
  actual: "text",
  targetNumber: "number",
  actualNumber: "number",
  weight: "score",
  score: "score",
  rule: "text",
  statedScore: "score",
  completion: "rate",
  met: "text",
  source: "text",
};
export const REASON_KINDS: Record<ReasonKey, ColumnKind> = { name: "text", reason: "text" };
export const CHECK_KINDS: Record<CheckKey, ColumnKind> = { severity: "text", code: "text", message: "text", cell: "text" };
