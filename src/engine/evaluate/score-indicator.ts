/** One indicator: direction, completion and score, with the checks scoring itself raises. */
import type { Dec } from "../decimal";
import { D, ONE, ZERO, minDec, round2 } from "../decimal";
import type { Check, Direction, IndicatorResult, LocalizedText, ScoreBasis } from "../evaluation";
import { makeCheck } from "../messages";
import { formatPercent } from "../format";
import type { CalendarPoint, Indicator } from "../model";
import type { Settings } from "../settings";
import { comparableValues } from "./comparable-values";
import { indicatorDirection } from "./direction";
import { isExecutionIndicator } from "./execution-score";
import { scoreAchieved, scoreByBand } from "./qualitative";
import { pointsOf, quantitativeOutcome } from "./scoring-rules";
import type { CommonValue } from "./common-indicators";
import { BLANK_WORDS } from "../l10n/words";

/**
 * How the score was found: by the 正向/反向 formula, by 定性 bands, from the budget's execution
 * rate, or not at all. Later checks depend on it (a stated score is compared only with a formula).
 */
export type ScoringMethod = "formula" | "band" | "execution" | "unscorable";

export interface ScoredIndicator {
  result: IndicatorResult;
  method: ScoringMethod;
  checks: Check[];
}

const shown = (text: string): string | LocalizedText => (text.trim() === "" ? BLANK_WORDS.inList : text.trim());

function result(
  ind: Indicator,
  direction: Direction,
  completion: Dec | null,
  score: Dec,
  basis: ScoreBasis,
  met?: boolean,
  checked = true,
): IndicatorResult {
  return { indicator: ind, basis, direction, completion, score, met: checked && (met ?? score.equals(ind.weight.value)), checked };
}

function unscorable(ind: Indicator, direction: Direction, checks: Check[] = []): ScoredIndicator {
  const check = makeCheck("UNSCORABLE_INDICATOR", ind.actual.cell, {
    name: ind.name,
    target: shown(ind.target.text),
    actual: shown(ind.actual.text),
  });
  const basis: ScoreBasis = { kind: "value", why: "unscorable" };
  return { result: result(ind, direction, null, ZERO, basis, false, false), method: "unscorable", checks: [...checks, check] };
}

/**
 * Words instead of numbers ("逐步完善" / "达成", or a numeric target met with "完成") are scored
 * by the 定性 bands: a top-band word without a stated score earns full marks.
 */
function byBand(ind: Indicator, direction: Direction, settings: Settings): ScoredIndicator {
  const banded = scoreByBand(ind, settings.qualitativeBands);
  if (!banded) return unscorable(ind, direction);
  // A top-band result is 达成 even when the evaluator docked a point within the band.
  const met = banded.achieved || banded.score.equals(ind.weight.value);
  const band = banded.band;
  const basis: ScoreBasis = band ? { kind: "band", min: band.min, max: band.max, top: band.max >= 1, usesStated: banded.usesStated } : { kind: "stated" };
  return { result: result(ind, direction, null, banded.score, basis, met, banded.checked), method: "band", checks: banded.checks };
}

/** month × 100 + day, with the year in front when both values name one. */
function dayKey(p: CalendarPoint, withYear: boolean): number {
  return withYear && p.year !== null ? p.year * 10_000 + p.monthDay : p.monthDay;
}

/**
 * A date target ("12月底前完成") met by a date ("11月底") is achieved, and scored as a 定性 result
 * in the top band (docs/rules.md §4.5): full marks with no stated score, a deducted score inside
 * the band stands (asked to be explained), as for a result that repeats its target in words.
 * Late, no formula says how much is lost: the evaluator's score stands when it is below full
 * marks, else none. Null unless both values are dates.
 */
function byDeadline(ind: Indicator, settings: Settings): ScoredIndicator | null {
  const due = ind.target.date;
  const done = ind.actual.date;
  if (!due || !done) return null;
  const withYear = due.year !== null && done.year !== null;
  const w = ind.weight.value;
  if (dayKey(done, withYear) <= dayKey(due, withYear)) {
    const top = scoreAchieved(ind, settings.qualitativeBands);
    if (top && top.band) {
      const basis: ScoreBasis = { kind: "band", min: top.band.min, max: top.band.max, top: true, usesStated: top.usesStated };
      return { result: result(ind, "negative", null, top.score, basis, true), method: "band", checks: top.checks };
    }
    return { result: result(ind, "negative", null, pointsOf(w, ONE), { kind: "value", why: "date" }), method: "formula", checks: [] };
  }
  const stated = ind.statedScore?.value ?? null;
  const score = stated && stated.gte(ZERO) && stated.lt(w) ? round2(stated) : ZERO;
  return { result: result(ind, "negative", null, score, { kind: "value", why: "date" }, false), method: "band", checks: [] };
}

/**
 * A 预算执行率 row with a percentage of its own is scored on the budget table's rate, the figure a
 * reviewer can trace (and the one the summary's formula follows when a budget amount changes);
 * a typed value that disagrees with it at the precision typed (98% typed, 96.52% computed) is
 * flagged, one that agrees (96.5% for 96.52%) is not.
 */
function restatedExecution(ind: Indicator, headlineRate: Dec | null): { indicator: Indicator; check: Check | null } | null {
  if (!headlineRate || !isExecutionIndicator(ind.name) || !ind.actual.isPercent || ind.actual.number === null) return null;
  const indicator = { ...ind, actual: { ...ind.actual, number: headlineRate.times(100) } };
  const places = Math.min(ind.actual.number.decimalPlaces(), 2);
  if (headlineRate.times(100).toDecimalPlaces(places, D.ROUND_HALF_UP).equals(ind.actual.number)) return { indicator, check: null };
  const check = makeCheck("EXECUTION_RATE_MISMATCH", ind.actual.cell, {
    name: ind.name,
    stated: `${ind.actual.number.toString()}%`,
    computed: formatPercent(headlineRate),
  });
  return { indicator, check };
}

/**
 * @param headlineRate the budget's headline execution rate: it scores a 预算执行率 indicator
 *   whose own target or actual is not a number (often left blank, the budget table holds it).
 */
/**
 * A common indicator (财预〔2013〕53号) whose value the budget table gives: blank, it takes the
 * computed value and its cell (told in an info check); typed and different at the precision
 * typed, it is scored on the computed value (told in a warning) and shown as typed.
 */
function fromBudget(ind: Indicator, common: CommonValue | null): { scoredAs: Indicator; shown: Indicator; check: Check } | null {
  if (!common) return null;
  const percent = common.rate.times(100);
  const computedText = formatPercent(common.rate);
  const params = { name: ind.name, computed: computedText, formula: common.formula };
  if (ind.actual.text.trim() === "") {
    const actual = { ...ind.actual, text: computedText, number: round2(percent), isPercent: true, cell: common.cell };
    const withValue = { ...ind, actual };
    return { scoredAs: { ...withValue, actual: { ...actual, number: percent } }, shown: withValue, check: makeCheck("COMMON_INDICATOR_FROM_BUDGET", ind.actual.cell, params) };
  }
  if (!ind.actual.isPercent || ind.actual.number === null) return null;
  const places = Math.min(ind.actual.number.decimalPlaces(), 2);
  if (percent.toDecimalPlaces(places, D.ROUND_HALF_UP).equals(ind.actual.number)) return null;
  const check = makeCheck("COMMON_INDICATOR_MISMATCH", ind.actual.cell, { ...params, stated: `${ind.actual.number.toString()}%` });
  // Shown as scored, so the prose's figures agree with its score; the check tells the typed value.
  const shown = { ...ind, actual: { ...ind.actual, text: computedText, number: round2(percent), isPercent: true, cell: common.cell } };
  return { scoredAs: { ...ind, actual: { ...ind.actual, number: percent } }, shown, check };
}

export function scoreIndicator(ind: Indicator, settings: Settings, headlineRate: Dec | null, common: CommonValue | null = null): ScoredIndicator {
  const budgeted = fromBudget(ind, common);
  if (budgeted) {
    const scored = scoreIndicator(budgeted.scoredAs, settings, null);
    // The actual is a ratio of budget cells, not any one cell a score formula could start from.
    const basis: ScoreBasis | undefined = scored.result.basis?.kind === "ratio" ? { kind: "value", why: "budget" } : scored.result.basis;
    const shownResult = { ...scored.result, indicator: budgeted.shown, ...(basis ? { basis } : {}) };
    return { ...scored, result: shownResult, checks: [budgeted.check, ...scored.checks] };
  }
  const direction = indicatorDirection(ind);
  const w = ind.weight.value;
  const numeric = ind.target.number !== null && ind.actual.number !== null;

  if (isExecutionIndicator(ind.name) && !numeric && headlineRate) {
    const score = pointsOf(w, minDec(headlineRate, ONE));
    return { result: result(ind, "positive", headlineRate, score, { kind: "execution" }), method: "execution", checks: [] };
  }
  const restated = restatedExecution(ind, headlineRate);
  if (restated) {
    const scored = scoreIndicator(restated.indicator, settings, null);
    const basis = scored.result.basis?.kind === "ratio" ? { ...scored.result.basis, actualFromRate: true } : scored.result.basis;
    const checks = restated.check ? [restated.check, ...scored.checks] : scored.checks;
    return { ...scored, result: { ...scored.result, indicator: ind, ...(basis ? { basis } : {}) }, checks };
  }
  const deadline = byDeadline(ind, settings);
  if (deadline) return deadline;
  if (direction === "qualitative") return byBand(ind, direction, settings);

  const values = comparableValues(ind.target, ind.actual, direction);
  if (!values) return byBand(ind, direction, settings);

  const checks: Check[] = [];
  if (values.unitMismatch) {
    checks.push(makeCheck("UNIT_MISMATCH", ind.actual.cell, { name: ind.name, ...values.unitMismatch }));
  }
  const outcome = quantitativeOutcome(direction, values.t, values.a);
  const basis: ScoreBasis = {
    kind: "ratio",
    direction,
    t: values.t,
    a: values.a,
    targetUsesUpper: direction === "negative" && ind.target.upper !== undefined,
    actualFromRate: false,
  };
  return { result: result(ind, direction, outcome.completion, pointsOf(w, outcome.fraction), basis), method: "formula", checks };
}
