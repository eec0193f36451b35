/**
 * Names as report prose writes them (GB/T 15834 标点符号用法): a name quoted in “…” whose own text
 * holds “…” gets single quotes inside (“‘三公’经费变动率”), and 三公经费 is written “三公”经费 as
 * bureau documents write it, whatever the form's label says. Cells keep the form's text; only
 * sentences use these. The audit reads the same forms (figure-words.ts lineWords).
 */

/** 三公经费 without its quotes → “三公”经费 (a quoted one is left as it is). */
const BARE_SANGONG = /(^|[^“‘"'])三公(?=经费)/g;

export function proseName(name: string): string {
  return fullWidthBetweenHan(name).replace(BARE_SANGONG, "$1“三公”");
}

const HALF_WIDTH: Record<string, string> = { ",": "，", ";": "；", ":": "：" };
/** A half-width , ; : between two Han characters (typed in an English input mode). */
const HALF_BETWEEN_HAN = /(\p{Script=Han})\s*([,;:])\s*(?=\p{Script=Han})/gu;

/**
 * Chinese text with the half-width , ; : a unit typed between Han characters made full-width, as
 * report prose prints them ("已完工,剩余3%尾款未付" → "已完工，剩余…"; review R10). Cells keep what
 * was typed; only sentences use this.
 */
export function fullWidthBetweenHan(text: string): string {
  return text.replace(HALF_BETWEEN_HAN, (_m, han: string, mark: string) => han + HALF_WIDTH[mark]!);
}

/** The name's own double quotes made single, for a name that will stand inside “…”. */
export function innerQuotes(name: string): string {
  return proseName(name).replace(/“/g, "‘").replace(/”/g, "’");
}

/** A name quoted in a sentence: “name”, with its own quotes made single. */
export function quoted(name: string): string {
  return `“${innerQuotes(name)}”`;
}
