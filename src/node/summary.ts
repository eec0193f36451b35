/** The short text the command line prints after an evaluation, and the error list when it cannot run. */
import { refToA1 } from "../engine/light";
import { formatPercent, formatScore } from "../engine/light";
import type { Check, Evaluation } from "../engine/light";
import type { Lang } from "../engine/light";
import { gradeText } from "../app/grade-text";
import { CLI_TEXT, fillText } from "./cli-text";

/** How many warnings the summary lists one by one before it says "… N more". */
export const LISTED_CHECKS = 10;

export interface SummaryPaths {
  output: string;
  /** null: no JSON asked for; "-": printed to stdout. */
  json: string | null;
  /** The Word report written, or null/absent. */
  docx?: string | null;
  /** The report's placeholders still to fill (countPlaceholders); absent or 0: no line. */
  placeholders?: number;
}

/** "收支情况表!A5  message": one line per check, the cell first so it can be found. */
export function checkLine(check: Check, lang: Lang): string {
  const where = check.cell ? refToA1(check.cell) : CLI_TEXT[lang].wholeWorkbook;
  return `${where}  ${check.message[lang]}`;
}

function countBySeverity(checks: Check[]): { errors: number; warnings: number; infos: number } {
  return {
    errors: checks.filter((c) => c.severity === "error").length,
    warnings: checks.filter((c) => c.severity === "warning").length,
    infos: checks.filter((c) => c.severity === "info").length,
  };
}

export function summaryLines(evaluation: Evaluation, lang: Lang, paths: SummaryPaths): string[] {
  const t = CLI_TEXT[lang].summary;
  const lines: string[] = [];
  lines.push(fillText(t.entity, { entity: evaluation.entity ?? t.unknown }));
  lines.push(fillText(t.year, { year: evaluation.year ?? t.unknown }));

  if (evaluation.totalScore !== null) {
    const grade = gradeText(evaluation.grade, lang, evaluation.settings.gradeWords);
    lines.push(fillText(t.score, { score: formatScore(evaluation.totalScore), grade }));
  } else {
    lines.push(t.scoreUnknown);
  }
  const first = evaluation.indicatorTables[0];
  if (first && first.categories.length > 0) {
    const list = first.categories.map((c) =>
      fillText(t.category, {
        name: c.name,
        rate: c.completionRate ? formatPercent(c.completionRate) : "—",
        score: formatScore(c.score),
        weight: formatScore(c.weight),
      }),
    );
    lines.push(fillText(t.categories, { list: list.join(t.categorySeparator) }));
  }

  const budget = evaluation.budget;
  const headline = budget && budget.headlineIndex !== null ? budget.lines[budget.headlineIndex] : undefined;
  const rate = headline?.executionRate ?? null;
  lines.push(fillText(t.execution, { rate: rate ? formatPercent(rate) : "—" }));

  lines.push(fillText(t.checks, countBySeverity(evaluation.checks)));
  const listed = evaluation.checks.filter((c) => c.severity !== "info");
  for (const check of listed.slice(0, LISTED_CHECKS)) lines.push(`  ${checkLine(check, lang)}`);
  if (listed.length > LISTED_CHECKS) lines.push(fillText(t.moreChecks, { count: listed.length - LISTED_CHECKS }));

  if (paths.placeholders) lines.push(fillText(t.placeholders, { count: paths.placeholders }));
  lines.push(fillText(t.output, { path: paths.output }));
  if (paths.json === "-") lines.push(t.jsonStdout);
  else if (paths.json !== null) lines.push(fillText(t.json, { path: paths.json }));
  if (paths.docx) lines.push(fillText(t.docx, { path: paths.docx }));
  return lines;
}

/** The lines printed when the input cannot be evaluated: a headline, then each error with its cell. */
export function errorLines(errors: Check[], lang: Lang, inputPath: string): string[] {
  const t = CLI_TEXT[lang];
  return [
    fillText(t.cannotEvaluate, { path: inputPath, count: errors.length }),
    ...errors.map((e) => `  ${checkLine(e, lang)}`),
    t.nothingWritten,
  ];
}
