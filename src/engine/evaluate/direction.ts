/** Which way an indicator is scored (DOMAIN.md §4): its 指标性质 cell first, then its target's comparator. */
import type { Direction } from "../evaluation";
import type { Comparator, Indicator } from "../model";
import { removeSpaces, toHalfWidth } from "../detect/normalize";
import { comparatorIn } from "../comparators";

/**
 * Words of a 指标性质 cell that name a direction outright, checked in this order: 定性 first,
 * then 反向 before 正向. Comparators ("≥", "不小于", "低于") are read by comparatorIn, which
 * knows "不小于" from "小于".
 */
export const NATURE_WORDS: { direction: Direction; words: string[] }[] = [
  { direction: "qualitative", words: ["定性"] },
  { direction: "negative", words: ["反向", "逆向", "越低越好", "越小越好", "越少越好"] },
  { direction: "positive", words: ["正向", "越高越好", "越大越好", "越多越好"] },
];

const BY_COMPARATOR: Record<Comparator, Direction> = { "≥": "positive", ">": "positive", "≤": "negative", "<": "negative", "=": "equal" };

function fromNature(text: string | null): Direction | null {
  const t = removeSpaces(toHalfWidth(text ?? ""));
  if (t === "") return null;
  const named = NATURE_WORDS.find((n) => n.words.some((w) => t.includes(w)))?.direction;
  if (named) return named;
  const comparator = comparatorIn(t);
  return comparator ? BY_COMPARATOR[comparator] : null;
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
