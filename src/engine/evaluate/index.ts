/**
 * The evaluation step: rates, changes, scores, totals, grades and checks, from the parsed model
 * and resolved settings. Pure.
 */
import type { WorkbookModel, NarrativeInputs } from "../model";
import type { BudgetResult, Check, Evaluation, IndicatorTableResult } from "../evaluation";
import type { Settings } from "../settings";
import { evaluateBudgetLines, headlineIndex } from "./budget-rates";
import { withBudgetFromInitial } from "./budget-denominator";
import { lowExecutionChecks, sumChecks } from "./checks-budget";
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

/** Rates, changes, scores, totals, grades and checks. Its checks list holds only its own checks. */
export function evaluate(model: WorkbookModel, settings: Settings): Evaluation {
  const checks: Check[] = [];
  const primary = model.indicatorTables[0] ?? null;

  let budget: BudgetResult | null = null;
  if (model.budget) {
    // Rates use the year's budget (年初预算数 when no adjusted budget is given); the sum checks
    // read the table as written, so each column is checked once.
    const { table, checks: denominatorChecks } = withBudgetFromInitial(model.budget);
    const { lines, checks: lineChecks } = evaluateBudgetLines(table);
    const headline = headlineIndex(table);
    const weight = executionWeightFor(settings.executionWeight, primary, table);
    const executionScore = executionScoreOf(weight, lines, executionLineIndex(table, headline));
    budget = { table, lines, headlineIndex: headline, executionScore };
    checks.push(
      ...denominatorChecks,
      ...lineChecks,
      ...sumChecks(model.budget, settings),
      ...lowExecutionChecks(lines, settings, headline),
      ...executionStatedCheck(model.budget, executionScore),
    );
  }
  const headlineRate = budget?.headlineIndex != null ? (budget.lines[budget.headlineIndex]?.executionRate ?? null) : null;

  const indicatorTables: IndicatorTableResult[] = model.indicatorTables.map((table, i) => {
    const { result, checks: tableChecks } = evaluateIndicatorTable(table, settings, headlineRate, i === 0 ? (budget?.executionScore ?? null) : null);
    checks.push(...tableChecks);
    return result;
  });

  const first = indicatorTables[0] ?? null;
  if (first) {
    checks.push(...weightsTotalCheck(first.table, budget?.executionScore?.weight ?? null));
    checks.push(...executionLagCheck(first.indicators, budget, settings));
  }

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
