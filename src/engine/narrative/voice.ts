/** Everything a sentence needs to know about the report it is in: language pack, speaker, year. */
import type { Dec } from "../decimal";
import type { Evaluation } from "../evaluation";
import { formatAmountRmb, formatAmountZh } from "../format";
import type { FormKind } from "../model";
import type { Grade, Lang } from "../settings";
import { gradeWordsFor } from "../l10n/words";
import { fill } from "../l10n/template";
import type { PhraseTable } from "./phrase-table";
import { en } from "./phrases/en";
import { zh } from "./phrases/zh";
import { reportKindOf } from "./variant";

/**
 * The report's language packs, with their texts' literal types: fill() then knows every
 * template's placeholders, in both languages, and checks each call's parameters against them.
 */
export const PHRASE_TABLES = { zh, en } as const satisfies Record<Lang, PhraseTable>;
/** A language pack as sentences see it: either language's texts. */
export type Phrases = (typeof PHRASE_TABLES)[Lang];

export interface Voice {
  lang: Lang;
  t: Phrases;
  /** How the unit names itself (我镇); English templates do not use it. */
  self: string;
  year: number | null;
  amount: (x: Dec) => string;
  /** Department or project report: see variant.ts. */
  kind: FormKind;
  /** The project where the report first names it ("2023年高标准农田建设项目", else 本项目). */
  project: string;
  /** The grades as the settings name them ("合格", "合格 (fair)"). */
  grades: Record<Grade, string>;
  /** Where a missing text is to be supplied: the info sheet of its own, else the report (placeholders' {where}). */
  where: string;
}

/**
 * The info sheet when it is a sheet of its own (基本信息); null when the key cells sit on a form
 * sheet beside its tables, or there are none: such a form has no room for a 部门职能.
 */
export function ownInfoSheet(evaluation: Evaluation): string | null {
  const sheet = evaluation.info?.sheet;
  if (!sheet) return null;
  const tables = [evaluation.budget?.table.sheet, ...evaluation.indicatorTables.map((t) => t.table.sheet)];
  return tables.includes(sheet) ? null : sheet;
}

export function voiceFor(evaluation: Evaluation, lang: Lang): Voice {
  const t = PHRASE_TABLES[lang];
  const name = evaluation.info?.projectName?.trim();
  return {
    lang,
    t,
    self: evaluation.selfReference,
    year: evaluation.year,
    amount: lang === "zh" ? formatAmountZh : formatAmountRmb,
    kind: reportKindOf(evaluation),
    project: name ? fill(t.project.named, { name }) : t.project.self,
    grades: gradeWordsFor(evaluation.settings.gradeWords, lang),
    where: ((sheet) => (sheet === null ? t.where.report : fill(t.where.sheet, { sheet })))(ownInfoSheet(evaluation)),
  };
}

export { fill };

/** "2023年，" / "In 2023, " — or nothing when the year is unknown. */
export function yearPrefix(v: Voice): string {
  return v.year === null ? "" : fill(v.t.yearPrefix, { year: String(v.year) });
}

/**
 * Joins clauses into one sentence: clause separator between, a capital first letter
 * (a no-op for Chinese) and the sentence end. Empty clauses are dropped.
 */
export function sentence(v: Voice, clauses: (string | null)[]): string {
  const text = join(v, clauses);
  if (text === "") return "";
  return capitalize(text) + v.t.punctuation.end;
}

/** Clauses of one sentence part, without the sentence end; null and empty clauses dropped. */
export function join(v: Voice, clauses: (string | null)[]): string {
  return clauses.filter((c): c is string => c !== null && c !== "").join(v.t.punctuation.clause);
}

/**
 * Items of a list joined by `separator`, the last one after the pack's `lastItem` ("…; and B" in
 * English, nothing in Chinese).
 */
export function listOf(v: Voice, items: string[], separator: string): string {
  if (items.length < 2) return items.join(separator);
  return [...items.slice(0, -1), v.t.punctuation.lastItem + items[items.length - 1]!].join(separator);
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Ends a piece of workbook text as a sentence unless it already ends with a stop. */
export function ensureSentenceEnd(v: Voice, text: string): string {
  return /[。.!！?？；;…]$/.test(text) ? text : text + v.t.punctuation.end;
}

/** An officer's text split into paragraphs on line breaks; null when there is nothing to show. */
export function paragraphsOf(text: string | null | undefined): string[] | null {
  if (text === null || text === undefined) return null;
  const paragraphs = text
    .split(/\r\n|\r|\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  return paragraphs.length > 0 ? paragraphs : null;
}
