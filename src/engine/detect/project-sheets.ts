/**
 * The one-project-per-sheet rule (docs/rules.md §2), the only place it is decided: a workbook whose
 * sheets are each a whole 项目支出绩效自评表 (its funds above its indicators). Then every budget table
 * belongs to the indicators on its own sheet and none is a duplicate of another. Detection uses it
 * to keep every project's budget; parsing uses it to pair each indicator table with its sheet's.
 */
export function isOneProjectPerSheet(budgetSheets: readonly string[], indicatorSheets: readonly string[]): boolean {
  const budgets = new Set(budgetSheets);
  const indicators = new Set(indicatorSheets);
  if (budgetSheets.length < 2 || budgets.size !== budgetSheets.length) return false;
  return indicators.size === budgets.size && [...budgets].every((s) => indicators.has(s));
}
