import type { Evaluation } from "../evaluation";
import type { Lang } from "../settings";
import { buildSections } from "./sections";
import type { ReportSection } from "./types";
import { voiceFor } from "./voice";

export type { ReportSection } from "./types";
export type { PhraseTable } from "./phrase-table";
export { PHRASE_TABLES } from "./voice";

/** The report text, section by section, in the seed report's structure and phrasing. */
export function buildReport(evaluation: Evaluation, lang: Lang): ReportSection[] {
  return buildSections(voiceFor(evaluation, lang), evaluation);
}
