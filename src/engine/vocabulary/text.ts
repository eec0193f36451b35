/**
 * Text clean-up shared by detection and parsing. Officers type headers, keys and numbers in
 * full-width or half-width forms, with stray spaces, line breaks and unit suffixes; everything
 * that compares text goes through these functions so both forms match the same way.
 */
import type { CellValue } from "../grid";
import type { MoneyUnit } from "../model";

/** Full-width ASCII (Ｕ+FF01–FF5E) and the ideographic space to their half-width forms. */
export function toHalfWidth(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

/** A cell's value as text ("" for blank). */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  return String(value);
}

/** Every kind of whitespace, including no-break and ideographic spaces and line breaks. */
const WHITESPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;

export function removeSpaces(text: string): string {
  return text.replace(WHITESPACE, "");
}

/**
 * A bracketed unit suffix: "(万元)", "(元)", "(%)", "(分)"... after half-width conversion; also the
 * points a column is worth, "分值(10分)" (北京 自评表) and "(满分10分)", which name no other role.
 */
const UNIT_BRACKET = /[([【〔](?:单位[:]?)?(?:万元|元|亿元|千元|%|‰|分|万|个|人|天|次|(?:满分)?\d+(?:\.\d+)?分)[)\]】〕]/g;
const BRACKET_CHARS = /[()[\]【】〔〕{}《》「」]/g;

/**
 * A header cell's text as matched against role names: half-width, no spaces or line breaks,
 * no unit suffix such as "（万元）", no bracket characters, no trailing colon or "*" marker.
 */
export function normalizeHeader(text: string): string {
  // Most cells a scan reads are blank: skip the regular expressions for them.
  if (text === "") return "";
  return removeSpaces(toHalfWidth(text))
    .replace(UNIT_BRACKET, "")
    .replace(BRACKET_CHARS, "")
    .replace(/[:*]+$/, "")
    .replace(/^\*+/, "");
}

/**
 * Leading outline numbering: "1.", "1、", "（一）", "一、", "(1)", "1)", "①". Removed from budget
 * line names and info keys so "一、收入合计" and "收入合计" are the same line.
 */
const NUMBERING =
  /^(?:\d{1,3}(?:\.\d{1,3})*[.、](?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,3}[)）]|[\u2460-\u2473])\s*/;

export function stripNumbering(text: string): string {
  let s = text.trim();
  // At most twice: "一、（一）基本支出" is rare but real.
  for (let i = 0; i < 2; i++) {
    const next = s.replace(NUMBERING, "").trim();
    if (next === s || next === "") break;
    s = next;
  }
  return s;
}

/** An info-sheet key as stored in InfoSheet.entries: normalised header form, numbering removed. */
export function normalizeKey(text: string): string {
  return normalizeHeader(stripNumbering(toHalfWidth(text).trim()));
}

/**
 * A settings-row key as compared with the setting names: spaces, colons and bracketed notes
 * ("（分）", "(是/否)") removed and lower case, so "写入公式（是/否）：" is "写入公式". Looser than
 * normalizeKey about brackets, since a setting's key often carries its allowed values.
 */
export function normalizeSettingKey(key: string): string {
  return key
    .replace(/[（(][^）)]*[）)]/g, "")
    .replace(/[\s:：]/g, "")
    .toLowerCase();
}

/** Two blank rows in a row end a table; one blank row may separate its sections. */
export const BLANK_RUN_END = 2;

/** Rows that end a table: notes and sign-off lines under it. */
const NOTE_START = /^(注[:：]|注\d|说明[:：]|填报说明|填表说明|备注[:：]|填表人|制表人|单位负责人|审核人)/;

export function isNoteText(text: string): boolean {
  return NOTE_START.test(removeSpaces(toHalfWidth(text)));
}

/** Money units, the scaled ones before 元 (which each of them contains). */
const MONEY_UNIT = "亿元|万元|千元|元";
const STATED_UNIT = new RegExp(`单位[:]?(${MONEY_UNIT})`);
const BRACKETED_UNIT = new RegExp(`[([【〔](${MONEY_UNIT})[)\\]】〕]`);
const UNIT_LINE = [
  new RegExp(`^(?:金额)?单位[:]?(?:${MONEY_UNIT})$`),
  new RegExp(`^[([【〔](?:单位[:]?)?(?:${MONEY_UNIT})[)\\]】〕]$`),
];

/** The money unit a line states: "单位：万元", "金额单位：元", "(千元)", "（单位：亿元）". */
export function unitFromText(text: string): MoneyUnit | null {
  const s = removeSpaces(toHalfWidth(text));
  if (s === "") return null;
  const found = STATED_UNIT.exec(s)?.[1] ?? BRACKETED_UNIT.exec(s)?.[1] ?? (new RegExp(`^(?:${MONEY_UNIT})$`).test(s) ? s : null);
  return (found as MoneyUnit | null) ?? null;
}

/** True when the text says nothing but the unit ("单位：万元"), so it is not a title. */
export function isUnitLine(text: string): boolean {
  const s = removeSpaces(toHalfWidth(text));
  return UNIT_LINE.some((re) => re.test(s));
}
