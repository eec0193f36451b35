/** The scoring formulas of docs/rules.md §4.2–4.4, on numbers already on one scale. */
import type { Dec } from "../decimal";
import { ONE, ZERO, maxDec, round2 } from "../decimal";

export interface QuantitativeOutcome {
  /** Share of the weight earned, 0..1. */
  fraction: Dec;
  /**
   * 正向/等于: a / t (above 1 when the target is exceeded).
   * 反向: 1 when a ≤ t, else 1 − (a − t)/t, never below 0.
   * t = 0 (or a negative target, where a ratio means nothing): 1 when met, else 0.
   */
  completion: Dec;
}

const allOrNothing = (met: boolean): QuantitativeOutcome => (met ? { fraction: ONE, completion: ONE } : { fraction: ZERO, completion: ZERO });

/** 正向 and 等于: a ≥ t → full; else a/t of the weight. */
function higherIsBetter(t: Dec, a: Dec): QuantitativeOutcome {
  if (t.lte(ZERO)) return allOrNothing(a.gte(t));
  const completion = maxDec(a.dividedBy(t), ZERO);
  return { fraction: a.gte(t) ? ONE : completion, completion };
}

/** 反向: a ≤ t → full; t < a < 2t → 1 − (a−t)/t of the weight; a ≥ 2t → 0. */
function lowerIsBetter(t: Dec, a: Dec): QuantitativeOutcome {
  if (t.lte(ZERO)) return allOrNothing(a.lte(t));
  if (a.lte(t)) return { fraction: ONE, completion: ONE };
  const left = maxDec(ONE.minus(a.minus(t).dividedBy(t)), ZERO);
  return { fraction: left, completion: left };
}

export function quantitativeOutcome(direction: "positive" | "negative" | "equal", t: Dec, a: Dec): QuantitativeOutcome {
  return direction === "negative" ? lowerIsBetter(t, a) : higherIsBetter(t, a);
}

/** Points earned: the weight times the fraction, rounded half-up to 2 decimals. */
export function pointsOf(weight: Dec, fraction: Dec): Dec {
  return round2(weight.times(fraction));
}
