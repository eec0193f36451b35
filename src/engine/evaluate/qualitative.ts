/**
 * 定性 scoring by bands of the weight (docs/rules.md §4.5): the evaluator's 得分 stands when it lies
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
import { GOOD_NEGATIONS, NEGATED_TARGET, NEGATION, NONE_WORDS, NOT_NEGATIONS, SOME_WORDS, isPlaceholderMark } from "../vocabulary/indicator-words";
import { BLANK_WORDS } from "../l10n/words";

const NEGATION_REACH = 4;
const CLAUSE_BREAK = /[，,；;。、!！?？]/;

/** Whether a negation stands within reach before position i, in the same clause. */
function negatedAt(t: string, i: number): boolean {
  const before = t.slice(Math.max(0, i - NEGATION_REACH), i);
  const clause = before.split(CLAUSE_BREAK).pop() ?? "";
  return NEGATION.test(clause);
}

/** Every position of `word` in `t`. */
function positions(t: string, word: string): number[] {
  const out: number[] = [];
  for (let i = t.indexOf(word); i >= 0; i = t.indexOf(word, i + 1)) out.push(i);
  return out;
}

/**
 * The band a stated result falls in, or null when nothing in it speaks to achievement.
 * A bottom-band word decides at once ("未完成"). A better band's word with a negation before it
 * ("未按期完成", "效果不明显") counts as not achieved; beside an un-negated one ("已完成，效果不明显")
 * as partly achieved. Otherwise the best match wins, the middle before the top ("基本完成").
 */
export function findBand(text: string, bands: QualitativeBand[]): QualitativeBand | null {
  const whole = text.replace(/\s+/g, "");
  if (whole === "") return null;
  const exact = bands.find((b) => b.exact?.includes(whole));
  if (exact) return exact;
  const ordered = [...bands].sort((a, b) => a.min - b.min);
  const bottom = ordered[0];
  const top = ordered[ordered.length - 1];
  if (!bottom || !top) return null;
  // "不是", "没有": a whole-result word behind a negation.
  const unNegated = /^(?:不|未|没|非)(.+)$/.exec(whole)?.[1];
  if (unNegated && ordered.slice(1).some((b) => b.exact?.includes(unNegated))) return bottom;
  const goodNegation = new RegExp(GOOD_NEGATIONS.source).test(whole);
  // "部分未完成" is partly done, not undone.
  const t = whole.replace(GOOD_NEGATIONS, "|").replace(NOT_NEGATIONS, "").replace(/部分未/g, "部分");

  if (bottom.keywords.some((k) => t.includes(k))) return bottom;
  const hits = ordered.slice(1).flatMap((band) =>
    band.keywords.flatMap((k) => positions(t, k).map((i) => ({ band, negated: negatedAt(t, i) }))),
  );
  const plain = hits.filter((h) => !h.negated);
  if (hits.some((h) => h.negated)) {
    return plain.length > 0 ? (ordered.length > 2 ? ordered[1]! : bottom) : bottom;
  }
  const best = ordered.slice(1).find((band) => plain.some((h) => h.band === band));
  if (best) return best;
  return goodNegation ? top : null;
}

/** Negations that mean the same ("不发生" / "未发生" / "没有发生"), and a leading 已, set aside for comparing. */
function canonical(text: string): string {
  return text.replace(/\s+/g, "").replace(/^已/, "").replace(/没有|未|没|无|零/g, "不");
}


/**
 * A result that repeats its target ("按季度拨付" | "按季度拨付", "不发生" | "未发生", "按规定执行" |
 * "已按规定执行"), or answers a negated target with "无" ("无重大事故" | "无"), achieved it.
 */
function answersTarget(ind: Indicator): boolean {
  const actual = ind.actual.text.replace(/\s+/g, "");
  const target = ind.target.text.replace(/\s+/g, "");
  if (actual === "" || target === "") return false;
  if (canonical(actual) === canonical(target)) return true;
  return NEGATED_TARGET.test(target) && NONE_WORDS.has(actual);
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


/** A target left blank or marked "—" / "/": nothing was set to compare the result with. */
const isUnset = (text: string): boolean => text.trim() === "" || isPlaceholderMark(text);

/**
 * Why a stated score could not be checked, blaming what is missing (docs/rules.md §7.5): a blank
 * or "—" target, both cells blank, a blank actual, or an actual in words no band knows.
 */
function uncheckedWhy(target: string, actual: string): LocalizedText {
  const a = actual.trim();
  const t = target.trim();
  if (isUnset(target) && a === "") return { zh: "的年度指标值和实际完成值均未填写，无法核验", en: "neither the target nor the actual value is filled in, so it cannot be checked" };
  if (isUnset(target)) {
    const mark = t === "" ? { zh: "未填写", en: "blank" } : { zh: `为“${t}”（未设）`, en: `“${t}” (none set)` };
    return {
      zh: `的年度指标值${mark.zh}，无法与实际完成值“${a}”比对`,
      en: `the target is ${mark.en}, so the actual value “${a}” has nothing to be compared with`,
    };
  }
  if (a === "") return { zh: "的实际完成值未填写，无法核验", en: "the actual value is blank, so it cannot be checked" };
  return { zh: `的实际完成值“${a}”无法判断是否达成`, en: `the actual value “${a}” does not say whether the target was met` };
}

export interface BandScore {
  score: Dec;
  /** The result is in the top band: the indicator counts as met even below full marks. */
  achieved: boolean;
  /** False when no band matched and the evaluator's score stands unchecked (未核验). */
  checked: boolean;
  checks: Check[];
  /** The band the result fell in; null when none did and the stated score stands. */
  band: QualitativeBand | null;
  /** The stated score is the one kept (inside the band, or no band at all). */
  usesStated: boolean;
}

/**
 * Null when no band matches the result and no usable score is stated: the caller reports the
 * indicator as unscorable. With no band but a stated score within [0, w], the evaluator's
 * score stands.
 */
export function scoreByBand(ind: Indicator, bands: QualitativeBand[]): BandScore | null {
  const w = ind.weight.value;
  const stated = ind.statedScore?.value ?? null;
  // Checked before the bands: "无" answering "无重大事故" is achieved, though alone it reads as 否;
  // "有" answering it is the opposite, though alone it reads as 是.
  const band = answersTarget(ind) ? topBandOf(bands) : contradictsTarget(ind) ? bottomBandOf(bands) : findBand(ind.actual.text, bands);
  if (!band) {
    if (!stated || stated.lt(0) || stated.gt(w)) return null;
    // Nothing to check the evaluator's score against ("见附件", "不详"): it stands, flagged.
    const unset = isUnset(ind.target.text);
    const check = makeCheck("UNCHECKED_STATED_SCORE", unset ? ind.target.cell : ind.actual.cell, {
      name: ind.name,
      why: uncheckedWhy(ind.target.text, ind.actual.text),
      stated: formatScore(stated),
    });
    return { score: round2(stated), achieved: false, checked: false, checks: [check], band: null, usesStated: true };
  }
  return scoreInBand(ind, band);
}

/**
 * A result known to be achieved in some other way than words (a deadline kept, docs/rules.md
 * §4.5): scored in the top band like "达成", so a deducted score inside it stands as it does for
 * a 定性 result repeating its target. Null when the settings have no top band.
 */
export function scoreAchieved(ind: Indicator, bands: QualitativeBand[]): BandScore | null {
  const top = topBandOf(bands);
  return top ? scoreInBand(ind, top) : null;
}

function scoreInBand(ind: Indicator, band: QualitativeBand): BandScore {
  const w = ind.weight.value;
  const stated = ind.statedScore?.value ?? null;
  const achieved = isTopBand(band);
  if (stated && inBand(stated, band, w)) {
    return { score: round2(stated), achieved, checked: true, checks: [], band, usesStated: true };
  }
  if (!stated && achieved) return { score: round2(w), achieved, checked: true, checks: [], band, usesStated: false };
  const score = round2(w.times(new D(band.min)));
  const cell = ind.statedScore?.cell ?? ind.actual.cell;
  const check = makeCheck("QUALITATIVE_SCORE_OUT_OF_BAND", cell, {
    name: ind.name,
    result: ind.actual.text.trim(),
    stated: stated ? formatScore(stated) : BLANK_WORDS.notFilled,
    band: bandText(band, w),
    computed: formatScore(score),
  });
  return { score, achieved, checked: true, checks: [check], band, usesStated: false };
}

function contradictsTarget(ind: Indicator): boolean {
  return NEGATED_TARGET.test(ind.target.text.replace(/\s+/g, "")) && SOME_WORDS.has(ind.actual.text.replace(/\s+/g, ""));
}

function bottomBandOf(bands: QualitativeBand[]): QualitativeBand | null {
  return [...bands].sort((a, b) => a.min - b.min)[0] ?? null;
}

function topBandOf(bands: QualitativeBand[]): QualitativeBand | null {
  return bands.find(isTopBand) ?? null;
}
