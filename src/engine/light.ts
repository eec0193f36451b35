/**
 * The part of the engine's public surface that loads nothing of the engine itself: the types,
 * cell addresses, settings defaults, output sheet names, number formatting and the localisation
 * kit. The task pane's first screen imports this (and first-screen.ts) so evaluation, narrative and
 * rendering load only when first used; everything here is also exported by index.ts.
 * Code outside src/engine imports only index.ts, light.ts and first-screen.ts (eslint.config.mjs).
 */
export type { Grid, Sheet, CellValue, CellRef, CellRange } from "./grid";
export { a1, a1Range, columnIndex, columnLetters, parseA1, refToA1 } from "./grid";
export type { DetectedTable, DetectedBudgetTable, DetectedIndicatorTable, DetectedInfoTable, TableKind, TableOverride } from "./detect/types";
export type { Check, Evaluation, LocalizedText, Severity } from "./evaluation";
export type { OutputPlan, PlannedSheet, PlanCell, CellStyle, RangeFormat, PlannedChart, PrintHeaderFooter } from "./plan";
export { excelWouldConvert } from "./text-conversion";
export type { ReportDocument, DocumentTable, DocumentColumn, CellAlign } from "./render/report-document";
export { OUTPUT_SHEET_NAMES, printArea } from "./plan";
export type { JsonResult } from "./json";
export type { Settings, SettingsOverrides, Lang, Grade, GradeWords, QualitativeBandName, RuleSet } from "./settings";
export { DEFAULT_GRADE_WORDS, DEFAULT_SETTINGS, GRADES } from "./settings";
export { D, type Dec } from "./decimal";
export { formatPercent, formatScore } from "./format";
export { fill } from "./l10n/template";
export { countPlaceholders, placeholderSpans, type TextSpan } from "./narrative/placeholders";
export type { Placeholders, TemplateParams } from "./l10n/template";
export { GRADE_WORDS_EN, GRADES_GLOSSED_EN, gradeWordsFor, isUsableGradeWord, MAX_GRADE_WORD_LENGTH } from "./l10n/words";
