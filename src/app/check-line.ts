import type { Check } from "../engine/light";
import { refToA1 } from "../engine/light";
import type { Lang } from "../engine/light";

/**
 * "收支表!D5：message": a check as one line of text, its cell first, so a list of them reads
 * as a to-do list of places. Used wherever errors are listed (the pane's error bar, the
 * ribbon's dialog).
 */
export function checkLine(check: Check, lang: Lang): string {
  const text = check.message[lang];
  if (!check.cell) return text;
  const cell = refToA1(check.cell);
  // Messages that name their cell already ("绩效指标表!G3 的分值…") are not prefixed with it again.
  if (text.includes(cell)) return text;
  return `${cell}${lang === "zh" ? "：" : ": "}${text}`;
}
