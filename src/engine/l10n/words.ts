/**
 * Words every front end shows the same way, written once: the grades' English glosses, the
 * words that stand for an empty cell in messages, and the names of the sheets Zipin writes.
 */
import type { Grade, GradeWords, Lang } from "../settings";
import { DEFAULT_GRADE_WORDS, GRADES } from "../settings";
import type { LocalizedText } from "../evaluation";
import { excelWouldConvert } from "../text-conversion";

const byGrade = (word: (grade: Grade) => string): Record<Grade, string> =>
  Object.fromEntries(GRADES.map((g) => [g, word(g)])) as Record<Grade, string>;

/** The English gloss of each grade; the grade itself (优, 良…) is always shown in Chinese too. */
export const GRADE_WORDS_EN: Readonly<Record<Grade, string>> = { 优: "excellent", 良: "good", 中: "fair", 差: "poor" };
/** "优 (excellent)": a grade in English text (the report, the command line, the task pane). */
export const GRADES_GLOSSED_EN: Readonly<Record<Grade, string>> = byGrade((g) => `${g} (${GRADE_WORDS_EN[g]})`);
/** "Excellent": a grade as a cell of the English summary sheet. */
export const GRADES_CAPITALISED_EN: Readonly<Record<Grade, string>> = byGrade(
  (g) => GRADE_WORDS_EN[g].charAt(0).toUpperCase() + GRADE_WORDS_EN[g].slice(1),
);

const isDefault = (words: GradeWords): boolean => GRADES.every((g) => words[g] === DEFAULT_GRADE_WORDS[g]);

/**
 * The grades as shown, by the settings' words (优秀/良好/合格/不合格…): the word itself in
 * Chinese; in English text the word with its gloss ("合格 (fair)"); on an English summary sheet
 * "Excellent" while the words are the default ones, else the glossed word, so a reviewer sees
 * the word the unit's rules use (docs/rules.md §8.1).
 */
export function gradeWordsFor(words: GradeWords, lang: Lang, form: "text" | "cell" = "text"): Record<Grade, string> {
  if (lang === "zh") return { ...words };
  if (form === "cell" && isDefault(words)) return { ...GRADES_CAPITALISED_EN };
  return byGrade((g) => `${words[g]} (${GRADE_WORDS_EN[g]})`);
}

/** Longer than this, a grade word is a sentence typed in the wrong place. */
export const MAX_GRADE_WORD_LENGTH = 8;

/**
 * Whether a word can name a grade: text, short, and nothing a spreadsheet would turn into a
 * formula, number or date when it is written into the summary's grade cell (docs/design.md §6),
 * nor a quote or line break. The settings rows and the task pane check words with this.
 */
export function isUsableGradeWord(word: string): boolean {
  const w = word.trim();
  return w !== "" && w === word && w.length <= MAX_GRADE_WORD_LENGTH && !excelWouldConvert(w) && !/["'\r\n]/.test(w);
}

/**
 * What a message shows for an empty cell. Three forms are in use, one per kind of message (kept
 * as they are so no message changes): a bare word inside a list of values (UNSCORABLE_INDICATOR),
 * a bracketed one where a value stood (INVALID_WEIGHT), and "not filled in" for a 定性 result.
 */
export const BLANK_WORDS = {
  inList: { zh: "空", en: "blank" },
  asValue: { zh: "（空）", en: "(blank)" },
  notFilled: { zh: "（未填）", en: "(blank)" },
} as const satisfies Record<string, LocalizedText>;

/** The names of the sheets we own; any other sheet is input and never written. Chinese in both languages, so a re-run finds them. */
export const OUTPUT_SHEET_NAMES = { summary: "绩效自评结果", report: "自评报告", trail: "计算依据" } as const;
