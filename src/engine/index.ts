/**
 * The engine's one public entry: a grid snapshot in, an evaluation, report, output plan
 * and JSON result out. Pure: no Office, no Node, no DOM.
 */
import type { Grid } from "./grid";
import { detectWorkbook } from "./detect";
import { makeCheck } from "./messages";
import { outputNameChecks } from "./detect/output-sheets";
import type { DetectedTable, TableOverride } from "./detect/types";
import { parseWorkbook } from "./parse";
import { evaluate, resolveSettings } from "./evaluate";
import { buildReport } from "./narrative";
import type { ReportSection } from "./narrative/types";
import { renderPlan } from "./render";
import { toJsonResult } from "./json-result";
import { auditReportText } from "./audit";
import type { Check, Evaluation } from "./evaluation";
import type { JsonResult } from "./json";
import type { OutputPlan } from "./plan";
import type { Lang, SettingsOverrides } from "./settings";

export interface EngineOptions {
  /** Overrides applied after the workbook's own settings rows. */
  settings?: SettingsOverrides;
  /** The user's corrections of detection guesses. */
  overrides?: TableOverride[];
}

export type EngineResult =
  | {
      ok: true;
      detected: DetectedTable[];
      evaluation: Evaluation;
      report: ReportSection[];
      plan: OutputPlan;
      json: JsonResult;
      lang: Lang;
    }
  | {
      ok: false;
      detected: DetectedTable[];
      /** The errors that stopped the run (each names a cell where one exists). */
      errors: Check[];
      /** Everything found, errors included. */
      checks: Check[];
    };

const isError = (c: Check): boolean => c.severity === "error";

/** An info check for each budget table passed over, naming the one used. */
function unusedTableChecks(unused: DetectedTable[], used: DetectedTable[]): Check[] {
  const chosen = used.find((t) => t.kind === "budget");
  if (!chosen) return [];
  return unused.map((t) =>
    makeCheck("UNUSED_BUDGET_TABLE", { sheet: t.sheet, row: t.headerRow, col: t.range.left }, { sheet: t.sheet, used: chosen.sheet }),
  );
}

export function runEngine(grid: Grid, options: EngineOptions = {}): EngineResult {
  const { tables: detected, unusedBudgets } = detectWorkbook(grid, options.overrides ?? []);
  const parsed = parseWorkbook(grid, detected);
  const resolved = resolveSettings(parsed.model.info, options.settings ?? {});
  const before = [...outputNameChecks(grid), ...parsed.checks, ...unusedTableChecks(unusedBudgets, detected), ...resolved.checks];
  if (before.some(isError)) return { ok: false, detected, errors: before.filter(isError), checks: before };

  const own = evaluate(parsed.model, resolved.settings);
  // A report written by hand and kept in the workbook is checked against the figures.
  // The title and the finances sentence name the year; without one the unit is told where to write it.
  const year = own.year === null ? [makeCheck("YEAR_MISSING", null)] : [];
  const evaluation: Evaluation = { ...own, checks: [...year, ...before, ...own.checks, ...auditReportText(grid, own)] };
  if (evaluation.checks.some(isError)) {
    return { ok: false, detected, errors: evaluation.checks.filter(isError), checks: evaluation.checks };
  }
  const lang = resolved.settings.lang;
  const report = buildReport(evaluation, lang);
  return {
    ok: true,
    detected,
    evaluation,
    report,
    plan: renderPlan(evaluation, report, lang),
    json: toJsonResult(evaluation, report, lang),
    lang,
  };
}

export { workbookSettings } from "./first-screen";

// What the ports, the pane, the ribbon commands and the command line may use; everything else in
// src/engine is internal (eslint.config.mjs forbids importing it from outside src/engine).
export * from "./light";
export { detectTables } from "./detect";
export { renderTemplatePlan, TEMPLATE_SHEET_NAMES } from "./render";
/** The words of the 评分规则 row, for the command line's --rule-set (which accepts them too). */
export { RULE_SET_WORDS } from "./vocabulary/info-keys";
export type { ReportSection } from "./narrative/types";
export { reportDocument } from "./render/report-document";
export { countPlaceholders, placeholderSpans } from "./narrative/placeholders";
export { PARAGRAPH_INDENT } from "./render/report";
