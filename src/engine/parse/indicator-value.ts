/**
 * Indicator targets and results as written: "≥95%", "不超过10天", "2.4万亩", "90%-100%",
 * "逐步完善", or a number cell formatted as a percentage.
 */
import type { CellRef, CellValue } from "../grid";
import type { Comparator, IndicatorValue } from "../model";
import type { Dec } from "../decimal";
import { D, HUNDRED } from "../decimal";
import { cellText, removeSpaces, toHalfWidth } from "../detect/normalize";
import { decFromNumber } from "./numbers";

/** Words and signs for comparators, longest first so "大于等于" is not read as "大于". */
const COMPARATOR_WORDS: [string, Comparator][] = [
  ["大于等于", "≥"],
  ["大于或等于", "≥"],
  ["小于等于", "≤"],
  ["小于或等于", "≤"],
  ["不低于", "≥"],
  ["不少于", "≥"],
  ["不小于", "≥"],
  ["不高于", "≤"],
  ["不超过", "≤"],
  ["不大于", "≤"],
  ["不多于", "≤"],
  ["低于", "≤"],
  ["大于", ">"],
  ["高于", ">"],
  ["超过", ">"],
  ["小于", "<"],
  ["少于", "<"],
  ["等于", "="],
  [">=", "≥"],
  ["<=", "≤"],
  ["≥", "≥"],
  ["≧", "≥"],
  ["≤", "≤"],
  ["≦", "≤"],
  [">", ">"],
  ["<", "<"],
  ["=", "="],
];

/** "95%以上" / "10天以内": comparators written after the value. */
const COMPARATOR_SUFFIXES: [string, Comparator][] = [
  ["及以上", "≥"],
  ["以上", "≥"],
  ["及以下", "≤"],
  ["以下", "≤"],
  ["以内", "≤"],
];

const NUMBER = String.raw`[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
/** "90%-100%", "90-100%", "90%～100%": a range; its lower bound is the target, read as "≥". */
const RANGE = new RegExp(`^(${NUMBER})(%?)(?:-|~|—|–|至|到)(${NUMBER})(%?)(.*)$`);
const SINGLE = new RegExp(`^(${NUMBER})(%|‰)?(.*)$`);
/** A unit is a short word after the number ("公里", "万亩", "人次"); longer text is a sentence. */
const MAX_UNIT_LENGTH = 8;

export interface ParsedValueText {
  comparator: Comparator | null;
  number: Dec | null;
  unit: string | null;
  isPercent: boolean;
}

function takeComparator(s: string): { comparator: Comparator | null; rest: string } {
  for (const [word, comparator] of COMPARATOR_WORDS) {
    if (s.startsWith(word)) return { comparator, rest: s.slice(word.length) };
  }
  for (const [word, comparator] of COMPARATOR_SUFFIXES) {
    if (s.endsWith(word) && s.length > word.length) return { comparator, rest: s.slice(0, -word.length) };
  }
  return { comparator: null, rest: s };
}

function toDec(text: string): Dec | null {
  const d = new D(text.replace(/,/g, ""));
  return d.isFinite() ? d : null;
}

function unitOf(rest: string): { ok: boolean; unit: string | null } {
  if (rest === "") return { ok: true, unit: null };
  if (rest.length > MAX_UNIT_LENGTH || /\d/.test(rest)) return { ok: false, unit: null };
  return { ok: true, unit: rest };
}

/**
 * Reads comparator, number, unit and percent from value text. Text that does not start with a
 * number (after the comparator) is qualitative: number null.
 */
export function parseValueText(raw: string): ParsedValueText {
  const s = removeSpaces(toHalfWidth(raw));
  const qualitative: ParsedValueText = { comparator: null, number: null, unit: null, isPercent: false };
  if (s === "") return qualitative;
  const { comparator, rest } = takeComparator(s);

  const range = RANGE.exec(rest);
  if (range) {
    const low = toDec(range[1]!);
    const unit = unitOf(range[5]!);
    if (low && unit.ok) {
      const isPercent = range[2] === "%" || range[4] === "%";
      return { comparator: comparator ?? "≥", number: low, unit: isPercent ? null : unit.unit, isPercent };
    }
  }

  const single = SINGLE.exec(rest);
  if (!single) return { ...qualitative, comparator };
  let number = toDec(single[1]!);
  const mark = single[2];
  const unit = unitOf(single[3]!);
  if (!number || !unit.ok) return { ...qualitative, comparator };
  if (mark === "‰") number = number.div(10);
  const isPercent = mark === "%" || mark === "‰";
  // After a percent sign a short word ("95%达成") is not a unit of the number.
  return { comparator, number, unit: isPercent ? null : unit.unit, isPercent };
}

export function hasPercentFormat(format: string | null): boolean {
  // Quoted literals ("0.00\"%\"") are rare; a bare % in the format scales the value by 100.
  return format !== null && format.replace(/"[^"]*"/g, "").includes("%");
}

/** An IndicatorValue from a cell, its number format deciding whether a number is a percentage. */
export function readIndicatorValue(value: CellValue, format: string | null, cell: CellRef): IndicatorValue {
  if (typeof value === "number") {
    const d = decFromNumber(value);
    if (!d) return { text: String(value), comparator: null, number: null, unit: null, isPercent: false, cell };
    if (hasPercentFormat(format)) {
      const pct = d.times(HUNDRED);
      return { text: `${pct.toString()}%`, comparator: null, number: pct, unit: null, isPercent: true, cell };
    }
    return { text: d.toString(), comparator: null, number: d, unit: null, isPercent: false, cell };
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
