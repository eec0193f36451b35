/** The one place figures become text: amounts, percentages, scores. */
import type { Dec } from "./decimal";
import { round2 } from "./decimal";

/** "1234567" → "1,234,567": a run of digits with thousands separators. */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** 28082.29 → "28,082.29" (half-up to 2 decimals, thousands separators, "-" kept for negatives). */
export function formatNumber(x: Dec): string {
  const r = round2(x);
  const negative = r.isNegative() && !r.isZero();
  const [int, frac] = r.abs().toFixed(2).split(".") as [string, string];
  const grouped = groupThousands(int);
  return `${negative ? "-" : ""}${grouped}.${frac}`;
}

/** Amount in 万元 for Chinese text: "28,082.29万元". */
export function formatAmountZh(x: Dec): string {
  return `${formatNumber(x)}万元`;
}

/** Amount for English text: "28,082.29 (10k yuan)". */
export function formatAmountEn(x: Dec): string {
  return `${formatNumber(x)} (10k yuan)`;
}

/**
 * An amount in 万元 as English prose writes it, in yuan: 1,260.00万元 → "RMB 12,600,000". The same
 * figure the Chinese text prints (2 decimals of 万元 are whole hundreds of yuan), with no unit to
 * repeat after every number ("1,260.00 (10k yuan)" read clumsily, review R14).
 */
export function formatAmountRmb(x: Dec): string {
  const wan = formatNumber(x);
  const negative = wan.startsWith("-");
  const [int, frac] = wan.replace("-", "").split(".") as [string, string];
  // 1,260.00 → 12,600,000: the two decimals of 万元 and two zeros make the yuan.
  const digits = `${int.replace(/,/g, "")}${frac}00`.replace(/^0+(?=\d)/, "");
  return `${negative ? "-" : ""}RMB ${groupThousands(digits)}`;
}

/** "RMB 12,600,000" → "1,260.00", the 万元 figure it prints; null for other text. */
export function wanOfRmb(text: string): string | null {
  const m = /^RMB (\d{1,3}(?:,\d{3})*)$/.exec(text);
  if (!m) return null;
  const digits = m[1]!.replace(/,/g, "").padStart(5, "0");
  const int = digits.slice(0, -4).replace(/^0+(?=\d)/, "");
  const grouped = groupThousands(int);
  return `${grouped}.${digits.slice(-4, -2)}`;
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
function percentPoints(rate: Dec): Dec {
  return round2(rate.times(100));
}
