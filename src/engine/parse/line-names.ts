/**
 * What a budget line's name says about it: a total, a 小计 of the group above it, a memo line
 * outside revenue and expenditure (三公经费), a section heading, a "其中：" sub-item. Names are
 * data: add a pattern here, not a special case in the grouping logic.
 */
import type { Section } from "../model";
import { removeSpaces, stripNumbering, toHalfWidth } from "../detect/normalize";

/** A bare "总额" heads the 四川 (青神) form's funds block: 总额 / 其中：财政资金 / 单位资金 / 其他资金. */
const TOTAL_NAME = /(合计|总计|资金总额|收入总额|支出总额)$|^总(收入|支出)|^总额$/;
/** A 小计 totals the items above it, up to the previous 小计 or heading. */
const SUBTOTAL_NAME = /^小计$/;
/**
 * Lines reported beside revenue and expenditure, not as part of them: each heads its own group
 * ("三公经费 / 其中：公务接待费…") in the "other" section.
 */
const MEMO_NAME = /三公经费|政府采购|机关运行经费/;
/**
 * A grand total of a 决算 table: 收入总计 = 本年收入合计 + 年初结转和结余, 支出总计 = 本年支出合计
 * + 年末结转和结余. It may hold the year's own total as one of its items.
 */
const GRAND_TOTAL_NAME = /总计$/;
/**
 * Balances carried into or out of the year, and their uses (年初/年末结转和结余, 使用非财政拨款结余,
 * 结余分配): on a 决算 table they sit between the year's total and the 总计 and belong to the
 * 总计, not to the year's revenue or expenditure.
 */
const CARRY_OVER_NAME = /结转和结余|结转结余|非财政拨款结余|结余分配|事业基金弥补|年初结余|年末结余/;
const SUB_ITEM_PREFIX = /^其中[:：]\s*/;
// No lookbehind: Safari before 16.4 (Excel for Mac on older macOS) cannot parse it.
const CJK_PADDING = /([\u4e00-\u9fff])[\s\u3000]+(?=[\u4e00-\u9fff])/g;
const QUOTES = /[“”"'‘’]/g;

const plain = (name: string): string => removeSpaces(toHalfWidth(name)).replace(QUOTES, "");

export function isTotalName(name: string): boolean {
  return TOTAL_NAME.test(plain(name));
}

export function isSubtotalName(name: string): boolean {
  return SUBTOTAL_NAME.test(plain(name));
}

export function isGrandTotalName(name: string): boolean {
  return GRAND_TOTAL_NAME.test(plain(name));
}

export function isCarryOverName(name: string): boolean {
  return CARRY_OVER_NAME.test(plain(name));
}

export function isMemoName(name: string): boolean {
  return MEMO_NAME.test(plain(name));
}

/** 收入 → revenue, 支出 → expenditure, from a name, heading or 类别 cell. */
export function sectionFromText(text: string): Section | null {
  if (text.includes("收入")) return "revenue";
  if (text.includes("支出")) return "expenditure";
  return null;
}

/** A line's name as shown: no "其中：" marker, no outline numbering, no trailing colon. */
export function cleanLineName(raw: string): { name: string; isSubItem: boolean } {
  const trimmed = raw.trim();
  const isSubItem = SUB_ITEM_PREFIX.test(trimmed);
  // "合  计", "基本\u3000支出": padding between Chinese characters is layout, not part of the name.
  const name = stripNumbering(trimmed.replace(SUB_ITEM_PREFIX, ""))
    .replace(CJK_PADDING, "$1")
    .replace(/[:：]+$/, "")
    .trim();
  return { name, isSubItem };
}
