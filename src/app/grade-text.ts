import type { Grade, Lang } from "../engine/light";
import { GRADES_GLOSSED_EN } from "../engine/light";

/** A grade as both front ends show it: "优", or "优 (excellent)" in English; "—" when there is none. */
export function gradeText(grade: Grade | null, lang: Lang): string {
  if (!grade) return "—";
  return lang === "zh" ? grade : GRADES_GLOSSED_EN[grade];
}
