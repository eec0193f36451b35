/**
 * Check and error messages as data (zh-CN and en). Placeholders are {name}, filled by the
 * l10n kit (l10n/template.ts) and checked by the compiler at every makeCheck; values are
 * formatted by the caller (amounts "28,082.29万元", rates "98.31%") before they go in.
 */
import type { CellRef } from "./grid";
import { refToA1 } from "./grid";
import type { Check, CheckCode, LocalizedText, Severity } from "./evaluation";
import { fill, type TemplateParams } from "./l10n/template";
import { nestQuotes } from "./l10n/quotes";

interface MessageTemplate {
  severity: Severity;
  zh: string;
  en: string;
}

export const MESSAGES = {
  NO_BUDGET_TABLE: {
    severity: "error",
    zh: "未找到预算收支表：需要一个含“项目”列和至少两列（年初预算数、全年预算数、全年执行数、上年执行数）的表头行。",
    en: "No budget table found: need a header row with an item column and at least two of 年初预算数, 全年预算数, 全年执行数, 上年执行数.",
  },
  INCOMPLETE_INDICATOR_HEADER: {
    severity: "error",
    zh: "{cell} 的表头像绩效指标表，但缺少{missing}列，无法计分：请补上该列并逐行填写。",
    en: "The header at {cell} looks like an indicator table but has no {missing} column, so nothing can be scored: add the column and fill it in row by row.",
  },
  NO_INDICATOR_TABLE: {
    severity: "error",
    zh: "未找到绩效指标表：需要含“一级指标”“三级指标/指标名称”“年度指标值”“实际完成值”“分值”的表头行。",
    en: "No indicator table found: need a header row with 一级指标, 三级指标/指标名称, 年度指标值, 实际完成值 and 分值.",
  },
  EMPTY_BUDGET_TABLE: {
    severity: "error",
    zh: "预算收支表（表头在{cell}）没有数据行：请在表头下逐行填写各项金额。",
    en: "The budget table (header at {cell}) has no data rows: fill in the amounts below the header, one line per row.",
  },
  EMPTY_INDICATOR_TABLE: {
    severity: "error",
    zh: "绩效指标表（表头在{cell}）没有数据行：请在表头下逐行填写指标名称、年度指标值、实际完成值和分值。",
    en: "The indicator table (header at {cell}) has no data rows: fill in each indicator's name, target, actual value and weight below the header.",
  },
  INVALID_WEIGHT: {
    severity: "error",
    zh: "{cell} 的分值“{value}”不是有效数字（指标“{name}”）。",
    en: "Weight “{value}” in {cell} is not a valid number (indicator “{name}”).",
  },
  MISSING_WEIGHT: {
    severity: "error",
    zh: "指标“{name}”填写了年度指标值或实际完成值，但分值未填写。",
    en: "Indicator “{name}” has a target or an actual value, but its weight (分值) is blank.",
  },
  DUPLICATE_TABLE: {
    severity: "error",
    zh: "工作表“{sheet}”与“{other}”都像是{kind}，请在设置中指定使用哪一个。",
    en: "Sheets “{sheet}” and “{other}” both look like the {kind}; choose one in the settings.",
  },
  UNUSED_BUDGET_TABLE: {
    severity: "info",
    zh: "工作表“{sheet}”中的表也像收支表，但本次评价使用的是“{used}”中的收支表；如需改用，请在任务窗格“找到的表”中更正。",
    en: "The table in sheet “{sheet}” also looks like a budget table, but this evaluation used the one in “{used}”; to use it instead, correct the guess under “Tables found” in the task pane.",
  },
  OUTPUT_NAME_TAKEN: {
    severity: "error",
    zh: "工作表“{sheet}”与评价结果表同名，评价会整表替换它，但它不是以前的评价结果：请先把它改名。",
    en: "Sheet “{sheet}” has the name of an output sheet, which evaluation replaces whole, but it is not an earlier result: rename it first.",
  },
  BAD_SETTING: {
    severity: "error",
    zh: "{cell} 的设置“{key}”取值“{value}”无效：{hint}",
    en: "Setting “{key}” in {cell} has an invalid value “{value}”: {hint}",
  },
  SUM_MISMATCH: {
    severity: "warning",
    zh: "“{name}”{column}为{stated}，但其组成项合计为{sum}，相差{diff}。",
    en: "“{name}” {column} is {stated}, but its items add up to {sum}, a difference of {diff}.",
  },
  SUBTOTAL_MISTYPED: {
    severity: "warning",
    zh: "“{name}”{column}为{stated}，与其组成项合计{sum}相差{diff}，“{total}”与各项之和也相差{diff}：疑为该格录入有误（按组成项应为{sum}），“{total}”与组成项一致。",
    en: "“{name}” {column} is {stated}, {diff} off its items' sum of {sum}, and “{total}” is off by the same {diff}: this cell is probably mistyped (its items give {sum}); “{total}” agrees with the items.",
  },
  NARRATIVE_IS_FIGURE: {
    severity: "warning",
    zh: "“{key}”填写的是数字{value}，不是文字说明，报告未采用。",
    en: "“{key}” holds the figure {value}, not a description; the report does not use it.",
  },
  LEVEL_POINTS_MISMATCH: {
    severity: "warning",
    zh: "一级指标“{name}”标注{stated}分，其下各项指标分值合计{sum}分。",
    en: "Category “{name}” is labelled {stated} points, but its indicators' weights add up to {sum}.",
  },
  STATED_RATE_MISMATCH: {
    severity: "warning",
    zh: "“{name}”填报执行率{stated}，按执行数÷预算数计算应为{computed}。",
    en: "“{name}” states an execution rate of {stated}; actual ÷ budget gives {computed}.",
  },
  STATED_SCORE_MISMATCH: {
    severity: "warning",
    zh: "{subject}填报得分{stated}分，按评分规则应为{computed}分。",
    en: "{subject} states a score of {stated}; the scoring rules give {computed}.",
  },
  STATED_TOTAL_MISMATCH: {
    severity: "warning",
    zh: "表中填报的总分{stated}分与{sum}{computed}分不一致。",
    en: "The stated total {stated} differs from {sum} {computed}.",
  },
  MISSING_DEVIATION_REASON: {
    severity: "warning",
    zh: "指标“{name}”{state}（{score}/{weight}分），{ask}。",
    en: "Indicator “{name}” {state} ({score}/{weight}); {ask}.",
  },
  OVERSHOOT: {
    severity: "warning",
    zh: "指标“{name}”实际完成值为年度指标值的{ratio}，超过{threshold}，需说明偏差原因（目标可能设置偏低）。",
    en: "Indicator “{name}” reached {ratio} of its target, above {threshold}; explain the deviation (the target may be too low).",
  },
  QUALITATIVE_SCORE_OUT_OF_BAND: {
    severity: "warning",
    zh: "定性指标“{name}”完成情况为“{result}”，填报得分{stated}不在{band}分值区间内，按{computed}分计。",
    en: "Qualitative indicator “{name}” is “{result}”; the stated score {stated} is outside the {band} band, scored {computed}.",
  },
  WEIGHTS_TOTAL: {
    severity: "warning",
    zh: "指标分值合计{weights}分，加预算执行率{execution}分，共{total}分，不等于100分。",
    en: "Indicator weights add up to {weights}, plus {execution} for budget execution: {total}, not 100.",
  },
  INVALID_NUMBER: {
    severity: "warning",
    zh: "{cell} 的“{value}”不是有效数字，已按空值处理。",
    en: "“{value}” in {cell} is not a valid number; treated as blank.",
  },
  UNIT_MISMATCH: {
    severity: "warning",
    zh: "指标“{name}”的年度指标值单位“{target}”与实际完成值单位“{actual}”不一致。",
    en: "Indicator “{name}”: target unit “{target}” differs from actual unit “{actual}”.",
  },
  EXECUTION_LAGS_RESULTS: {
    severity: "warning",
    zh: "指标得分率{completion}高于预算执行率{execution}达{gap}个百分点，超过{threshold}个百分点（{state}）。",
    en: "Indicator score rate {completion} exceeds budget execution {execution} by {gap} percentage points, more than {threshold} ({state}).",
  },
  LOW_EXECUTION: {
    severity: "warning",
    zh: "“{name}”预算执行率为{rate}，未执行部分超过{threshold}。",
    en: "“{name}” execution rate is {rate}; more than {threshold} of the budget is unspent.",
  },
  OVER_BUDGET: {
    severity: "warning",
    zh: "“{name}”全年执行数{actual}超过全年预算数{budget}，超出{excess}：请核实是否有预算调整（追加）批复，并按调整后的预算数填写。",
    en: "“{name}” spent {actual}, {excess} above its full-year budget of {budget}: check whether the budget was adjusted (supplemented) and enter the adjusted budget.",
  },
  RATE_FROM_PART: {
    severity: "warning",
    zh: "“{name}”一行为0或未填写，与其组成项不符；预算执行率按“{part}”计算：{actual}÷{budget}={rate}。请更正该行。",
    en: "The “{name}” row is 0 or blank, which contradicts its parts; the execution rate is taken from “{part}”: {actual} ÷ {budget} = {rate}. Please correct the row.",
  },
  YEAR_MISSING: {
    severity: "info",
    zh: "未找到评价年度，报告标题和收支情况中不写年度：请在表头标题中写明年度（如“2023年度”），或在“基本信息”表填写“年度”。",
    en: "No year was found, so the report's title and finances name none: write the year in the form's title (e.g. “2023年度”) or fill in 年度 on the 基本信息 sheet.",
  },
  ZERO_BUDGET: {
    severity: "warning",
    zh: "“{name}”全年预算数为0，无法计算执行率。",
    en: "“{name}” has a budget of 0; its execution rate cannot be computed.",
  },
  EXECUTION_RATE_MISMATCH: {
    severity: "warning",
    zh: "指标“{name}”填报的实际完成值{stated}与收支表计算的预算执行率{computed}不一致，按{computed}计分。",
    en: "Indicator “{name}” states {stated}, but the budget table gives an execution rate of {computed}; scored on {computed}.",
  },
  UNCHECKED_STATED_SCORE: {
    severity: "warning",
    zh: "指标“{name}”{why}，沿用填报得分{stated}分，请核实。",
    en: "Indicator “{name}”: {why}; the stated score {stated} is kept, please check.",
  },
  UNSCORABLE_INDICATOR: {
    severity: "warning",
    zh: "指标“{name}”的年度指标值或实际完成值无法识别（{target} / {actual}），按0分计，请核实。",
    en: "Indicator “{name}”: target or actual cannot be read ({target} / {actual}); scored 0, please check.",
  },
  COMMON_INDICATOR_FROM_BUDGET: {
    severity: "info",
    zh: "指标“{name}”的实际完成值未填写，已按收支表计算为{computed}（{formula}）。",
    en: "Indicator “{name}” has no actual value; computed from the budget table as {computed} ({formula}).",
  },
  COMMON_INDICATOR_MISMATCH: {
    severity: "warning",
    zh: "指标“{name}”填报的实际完成值{stated}与按收支表计算的{computed}（{formula}）不一致，按{computed}计分。",
    en: "Indicator “{name}” states {stated}, but the budget table gives {computed} ({formula}); scored on {computed}.",
  },
  NOT_APPLICABLE_INDICATOR: {
    severity: "info",
    zh: "指标“{name}”未设分值、未填指标值（“/”或空白），视为不适用，不参与计分。",
    en: "Indicator “{name}” has no weight and no values (“/” or blank): taken as not applicable and left out of scoring.",
  },
  INITIAL_BUDGET_AS_BUDGET: {
    severity: "info",
    zh: "收支表没有全年预算数（调整后预算数）列，预算执行率以年初预算数（{cell}所在列）为分母计算，视为年内未调整预算。",
    en: "The budget table has no full-year (adjusted) budget column; execution rates use the initial budget (the column at {cell}), taken as unadjusted.",
  },
  TEXT_FIGURE_MISMATCH: {
    severity: "warning",
    zh: "{cell} 的报告文字“{claim}”与数据不符：应为{correct}（{rule}{precision}）{own}。",
    en: "Report text “{claim}” in {cell} disagrees with the data: it should be {correct} ({rule}{precision}){own}.",
  },
  TEXT_FIGURE_UNMATCHED: {
    severity: "info",
    zh: "{cell} 的报告文字“{claim}”未能对应到表中的项目或数字，未核对。",
    en: "Report text “{claim}” in {cell} could not be tied to a line or figure of the tables; not checked.",
  },
} as const satisfies Record<CheckCode, MessageTemplate>;

/** Both languages' texts of a check's message. */
type MessageTexts<C extends CheckCode> = (typeof MESSAGES)[C]["zh" | "en"];
type Value = string | LocalizedText;
/**
 * The values a check's message needs, one per placeholder of either language, checked by the
 * compiler; {cell} is filled from the check's cell unless given.
 */
export type MessageParams<C extends CheckCode> = Omit<TemplateParams<MessageTexts<C>, Value>, "cell"> & { cell?: Value };

/** The parameters in one language: a LocalizedText gives its text in that language. */
function inLang(params: Record<string, Value>, lang: keyof LocalizedText): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === "string" ? v : v[lang];
  return out;
}

/** Builds a check with both languages; `cell` fills the {cell} placeholder too. */
export function makeCheck<C extends CheckCode>(
  code: C,
  cell: CellRef | null,
  ...[params]: keyof MessageParams<C> extends "cell" ? [MessageParams<C>?] : [MessageParams<C>]
): Check {
  const t: MessageTemplate = MESSAGES[code];
  const given = (params ?? {}) as Record<string, Value>;
  const all: Record<string, Value> = cell ? { cell: refToA1(cell), ...given } : given;
  const message: LocalizedText = { zh: nestQuotes(fill(t.zh, inLang(all, "zh"))), en: nestQuotes(fill(t.en, inLang(all, "en"))) };
  return { code, severity: t.severity, message, cell };
}
