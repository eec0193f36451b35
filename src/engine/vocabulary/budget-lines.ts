/**
 * What a budget line's name says about it: a total, a 小计 of the group above it, a memo line
 * outside revenue and expenditure (三公经费), a section heading, a "其中：" sub-item. Names are
 * data: add a pattern here, not a special case in the grouping logic. Detection (which column
 * holds the names), parsing (what each line is) and the report (how a line is named in a
 * sentence) all read them from here.
 */
import type { BudgetLine, BudgetLineKind, Section } from "../model";
import { removeSpaces, stripNumbering, toHalfWidth } from "./text";

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
  return isTotalText(plain(name));
}

/** The total test on a text already made half-width without spaces (detect/item-column.ts). */
export function isTotalText(text: string): boolean {
  return TOTAL_NAME.test(text);
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

/** A bare 合计/总计 names nothing on its own: the report says 收入合计 / 支出合计 instead. */
const BARE_TOTAL = /^(合计|总计)$/;
/** "基本支出小计" is 基本支出 in a sentence. */
const SUBTOTAL_ENDING = /^(.+?)小计$/;
/** A bare 总计: the report names it by its section (收入总计 / 支出总计). */
const BARE_GRAND_TOTAL = /^总计$/;
/** "三公经费合计": its items are told as the items of 三公经费. */
const TOTAL_ENDING = /(.+?)合计$/;

export function isBareTotalName(name: string): boolean {
  return BARE_TOTAL.test(name);
}

export function isBareGrandTotalName(name: string): boolean {
  return BARE_GRAND_TOTAL.test(name);
}

/** The group a "…小计" line totals ("基本支出小计" → 基本支出), or null for any other name. */
export function subtotalGroupName(name: string): string | null {
  return SUBTOTAL_ENDING.exec(name)?.[1] ?? null;
}

/** A name without its trailing 合计 ("三公经费合计" → 三公经费); other names unchanged. */
export function withoutTotalEnding(name: string): string {
  return name.replace(TOTAL_ENDING, "$1");
}

/** The kinds that total other lines (see BudgetLineKind). */
const TOTAL_KINDS: ReadonlySet<BudgetLineKind> = new Set<BudgetLineKind>(["total", "yearTotal", "grandTotal", "subtotal", "memo"]);

/** A total of some kind (合计, 总计, 小计, 三公经费…), as opposed to an item, sub-item or carry-over. */
export function isTotalLine(line: Pick<BudgetLine, "kind">): boolean {
  return TOTAL_KINDS.has(line.kind);
}
