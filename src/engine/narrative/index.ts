import type { Evaluation } from "../evaluation";
import type { Lang } from "../settings";
import type { ReportSection } from "./types";

export type { ReportSection } from "./types";

/** The report text, section by section, in the seed report's structure and phrasing. */
export function buildReport(evaluation: Evaluation, lang: Lang): ReportSection[] {
  void evaluation;
  void lang;
  throw new Error("buildReport: not implemented yet");
}
