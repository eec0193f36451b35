/**
 * The bracketed notes a report carries where the officer has a text to supply ("（请在本报告中
 * 填写部门职能。）", "(Please fill in …)"): found again in the finished text so the Word export can
 * mark them and the command line can count them (docs/report-document.md). Every placeholder of
 * the phrase packs is a bracket holding 请 / "please" (test/engine/narrative/placeholders.test.ts
 * holds the packs to that). Imports nothing: the task pane's light bundle reads it.
 */
import type { Lang } from "../settings";

const PATTERNS: Record<Lang, RegExp> = {
  zh: /（[^（）]*请[^（）]*）/g,
  en: /\([^()]*\b[Pp]lease\b[^()]*\)/g,
};

export interface TextSpan {
  start: number;
  end: number;
}

/** Where the placeholders stand in a paragraph, in order. */
export function placeholderSpans(text: string, lang: Lang): TextSpan[] {
  return [...text.matchAll(PATTERNS[lang])].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** How many placeholders the report's paragraphs hold. */
export function countPlaceholders(sections: readonly { paragraphs: readonly string[] }[], lang: Lang): number {
  return sections.reduce((n, s) => n + s.paragraphs.reduce((k, p) => k + placeholderSpans(p, lang).length, 0), 0);
}
