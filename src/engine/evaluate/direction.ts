/** Which way an indicator is scored (docs/rules.md §4.1): its 指标性质 cell first, then its target's comparator. */
import type { Direction } from "../evaluation";
import type { Comparator, Indicator } from "../model";
import { removeSpaces, toHalfWidth } from "../vocabulary/text";
import { comparatorIn } from "../comparators";
import { COST_LEVEL2_WORD, NATURE_WORDS } from "../vocabulary/indicator-words";
import { commonIndicatorOf } from "../vocabulary/indicator-words";

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
  // 财预〔2013〕53号 common indicators: a control or change rate is a cap, whatever 指标性质 says ("定量指标").
  const common = commonIndicatorOf(ind.name);
  if (common) return common.direction;
  if (ind.target.number === null) return "qualitative";
  // 成本指标 are spending caps: lower is better unless the sheet says otherwise.
  if ((ind.level2 ?? "").includes(COST_LEVEL2_WORD)) return "negative";
  return "positive";
}
