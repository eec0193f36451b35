/**
 * Reading numbers from cells: real numbers, or text as officers type it ("28,082.29",
 * "２８，０８２．２９", " 1 234 "), with "-", "—", "/" and blanks meaning "none".
 */
import type { CellRef, CellValue } from "../grid";
import type { Dec } from "../decimal";
import { D } from "../decimal";
import type { Figure } from "../model";
import type { Check } from "../evaluation";
import { makeCheck } from "../messages";
import { removeSpaces, toHalfWidth } from "../vocabulary/text";

export type NumberReading = { kind: "blank" } | { kind: "number"; value: Dec } | { kind: "invalid"; text: string };

/** Dashes and slashes officers put in a cell to mean "no figure". */
const NONE_MARKS = /^[-—–―‐/\\_.…]+$/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
/** Digits grouped by commas must group by threes: "28,082.29", never "2,80.1". */
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

/**
 * Magnitudes a figure can have and still be written back and computed with in Excel (15
 * significant digits): beyond them a number is a typing slip, read as not a number.
 */
const MAX_MAGNITUDE = new D("1e15");
const MIN_MAGNITUDE = new D("1e-12");

export function isUsableMagnitude(d: Dec): boolean {
  const abs = d.abs();
  return d.isFinite() && abs.lte(MAX_MAGNITUDE) && (abs.isZero() || abs.gte(MIN_MAGNITUDE));
}

/** A JS number as an exact decimal (decimal.js reads the shortest round-trip string, so 0.1 stays 0.1). */
export function decFromNumber(n: number): Dec | null {
  if (!Number.isFinite(n)) return null;
  const d = new D(n);
  return isUsableMagnitude(d) ? d : null;
}

/** Parses number text; `extraSuffix` (e.g. /分$/ for scores) is allowed and ignored. */
export function parseNumberText(raw: string, extraSuffix?: RegExp): NumberReading {
  let s = removeSpaces(toHalfWidth(raw)).replace(/[。]/g, ".");
  if (s === "" || NONE_MARKS.test(s)) return { kind: "blank" };
  if (extraSuffix) s = s.replace(extraSuffix, "");
  let negative = false;
  // Accounting style "(1,234.00)" is a negative amount.
  const paren = /^\((.+)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1]!;
  }
  if (s.includes(",")) {
    if (!GROUPED.test(s)) return { kind: "invalid", text: raw };
    s = s.replace(/,/g, "");
  }
  if (!PLAIN_NUMBER.test(s)) return { kind: "invalid", text: raw };
  const value = new D(s);
  if (!isUsableMagnitude(value)) return { kind: "invalid", text: raw };
  return { kind: "number", value: negative ? value.negated() : value };
}

/** Reads any cell value as a number: numbers as they are, text parsed, booleans invalid. */
export function readNumber(value: CellValue, extraSuffix?: RegExp): NumberReading {
  if (value === null) return { kind: "blank" };
  if (typeof value === "number") {
    const d = decFromNumber(value);
    return d ? { kind: "number", value: d } : { kind: "invalid", text: String(value) };
  }
  if (typeof value === "boolean") return { kind: "invalid", text: String(value) };
  return parseNumberText(value, extraSuffix);
}

/**
 * A Figure from a cell, divided by `divisor` (10000 for amounts in 元 → 万元). Blank → null;
 * text that is not a number → null and an INVALID_NUMBER warning naming the cell.
 */
export function readFigure(
  value: CellValue,
  cell: CellRef,
  divisor: number,
  checks: Check[],
  extraSuffix?: RegExp,
): Figure | null {
  const r = readNumber(value, extraSuffix);
  if (r.kind === "blank") return null;
  if (r.kind === "invalid") {
    checks.push(makeCheck("INVALID_NUMBER", cell, { value: r.text }));
    return null;
  }
  return {
    value: divisor === 1 ? r.value : r.value.div(divisor),
    cell,
    divisor,
    numericCell: typeof value === "number",
  };
}
