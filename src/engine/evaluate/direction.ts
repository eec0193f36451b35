/** Which way an indicator is scored (DOMAIN.md §4): its 指标性质 cell first, then its target's comparator. */
import type { Direction } from "../evaluation";
import type { Indicator } from "../model";

/**
 * Words of a 指标性质 cell, checked in this order: 定性 first, then 反向 before 正向 before 等于,
 * so "小于等于" is 反向 and "大于等于" 正向, not 等于.
 */
export const NATURE_WORDS: { direction: Direction; words: string[] }[] = [
  { direction: "qualitative", words: ["定性"] },
  { direction: "negative", words: ["反向", "逆向", "越低越好", "越小越好", "小于", "不高于", "不超过", "≤", "<=", "<"] },
  { direction: "positive", words: ["正向", "越高越好", "越大越好", "大于", "不低于", "≥", ">=", ">"] },
  { direction: "equal", words: ["等于", "="] },
];

function fromNature(text: string | null): Direction | null {
  const t = (text ?? "").replace(/\s+/g, "");
  if (t === "") return null;
  return NATURE_WORDS.find((n) => n.words.some((w) => t.includes(w)))?.direction ?? null;
}

export function indicatorDirection(ind: Indicator): Direction {
  const stated = fromNature(ind.natureText);
  if (stated) return stated;
  switch (ind.target.comparator) {
    case "≤":
    case "<":
      return "negative";
    case "≥":
    case ">":
      return "positive";
    case "=":
      return "equal";
    default:
      break;
  }
  if (ind.target.number === null) return "qualitative";
  // 成本指标 are spending caps: lower is better unless the sheet says otherwise.
  if ((ind.level2 ?? "").includes("成本")) return "negative";
  return "positive";
}
