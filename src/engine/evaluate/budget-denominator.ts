/**
 * The denominator of execution is 全年预算数, the adjusted budget (docs/rules.md §3.1). A table with a
 * 年初预算数 column but no 全年预算数 / 调整后预算数 column states no adjustment, so the initial
 * budget is the year's budget: without this, such a table has no execution rate and its
 * execution points are silently lost. An info check says so, at the 年初预算数 header.
 */
import type { Check } from "../evaluation";
import { makeCheck } from "../messages";
import type { BudgetTable } from "../model";

export function withBudgetFromInitial(table: BudgetTable): { table: BudgetTable; checks: Check[] } {
  const initialCol = table.columns.initialBudget;
  if (table.columns.budget !== undefined || initialCol === undefined) return { table, checks: [] };
  // The same Figure (cell and all): rates and the summary's formulas point at the 年初预算数 cell.
  const lines = table.lines.map((line) => (line.budget || !line.initialBudget ? line : { ...line, budget: line.initialBudget }));
  if (lines.every((line, i) => line === table.lines[i])) return { table, checks: [] };
  const header = { sheet: table.sheet, row: table.headerRow, col: initialCol };
  return { table: { ...table, lines }, checks: [makeCheck("INITIAL_BUDGET_AS_BUDGET", header)] };
}
