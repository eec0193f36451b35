/** Points for budget execution (执行率得分 = min(rate, 1) × points) and when they apply. */
import type { Dec } from "../decimal";
import { D, ONE, minDec, round2, sumDec } from "../decimal";
import type { Check, ExecutionScore, LineResult } from "../evaluation";
import { formatScore } from "../format";
import { makeCheck } from "../messages";
import type { BudgetTable, IndicatorTable } from "../model";
import { AUTO_EXECUTION_WEIGHT, type Settings } from "../settings";
import { pointsOf } from "./scoring-rules";

/** Indicator names that stand for budget execution itself. */
export const EXECUTION_INDICATOR_PATTERN = /预算(资金)?执行率|资金执行率|预算完成率/;


export function isExecutionIndicator(name: string): boolean {
  return EXECUTION_INDICATOR_PATTERN.test(name.replace(/\s+/g, ""));
}

/**
 * A number setting (> 0) is used as given. "auto": the 分值 the budget block states (MOF 自评表),
 * else 10 points when the primary table's weights add up to exactly 90; none when the
 * indicator table scores execution itself (a 预算执行率 row), unless the block's stated points
 * and the table's weights make 100 together.
 */
export function executionWeightFor(
  setting: Settings["executionWeight"],
  primary: IndicatorTable | null,
  budget: BudgetTable | null = null,
): Dec | null {
  if (setting !== "auto") return setting > 0 ? new D(setting) : null;
  if (!primary) return null;
  const scoresItself = primary.indicators.some((i) => isExecutionIndicator(i.name));
  const weights = sumDec(primary.indicators.map((i) => i.weight.value));
  const stated = budget?.execution?.weight.value ?? null;
  if (stated) {
    // A 预算完成率 row among the 共性指标 is an indicator of its own when the block's points
    // complete the table to 100 (90 + 10); otherwise the table scores execution itself.
    if (!stated.gt(0)) return null;
    return !scoresItself || weights.plus(stated).equals(100) ? stated : null;
  }
  if (scoresItself) return null;
  return weights.equals(AUTO_EXECUTION_WEIGHT.indicatorWeights) ? new D(AUTO_EXECUTION_WEIGHT.points) : null;
}

/** The line execution is scored on: the one carrying the block's 分值, else the headline line. */
export function executionLineIndex(budget: BudgetTable, headline: number | null): number | null {
  return budget.execution?.lineIndex ?? headline;
}

/** Null when no weight applies or the line has no execution rate. */
export function executionScoreOf(weight: Dec | null, lines: LineResult[], lineIndex: number | null): ExecutionScore | null {
  if (!weight || lineIndex === null) return null;
  const rate = lines[lineIndex]?.executionRate ?? null;
  if (!rate) return null;
  return { weight, score: pointsOf(weight, minDec(rate, ONE)), rate, lineIndex };
}

const EXECUTION_NAME = { zh: "预算执行率", en: "budget execution" };

/** The budget block's own 得分 against min(rate, 1) × 分值, at the 得分 cell. */
export function executionStatedCheck(budget: BudgetTable, score: ExecutionScore | null): Check[] {
  const stated = budget.execution?.statedScore ?? null;
  if (!stated || !score || round2(stated.value).equals(score.score)) return [];
  return [
    makeCheck("STATED_SCORE_MISMATCH", stated.cell, {
      name: EXECUTION_NAME,
      stated: formatScore(stated.value),
      computed: formatScore(score.score),
    }),
  ];
}
