/**
 * 定性 scoring by bands of the weight (DOMAIN.md §4): the evaluator's 得分 stands when it lies
 * in the band of the stated result; missing or outside it, the band's lower bound is used
 * (a top-band result without a score gets full marks).
 */
import type { Dec } from "../decimal";
import { D, round2 } from "../decimal";
import type { Check, LocalizedText } from "../evaluation";
import { formatScore } from "../format";
import { makeCheck } from "../messages";
import type { Indicator } from "../model";
import type { QualitativeBand } from "../settings";

/**
 * The first band whose keywords occur in the text. Bands are listed worst first, so "未达成"
 * is caught by the bottom band before "达成" can match the top one.
 */
export function findBand(text: string, bands: QualitativeBand[]): QualitativeBand | null {
  const t = text.replace(/\s+/g, "");
  if (t === "") return null;
  return bands.find((b) => b.keywords.some((k) => t.includes(k))) ?? null;
}

const isTopBand = (band: QualitativeBand): boolean => band.max >= 1;

/** [min×w, max×w), closed at the top only for the band that reaches full marks. */
export function inBand(points: Dec, band: QualitativeBand, weight: Dec): boolean {
  const low = weight.times(band.min);
  const high = weight.times(band.max);
  return points.gte(low) && (isTopBand(band) ? points.lte(high) : points.lt(high));
}

function bandText(band: QualitativeBand, weight: Dec): string {
  const low = formatScore(weight.times(band.min));
  const high = formatScore(weight.times(band.max));
  return isTopBand(band) ? `[${low}, ${high}]` : `[${low}, ${high})`;
}

const BLANK: LocalizedText = { zh: "（未填）", en: "(blank)" };

export interface BandScore {
  score: Dec;
  checks: Check[];
}

/**
 * Null when no band matches the result and no usable score is stated: the caller reports the
 * indicator as unscorable. With no band but a stated score within [0, w], the evaluator's
 * score stands.
 */
export function scoreByBand(ind: Indicator, bands: QualitativeBand[]): BandScore | null {
  const w = ind.weight.value;
  const stated = ind.statedScore?.value ?? null;
  const band = findBand(ind.actual.text, bands);
  if (!band) return stated && stated.gte(0) && stated.lte(w) ? { score: round2(stated), checks: [] } : null;
  if (stated && inBand(stated, band, w)) return { score: round2(stated), checks: [] };
  if (!stated && isTopBand(band)) return { score: round2(w), checks: [] };
  const score = round2(w.times(new D(band.min)));
  const cell = ind.statedScore?.cell ?? ind.actual.cell;
  const check = makeCheck("QUALITATIVE_SCORE_OUT_OF_BAND", cell, {
    name: ind.name,
    result: ind.actual.text.trim(),
    stated: stated ? formatScore(stated) : BLANK,
    band: bandText(band, w),
    computed: formatScore(score),
  });
  return { score, checks: [check] };
}
