import type { Evaluation } from "./evaluation";
import type { ReportSection } from "./narrative/types";
import type { Lang } from "./settings";
import type { JsonResult } from "./json";

/** Evaluation → the public --json result (schemaVersion 1). */
export function toJsonResult(evaluation: Evaluation, report: ReportSection[], lang: Lang): JsonResult {
  void evaluation;
  void report;
  void lang;
  throw new Error("toJsonResult: not implemented yet");
}
