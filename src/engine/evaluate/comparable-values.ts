/** Brings an indicator's target and actual to one scale before they are compared. */
import type { Dec } from "../decimal";
import type { IndicatorValue } from "../model";

export interface ComparableValues {
  t: Dec;
  a: Dec;
  /** Both values carry a unit and the units differ ("天" vs "月"): compared as written, and flagged. */
  unitMismatch: { target: string; actual: string } | null;
}

function unitOf(v: IndicatorValue): string | null {
  if (v.isPercent) return "%";
  const u = (v.unit ?? "").trim();
  return u === "" ? null : u;
}

/**
 * A bare number beside a percent is read on the percent's scale. A bare number of at most 1
 * beside a percent above 1 is a fraction (Excel's 92% cell read as 0.92), so it is multiplied by
 * 100; otherwise it is taken as the percent number ("92" beside "≥95%").
 */
function onPercentScale(bare: Dec, percent: Dec): Dec {
  return bare.abs().lte(1) && percent.abs().gt(1) ? bare.times(100) : bare;
}

/** Null when either value has no number. */
export function comparableValues(target: IndicatorValue, actual: IndicatorValue): ComparableValues | null {
  if (target.number === null || actual.number === null) return null;
  const tu = unitOf(target);
  const au = unitOf(actual);
  let t = target.number;
  let a = actual.number;
  if (tu === "%" && au === null) a = onPercentScale(a, t);
  if (au === "%" && tu === null) t = onPercentScale(t, a);
  const unitMismatch = tu !== null && au !== null && tu !== au ? { target: tu, actual: au } : null;
  return { t, a, unitMismatch };
}
