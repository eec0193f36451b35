/** Brings an indicator's target and actual to one scale before they are compared. */
import type { Dec } from "../decimal";
import { D } from "../decimal";
import type { Direction } from "../evaluation";
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

/** Magnitude words before a unit, longest first: 万元 is 10⁴ 元, 亿元 10⁸ 元, 万人次 10⁴ 人次. */
const MAGNITUDES: readonly [string, number][] = [
  ["千万", 1e7],
  ["百万", 1e6],
  ["亿", 1e8],
  ["万", 1e4],
  ["千", 1e3],
  ["百", 1e2],
];
/** Other names of a scaled unit. */
const SYNONYMS: Record<string, string> = { 公里: "千米", 公斤: "千克" };

/** A unit as a base unit and a factor ("万元" → 元 × 10⁴); 百分点 is a unit of its own. */
export function unitScale(unit: string): { base: string; factor: number } {
  const u = SYNONYMS[unit] ?? unit;
  const magnitude = MAGNITUDES.find(([word]) => u.startsWith(word) && !u.slice(word.length).startsWith("分"));
  return magnitude ? { base: u.slice(magnitude[0].length), factor: magnitude[1] } : { base: u, factor: 1 };
}

/**
 * Null when either value has no number. A 反向 target written as a range ("3-5天") is capped by
 * its upper bound; units of one base on different scales (元 and 万元) are converted to the
 * target's.
 */
export function comparableValues(target: IndicatorValue, actual: IndicatorValue, direction: Direction): ComparableValues | null {
  if (target.number === null || actual.number === null) return null;
  const tu = unitOf(target);
  const au = unitOf(actual);
  let t = direction === "negative" && target.upper ? target.upper : target.number;
  let a = actual.number;
  if (tu === "%" && au === null) a = onPercentScale(a, t);
  if (au === "%" && tu === null) t = onPercentScale(t, a);
  if (tu === null || au === null || tu === au) return { t, a, unitMismatch: null };
  const ts = unitScale(tu);
  const as = unitScale(au);
  if (ts.base === as.base) return { t, a: a.times(new D(as.factor)).dividedBy(ts.factor), unitMismatch: null };
  return { t, a, unitMismatch: { target: tu, actual: au } };
}
