/**
 * Names as report prose writes them (GB/T 15834 标点符号用法): a name quoted in “…” whose own text
 * holds “…” gets single quotes inside (“‘三公’经费变动率”), and 三公经费 is written “三公”经费 as
 * bureau documents write it, whatever the form's label says. Cells keep the form's text; only
 * sentences use these. The audit reads the same forms (figure-words.ts lineWords).
 */

/** 三公经费 without its quotes → “三公”经费 (a quoted one is left as it is). */
const BARE_SANGONG = /(^|[^“‘"'])三公(?=经费)/g;

export function proseName(name: string): string {
  return name.replace(BARE_SANGONG, "$1“三公”");
}

/** The name's own double quotes made single, for a name that will stand inside “…”. */
export function innerQuotes(name: string): string {
  return proseName(name).replace(/“/g, "‘").replace(/”/g, "’");
}

/** A name quoted in a sentence: “name”, with its own quotes made single. */
export function quoted(name: string): string {
  return `“${innerQuotes(name)}”`;
}
