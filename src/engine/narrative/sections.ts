/**
 * The report's sections, each from the officer's text or computed: the seed's 部门整体支出 report,
 * or the 项目支出 report (variant chosen in variant.ts).
 */
import type { BudgetResult, Evaluation, IndicatorTableResult } from "../evaluation";
import type { ReportSection } from "./types";
import { financeParagraphs, projectFundsParagraphs } from "./finances";
import { conclusionParagraphs, executionParagraphs, indicatorParagraphs } from "./self-evaluation";
import { fill, paragraphsOf, type Voice } from "./voice";
import { HUNDRED, ONE, ZERO, sumDec } from "../decimal";
import { formatNumber, formatPercent, formatScore, printedGap } from "../format";
import { quoted } from "../vocabulary/prose-names";


/** The officer's text, else the placeholder saying where to supply it. */
const given = (v: Voice, text: string | null | undefined, placeholder: `${string}{where}${string}`): string[] =>
  paragraphsOf(text) ?? [fill(placeholder, { where: v.where })];

/**
 * The goal, then what the year achieved against it when the form says (its 实际完成情况 beside the
 * 预期目标): the heart of a 自评, so it stands right under the goal it answers.
 */
function goalParagraphs(v: Voice, inputs: Evaluation["narrativeInputs"], placeholder: `${string}{where}${string}`): string[] {
  const achieved = paragraphsOf(inputs.goalsAchieved) ?? [];
  return [...given(v, inputs.goals, placeholder), ...achieved.map((text, i) => (i === 0 ? fill(v.t.goalsAchieved, { text }) : text))];
}

export function buildSections(v: Voice, evaluation: Evaluation): ReportSection[] {
  return v.kind === "project" ? projectSections(v, evaluation) : departmentSections(v, evaluation);
}

function departmentSections(v: Voice, evaluation: Evaluation): ReportSection[] {
  const h = v.t.headings;
  const p = v.t.placeholders;
  const inputs = evaluation.narrativeInputs;
  const sections: ReportSection[] = [
    { heading: h.basics, paragraphs: [], level: 1 },
    { heading: h.functions, paragraphs: given(v, inputs.functions, p.functions), level: 2 },
    { heading: h.annualWork, paragraphs: given(v, inputs.annualWork, p.annualWork), level: 2 },
    { heading: h.goals, paragraphs: goalParagraphs(v, inputs, p.goals), level: 2 },
    { heading: h.finances, paragraphs: financeParagraphs(v, evaluation.budget), level: 2 },
    { heading: h.management, paragraphs: given(v, inputs.management, p.management), level: 2 },
  ];
  return [...sections, ...selfEvaluationSections(v, evaluation, h, p)];
}

/**
 * The first project's funds, then, in a workbook of one project per sheet, each later project's,
 * named by its sheet.
 */
function fundsOfEveryProject(v: Voice, evaluation: Evaluation): string[] {
  const later = evaluation.indicatorTables.flatMap((t) =>
    t.budget ? projectFundsParagraphs({ ...v, project: fill(v.t.project.named, { name: t.table.sheet }) }, t.budget, evaluation.checks) : [],
  );
  return [...projectFundsParagraphs(v, evaluation.budget, evaluation.checks), ...later];
}

/** 项目支出绩效自评报告: 项目基本情况 (概况, 资金, 目标), 自评情况, 问题, 措施. */
function projectSections(v: Voice, evaluation: Evaluation): ReportSection[] {
  const h = v.t.project.headings;
  const p = v.t.project.placeholders;
  const inputs = evaluation.narrativeInputs;
  const sections: ReportSection[] = [
    { heading: h.basics, paragraphs: [], level: 1 },
    { heading: h.overview, paragraphs: given(v, inputs.overview, p.overview), level: 2 },
    { heading: h.funds, paragraphs: fundsOfEveryProject(v, evaluation), level: 2 },
    { heading: h.goals, paragraphs: goalParagraphs(v, inputs, p.goals), level: 2 },
  ];
  return [...sections, ...selfEvaluationSections(v, evaluation, h, p)];
}

type SelfEvaluationHeadings = Record<"selfEvaluation" | "conclusion" | "indicators" | "execution" | "problems" | "measures", string>;
type SelfEvaluationPlaceholders = Record<"problems" | "derivedProblems" | "measures", `${string}{where}${string}`>;

/** 自评情况 (conclusion, indicators, execution when known), then problems and measures: both reports end so. */
function selfEvaluationSections(v: Voice, evaluation: Evaluation, h: SelfEvaluationHeadings, p: SelfEvaluationPlaceholders): ReportSection[] {
  const inputs = evaluation.narrativeInputs;
  const sections: ReportSection[] = [
    { heading: h.selfEvaluation, paragraphs: [], level: 1 },
    { heading: h.conclusion, paragraphs: conclusionParagraphs(v, evaluation), level: 2 },
    { heading: h.indicators, paragraphs: indicatorParagraphs(v, evaluation), level: 2 },
  ];
  const execution = executionParagraphs(v, evaluation);
  if (execution.length > 0) sections.push({ heading: h.execution, paragraphs: execution, level: 2 });
  sections.push(
    { heading: h.problems, paragraphs: paragraphsOf(inputs.problems) ?? derivedProblems(v, evaluation, p.problems, p.derivedProblems), level: 1 },
    { heading: h.measures, paragraphs: given(v, inputs.measures, p.measures), level: 1 },
  );
  return sections;
}

/**
 * Without the officer's own list, the problems the figures show (low execution, results ahead
 * of spending, indicators not met), followed by a marked note asking for the real text.
 */
function derivedProblems(v: Voice, evaluation: Evaluation, placeholder: `${string}{where}${string}`, note: `${string}{where}${string}`): string[] {
  const texts = spendingProblems(v, evaluation);
  const notMet = evaluation.indicatorTables.flatMap((t) => t.indicators.filter((r) => r.checked && !r.met));
  if (notMet.length > 0) {
    const names = notMet.map((r) => quoted(r.indicator.name)).join(v.t.punctuation.enumeration);
    texts.push(fill(v.t.problems.notMet, { names }));
  }
  const unchecked = evaluation.indicatorTables.flatMap((t) => t.indicators.filter((r) => !r.checked));
  if (unchecked.length > 0) {
    const names = unchecked.map((r) => quoted(r.indicator.name)).join(v.t.punctuation.enumeration);
    texts.push(fill(v.t.problems.unchecked, { names }));
  }
  texts.push(...schemeProblems(v, evaluation));
  if (texts.length === 0) return [fill(placeholder, { where: v.where })];
  const items = texts.map((text, i) => fill(v.t.problems.item, { n: String(i + 1), text }));
  return [...items, fill(note, { where: v.where })];
}

/**
 * The scoring scheme's own gaps, as the LEVEL_POINTS_MISMATCH and WEIGHTS_TOTAL checks find them
 * (docs/rules.md §7.4): a reviewer raises a form missing points before anything else.
 */
function schemeProblems(v: Voice, evaluation: Evaluation): string[] {
  const table = evaluation.indicatorTables[0];
  if (!table) return [];
  // Listed when the check is raised, so the report and the checks never disagree.
  const raised = (code: string): boolean => evaluation.checks.some((c) => c.code === code);
  const out: string[] = [];
  const items = (raised("LEVEL_POINTS_MISMATCH") ? (table.table.levelPoints ?? []) : []).flatMap((stated) => {
    const sum = table.categories.find((c) => c.name === stated.name)?.weight ?? ZERO;
    return sum.equals(stated.points) ? [] : [fill(v.t.problems.levelPointsItem, { name: stated.name, stated: formatScore(stated.points), sum: formatScore(sum) })];
  });
  if (items.length > 0) out.push(fill(v.t.problems.levelPoints, { items: items.join(v.t.punctuation.list) }));
  if (raised("WEIGHTS_TOTAL") && !table.maxTotal.equals(HUNDRED)) out.push(fill(v.t.problems.weightsTotal, { total: formatScore(table.maxTotal) }));
  return out;
}

/**
 * The spending problems the figures show, once for each budget: how much went unspent (below the
 * low-execution line), and how far results ran ahead of spending (the 双监控 gap), by the same
 * settings as the LOW_EXECUTION and EXECUTION_LAGS_RESULTS checks. In a workbook of one project
 * per sheet each later project is named.
 */
function spendingProblems(v: Voice, evaluation: Evaluation): string[] {
  const [first, ...later] = evaluation.indicatorTables;
  const projects = [
    { budget: evaluation.budget, table: first, name: null as string | null },
    ...later.filter((t) => t.budget).map((t) => ({ budget: t.budget ?? null, table: t, name: t.table.sheet })),
  ];
  return projects.flatMap(({ budget, table, name }) =>
    projectSpendingProblems(v, evaluation, budget, table).map((text) => (name === null ? text : fill(v.t.problems.ofProject, { name, text }))),
  );
}

function projectSpendingProblems(v: Voice, evaluation: Evaluation, budget: BudgetResult | null, table: IndicatorTableResult | undefined): string[] {
  const headline = budget?.headlineIndex != null ? budget.lines[budget.headlineIndex] : undefined;
  const rate = headline?.executionRate ?? null;
  if (!headline || rate === null) return [];
  const { settings } = evaluation;
  const out: string[] = [];
  const { budget: planned, actual } = headline.line;
  if (planned && actual && rate.lt(ONE.minus(settings.lowExecutionThreshold))) {
    out.push(
      fill(v.t.problems.lowExecution, {
        rate: formatPercent(rate),
        unspent: v.amount(planned.value.minus(actual.value)),
        share: formatPercent(ONE.minus(rate)),
      }),
    );
  }
  const weights = table ? sumDec(table.indicators.map((r) => r.indicator.weight.value)) : ZERO;
  if (table && !weights.isZero()) {
    const completion = sumDec(table.indicators.map((r) => r.score)).dividedBy(weights);
    if (completion.minus(rate).gt(settings.executionLagThreshold)) {
      out.push(
        fill(v.t.problems.resultsAheadOfSpending, {
          completion: formatPercent(completion),
          execution: formatPercent(rate),
          gap: formatNumber(printedGap(completion, rate)),
        }),
      );
    }
  }
  return out;
}
