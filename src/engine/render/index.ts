import type { Evaluation } from "../evaluation";
import type { ReportSection } from "../narrative/types";
import type { Lang } from "../settings";
import type { OutputPlan } from "../plan";

/** Evaluation → the two output sheets (summary and report), as a declarative plan. */
export function renderPlan(evaluation: Evaluation, report: ReportSection[], lang: Lang): OutputPlan {
  void evaluation;
  void report;
  void lang;
  throw new Error("renderPlan: not implemented yet");
}
