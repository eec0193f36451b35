/**
 * 二、绩效自评情况: the conclusion (scores, grade, category completion), the indicators that
 * fell short or overshot, and budget execution.
 */
import { D, HUNDRED, type Dec } from "../decimal";
import type { Evaluation, IndicatorResult, IndicatorTableResult } from "../evaluation";
import type { Indicator } from "../model";
import { formatPercent, formatScore, groupThousands } from "../format";
import type { ConclusionPhrase } from "../settings";
import { ensureSentenceEnd, fill, listOf, sentence, yearPrefix, type Voice } from "./voice";
import { lineName } from "./sentences";
import { isExecutionIndicator } from "../evaluate/execution-score";
import { comparatorIn } from "../comparators";
import { indicatorDirection } from "../evaluate/direction";
import { removeSpaces, toHalfWidth } from "../vocabulary/text";
import { fullWidthBetweenHan, innerQuotes, quoted } from "../vocabulary/prose-names";

const BARE_NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/**
 * A value as the officer meant it: a 四川-style table keeps the comparator in 指标性质 and the
 * unit in 度量单位 ("≤" | "10" | "天" → "≤10天"). Other values are shown as written.
 */
export function shownValue(ind: Indicator, which: "target" | "actual"): string {
  const value = ind[which];
  let text = value.text.trim();
  const unit = ind.unitText?.trim() ?? "";
  // A fraction in a % column (0.95) reads as the percentage it stands for (95%), never "0.95%".
  const fraction = unit === "%" && !value.isPercent && value.number !== null && value.number.abs().lte(1);
  if (fraction && BARE_NUMBER.test(text)) text = `${value.number!.times(HUNDRED).toString()}%`;
  else if (unit !== "" && BARE_NUMBER.test(text) && (unit !== "%" || value.isPercent)) text = grouped(text, unit) + unit;
  // A comparator written in a 指标性质 column ("≥", "不小于"), which the value cell then leaves out;
  // a 反向 target is a cap ("10天" of a 反向 row reads "≤10天").
  const stated = comparatorIn(removeSpaces(toHalfWidth(ind.natureText ?? "")));
  const comparator = stated ?? (value.number !== null && indicatorDirection(ind) === "negative" ? "≤" : null);
  // "=" before a value says nothing a reader needs ("年度指标值100%", not "=100%").
  if (which === "target" && comparator && comparator !== "=" && value.comparator === null && text !== "") text = comparator + text;
  // A value typed as a sentence ("社会认可的办学环境。") is quoted inside one: its own full stop
  // would stand before the sentence's comma ("…环境.，").
  // (No lookbehind: the pane's bundles must parse in Safari 14, test/build/bundle-syntax.test.ts.)
  return text.replace(TRAILING_STOP, "$1");
}

const TRAILING_STOP = /(\D)[。．.;；,，、]+$/u;

/** Units after which a number is a date or a code, never grouped ("2023年"). */
const UNGROUPED_UNITS = /^(年|月|日|号|年度)$/;

/**
 * A number Zipin joins to its 度量单位 column, with thousands separators as the report prints its
 * own figures ("≥20,000人次", "72,890元"; review R35). Numbers the unit typed with their unit stay
 * as typed.
 */
function grouped(text: string, unit: string): string {
  if (UNGROUPED_UNITS.test(unit) || text.includes(",")) return text;
  const [int, frac] = text.split(".") as [string, string | undefined];
  const digits = int.replace(/^[+-]/, "");
  if (digits.length < 5) return text;
  const sign = int.slice(0, int.length - digits.length);
  return `${sign}${groupThousands(digits)}${frac === undefined ? "" : `.${frac}`}`;
}

/** The actual value; a blank 预算执行率 row shows the budget's rate it was scored on. */
function shownActual(v: Voice, r: IndicatorResult): string {
  const shown = shownValue(r.indicator, "actual");
  if (shown !== "") return shown;
  if (isExecutionIndicator(r.indicator.name) && r.completion !== null) return formatPercent(r.completion);
  return v.t.indicators.notFilled;
}

/** A table as the "“{sheet}”表" templates name it: its label or sheet, without a 表 the template adds. */
function tableName(v: Voice, table: IndicatorTableResult): string {
  const name = table.table.label ?? table.table.sheet;
  const word = v.t.tableWord;
  return word !== "" && name.endsWith(word) && name.length > word.length ? name.slice(0, -word.length) : name;
}

/** The total on a 100-point scale, which is what grades and conclusion phrases refer to. */
function scaledTo100(table: IndicatorTableResult): Dec {
  return table.maxTotal.isZero() || table.maxTotal.equals(HUNDRED)
    ? table.total
    : table.total.dividedBy(table.maxTotal).times(HUNDRED);
}

/** The phrase of the highest band the score reaches (基本完成 for 90+ by default). */
export function conclusionPhrase(phrases: ConclusionPhrase[], score: Dec): ConclusionPhrase | null {
  const ordered = [...phrases].sort((a, b) => b.min - a.min);
  return ordered.find((p) => score.greaterThanOrEqualTo(p.min)) ?? ordered[ordered.length - 1] ?? null;
}

/** "产出指标得分42分": names without the word 指标 get it added (产出 → 产出指标). */
function categoryLabel(v: Voice, name: string): string {
  // A table without 一级 names is one category: all its indicators.
  if (name.trim() === "") return v.t.allIndicators;
  const suffix: string = v.t.indicatorSuffix;
  return suffix === "" || name.endsWith(suffix) ? name : name + suffix;
}

export function conclusionParagraphs(v: Voice, evaluation: Evaluation): string[] {
  if (evaluation.indicatorTables.length === 0) return [v.t.placeholders.noIndicators];
  const c = v.t.conclusion;
  const sentences = evaluation.indicatorTables.map((table, index) => {
    // A full-marks phrase (全面完成) claims every target was met: only when each was checked and met.
    const all = evaluation.settings.conclusionPhrases;
    const everyMet = table.indicators.every((r) => r.met);
    const phrases = everyMet ? all : all.filter((p) => p.min < 100);
    const scaled = scaledTo100(table);
    const phrase = conclusionPhrase(phrases.length > 0 ? phrases : all, scaled);
    const params = { self: v.self, project: v.project, sheet: tableName(v, table), phrase: phrase ? phrase[v.lang] : "" };
    const first = v.kind === "project" ? v.t.project.conclusion : c.first;
    const lead = fill(index === 0 ? first : c.other, params);
    // Full marks other than 100 (110, 90, 22.5): the 百分制 figure first, the table's own sum after.
    const score = table.maxTotal.equals(HUNDRED) || table.maxTotal.isZero()
      ? fill(c.score, { score: formatScore(table.total) })
      : fill(c.scaled, { scaled: formatScore(scaled), max: formatScore(table.maxTotal), score: formatScore(table.total) });
    const grade = table.grade ? fill(c.grade, { grade: v.grades[table.grade] }) : null;
    // Unchecked scores are the unit's own: the headline says so, and why the phrase is not the top one.
    const unchecked = table.indicators.filter((r) => !r.checked).length;
    const top = conclusionPhrase(all, scaled);
    const demoted = unchecked > 0 && top !== null && phrase !== null && top !== phrase && table.indicators.every((r) => r.met || !r.checked);
    const unverified = unchecked === 0
      ? null
      : demoted
        ? fill(c.unverifiedDemoted, { unchecked: String(unchecked), top: top[v.lang] })
        : fill(c.unverified, { unchecked: String(unchecked) });
    const headline = sentence(v, [lead, score, grade, unverified]);
    const parts = scoreParts(v, evaluation, table);
    return parts.length === 0 ? headline : headline + v.t.punctuation.betweenSentences + sentence(v, [fill(c.parts, { parts: listOf(v, parts, v.t.punctuation.list) })]);
  });
  return [sentences.join(v.t.punctuation.betweenSentences)];
}

/**
 * The parts of a table's score: each category's points with its 得分率 (score ÷ 分值, not a 完成率:
 * docs/rules.md §3), then the execution points. A category that is the execution block (预算执行率
 * rows only) is told by its points, never as "预算执行指标得分率…" beside the rate it was scored on.
 */
function scoreParts(v: Voice, evaluation: Evaluation, table: IndicatorTableResult): string[] {
  const c = v.t.conclusion;
  const isExecution = (cat: IndicatorTableResult["categories"][number]): boolean =>
    isExecutionIndicator(cat.name) ||
    (table.indicators.some((r) => r.indicator.level1 === cat.name) &&
      table.indicators.filter((r) => r.indicator.level1 === cat.name).every((r) => isExecutionIndicator(r.indicator.name)));
  const rated = table.categories.filter((cat) => cat.completionRate !== null);
  const parts = rated
    .filter((cat) => !isExecution(cat))
    .map((cat) => {
      const own = table.indicators.filter((r) => r.indicator.level1 === cat.name);
      const figures = { name: categoryLabel(v, cat.name), score: formatScore(cat.score), weight: formatScore(cat.weight) };
      return own.length > 0 && own.every((r) => !r.checked)
        ? fill(c.categoryUnchecked, figures)
        : fill(c.category, { ...figures, rate: formatPercent(cat.completionRate!) });
    });
  const executionScores = rated.filter(isExecution).map((cat) => ({ score: cat.score, weight: cat.weight }));
  const exec = (table.budget ?? evaluation.budget)?.executionScore;
  if (table.includesExecutionScore && exec) executionScores.push({ score: exec.score, weight: exec.weight });
  return [...parts, ...executionScores.map((e) => fill(c.executionScore, { score: formatScore(e.score), weight: formatScore(e.weight) }))];
}

/** A 正向 result at or above the overshoot ratio of its target (docs/rules.md §4). */
function overshoots(r: IndicatorResult, ratio: number): boolean {
  return r.direction === "positive" && r.completion !== null && r.completion.greaterThanOrEqualTo(ratio);
}

function belowFullMarks(r: IndicatorResult): boolean {
  return r.score.lessThan(r.indicator.weight.value);
}

/** Every indicator below full marks or far above target, with its 偏差原因 (or a prompt for one). */
export function indicatorParagraphs(v: Voice, evaluation: Evaluation): string[] {
  if (evaluation.indicatorTables.length === 0) return [v.t.placeholders.noIndicators];
  const t = v.t.indicators;
  const ratio = evaluation.settings.overshootRatio;
  const several = evaluation.indicatorTables.length > 1;
  const summaries: string[] = [];
  const details: string[] = [];
  for (const table of evaluation.indicatorTables) {
    const count = String(table.indicators.length);
    const metCount = table.indicators.filter((r) => r.met).length;
    const met = String(metCount);
    // "均达到" only when every indicator was compared with its target and met it; unchecked
    // ones (no target or actual) are counted apart and named, never told as met or missed.
    const unchecked = table.indicators.filter((r) => !r.checked);
    const allMet = metCount === table.indicators.length;
    const noneChecked = unchecked.length === table.indicators.length && unchecked.length > 0;
    const one = table.indicators.length === 1;
    const own = v.kind === "project"
      ? allMet ? (one ? v.t.project.indicatorsSummaryOneMet : v.t.project.indicatorsSummaryAllMet) : noneChecked ? v.t.project.indicatorsSummaryNoneChecked : unchecked.length > 0 ? v.t.project.indicatorsSummaryChecked : v.t.project.indicatorsSummary
      : allMet ? (one ? t.summaryOneMet : t.summaryAllMet) : noneChecked ? t.summaryNoneChecked : unchecked.length > 0 ? t.summaryChecked : t.summary;
    const forTable = allMet ? (one ? t.summaryForTableOneMet : t.summaryForTableAllMet) : noneChecked ? t.summaryForTableNoneChecked : unchecked.length > 0 ? t.summaryForTableChecked : t.summaryForTable;
    const template = several ? forTable : own;
    const checked = String(table.indicators.length - unchecked.length);
    // The list below names every checked indicator that lost points, met or not: the count says how many.
    const lost = table.indicators.filter((r) => r.checked && belowFullMarks(r)).length;
    const lostClause = lost > 0 ? fill(t.lostPoints, { lost: String(lost) }) : null;
    let summary = sentence(v, [fill(template, { self: v.self, project: v.t.project.self, sheet: tableName(v, table), count, checked, met }), lostClause]);
    if (unchecked.length > 0) {
      const names = unchecked.map((r) => quoted(r.indicator.name)).join(v.t.punctuation.enumeration);
      summary += v.t.punctuation.betweenSentences + fill(noneChecked ? t.noneCheckedNote : t.uncheckedNote, { unchecked: String(unchecked.length), names });
    }
    summaries.push(summary);

    for (const r of table.indicators) {
      const ind = r.indicator;
      const target = fullWidthBetweenHan(shownValue(ind, "target"));
      const actual = fullWidthBetweenHan(shownActual(v, r));
      const base = {
        n: String(details.length + 1),
        label: ind.name === ind.level1 || ind.level1 === "" ? fill(t.labelAlone, { name: innerQuotes(ind.name) }) : fill(t.label, { name: innerQuotes(ind.name), level1: ind.level1 }),
        values: target === "" ? fill(t.actualOnly, { actual }) : fill(t.values, { target, actual }),
        score: formatScore(r.score),
        weight: formatScore(ind.weight.value),
      };
      let lead: string;
      if (!r.checked) {
        continue;
      } else if (belowFullMarks(r)) {
        lead = fill(r.met ? t.belowFullMet : t.belowFull, base);
      } else if (overshoots(r, ratio)) {
        lead = fill(t.overshoot, { ...base, ratio: formatPercent(r.completion!), threshold: formatPercent(new D(ratio)) });
      } else {
        continue;
      }
      const reasonText = ind.reason?.trim();
      const reason = reasonText
        ? ensureSentenceEnd(v, fullWidthBetweenHan(reasonText))
        : ind.reasonCell === null
          ? v.t.placeholders.noReasonColumn
          : fill(v.t.placeholders.missingReason, { sheet: tableName(v, table) });
      details.push(sentence(v, [lead]) + v.t.punctuation.betweenSentences + fill(t.reason, { reason }));
    }
  }
  const lead = summaries.join(v.t.punctuation.betweenSentences);
  const everyMet = evaluation.indicatorTables.every((table) => table.indicators.every((r) => r.met));
  if (details.length > 0) return [lead, ...details];
  const single = evaluation.indicatorTables.length === 1 && evaluation.indicatorTables[0]!.indicators.length === 1;
  return [everyMet ? lead + v.t.punctuation.betweenSentences + (single ? t.allMetOne : t.allMet) : lead];
}

/** （三）预算执行情况: the headline line's execution and the execution score; empty when unknown. */
export function executionParagraphs(v: Voice, evaluation: Evaluation): string[] {
  const budget = evaluation.budget;
  if (!budget || budget.headlineIndex === null) return [];
  const r = budget.lines[budget.headlineIndex];
  if (!r || !r.line.budget || !r.line.actual || r.executionRate === null) return [];
  const template = v.kind === "project" ? v.t.project.executionRate : v.t.execution.rate;
  const rate = fill(template, {
    yearPrefix: yearPrefix(v),
    self: v.self,
    project: v.t.project.self,
    name: lineName(v, r.line),
    budget: v.amount(r.line.budget.value),
    actual: v.amount(r.line.actual.value),
    rate: formatPercent(r.executionRate),
  });
  const exec = budget.executionScore;
  const score = exec ? fill(v.t.execution.score, { score: formatScore(exec.score), weight: formatScore(exec.weight) }) : null;
  return [sentence(v, [rate, score])];
}
