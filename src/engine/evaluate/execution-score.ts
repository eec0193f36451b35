/** Points for budget execution (执行率得分 = min(rate, 1) × points) and when they apply. */
import type { Dec } from "../decimal";
import { D, ONE, minDec, round2, sumDec } from "../decimal";
import type { Check, ExecutionScore, LineResult } from "../evaluation";
import { formatScore } from "../format";
import { makeCheck } from "../messages";
import { a1 } from "../grid";
import type { BudgetTable, IndicatorTable } from "../model";
import { AUTO_EXECUTION_WEIGHT, type Settings } from "../settings";
import { pointsOf } from "./scoring-rules";
import { standInIndex } from "./budget-rates";

/** Indicator names that stand for budget execution itself. */
export const EXECUTION_INDICATOR_PATTERN = /预算(资金)?执行率|资金执行率|预算完成率/;


export function isExecutionIndicator(name: string): boolean {
  return EXECUTION_INDICATOR_PATTERN.test(name.replace(/\s+/g, ""));
}

/**
 * How the execution points are decided (docs/rules.md §3.2), kept apart from the weights they
 * depend on so the summary sheet's formula can apply the same rule to weights a reviewer changes
 * (render/key-formulas.ts executionPointsExpression):
 * - fixed: a number setting (> 0), or the 分值 the budget block states (MOF 自评表), whatever the
 *   indicator weights — beside a 预算执行率 row of the table's own both count (重庆 共性指标),
 *   and a sum other than 100 is flagged (WEIGHTS_TOTAL, §7.4), as for any table;
 * - completes: "auto" with no stated 分值 and no 预算执行率 row: `points` when the primary
 *   table's weights add up to exactly `weights` (90), else none;
 * - none: a setting of 0, a stated 分值 of 0, or "auto" beside a table scoring execution itself.
 */
export type ExecutionPointsRule = { kind: "none" } | { kind: "fixed"; points: Dec } | { kind: "completes"; points: Dec; weights: Dec };

const NO_POINTS: ExecutionPointsRule = { kind: "none" };

export function executionPointsRule(
  setting: Settings["executionWeight"],
  indicatorNames: readonly string[] | null,
  statedPoints: Dec | null,
): ExecutionPointsRule {
  if (setting !== "auto") return setting > 0 ? { kind: "fixed", points: new D(setting) } : NO_POINTS;
  if (indicatorNames === null) return NO_POINTS;
  if (statedPoints) return statedPoints.gt(0) ? { kind: "fixed", points: statedPoints } : NO_POINTS;
  if (indicatorNames.some(isExecutionIndicator)) return NO_POINTS;
  return { kind: "completes", points: new D(AUTO_EXECUTION_WEIGHT.points), weights: new D(AUTO_EXECUTION_WEIGHT.indicatorWeights) };
}

/** The points a rule gives a table whose weights add up to `weights`; null for none. */
export function pointsUnder(rule: ExecutionPointsRule, weights: Dec): Dec | null {
  switch (rule.kind) {
    case "none":
      return null;
    case "fixed":
      return rule.points;
    case "completes":
      return weights.equals(rule.weights) ? rule.points : null;
  }
}

/** The execution points the primary table counts under the setting (docs/rules.md §3.2). */
export function executionWeightFor(
  setting: Settings["executionWeight"],
  primary: IndicatorTable | null,
  budget: BudgetTable | null = null,
): Dec | null {
  const rule = executionPointsRule(setting, primary ? primary.indicators.map((i) => i.name) : null, budget?.execution?.weight.value ?? null);
  return pointsUnder(rule, sumDec(primary?.indicators.map((i) => i.weight.value) ?? []));
}

/**
 * The line execution is scored on: the one carrying the block's 分值 (or the one part standing in
 * for it when its row is 0 or blank, docs/rules.md §3.1), else the headline line.
 */
export function executionLineIndex(budget: BudgetTable, headline: number | null): number | null {
  const stated = budget.execution?.lineIndex;
  return stated === undefined ? headline : standInIndex(budget.lines, stated);
}

/** Null when no weight applies or the line has no execution rate. */
export function executionScoreOf(weight: Dec | null, lines: LineResult[], lineIndex: number | null): ExecutionScore | null {
  if (!weight || lineIndex === null) return null;
  const rate = lines[lineIndex]?.executionRate ?? null;
  if (!rate) return null;
  return { weight, score: pointsOf(weight, minDec(rate, ONE)), rate, lineIndex };
}


/** The budget block's own 得分 against min(rate, 1) × 分值, at the 得分 cell. */
export function executionStatedCheck(budget: BudgetTable, score: ExecutionScore | null): Check[] {
  const stated = budget.execution?.statedScore ?? null;
  if (!stated || !score || round2(stated.value).equals(score.score)) return [];
  const at = a1(stated.cell.row, stated.cell.col);
  return [
    // The funds block's 得分 cell, not an indicator row (docs/rules.md §7.4).
    makeCheck("STATED_SCORE_MISMATCH", stated.cell, {
      subject: { zh: `预算执行率（得分栏${at}）`, en: `Budget execution (score cell ${at})` },
      stated: formatScore(stated.value),
      computed: formatScore(score.score),
    }),
  ];
}
