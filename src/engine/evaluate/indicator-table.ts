/** One indicator table: every indicator scored, 一级 subtotals, total, grade and its checks. */
import type { Dec } from "../decimal";
import { ZERO, sumDec } from "../decimal";
import type { BudgetResult, Check, ExecutionScore, IndicatorTableResult } from "../evaluation";
import type { IndicatorTable } from "../model";
import type { Settings } from "../settings";
import { categoriesOf } from "./categories";
import { levelPointsChecks, reasonCheck, statedScoreCheck, statedTotalCheck } from "./checks-indicators";
import { gradeOf } from "./grades";
import { scoreIndicator } from "./score-indicator";
import { commonIndicatorValue } from "./common-indicators";

/**
 * @param execution the budget execution score when this table counts it (the primary table), else null.
 */
export function evaluateIndicatorTable(
  table: IndicatorTable,
  settings: Settings,
  headlineRate: Dec | null,
  execution: ExecutionScore | null,
  budget: BudgetResult | null = null,
): { result: IndicatorTableResult; checks: Check[] } {
  const scored = table.indicators.map((ind) => scoreIndicator(ind, settings, headlineRate, commonIndicatorValue(ind.name, budget)));
  const indicators = scored.map((s) => s.result);
  const categories = categoriesOf(indicators);
  const indicatorSum = sumDec(categories.map((c) => c.score));
  const total = indicatorSum.plus(execution?.score ?? ZERO);
  const maxTotal = sumDec(categories.map((c) => c.weight)).plus(execution?.weight ?? ZERO);
  const checks = [
    ...scored.flatMap((s) => [...s.checks, ...statedScoreCheck(s), ...reasonCheck(s, settings)]),
    ...levelPointsChecks(table, categories),
    ...statedTotalCheck(table, total, execution ? indicatorSum : null),
  ];
  return {
    result: {
      table,
      indicators,
      categories,
      total,
      maxTotal,
      grade: gradeOf(total, maxTotal, settings.gradeBands),
      includesExecutionScore: execution !== null,
    },
    checks,
  };
}
