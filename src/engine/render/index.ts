import type { Evaluation } from "../evaluation";
import type { ReportSection } from "../narrative/types";
import type { Lang } from "../settings";
import type { OutputPlan } from "../plan";
import { renderSummary } from "./summary";
import { renderReport } from "./report";
import { renderTrail } from "./trail";

/** Evaluation → the output sheets (summary, report and its calculation trail), as a declarative plan. */
export function renderPlan(evaluation: Evaluation, report: ReportSection[], lang: Lang): OutputPlan {
  return { sheets: [renderSummary(evaluation, lang), renderReport(evaluation, report, lang), renderTrail(evaluation, report, lang)] };
}

export { renderTemplatePlan, TEMPLATE_SHEET_NAMES } from "./template";
