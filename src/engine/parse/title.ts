/**
 * What a form's title row says about the workbook when no key cell does: the unit
 * ("石门镇2023年部门整体支出绩效自评表" → 石门镇) and the kind of self-evaluation
 * (项目支出绩效自评 or 部门整体支出绩效自评).
 */
import type { CellValue, Sheet } from "../grid";
import { cellAt } from "../grid";
import type { FormKind } from "../model";
import { cellText, removeSpaces, toHalfWidth, unitFromText } from "../vocabulary/text";
import type { Entry } from "./key-values";

/**
 * Endings of form titles that name the form, not the unit. Several may stack
 * ("…部门决算收支情况表"): they are stripped from the end, longest match first, until none is left.
 */
export const TITLE_SUFFIXES: readonly string[] = [
  "部门整体支出绩效自评报告",
  "部门整体支出绩效自评表",
  "部门整体支出绩效指标自评表",
  "部门整体支出绩效评价表",
  "整体支出绩效自评报告",
  "整体支出绩效自评表",
  "整体支出绩效指标自评表",
  "项目支出绩效自评报告",
  "项目支出绩效自评表",
  "项目支出绩效评价表",
  "支出绩效自评表",
  "绩效自评报告",
  "绩效自评表",
  "绩效指标自评表",
  "绩效指标完成情况表",
  "绩效指标表",
  "收支预算执行情况表",
  "预算执行情况表",
  "收支情况表",
  "收支决算表",
  "收入支出决算表",
  "支出决算对比表",
  "支出决算表",
  "决算对比表",
  "部门决算表",
  "部门决算",
  "决算表",
  "收支表",
];

/** Words in a title that name the kind of form, most specific first. */
const FORM_KIND_WORDS: readonly [string, FormKind][] = [
  ["项目支出绩效", "project"],
  ["整体支出绩效", "department"],
];

/** "2023年度", "（2023年）", and a template's "XXXX年度": a year, never part of a unit's name. */
const YEAR = /[(（]?\s*(?:(?:19|20)\d{2}|[XxＸ×]{2,4})\s*年度?\s*[)）]?/g;
/** "附件2：", "附表1 " before the title proper. */
const ATTACHMENT = /^附[件表]\d*[:：]?/;
/** Titles longer than this are sentences, not titles. */
const MAX_TITLE_LENGTH = 60;
const MIN_ENTITY_LENGTH = 2;

const SUFFIXES_LONGEST_FIRST = [...TITLE_SUFFIXES].sort((a, b) => b.length - a.length);

/** The title without its year, spaces and attachment mark; null for text that is no title. */
function titleCore(value: CellValue): string | null {
  if (typeof value !== "string") return null;
  // Spaces go; full-width brackets stay, as the unit writes its own name.
  const text = removeSpaces(cellText(value)).replace(ATTACHMENT, "");
  if (text === "" || text.length > MAX_TITLE_LENGTH) return null;
  // "单位：万元", "编制单位：…": a unit line or a key cell, never a title.
  if (/:/.test(toHalfWidth(text)) || unitFromText(text) !== null) return null;
  return text;
}

/** The unit a title names, or null when the title names only the form (or is no form title). */
export function entityFromTitle(value: CellValue): string | null {
  const core = titleCore(value);
  if (core === null) return null;
  let rest = core.replace(YEAR, "");
  let stripped = false;
  for (;;) {
    const suffix = SUFFIXES_LONGEST_FIRST.find((s) => rest.endsWith(s));
    if (!suffix) break;
    rest = rest.slice(0, -suffix.length);
    stripped = true;
  }
  // Only a recognised form title names a unit; any other line above a table could be anything.
  if (!stripped) return null;
  rest = rest.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, "");
  return rest.length >= MIN_ENTITY_LENGTH ? rest : null;
}

/** The kind of self-evaluation a title names, if any. */
export function formKindFromTitle(value: CellValue): FormKind | null {
  const core = titleCore(value);
  if (core === null) return null;
  return FORM_KIND_WORDS.find(([word]) => core.includes(word))?.[1] ?? null;
}

/** Every non-blank cell of the rows above `top`, row by row. */
function cellsAbove(sheet: Sheet, top: number): { value: CellValue; row: number; col: number }[] {
  const out: { value: CellValue; row: number; col: number }[] = [];
  for (let r = 0; r < Math.min(top, sheet.cells.length); r++) {
    const cells = sheet.cells[r];
    if (!Array.isArray(cells)) continue;
    for (let c = 0; c < cells.length; c++) {
      const value = cellAt(sheet, r, c);
      if (value !== null && cellText(value).trim() !== "") out.push({ value, row: r, col: c });
    }
  }
  return out;
}

/** The unit named by the first form title above `top`, as an entry keyed 单位名称. */
export function titleEntityEntry(sheet: Sheet, top: number): Entry | null {
  for (const { value, row, col } of cellsAbove(sheet, top)) {
    const entity = entityFromTitle(value);
    if (entity !== null) return { key: "单位名称", value: entity, cell: { sheet: sheet.name, row, col } };
  }
  return null;
}

/** The form kind named by the first title above `top` that names one. */
export function titleFormKind(sheet: Sheet, top: number): FormKind | null {
  for (const { value } of cellsAbove(sheet, top)) {
    const kind = formKindFromTitle(value);
    if (kind !== null) return kind;
  }
  return null;
}
