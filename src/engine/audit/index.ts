/**
 * Audit of a hand-written report kept in the workbook (TEXT_FIGURE_MISMATCH): each figure claim
 * is tied to the line, category, indicator or total it names and compared, at the precision it
 * is written (half-up), with the evaluation. A claim that disagrees is a warning naming the cell,
 * the claim, the correct figure and the tolerance; one that cannot be tied is an info, never an
 * error (docs/text-audit.md).
 */
import type { Dec } from "../decimal";
import { D } from "../decimal";
import type { Check, Evaluation, LineResult } from "../evaluation";
import { formatNumber } from "../format";
import type { Grid } from "../grid";
import { makeCheck } from "../messages";
import { isTotalLine } from "../vocabulary/budget-lines";
import type { Claim } from "./claims";
import { claimsIn, sentencesOf } from "./claims";
import type { ReportParagraph } from "./find-report";
import { findReportText } from "./find-report";

/** Words a report uses for the whole budget's lines, by section. */
const TOTAL_WORDS: Record<string, string[]> = {
  revenue: ["总收入", "收入合计", "收入总计"],
  expenditure: ["总支出", "支出合计", "支出总计"],
};
const HEADLINE_WORDS = ["总收支", "收支总额", "年度资金总额", "资金总额"];

interface Named {
  at: number;
  line: number;
}

/** The budget line named nearest before `at` (longest name on a tie), else null. */
function lineBefore(sentence: string, at: number, e: Evaluation): Named | null {
  const lines = e.budget?.lines ?? [];
  let best: (Named & { length: number }) | null = null;
  const consider = (name: string, line: number): void => {
    if (name === "") return;
    const i = sentence.lastIndexOf(name, at - 1);
    if (i < 0) return;
    if (!best || i > best.at || (i === best.at && name.length > best.length)) best = { at: i, line, length: name.length };
  };
  lines.forEach((l, i) => {
    consider(l.line.name, i);
    if (isTotalLine(l.line)) for (const w of TOTAL_WORDS[l.line.section] ?? []) consider(w, i);
  });
  const headline = e.budget?.headlineIndex ?? null;
  if (headline !== null) for (const w of HEADLINE_WORDS) consider(w, headline);
  return best;
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
  total: { zh: "自评总分", en: "self-evaluation score" },
  score: { zh: "指标得分", en: "indicator score" },
  count: { zh: "指标个数", en: "number of indicators" },
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
      const pick = before.includes("预算") ? line.budget : before.includes("上年") ? line.priorYear : line.actual;
      const rule = before.includes("预算") ? RULES.budget : before.includes("上年") ? RULES.priorYear : RULES.actual;
      return pick ? { correct: pick.value, unit: "万元", rule } : null;
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
    case "share":
      return result.share ? { correct: result.share.times(100), unit: "%", rule: RULES.share } : null;
    default:
      return null;
  }
}

/** Claims about the indicator table: a category's completion, a score, the count. */
function tableVerdict(claim: Claim, e: Evaluation): Verdict | null {
  const table = e.indicatorTables[0];
  if (!table) return null;
  const before = claim.sentence.slice(0, claim.at);
  const clause = before.split(/[；;。]/).pop() ?? "";
  switch (claim.kind) {
    case "completion": {
      const cat = table.categories.filter((c) => clause.includes(c.name)).sort((a, b) => clause.lastIndexOf(b.name) - clause.lastIndexOf(a.name))[0];
      return cat?.completionRate ? { correct: cat.completionRate.times(100), unit: "%", rule: RULES.completion } : null;
    }
    case "score": {
      const named = table.indicators.filter((r) => clause.includes(r.indicator.name)).sort((a, b) => b.indicator.name.length - a.indicator.name.length)[0];
      if (named) return { correct: named.score, unit: "分", rule: RULES.score };
      // The indicator total only where the clause speaks of indicators ("绩效指标…自评得分为92分");
      // a score of goals or of another table ("绩效目标…93.91分") is not ours to check.
      return clause.includes("指标") && e.totalScore ? { correct: e.totalScore, unit: "分", rule: RULES.total } : null;
    }
    case "count":
      return { correct: new D(table.indicators.length), unit: "项", rule: RULES.count };
    default:
      return null;
  }
}

function checkClaim(claim: Claim, e: Evaluation, previous: Claim[], subject: number | null, p: ReportParagraph): { check: Check | null; line: number | null } {
  let verdict: Verdict | null;
  let line: number | null = subject;
  if (claim.kind === "completion" || claim.kind === "score" || claim.kind === "count") {
    verdict = tableVerdict(claim, e);
  } else {
    line = lineBefore(claim.sentence, claim.at, e)?.line ?? subject;
    const result = line === null ? undefined : e.budget?.lines[line];
    verdict = result ? lineVerdict(claim, result, previous) : null;
  }
  if (!verdict) return { check: makeCheck("TEXT_FIGURE_UNMATCHED", p.cell, { claim: claim.text }), line };
  const expected = atPlaces(verdict.correct, claim.places);
  if (expected.equals(claim.value) && !verdict.wrongWay) return { check: null, line };
  const own = verdict.own && !atPlaces(verdict.own, claim.places).equals(claim.value) ? shown(verdict.own, claim.places, verdict.unit) : null;
  return {
    check: makeCheck("TEXT_FIGURE_MISMATCH", p.cell, {
      claim: claim.text,
      correct: `${verdict.wrongWay ? WAY[claim.kind === "change" ? "change" : "rate"][claim.sign < 0 ? 0 : 1] : ""}${shown(verdict.correct, claim.places, verdict.unit)}`,
      rule: verdict.rule,
      tolerance: tolerance(claim.places, verdict.unit),
      own: own === null ? { zh: "", en: "" } : { zh: `；按报告自身数字计算为${own}`, en: `; the report's own figures give ${own}` },
    }),
    line,
  };
}

/** The right word for a change the claim turned round: [rise, fall]. */
const WAY = { change: ["增加", "减少"], rate: ["增长", "下降"] } as const;

/** Checks for a hand-written report in the workbook; none when there is none. */
export function auditReportText(grid: Grid, e: Evaluation): Check[] {
  const used = new Set<string>([e.budget?.table.sheet, ...e.indicatorTables.map((t) => t.table.sheet), e.info?.sheet].filter((s): s is string => !!s));
  const paragraphs = findReportText(grid, used);
  if (!paragraphs) return [];
  const checks: Check[] = [];
  for (const p of paragraphs) {
    let subject: number | null = null;
    for (const sentence of sentencesOf(p.text)) {
      const claims = claimsIn(sentence);
      claims.forEach((claim, i) => {
        const { check, line } = checkClaim(claim, e, claims.slice(0, i), subject, p);
        if (line !== null) subject = line;
        if (check) checks.push(check);
      });
    }
  }
  return checks;
}
