/**
 * The evaluation step: rates, changes, scores, totals, grades and checks, from the parsed model
 * and resolved settings. Pure.
 */
import type { BudgetTable, IndicatorTable, WorkbookModel, NarrativeInputs } from "../model";
import type { Dec } from "../decimal";
import type { BudgetResult, Check, Evaluation, IndicatorTableResult } from "../evaluation";
import type { Settings } from "../settings";
import { evaluateBudgetLines, headlineIndex } from "./budget-rates";
import { withBudgetFromInitial } from "./budget-denominator";
import { lowExecutionChecks, mistypedSubtotals, overBudgetChecks, standInChecks, statedRateChecks, sumChecks } from "./checks-budget";
import { D } from "../decimal";
import { executionLagCheck, weightsTotalCheck } from "./checks-indicators";
import { executionLineIndex, executionScoreOf, executionStatedCheck, executionWeightFor } from "./execution-score";
import { evaluateIndicatorTable } from "./indicator-table";
import { orderChecks } from "./order-checks";
import { resolveSelfReference } from "./self-reference";

export { resolveSettings } from "./settings-from-info";

const NO_NARRATIVE: NarrativeInputs = {
  functions: null,
  annualWork: null,
  goals: null,
  management: null,
  problems: null,
  measures: null,
};

/**
 * A budget table's rates and checks, with the execution points `indicators` counts for it.
 * Rates use the year's budget (年初预算数 when no adjusted budget is given); the sum checks read
 * the table as written, so each column is checked once.
 */
function evaluateBudget(written: BudgetTable, settings: Settings, indicators: IndicatorTable | null): { budget: BudgetResult; checks: Check[] } {
  const { table, checks: denominatorChecks } = withBudgetFromInitial(written);
  const { lines, checks: lineChecks } = evaluateBudgetLines(table);
  const headline = headlineIndex(table);
  const weight = executionWeightFor(settings.executionWeight, indicators, table);
  const executionScore = executionScoreOf(weight, lines, executionLineIndex(table, headline));
  const mistyped = mistypedSubtotals(written, new D(settings.sumTolerance)).map(([sub]) => ({
    lineIndex: sub.index,
    column: sub.key,
    typed: sub.stated.value,
    likely: sub.sum,
  }));
  return {
    budget: { table, lines, headlineIndex: headline, executionScore, ...(mistyped.length > 0 ? { mistyped } : {}) },
    checks: [
      ...denominatorChecks,
      ...lineChecks,
      ...sumChecks(written, settings),
      ...standInChecks(lines),
      ...lowExecutionChecks(lines, settings, headline),
      ...overBudgetChecks(lines, headline),
      ...statedRateChecks(lines),
      ...executionStatedCheck(written, executionScore),
    ],
  };
}

function headlineRateOf(budget: BudgetResult | null): Dec | null {
  return budget?.headlineIndex != null ? (budget.lines[budget.headlineIndex]?.executionRate ?? null) : null;
}

/**
 * One indicator table scored against the budget it counts: the workbook's for the first table,
 * its own sheet's for a later project, none for other later tables.
 */
function evaluateTable(
  table: IndicatorTable,
  settings: Settings,
  budget: BudgetResult | null,
  countsExecution: boolean,
): { result: IndicatorTableResult; checks: Check[] } {
  const execution = countsExecution ? (budget?.executionScore ?? null) : null;
  const { result, checks } = evaluateIndicatorTable(table, settings, headlineRateOf(budget), execution, budget);
  if (!countsExecution) return { result, checks };
  return {
    result,
    checks: [...checks, ...weightsTotalCheck(table, budget?.executionScore?.weight ?? null), ...executionLagCheck(result.indicators, budget, settings)],
  };
}

/** Rates, changes, scores, totals, grades and checks. Its checks list holds only its own checks. */
export function evaluate(model: WorkbookModel, settings: Settings): Evaluation {
  const checks: Check[] = [];
  const primary = model.indicatorTables[0] ?? null;

  let budget: BudgetResult | null = null;
  if (model.budget) {
    const own = evaluateBudget(model.budget, settings, primary);
    budget = own.budget;
    checks.push(...own.checks);
  }

  const indicatorTables: IndicatorTableResult[] = model.indicatorTables.map((table, i) => {
    if (table.ownBudget) {
      const own = evaluateBudget(table.ownBudget, settings, table);
      const { result, checks: tableChecks } = evaluateTable(table, settings, own.budget, true);
      checks.push(...own.checks, ...tableChecks);
      return { ...result, budget: own.budget };
    }
    const { result, checks: tableChecks } = evaluateTable(table, settings, i === 0 ? budget : null, i === 0);
    checks.push(...tableChecks);
    return result;
  });

  const first = indicatorTables[0] ?? null;
  const info = model.info;
  const sheetOrder = [model.budget?.sheet, ...model.indicatorTables.map((t) => t.sheet), info?.sheet].filter(
    (s): s is string => s !== undefined,
  );
  return {
    entity: info?.entity ?? null,
    year: info?.year ?? null,
    selfReference: resolveSelfReference(settings.selfReference, info?.selfReference ?? null, info?.entity ?? null),
    settings,
    budget,
    indicatorTables,
    totalScore: first?.total ?? null,
    grade: first?.grade ?? null,
    checks: orderChecks(checks, sheetOrder),
    info,
    narrativeInputs: info?.narrative ?? { ...NO_NARRATIVE },
  };
}
