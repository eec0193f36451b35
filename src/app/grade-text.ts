import type { Grade, GradeWords, Lang } from "../engine/light";
import { DEFAULT_GRADE_WORDS, gradeWordsFor } from "../engine/light";

/**
 * A grade as every front end shows it, by the settings' words: "优" (or "合格"), "优 (excellent)"
 * in English; "—" when there is none.
 */
export function gradeText(grade: Grade | null, lang: Lang, words: GradeWords = DEFAULT_GRADE_WORDS): string {
  if (!grade) return "—";
  return gradeWordsFor(words, lang)[grade];
}
