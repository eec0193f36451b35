/**
 * "其中" rows usually name only part of their line, so they are checked only for exceeding it.
 * Some forms list instead every source of the line's funds, and those must add up to it: the
 * MOF 项目支出绩效自评表 (财预〔2020〕10号) splits 年度资金总额 into 当年财政拨款, 上年结转资金
 * and 其他资金; the 四川 form splits 总额 into 财政资金, 财政专户管理资金, 单位资金 and 其他资金.
 * A shortfall there is money unaccounted for. Names are data: add a form's list here.
 */
import { removeSpaces, toHalfWidth } from "../vocabulary/text";

const WHOLE_BREAKDOWNS: ReadonlySet<string>[] = [
  new Set(["当年财政拨款", "上年结转资金", "上年结转", "其他资金"]),
  new Set(["财政资金", "财政专户管理资金", "单位资金", "其他资金"]),
];

/** True when every name is one of a single form's complete list of fund sources. */
export function isWholeBreakdown(names: string[]): boolean {
  if (names.length === 0) return false;
  const plain = names.map((n) => removeSpaces(toHalfWidth(n)));
  return WHOLE_BREAKDOWNS.some((set) => plain.every((n) => set.has(n)));
}
