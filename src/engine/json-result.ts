import { round2, toJsonNumber, type Dec } from "./decimal";
import type { BudgetResult, Check, Evaluation, IndicatorTableResult, LineResult } from "./evaluation";
import { refToA1 } from "./grid";
import type { JsonBudget, JsonBudgetLine, JsonCheck, JsonIndicatorTable, JsonResult } from "./json";
import { JSON_SCHEMA_VERSION } from "./json";
import type { Figure } from "./model";
import type { ReportSection } from "./narrative/types";
import type { Grade, GradeWords, Lang } from "./settings";
import { shownValue } from "./narrative/self-evaluation";
import { isTotalLine } from "./vocabulary/budget-lines";

/** A score as printed (2 decimals, half-up); an evaluator that produced a non-finite score has a bug. */
function scoreNumber(x: Dec): number {
  const n = toJsonNumber(round2(x));
  if (n === null) throw new Error(`toJsonResult: non-finite score ${x.toString()}`);
  return n;
}

function scoreOrNull(x: Dec | null | undefined): number | null {
  return x === null || x === undefined ? null : scoreNumber(x);
}

function figure(f: Figure | null): number | null {
  return toJsonNumber(f?.value);
}

function budgetLine(r: LineResult): JsonBudgetLine {
  const l = r.line;
  return {
    name: l.name,
    section: l.section,
    isTotal: isTotalLine(l),
    parent: l.parent,
    initialBudget: figure(l.initialBudget),
    budget: figure(l.budget),
    actual: figure(l.actual),
    priorYear: figure(l.priorYear),
    executionRate: toJsonNumber(r.executionRate),
    change: toJsonNumber(r.change),
    changeRate: toJsonNumber(r.changeRate),
    share: toJsonNumber(r.share),
    cell: refToA1(l.nameCell),
  };
}

function budgetOf(budget: BudgetResult): JsonBudget {
  const exec = budget.executionScore;
  return {
    lines: budget.lines.map(budgetLine),
    executionScore: exec ? { weight: scoreNumber(exec.weight), score: scoreNumber(exec.score) } : null,
  };
}

/** The grade's word: the settings' own, in Chinese (the key stays in `grade`). */
function gradeLabel(grade: Grade | null, words: GradeWords): string | null {
  return grade === null ? null : words[grade];
}

function indicatorTable(t: IndicatorTableResult, words: GradeWords): JsonIndicatorTable {
  const table: JsonIndicatorTable = {
    sheet: t.table.sheet,
    total: scoreNumber(t.total),
    maxTotal: scoreNumber(t.maxTotal),
    grade: t.grade,
    gradeLabel: gradeLabel(t.grade, words),
    categories: t.categories.map((c) => ({
      name: c.name,
      weight: scoreNumber(c.weight),
      score: scoreNumber(c.score),
      completionRate: toJsonNumber(c.completionRate),
      count: c.count,
      metCount: c.metCount,
    })),
    indicators: t.indicators.map((r) => ({
      level1: r.indicator.level1,
      level2: r.indicator.level2,
      name: r.indicator.name,
      direction: r.direction,
      target: r.indicator.target.text,
      actual: r.indicator.actual.text,
      targetShown: shownValue(r.indicator, "target"),
      actualShown: shownValue(r.indicator, "actual"),
      weight: scoreNumber(r.indicator.weight.value),
      score: scoreNumber(r.score),
      statedScore: scoreOrNull(r.indicator.statedScore?.value),
      completion: toJsonNumber(r.completion),
      met: r.met,
      checked: r.checked,
      cell: refToA1(r.indicator.nameCell),
    })),
  };
  if (t.budget) table.budget = budgetOf(t.budget);
  return table;
}

function check(c: Check, lang: Lang): JsonCheck {
  return { code: c.code, severity: c.severity, message: c.message[lang], cell: c.cell ? refToA1(c.cell) : null };
}

/**
 * Evaluation → the public --json result (schemaVersion 1): amounts in 万元 and rates as
 * fractions at full precision, scores as printed (2 decimals), null where not computable.
 */
export function toJsonResult(evaluation: Evaluation, report: ReportSection[], lang: Lang): JsonResult {
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    entity: evaluation.entity,
    year: evaluation.year,
    unit: "万元",
    budget: evaluation.budget ? budgetOf(evaluation.budget) : null,
    indicatorTables: evaluation.indicatorTables.map((t) => indicatorTable(t, evaluation.settings.gradeWords)),
    totalScore: scoreOrNull(evaluation.totalScore),
    grade: evaluation.grade,
    gradeLabel: gradeLabel(evaluation.grade, evaluation.settings.gradeWords),
    gradeWords: { ...evaluation.settings.gradeWords },
    checks: evaluation.checks.map((c) => check(c, lang)),
    narrative: report.map((s) => ({ heading: s.heading, paragraphs: [...s.paragraphs] })),
  };
}
