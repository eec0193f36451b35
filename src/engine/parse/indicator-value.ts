/**
 * Indicator targets and results as written: "≥95%", "不超过10天", "2.4万亩", "90%-100%",
 * "5个工作日内办结", "完成95%", "三个", "12月底前", "逐步完善", or a number cell formatted
 * as a percentage.
 */
import type { CellRef, CellValue } from "../grid";
import type { CalendarPoint, Comparator, IndicatorValue } from "../model";
import type { Dec } from "../decimal";
import { D, HUNDRED } from "../decimal";
import { cellText, removeSpaces, toHalfWidth } from "../vocabulary/text";
import { COMPARATOR_SUFFIXES, COMPARATOR_WORDS, LEAD_COMPARATORS, comparatorIn } from "../comparators";
import { decFromNumber, isUsableMagnitude } from "./numbers";
import { LEAD_NEGATION } from "../vocabulary/indicator-words";

const NUMBER = String.raw`[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
/** "90%-100%", "90-100%", "90%～100%": a range; its lower bound is the target, read as "≥". */
const RANGE = new RegExp(`^(${NUMBER})(%?)(?:-|~|—|–|至|到)(${NUMBER})(%?)(.*)$`);
const SINGLE = new RegExp(`^(${NUMBER})(%|‰)?(.*)$`);
/** A unit is a short word after the number ("公里", "万亩", "人次"); longer text is a sentence. */
const MAX_UNIT_LENGTH = 8;
/** "5个工作日内办结": the action after a "within" is not part of the unit. */
const TRAILING_ACTION = /(?:办结|完成|办理|到位|解决|处理|答复|回复|处置|完工|结案)$/;

/** "三个", "十二项", "两次": small numbers in characters, before a measure word. */
const CHINESE_NUMBER = /^([零〇一二两三四五六七八九十百]+)(.*)$/;
const CHINESE_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** Measure words that make a character number a count ("三个"), not part of a word ("一定", "十分"). */
const MEASURE_WORDS = "个项次人家所条场期批座处名篇份台辆套户村天年月周棵株亩栋间本册张件起";

/** "2023年12月底前完成", "6月30日前", "年底前", "10月": a point in the year, "前" making it a deadline. */
const DATE = new RegExp(
  String.raw`^(?:((?:19|20)\d{2})年)?(?:(\d{1,2})月份?(?:(\d{1,2})[日号]|(底|末|中旬|上旬|下旬|初))?|(年底|年末|年内|底|末))` +
    String.raw`(前|以前|之前)?(?:完成|办结|完工|竣工|到位|实施|上线|验收|建成|投用)?$`,
);
const DAY_OF_PART: Record<string, number> = { 底: 31, 末: 31, 下旬: 31, 中旬: 20, 上旬: 10, 初: 5 };
const YEAR_END = 1231;

const LEAD = /^(\p{Script=Han}{1,8}?)(?=[≥≤<>=\d])/u;

export interface ParsedValueText {
  comparator: Comparator | null;
  number: Dec | null;
  unit: string | null;
  isPercent: boolean;
  upper?: Dec;
  date?: CalendarPoint;
}

const QUALITATIVE: ParsedValueText = { comparator: null, number: null, unit: null, isPercent: false };

function toDec(text: string): Dec | null {
  const d = new D(text.replace(/,/g, ""));
  return isUsableMagnitude(d) ? d : null;
}

function unitOf(rest: string): { ok: boolean; unit: string | null } {
  if (rest === "") return { ok: true, unit: null };
  if (rest.length > MAX_UNIT_LENGTH || /\d/.test(rest)) return { ok: false, unit: null };
  return { ok: true, unit: rest };
}

function prefixComparator(s: string): { comparator: Comparator | null; rest: string } {
  for (const [word, comparator] of COMPARATOR_WORDS) {
    if (s.startsWith(word)) return { comparator, rest: s.slice(word.length) };
  }
  return { comparator: null, rest: s };
}

/** "95%以上", "10天以内", "5个工作日内办结": a comparator after the value. */
function suffixComparator(s: string): { comparator: Comparator | null; rest: string } {
  const withoutAction = s.replace(TRAILING_ACTION, "");
  for (const text of withoutAction === s ? [s] : [withoutAction, s]) {
    for (const [word, comparator] of COMPARATOR_SUFFIXES) {
      if (text.endsWith(word) && text.length > word.length) return { comparator, rest: text.slice(0, -word.length) };
    }
  }
  return { comparator: null, rest: s };
}

/** 一..九十九, 一百: enough for counts written in characters. */
function chineseNumber(text: string): number | null {
  if (text === "十") return 10;
  if (text === "一百" || text === "百") return 100;
  const tens = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (tens) return (tens[1] ? CHINESE_DIGITS[tens[1]]! : 1) * 10 + (tens[2] ? CHINESE_DIGITS[tens[2]]! : 0);
  return text.length === 1 ? (CHINESE_DIGITS[text] ?? null) : null;
}

/** The number, percent and unit of text that starts with its number. */
function quantity(rest: string, comparator: Comparator | null): ParsedValueText | null {
  const range = RANGE.exec(rest);
  if (range) {
    const low = toDec(range[1]!);
    const high = toDec(range[3]!);
    const unit = unitOf(range[5]!);
    if (low && high && unit.ok) {
      const isPercent = range[2] === "%" || range[4] === "%";
      return { comparator: comparator ?? "≥", number: low, unit: isPercent ? null : unit.unit, isPercent, upper: high };
    }
  }
  const single = SINGLE.exec(rest);
  if (single) {
    let number = toDec(single[1]!);
    const mark = single[2];
    const unit = unitOf(single[3]!);
    if (!number || !unit.ok) return null;
    if (mark === "‰") number = number.div(10);
    const isPercent = mark === "%" || mark === "‰";
    // After a percent sign a short word ("95%达成") is not a unit of the number.
    return { comparator, number, unit: isPercent ? null : unit.unit, isPercent };
  }
  const chinese = CHINESE_NUMBER.exec(rest);
  if (chinese) {
    const n = chineseNumber(chinese[1]!);
    const unit = chinese[2]!;
    if (n === null || (unit !== "" && !MEASURE_WORDS.includes(unit[0]!)) || !unitOf(unit).ok) return null;
    return { comparator, number: new D(n), unit: unit === "" ? null : unit, isPercent: false };
  }
  return null;
}

/** A comparator before or after the value, then the value itself. */
function comparedQuantity(s: string): ParsedValueText | null {
  const before = prefixComparator(s);
  const after = suffixComparator(before.rest);
  if (after.comparator !== null) {
    const value = quantity(after.rest, before.comparator ?? after.comparator);
    if (value) return value;
  }
  return quantity(before.rest, before.comparator);
}

/** "完成95%", "覆盖率≥95%", "至少3个", "控制在1000万元以内": a few words, then the value. */
function quantityAfterLead(s: string): ParsedValueText | null {
  const lead = LEAD.exec(s)?.[1];
  if (!lead) return null;
  let words = lead;
  let comparator: Comparator | null = null;
  const named = COMPARATOR_WORDS.find(([w]) => words.endsWith(w));
  if (named) {
    comparator = named[1];
    words = words.slice(0, -named[0].length);
  }
  const leadWord = LEAD_COMPARATORS.find(([w]) => words.endsWith(w));
  if (leadWord) comparator ??= leadWord[1];
  if (LEAD_NEGATION.test(words)) return null;
  const value = comparedQuantity(s.slice(lead.length));
  if (!value || value.number === null) return null;
  return { ...value, comparator: value.comparator ?? comparator };
}

function calendarPoint(s: string): ParsedValueText | null {
  const m = DATE.exec(s);
  if (!m) return null;
  const year = m[1] ? Number(m[1]) : null;
  const deadline = m[6] !== undefined;
  let monthDay: number;
  if (m[5] !== undefined || (m[2] === undefined && m[1] !== undefined)) {
    monthDay = YEAR_END;
  } else {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    const day = m[3] !== undefined ? Number(m[3]) : m[4] !== undefined ? DAY_OF_PART[m[4]]! : deadline ? 0 : 31;
    if (day > 31) return null;
    monthDay = month * 100 + day;
  }
  return { ...QUALITATIVE, comparator: deadline ? "≤" : null, date: { year, monthDay } };
}

/**
 * Reads comparator, number, unit and percent from value text. Text with no number an officer
 * would read as the value is qualitative: number null (a date has `date` instead).
 */
export function parseValueText(raw: string): ParsedValueText {
  const s = removeSpaces(toHalfWidth(raw));
  if (s === "") return QUALITATIVE;
  const value = calendarPoint(s) ?? comparedQuantity(s) ?? quantityAfterLead(s);
  if (value) return value;
  return { ...QUALITATIVE, comparator: prefixComparator(s).comparator };
}

/** The part of a number format before its first digit placeholder, literals unquoted. */
function formatPrefix(format: string): string {
  const head = format.split(";")[0]!.split(/[0#?]/)[0] ?? "";
  return head.replace(/"([^"]*)"/g, "$1").replace(/\\(.)/g, "$1");
}

export function hasPercentFormat(format: string | null): boolean {
  // Quoted literals ("0.00\"%\"") are rare; a bare % in the format scales the value by 100.
  return format !== null && format.replace(/"[^"]*"/g, "").includes("%");
}

/**
 * An IndicatorValue from a cell, its number format deciding whether a number is a percentage
 * and, for a format like `"≤"0%`, its comparator.
 */
export function readIndicatorValue(value: CellValue, format: string | null, cell: CellRef): IndicatorValue {
  if (typeof value === "number") {
    const d = decFromNumber(value);
    if (!d) return { text: String(value), comparator: null, number: null, unit: null, isPercent: false, cell };
    const comparator = format === null ? null : comparatorIn(toHalfWidth(formatPrefix(format)));
    const sign = comparator ?? "";
    if (hasPercentFormat(format)) {
      const pct = d.times(HUNDRED);
      return { text: `${sign}${pct.toString()}%`, comparator, number: pct, unit: null, isPercent: true, cellNumber: value, cell };
    }
    return { text: `${sign}${d.toString()}`, comparator, number: d, unit: null, isPercent: false, cellNumber: value, cell };
  }
  const text = cellText(value).trim();
  return { text, ...parseValueText(text), cell };
}

/**
 * A value written without its unit in a table with a 计量单位/度量单位 column ("95" | "%",
 * "10" | "天"): the column's unit is its unit. A number of at most 1 beside "%" stays bare, since
 * it may be a fraction (0.95 typed for 95%); evaluation puts it on the other value's scale.
 */
export function withUnitColumn(v: IndicatorValue, unitText: string | null): IndicatorValue {
  const unit = removeSpaces(toHalfWidth(unitText ?? ""));
  if (unit === "" || v.number === null || v.isPercent || v.unit !== null) return v;
  if (unit === "%") return v.number.abs().gt(1) ? { ...v, isPercent: true } : v;
  if (unit === "‰") return { ...v, number: v.number.div(10), isPercent: true };
  return { ...v, unit };
}
