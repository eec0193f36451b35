/** Points for budget execution (执行率得分 = min(rate, 1) × points) and when they apply. */
import type { Dec } from "../decimal";
import { D, ONE, minDec, sumDec } from "../decimal";
import type { ExecutionScore, LineResult } from "../evaluation";
import type { IndicatorTable } from "../model";
import type { Settings } from "../settings";
import { pointsOf } from "./scoring-rules";

/** Indicator names that stand for budget execution itself. */
export const EXECUTION_INDICATOR_PATTERN = /预算(资金)?执行率|资金执行率|预算完成率/;

/** The 10 points of budget execution that complete a 90-point indicator table to 100. */
const AUTO_EXECUTION_POINTS = 10;
const AUTO_INDICATOR_WEIGHTS = 90;

export function isExecutionIndicator(name: string): boolean {
  return EXECUTION_INDICATOR_PATTERN.test(name.replace(/\s+/g, ""));
}

/**
 * A number setting (> 0) is used as given. "auto": 10 points when the primary table's
 * weights add up to exactly 90 and the table does not score execution itself; else none.
 */
export function executionWeightFor(setting: Settings["executionWeight"], primary: IndicatorTable | null): Dec | null {
  if (setting !== "auto") return setting > 0 ? new D(setting) : null;
  if (!primary) return null;
  const weights = sumDec(primary.indicators.map((i) => i.weight.value));
  const scoresItself = primary.indicators.some((i) => isExecutionIndicator(i.name));
  return weights.equals(AUTO_INDICATOR_WEIGHTS) && !scoresItself ? new D(AUTO_EXECUTION_POINTS) : null;
}

/** Null when no weight applies or the headline line has no execution rate. */
export function executionScoreOf(weight: Dec | null, lines: LineResult[], headline: number | null): ExecutionScore | null {
  if (!weight || headline === null) return null;
  const rate = lines[headline]?.executionRate ?? null;
  if (!rate) return null;
  return { weight, score: pointsOf(weight, minDec(rate, ONE)), rate, lineIndex: headline };
}
