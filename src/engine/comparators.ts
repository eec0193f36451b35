/**
 * The words and signs officers write for comparators ("≥", "不低于", "95%以上"), shared by the
 * value parser and the 指标性质 reader so both read "不小于" the same way.
 */
import type { Comparator } from "./model";

/** Before the value. Longest first, so "大于等于" is not read as "大于", nor "不小于" as "小于". */
export const COMPARATOR_WORDS: readonly [string, Comparator][] = (
  [
    ["大于等于", "≥"],
    ["大于或等于", "≥"],
    ["小于等于", "≤"],
    ["小于或等于", "≤"],
    ["不低于", "≥"],
    ["不少于", "≥"],
    ["不小于", "≥"],
    ["不高于", "≤"],
    ["不超过", "≤"],
    ["不大于", "≤"],
    ["不多于", "≤"],
    ["低于", "≤"],
    ["大于", ">"],
    ["高于", ">"],
    ["超过", ">"],
    ["小于", "<"],
    ["少于", "<"],
    ["等于", "="],
    [">=", "≥"],
    ["<=", "≤"],
    ["≥", "≥"],
    ["≧", "≥"],
    ["⩾", "≥"],
    ["≮", "≥"],
    ["≤", "≤"],
    ["≦", "≤"],
    ["⩽", "≤"],
    ["≯", "≤"],
    [">", ">"],
    ["﹥", ">"],
    ["<", "<"],
    ["﹤", "<"],
    ["=", "="],
    // The small equals sign (U+FE66) some systems print in 指标性质 cells; "＝" is half-widthed before this.
    ["﹦", "="],
  ] as [string, Comparator][]
).sort((a, b) => b[0].length - a[0].length);

/** After the value: "95%以上", "10天以内", "5个工作日内". Longest first. */
export const COMPARATOR_SUFFIXES: readonly [string, Comparator][] = [
  ["及以上", "≥"],
  ["及以下", "≤"],
  ["以上", "≥"],
  ["以下", "≤"],
  ["以内", "≤"],
  ["之内", "≤"],
  ["内", "≤"],
];

/**
 * Words before a number that say "at least" or "at most" ("至少3个", "控制在1000万元以内"), or
 * nothing ("完成95%", "达到96%", "约96%").
 */
export const LEAD_COMPARATORS: readonly [string, Comparator][] = [
  ["至少", "≥"],
  ["最少", "≥"],
  ["最低", "≥"],
  ["至多", "≤"],
  ["最多", "≤"],
  ["最高", "≤"],
  ["控制在", "≤"],
];

/** The comparator a 指标性质 text names anywhere in it ("≥", "不小于", "正向(≥)"); null if none. */
export function comparatorIn(text: string): Comparator | null {
  return COMPARATOR_WORDS.find(([word]) => text.includes(word))?.[1] ?? null;
}
