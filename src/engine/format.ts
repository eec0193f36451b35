/** The one place figures become text: amounts, percentages, scores. */
import type { Dec } from "./decimal";
import { round2 } from "./decimal";

/** 28082.29 → "28,082.29" (half-up to 2 decimals, thousands separators, "-" kept for negatives). */
export function formatNumber(x: Dec): string {
  const r = round2(x);
  const negative = r.isNegative() && !r.isZero();
  const [int, frac] = r.abs().toFixed(2).split(".") as [string, string];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${grouped}.${frac}`;
}

/**
 * A number typed as digits, given thousands separators when Zipin joins it to a unit of its own
 * column ("20000" | "人次" → "20,000人次", R35); its decimals as typed. Text with separators
 * already, or anything else, is returned as it is.
 */
export function groupDigits(text: string): string {
  const m = /^([+-]?)(\d{4,})(\.\d+)?$/.exec(text);
  return m ? `${m[1]}${m[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${m[3] ?? ""}` : text;
}

/** Amount in 万元 for Chinese text: "28,082.29万元". */
export function formatAmountZh(x: Dec): string {
  return `${formatNumber(x)}万元`;
}

/** Amount for English text: "28,082.29 (10k yuan)". */
export function formatAmountEn(x: Dec): string {
  return `${formatNumber(x)} (10k yuan)`;
}

/** Fraction to percent text: 0.983128 → "98.31%". */
export function formatPercent(rate: Dec): string {
  return `${formatNumber(rate.times(100))}%`;
}

/** A score: 2 decimals with trailing zeros dropped, as reports print them ("92", "93.91", "8.5"). */
export function formatScore(x: Dec): string {
  return round2(x).toString();
}

/**
 * The gap between two rates in 个百分点, from the figures as printed beside it: 98.47% − 86.20%
 * is 12.27, even when the unrounded rates differ by 12.26…
 */
export function printedGap(a: Dec, b: Dec): Dec {
  return percentPoints(a).minus(percentPoints(b));
}

/** The percent number a fraction rounds to (for comparisons of what the reader sees). */
export function percentPoints(rate: Dec): Dec {
  return round2(rate.times(100));
}
