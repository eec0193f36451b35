import type { Grade, Lang } from "../engine/settings";

const GRADE_EN: Record<Grade, string> = { 优: "excellent", 良: "good", 中: "fair", 差: "poor" };

/** A grade as both front ends show it: "优", or "优 (excellent)" in English; "—" when there is none. */
export function gradeText(grade: Grade | null, lang: Lang): string {
  if (!grade) return "—";
  return lang === "zh" ? grade : `${grade} (${GRADE_EN[grade]})`;
}
