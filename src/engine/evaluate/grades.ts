/** 优/良/中/差 from a total, on a 100-point scale. */
import type { Dec } from "../decimal";
import { HUNDRED, round2 } from "../decimal";
import type { Grade, GradeBand } from "../settings";

/**
 * The total is scaled to 100 (total / maxTotal × 100) and rounded to 2 decimals, as a reader
 * would see it, before it is compared with the bands' lower bounds (inclusive).
 */
export function gradeOf(total: Dec, maxTotal: Dec, bands: GradeBand[]): Grade | null {
  if (!maxTotal.isPositive() || maxTotal.isZero()) return null;
  const scaled = round2(total.dividedBy(maxTotal).times(HUNDRED));
  const best = [...bands].sort((x, y) => y.min - x.min).find((b) => scaled.gte(b.min));
  return best ? best.grade : null;
}
