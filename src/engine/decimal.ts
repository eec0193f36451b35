import Decimal from "decimal.js";

/**
 * The one Decimal constructor the engine uses: a private clone so the host page's
 * global Decimal settings can never change our rounding.
 */
export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof D>;

export const ZERO = new D(0);
export const ONE = new D(1);
export const HUNDRED = new D(100);

/** 四舍五入 to 2 decimals: the rounding of every displayed figure and every indicator score. */
export function round2(x: Dec): Dec {
  return x.toDecimalPlaces(2, D.ROUND_HALF_UP);
}

export function minDec(a: Dec, b: Dec): Dec {
  return a.lessThan(b) ? a : b;
}

export function maxDec(a: Dec, b: Dec): Dec {
  return a.greaterThan(b) ? a : b;
}

export function sumDec(xs: Dec[]): Dec {
  return xs.reduce((acc, x) => acc.plus(x), ZERO);
}

/** For JSON: full precision as a JS number; null stays null (never NaN/Infinity). */
export function toJsonNumber(x: Dec | null | undefined): number | null {
  if (x === null || x === undefined || !x.isFinite()) return null;
  return x.toNumber();
}
