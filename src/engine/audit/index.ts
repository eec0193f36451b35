/**
 * Audit of a hand-written report kept in the workbook (TEXT_FIGURE_MISMATCH): each figure claim
 * is tied to the line, category, indicator or total it names and compared, at the precision it
 * is written (half-up), with the evaluation. A claim that disagrees is a warning naming the cell,
 * the claim, the correct figure and the tolerance; one that cannot be tied is an info, never an
 * error (docs/text-audit.md).
 */
import type { Dec } from "../decimal";
import { D, ONE, sumDec } from "../decimal";
import type { Check, Evaluation, LineResult } from "../evaluation";
import { formatNumber } from "../format";
import type { Grid } from "../grid";
import { makeCheck } from "../messages";
import { AMOUNT_ROLE_WORDS, HEADLINE_WORDS, INDICATOR_COMPLETION_WORDS, SCORE_WORDS, UNNAMED_CATEGORY_WORDS, lineWords, namedBefore } from "../vocabulary/figure-words";
import { innerQuotes } from "../vocabulary/prose-names";
import type { Claim } from "./claims";
import { claimsIn, sentencesOf } from "./claims";
import type { ReportParagraph } from "./find-report";
import { findReportText } from "./find-report";

/** The budget line named nearest before `at` (docs/text-audit.md; words in vocabulary/figure-words.ts), else null. */
function lineBefore(sentence: string, at: number, e: Evaluation): number | null {
  const headline = e.budget?.headlineIndex ?? null;
  const lines = e.budget?.lines ?? [];
  // A line's own name is that line, even when another stands in as the headline (a 0 total row
  // and its one funded part, docs/rules.md §3.1): headline words inside a line's name are left to it.
  const own = lines.flatMap((l) => lineWords(l.line));
  const headlineWords = HEADLINE_WORDS.filter((w) => !own.some((o) => o.includes(w)));
  const candidates = lines.map((l, i) => ({ words: [...lineWords(l.line), ...(i === headline ? headlineWords : [])], figure: i }));
  return namedBefore(sentence, at, candidates);
}

/** Rounded half-up to the claim's precision: what the writer should have printed. */
const atPlaces = (x: Dec, places: number): Dec => x.toDecimalPlaces(places, D.ROUND_HALF_UP);

function shown(x: Dec, places: number, unit: string): string {
  const r = atPlaces(x, places);
  return `${places === 2 && unit === "万元" ? formatNumber(r) : r.toFixed(places)}${unit}`;
}

function tolerance(places: number, unit: string): string {
  return `±${new D(5).dividedBy(new D(10).pow(places + 1)).toFixed(places + 1)}${unit}`;
}

interface Verdict {
  correct: Dec;
  unit: string;
  rule: { zh: string; en: string };
  /** What the claim's own figures in the sentence give, when they do. */
  own?: Dec;
  /** 增加/增长 said of a fall, or 减少/下降 of a rise. */
  wrongWay?: boolean;
  /** A figure that may be another's: agreement confirms it, a disagreement leaves it unmatched. */
  soft?: boolean;
}

const RULES = {
  actual: { zh: "全年执行数", en: "actual" },
  budget: { zh: "全年预算数", en: "full-year budget" },
  priorYear: { zh: "上年执行数", en: "prior-year actual" },
  change: { zh: "全年执行数 − 上年执行数", en: "actual − prior-year actual" },
  changeRate: { zh: "(全年执行数 − 上年执行数) ÷ 上年执行数", en: "(actual − prior-year) ÷ prior-year" },
  execution: { zh: "全年执行数 ÷ 全年预算数", en: "actual ÷ full-year budget" },
  share: { zh: "本项 ÷ 所属合计", en: "item ÷ its total" },
  completion: { zh: "该类得分 ÷ 该类分值", en: "category score ÷ category weight" },
  categoryScore: { zh: "该类指标得分之和", en: "sum of the category's indicator scores" },
  total: { zh: "自评总分", en: "self-evaluation score" },
  score: { zh: "指标得分", en: "indicator score" },
  count: { zh: "指标个数", en: "number of indicators" },
  met: { zh: "达到年度指标值的指标个数", en: "indicators that met their targets" },
  unspent: { zh: "全年预算数 − 全年执行数", en: "full-year budget − actual" },
  unspentShare: { zh: "1 − 全年执行数 ÷ 全年预算数", en: "1 − actual ÷ full-year budget" },
  executionScore: { zh: "MIN(执行率, 1) × 分值", en: "MIN(execution rate, 1) × weight" },
  indicatorCompletion: { zh: "Σ 指标得分 ÷ Σ 指标分值", en: "Σ indicator scores ÷ Σ indicator weights" },
} as const;

/** The amount claims of a line earlier in the sentence: this year's figure, for own arithmetic. */
function ownChangeRate(claim: Claim, previous: Claim[]): Dec | undefined {
  const change = [...previous].reverse().find((c) => c.kind === "change");
  const amount = [...previous].reverse().find((c) => c.kind === "amount" && (!change || c.at < change.at));
  if (!change || !amount) return undefined;
  const prior = change.sign < 0 ? amount.value.plus(change.value) : amount.value.minus(change.value);
  return prior.isZero() ? undefined : change.value.dividedBy(prior).times(100);
}

const wrongWay = (claim: Claim, change: Dec): boolean => !change.isZero() && claim.sign !== 0 && claim.sign !== (change.isNegative() ? -1 : 1);

/** What a claim about a budget line should say; null when the line has no such figure. */
function lineVerdict(claim: Claim, result: LineResult, previous: Claim[]): Verdict | null {
  const line = result.line;
  switch (claim.kind) {
    case "amount": {
      const before = claim.sentence.slice(Math.max(0, claim.at - 8), claim.at);
      const figures = [line.actual, line.budget, line.priorYear, line.initialBudget].filter((f) => f !== null);
      // Any of the line's own amounts, as written, is a true statement of it.
      const same = figures.find((f) => atPlaces(f.value, claim.places).equals(claim.value));
      if (same) return { correct: same.value, unit: "万元", rule: RULES.actual };
      const role = AMOUNT_ROLE_WORDS.find((r) => r.words.some((w) => before.includes(w)))?.role ?? "actual";
      const pick = line[role];
      return pick ? { correct: pick.value, unit: "万元", rule: RULES[role] } : null;
    }
    case "change":
      return result.change ? { correct: result.change.abs(), unit: "万元", rule: RULES.change, wrongWay: wrongWay(claim, result.change) } : null;
    case "changeRate": {
      if (!result.changeRate) return null;
      const own = ownChangeRate(claim, previous);
      return {
        correct: result.changeRate.abs().times(100),
        unit: "%",
        rule: RULES.changeRate,
        wrongWay: wrongWay(claim, result.changeRate),
        ...(own ? { own } : {}),
      };
    }
    case "execution":
      return result.executionRate ? { correct: result.executionRate.times(100), unit: "%", rule: RULES.execution } : null;
    case "unspent": {
      const { budget, actual } = line;
      return budget && actual ? { correct: budget.value.minus(actual.value), unit: "万元", rule: RULES.unspent } : null;
    }
    case "unspentShare":
      return result.executionRate ? { correct: ONE.minus(result.executionRate).times(100), unit: "%", rule: RULES.unspentShare } : null;
    case "share":
      return result.share ? { correct: result.share.times(100), unit: "%", rule: RULES.share } : null;
    default:
      return null;
  }
}

/** "得分42分（满分50分，" between a category's name and its 得分率. */
const POINTS_BEFORE_RATE = /得分[\d.,]+分[（(]满分[\d.,]+分[，,]$/;

/** Characters that may stand between a category's name and its 完成率 ("产出指标的完成率"). */
const CATEGORY_GAP = 4;

/** The category named just before the end of `clause`, with no list mark between; else undefined. */
function categoryBefore<C extends { name: string }>(clause: string, categories: readonly C[]): C | undefined {
  return categories
    .map((c) => ({ c, i: clause.lastIndexOf(c.name) }))
    .filter(({ c, i }) => i >= 0 && clause.length - (i + c.name.length) <= CATEGORY_GAP && !/[，,、]/.test(clause.slice(i)))
    .sort((a, b) => b.i - a.i)[0]?.c;
}

/** Only a score word may stand between a category's name and its score: "产出指标得分", "效益指标的得分为". */
const CATEGORY_SCORE_GAP = /^的?(?:实际)?得分[为是:：]?\s*$/;

/** The category whose score the clause ends by naming; a generic name ("指标") is no category here. */
function categoryScoreBefore<C extends { name: string }>(head: string, categories: readonly C[]): C | undefined {
  return categories
    .filter((c) => !/^(?:绩效)?指标$/.test(c.name))
    .map((c) => ({ c, i: head.lastIndexOf(c.name) }))
    .filter(({ c, i }) => i >= 0 && CATEGORY_SCORE_GAP.test(head.slice(i + c.name.length)))
    .sort((a, b) => b.i - a.i)[0]?.c;
}

/** Claims about the indicator table: a category's or all indicators' completion, a score, the counts. */
function tableVerdict(claim: Claim, e: Evaluation): Verdict | null {
  const table = e.indicatorTables[0];
  if (!table) return null;
  const clauseOf = claim.sentence.slice(0, claim.at).split(/[；;。]/).pop() ?? "";
  const clause = clauseOf;
  switch (claim.kind) {
    case "completion": {
      // The category named just before 完成率 ("产出指标完成率"), or before its points when the rate
      // follows them ("产出指标得分42分（满分50分，得分率84.00%）"); else all indicators ("绩效指标完成率").
      const cat = categoryBefore(clauseOf.replace(POINTS_BEFORE_RATE, ""), table.categories);
      if (cat) return cat.completionRate ? { correct: cat.completionRate.times(100), unit: "%", rule: RULES.completion } : null;
      const head = clause + claim.text.slice(0, 3);
      const weights = sumDec(table.indicators.map((r) => r.indicator.weight.value));
      if (!INDICATOR_COMPLETION_WORDS.some((w) => head.endsWith(w)) || weights.isZero()) return null;
      return { correct: sumDec(table.indicators.map((r) => r.score)).dividedBy(weights).times(100), unit: "%", rule: RULES.indicatorCompletion };
    }
    case "score": {
      // By its name as written, or as report prose writes it (“‘三公’经费控制率”, prose-names.ts).
      const named = table.indicators.filter((r) => clause.includes(r.indicator.name) || clause.includes(innerQuotes(r.indicator.name))).sort((a, b) => b.indicator.name.length - a.indicator.name.length)[0];
      if (named) return { correct: named.score, unit: "分", rule: RULES.score };
      // A table without 一级 names is one category, which the report calls 各项指标 ("其中，各项指标得分89.45分").
      const unnamed = table.categories.find((c) => c.name.trim() === "");
      if (unnamed && claim.text.startsWith("得分") && UNNAMED_CATEGORY_WORDS.some((w) => clause.trim().endsWith(w))) {
        return { correct: unnamed.score, unit: "分", rule: RULES.categoryScore };
      }
      const exec = table.includesExecutionScore ? (e.budget?.executionScore ?? null) : null;
      // The words of the claim itself count: "预算执行率得分9.83分" names the execution points.
      const head = clause + claim.text.replace(/\d[\s\S]*$/, "");
      // A category named right before 得分 ("产出指标得分42分") is that category's score, not the total.
      const cat = categoryScoreBefore(head, table.categories);
      if (cat) return { correct: cat.score, unit: "分", rule: RULES.categoryScore };
      const kind = namedBefore(head, head.length, [
        { words: SCORE_WORDS.execution, figure: "execution" as const },
        { words: SCORE_WORDS.total, figure: "total" as const },
        { words: SCORE_WORDS.goals, figure: "goals" as const },
      ]);
      if (kind === "execution") return exec ? { correct: exec.score, unit: "分", rule: RULES.executionScore } : null;
      if (!e.totalScore) return null;
      // The indicator total where the clause speaks of indicators ("绩效指标…得分92分"); a score of
      // goals ("绩效目标…93.91分") is ours only when it agrees (a project's 综合自评 counts execution too).
      if (kind === "total") return { correct: e.totalScore, unit: "分", rule: RULES.total };
      return kind === "goals" ? { correct: e.totalScore, unit: "分", rule: RULES.total, soft: true } : null;
    }
    case "count":
      return { correct: new D(table.indicators.length), unit: "项", rule: RULES.count };
    case "met":
      return { correct: new D(table.indicators.filter((r) => r.met).length), unit: "项", rule: RULES.met };
    default:
      return null;
  }
}

const TABLE_CLAIMS: ReadonlySet<Claim["kind"]> = new Set(["completion", "score", "count", "met"]);

function checkClaim(claim: Claim, e: Evaluation, previous: Claim[], subject: number | null, p: ReportParagraph): { check: Check | null; line: number | null } {
  let verdict: Verdict | null;
  let line: number | null = subject;
  if (TABLE_CLAIMS.has(claim.kind)) {
    verdict = tableVerdict(claim, e);
  } else {
    line = lineBefore(claim.sentence, claim.at, e) ?? subject;
    const result = line === null ? undefined : e.budget?.lines[line];
    verdict = result ? lineVerdict(claim, result, previous) : null;
  }
  if (!verdict) return { check: makeCheck("TEXT_FIGURE_UNMATCHED", p.cell, { claim: claim.text }), line };
  const expected = atPlaces(verdict.correct, claim.places);
  if (expected.equals(claim.value) && !verdict.wrongWay) return { check: null, line };
  if (verdict.soft) return { check: makeCheck("TEXT_FIGURE_UNMATCHED", p.cell, { claim: claim.text }), line };
  const own = verdict.own && !atPlaces(verdict.own, claim.places).equals(claim.value) ? shown(verdict.own, claim.places, verdict.unit) : null;
  return {
    check: makeCheck("TEXT_FIGURE_MISMATCH", p.cell, {
      claim: claim.text,
      correct: `${verdict.wrongWay ? WAY[claim.kind === "change" ? "change" : "rate"][claim.sign < 0 ? 0 : 1] : ""}${shown(verdict.correct, claim.places, verdict.unit)}`,
      rule: verdict.rule,
      // A count is a count: "应为15项", with no rounding or tolerance to speak of.
      precision:
        verdict.unit === "项"
          ? { zh: "", en: "" }
          : {
              zh: `，四舍五入到所写位数，容差${tolerance(claim.places, verdict.unit)}`,
              en: `, rounded half-up to the places written, tolerance ${tolerance(claim.places, verdict.unit)}`,
            },
      own: own === null ? { zh: "", en: "" } : { zh: `；按报告自身数字计算为${own}`, en: `; the report's own figures give ${own}` },
    }),
    line,
  };
}

/** The right word for a change the claim turned round: [rise, fall]. */
const WAY = { change: ["增加", "减少"], rate: ["增长", "下降"] } as const;

/**
 * The evaluation as each indicator table sees it, named by its sheet: a later project (one per
 * sheet) with its own funds, table and total (docs/text-audit.md). The first is the evaluation.
 */
function scopes(e: Evaluation): { words: string[]; figure: Evaluation }[] {
  return e.indicatorTables.map((t, i) => ({
    words: [t.table.sheet],
    figure: i === 0 ? e : { ...e, budget: t.budget ?? null, indicatorTables: [t], totalScore: t.total },
  }));
}

/**
 * The unit's own narrative texts on the info sheet (管理情况, 概况, 绩效目标…), each at its cell:
 * they go into the generated report word for word, so their figures are audited like a
 * hand-written report's (docs/text-audit.md).
 */
function infoParagraphs(e: Evaluation): ReportParagraph[] {
  const texts = Object.values(e.narrativeInputs).filter((t): t is string => typeof t === "string" && t.trim() !== "");
  const entries = e.info?.entries ?? [];
  return texts.flatMap((text) => {
    const entry = entries.find((x) => typeof x.value === "string" && x.value.trim() === text.trim());
    return entry ? [{ text, cell: entry.cell }] : [];
  });
}

/** Checks for a hand-written report in the workbook and the info sheet's narrative; none when there is none. */
export function auditReportText(grid: Grid, e: Evaluation): Check[] {
  const used = new Set<string>([e.budget?.table.sheet, ...e.indicatorTables.map((t) => t.table.sheet), e.info?.sheet].filter((s): s is string => !!s));
  const report = findReportText(grid, used) ?? [];
  const info = infoParagraphs(e);
  const fromInfo = new Set(info);
  const paragraphs = [...report, ...info];
  if (paragraphs.length === 0) return [];
  const projects = e.indicatorTables.length > 1 ? scopes(e) : [];
  const checks: Check[] = [];
  for (const p of paragraphs) {
    // The info sheet's narrative speaks of much besides the tables (亩, 人次, dates): only a figure
    // that disagrees is told there, never one that ties to nothing.
    const keep = (c: Check): boolean => !fromInfo.has(p) || c.code !== "TEXT_FIGURE_UNMATCHED";
    // A paragraph speaks of the first table until it names another's sheet ("“农田水利”：…").
    let scope = e;
    let subject: number | null = null;
    for (const sentence of sentencesOf(p.text)) {
      const claims = claimsIn(sentence);
      claims.forEach((claim, i) => {
        const named = namedBefore(sentence, claim.at, projects);
        if (named && named !== scope) {
          scope = named;
          subject = null;
        }
        const { check, line } = checkClaim(claim, scope, claims.slice(0, i), subject, p);
        if (line !== null) subject = line;
        if (check && keep(check)) checks.push(check);
      });
    }
  }
  return checks;
}
