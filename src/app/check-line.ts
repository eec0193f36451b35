import type { Check } from "../engine/evaluation";
import { refToA1 } from "../engine/grid";
import type { Lang } from "../engine/settings";

/**
 * "收支表!D5：message": a check as one line of text, its cell first, so a list of them reads
 * as a to-do list of places. Used wherever errors are listed (the pane's error bar, the
 * ribbon's dialog).
 */
export function checkLine(check: Check, lang: Lang): string {
  const text = check.message[lang];
  if (!check.cell) return text;
  return `${refToA1(check.cell)}${lang === "zh" ? "：" : ": "}${text}`;
}
