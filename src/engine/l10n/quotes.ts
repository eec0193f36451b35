/**
 * Quotation marks inside quotation marks, GB/T 15834 style: the inner pair of a nested quote is
 * single (指标“‘三公’经费变动率”), never a doubled “… (指标““三公”经费变动率”), which reads as a
 * slip. Text whose double quotes do not pair up is left as it is.
 */
export function nestQuotes(text: string): string {
  if (!text.includes("“")) return text;
  let depth = 0;
  let out = "";
  for (const ch of text) {
    if (ch === "“") {
      out += depth % 2 === 1 ? "‘" : "“";
      depth++;
    } else if (ch === "”") {
      if (depth === 0) return text;
      depth--;
      out += depth % 2 === 1 ? "’" : "”";
    } else {
      out += ch;
    }
  }
  return depth === 0 ? out : text;
}
