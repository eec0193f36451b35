/**
 * What a budget line's name says about it: a total, a 小计 of the group above it, a memo line
 * outside revenue and expenditure (三公经费), a section heading, a "其中：" sub-item. Names are
 * data: add a pattern here, not a special case in the grouping logic.
 */
import type { Section } from "../model";
import { removeSpaces, stripNumbering, toHalfWidth } from "../detect/normalize";

const TOTAL_NAME = /(合计|总计|资金总额|收入总额|支出总额)$|^总(收入|支出)/;
/** A 小计 totals the items above it, up to the previous 小计 or heading. */
const SUBTOTAL_NAME = /^小计$/;
/**
 * Lines reported beside revenue and expenditure, not as part of them: each heads its own group
 * ("三公经费 / 其中：公务接待费…") in the "other" section.
 */
const MEMO_NAME = /三公经费|政府采购|机关运行经费/;
const SUB_ITEM_PREFIX = /^其中[:：]\s*/;
const CJK_PADDING = /(?<=[\u4e00-\u9fff])[\s\u3000]+(?=[\u4e00-\u9fff])/g;
const QUOTES = /[“”"'‘’]/g;

const plain = (name: string): string => removeSpaces(toHalfWidth(name)).replace(QUOTES, "");

export function isTotalName(name: string): boolean {
  return TOTAL_NAME.test(plain(name));
}

export function isSubtotalName(name: string): boolean {
  return SUBTOTAL_NAME.test(plain(name));
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
    .replace(CJK_PADDING, "")
    .replace(/[:：]+$/, "")
    .trim();
  return { name, isSubItem };
}
