/**
 * The words of an indicator table: the 指标性质 words that name a direction, the labels of a
 * stated-total row, the 一级 a 二级 name implies, and the negations that turn a result round.
 * Words are data: add one here, not a special case in the parser or the scorer.
 */
import type { Direction } from "../evaluation";
import { normalizeHeader } from "./text";

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

/** A 二级 name holding this word (成本指标) is a spending cap: lower is better unless stated. */
export const COST_LEVEL2_WORD = "成本";

/** Labels of the row under an indicator table that states its totals (总分 | 100 | 92). */
const TOTAL_LABELS = new Set(["总分", "合计", "总计", "总得分", "分值合计", "得分合计", "合计得分", "总分值", "合计分值"]);

/** 二级 names that tell the 一级 when a table has no 一级 column (or leaves it blank). */
const LEVEL1_BY_LEVEL2: [RegExp, string][] = [
  [/^(数量|质量|时效|成本)/, "产出指标"],
  [/^(经济效益|社会效益|生态效益|可持续)/, "效益指标"],
  [/满意度/, "满意度指标"],
];

export function isStatedTotalLabel(text: string): boolean {
  return TOTAL_LABELS.has(normalizeHeader(text));
}

export function level1From(level2: string | null): string | null {
  if (!level2) return null;
  for (const [pattern, level1] of LEVEL1_BY_LEVEL2) if (pattern.test(level2)) return level1;
  return null;
}

/**
 * "无差错", "未发生安全事故", "零投诉": a negation of something bad, which is a good result. They
 * are taken out before negations are looked for, and count as achieved when nothing else speaks.
 */
export const GOOD_NEGATIONS =
  /(?:无|零|未发生|未出现|未发现|未收到|没有发生|没有出现|没有|不发生|杜绝)(?:重大|一般|较大|安全|责任|质量|生产|交通|消防|食品|资金){0,2}(?:差错|事故|投诉|违规|违纪|违法|失误|问题|遗漏|超支|返工|纠纷|偏差|风险|隐患|舆情|上访|案件)/g;
/** Words holding a negation character that negate nothing ("不断完善", "不同程度提升", "无论"). */
export const NOT_NEGATIONS = /不断|不同|不仅|不但|不懈|无论|毫不|不折不扣/g;
/** A negation shortly before a keyword turns it round: "未按期完成", "效果不明显", "有待完善". */
export const NEGATION = /未|没|不|无|非|否|有待/;

/** Bare words that say "it happened": against a negated target ("无重大事故" | "有"), a failure. */
export const SOME_WORDS = new Set(["有", "是", "发生", "已发生", "存在"]);

/** Bare words that say "none happened": a full answer to a target that is itself a negation. */
export const NONE_WORDS = new Set(["无", "没有", "未发生", "没发生", "无发生", "零", "0", "否"]);
export const NEGATED_TARGET = /^(?:不|无|未|没有|杜绝|零)/;

/** Characters in a lead that turn it round ("未达到95%"): such text is a result in words. */
export const LEAD_NEGATION = /[未没不无非否]/;

/** A cell that says "not applicable": "/", "—", "-", "无", "不适用", "不涉及". */
const PLACEHOLDER_MARK = /^(?:[/／\\—–\-－_、]+|无|不适用|不涉及)$/;
/** A 三级 slot a province's form prints with nothing named in it: "指标1：", "指标2:/", "/". */
const PLACEHOLDER_NAME = /^(?:指标\s*\d*\s*[:：]?\s*[/／—–\-－]*|[/／—–\-－]+)$/;

export function isPlaceholderMark(text: string): boolean {
  return PLACEHOLDER_MARK.test(text.trim());
}

export function isPlaceholderName(name: string): boolean {
  return PLACEHOLDER_NAME.test(name.trim());
}

/**
 * The common indicators of 财预〔2013〕53号 (部门整体支出绩效评价共性指标) and provincial copies, by
 * the figure each measures and the way it is scored: a control or change rate is a cap (反向),
 * completion and procurement rates are floors (正向). Compared with quotes and spaces removed.
 */
export type CommonIndicator =
  | "budgetCompletion"
  | "budgetAdjustment"
  | "carryOver"
  | "publicExpenseControl"
  | "threePublicControl"
  | "threePublicChange"
  | "procurement"
  | "staffControl";

const COMMON_INDICATORS: readonly { kind: CommonIndicator; pattern: RegExp; direction: "positive" | "negative" }[] = [
  { kind: "budgetCompletion", pattern: /^预算(?:资金)?(?:完成|执行)率$/, direction: "positive" },
  { kind: "budgetAdjustment", pattern: /^预算调整率$/, direction: "negative" },
  { kind: "carryOver", pattern: /^结转结余(?:资金)?率$/, direction: "negative" },
  { kind: "publicExpenseControl", pattern: /^公用经费控制率$/, direction: "negative" },
  { kind: "threePublicControl", pattern: /^三公经费控制率$/, direction: "negative" },
  { kind: "threePublicChange", pattern: /^三公经费变动率$/, direction: "negative" },
  { kind: "procurement", pattern: /^政府采购执行率$/, direction: "positive" },
  { kind: "staffControl", pattern: /^(?:在职人员|财政供养人员|人员)控制率$/, direction: "negative" },
];

const QUOTES_AND_SPACES = /[\s"“”'‘’「」『』]/g;

export function commonIndicatorOf(name: string): (typeof COMMON_INDICATORS)[number] | null {
  const key = name.replace(QUOTES_AND_SPACES, "");
  return COMMON_INDICATORS.find((c) => c.pattern.test(key)) ?? null;
}

/** Budget lines a common indicator reads: 公用经费, 三公经费, 政府采购, 结转结余. */
export const PUBLIC_EXPENSE_LINE = /公用经费/;
export const THREE_PUBLIC_LINE = /三公/;
export const PROCUREMENT_LINE = /政府采购/;
export const CARRY_OVER_LINE = /结转(?:和|及)?结余/;
