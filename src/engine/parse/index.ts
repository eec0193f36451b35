import type { CellValue, Grid, Sheet } from "../grid";
import type { DetectedBudgetTable, DetectedInfoTable, DetectedTable } from "../detect/types";
import { isOneProjectPerSheet } from "../detect/project-sheets";
import type { BudgetTable, FormKind, IndicatorTable, InfoSheet, WorkbookModel } from "../model";
import type { Check } from "../evaluation";
import { makeCheck } from "../messages";
import { parseBudgetTable } from "./budget";
import { parseIndicatorTable } from "./indicators";
import { infoFromEntries, infoSheetEntries, isFigureInNarrative } from "./info";
import type { Entry } from "./key-values";
import { keyCellEntries, titleYearEntry } from "./key-values";
import { titleEntityEntry, titleFormKind } from "./title";
import type { InfoField } from "../vocabulary/info-keys";
import { infoFieldOf } from "../vocabulary/info-keys";
import { cellText, normalizeHeader } from "../vocabulary/text";
import { missingIndicatorColumns } from "../detect/header-roles";
import { hasAmounts } from "./budget-rows";
import { taskEntry } from "./tasks";
import { readNumber } from "./numbers";

export { parseNumberText, readNumber, readFigure, decFromNumber } from "./numbers";
export type { NumberReading } from "./numbers";
export { parseValueText, readIndicatorValue, hasPercentFormat } from "./indicator-value";
export { parseYear } from "./info";
export { entityFromTitle, formKindFromTitle, TITLE_SUFFIXES } from "./title";

export interface ParseResult {
  model: WorkbookModel;
  /** Errors (stop the run) and warnings found while reading cells. */
  checks: Check[];
}

const BUDGET_KIND = { zh: "预算收支表", en: "budget table" };

/**
 * Turns detected tables into the typed model; every figure keeps its cell. Uses the first budget
 * table (a second one means detection could not choose: DUPLICATE_TABLE, unless each is its own
 * project's, on its own sheet), every indicator table in order, and the first info sheet.
 */
export function parseWorkbook(grid: Grid, tables: DetectedTable[]): ParseResult {
  const checks: Check[] = [];
  const sheetOf = (name: string): Sheet | undefined => (grid.sheets ?? []).find((s) => s.name === name);

  const budgets = tables.filter((t): t is DetectedBudgetTable => t.kind === "budget" && sheetOf(t.sheet) !== undefined);
  const indicatorTables: IndicatorTable[] = [];
  for (const t of tables) {
    if (t.kind !== "indicator") continue;
    const sheet = sheetOf(t.sheet);
    if (!sheet) continue;
    const { table: parsed, checks: cellChecks } = parseIndicatorTable(sheet, t);
    indicatorTables.push(parsed);
    checks.push(...cellChecks);
    // Rows rejected for their weight already carry an error each; only a table with no rows at all is "empty".
    const rejected = cellChecks.some((c) => c.code === "INVALID_WEIGHT");
    if (parsed.indicators.length === 0 && !rejected) checks.push(emptyTableCheck("EMPTY_INDICATOR_TABLE", t));
  }

  const readBudget = (t: DetectedBudgetTable): BudgetTable => {
    const { table, checks: cellChecks } = parseBudgetTable(sheetOf(t.sheet)!, t);
    checks.push(...cellChecks);
    // A line with at least one amount is what makes a budget table more than its header and row names.
    if (!table.lines.some(hasAmounts)) checks.push(emptyTableCheck("EMPTY_BUDGET_TABLE", t));
    return table;
  };
  let budget: BudgetTable | null = null;
  const [first, second] = budgets;
  const projectPerSheet = isOneProjectPerSheet(
    budgets.map((t) => t.sheet),
    indicatorTables.map((t) => t.sheet),
  );
  if (first && projectPerSheet) {
    // Each project's funds go with the indicators on its own sheet.
    const bySheet = new Map(budgets.map((t) => [t.sheet, readBudget(t)]));
    budget = bySheet.get(indicatorTables[0]!.sheet)!;
    indicatorTables.forEach((table, i) => {
      if (i > 0) indicatorTables[i] = { ...table, ownBudget: bySheet.get(table.sheet)! };
    });
  } else if (first) {
    budget = readBudget(first);
    if (second) {
      checks.push(
        makeCheck(
          "DUPLICATE_TABLE",
          { sheet: second.sheet, row: second.headerRow, col: second.range.left },
          { sheet: first.sheet, other: second.sheet, kind: BUDGET_KIND },
        ),
      );
    }
  } else {
    checks.push(makeCheck("NO_BUDGET_TABLE", null));
  }
  if (indicatorTables.length === 0) checks.push(incompleteIndicatorHeader(grid) ?? makeCheck("NO_INDICATOR_TABLE", null));
  indicatorTables.splice(0, indicatorTables.length, ...labelSharedSheets(indicatorTables));

  const infoTable = tables.find((t): t is DetectedInfoTable => t.kind === "info" && sheetOf(t.sheet) !== undefined) ?? null;
  const info = parseInfo(tables, infoTable, sheetOf);
  for (const e of info?.entries ?? []) {
    if (isFigureInNarrative(e)) checks.push(makeCheck("NARRATIVE_IS_FIGURE", e.cell, { key: e.key, value: cellText(e.value).trim() }));
  }
  return { model: { budget, indicatorTables: withHeadStatedTotal(indicatorTables, info), info }, checks };
}

/**
 * A total stated in the form's head ("自评得分 | 98") stands for the 总分 row the first table lacks,
 * so it is compared with the computed total the same way (STATED_TOTAL_MISMATCH at its cell).
 */
function withHeadStatedTotal(tables: IndicatorTable[], info: InfoSheet | null): IndicatorTable[] {
  const [first, ...rest] = tables;
  if (!first || first.statedTotal) return tables;
  const entry = info?.entries.find((e) => infoFieldOf(e.key) === "statedTotal" && readNumber(e.value).kind === "number");
  if (!entry) return tables;
  const reading = readNumber(entry.value);
  if (reading.kind !== "number") return tables;
  const statedTotal = { value: reading.value, cell: entry.cell, divisor: 1, numericCell: typeof entry.value === "number" };
  return [{ ...first, statedTotal }, ...rest];
}

/** Rows scanned for an incomplete indicator header: the forms' tables start well inside this. */
const INCOMPLETE_HEADER_SCAN_ROWS = 200;

/**
 * Where no indicator table was found, the header row that is one but for a column or two (a 自评表
 * printed without 分值, a 目标表 without 实际完成值): named at its first cell with what it lacks,
 * so the user sees which table was meant and what to add, not only that none was found.
 */
function incompleteIndicatorHeader(grid: Grid): Check | null {
  for (const sheet of grid.sheets ?? []) {
    const rows = Math.min(sheet.cells.length, INCOMPLETE_HEADER_SCAN_ROWS);
    for (let row = 0; row < rows; row++) {
      const cells = sheet.cells[row];
      if (!Array.isArray(cells)) continue;
      const texts = cells.map((v) => normalizeHeader(cellText(v)));
      const found = missingIndicatorColumns(texts);
      if (!found) continue;
      const missing = found.missing.map((m) => `“${m}”`).join("、");
      return makeCheck("INCOMPLETE_INDICATOR_HEADER", { sheet: sheet.name, row, col: found.firstCol }, { missing });
    }
  }
  return null;
}

/** Tables that share a sheet are told apart by their titles (else by their order on the sheet). */
function labelSharedSheets(tables: IndicatorTable[]): IndicatorTable[] {
  return tables.map((t) => {
    const siblings = tables.filter((o) => o.sheet === t.sheet);
    return siblings.length < 2 ? t : { ...t, label: t.title ?? `${t.sheet}（${siblings.indexOf(t) + 1}）` };
  });
}

/**
 * A table found by its header but holding no data (the blank template, a header copied without its
 * rows): an error at the header's first cell, since evaluating it would only score 0.
 */
function emptyTableCheck(code: "EMPTY_BUDGET_TABLE" | "EMPTY_INDICATOR_TABLE", table: DetectedTable): Check {
  return makeCheck(code, { sheet: table.sheet, row: table.headerRow, col: table.range.left });
}

/**
 * The info sheet's rows, then what key cells around the tables add (a one-sheet form has no info
 * sheet: its 部门名称 / 主管部门 / 实施单位 cells sit above the tables), then a title's year, and
 * the unit a title names when nothing else names one.
 */
function parseInfo(
  tables: DetectedTable[],
  infoTable: DetectedInfoTable | null,
  sheetOf: (name: string) => Sheet | undefined,
): InfoSheet | null {
  const entries: Entry[] = infoTable ? infoSheetEntries(sheetOf(infoTable.sheet)!, infoTable) : [];
  const tableSheets = [...new Set(tables.filter((t) => t.kind !== "info").map((t) => t.sheet))];
  const found: Entry[] = [];
  const titleEntities: Entry[] = [];
  let formKind: FormKind | null = null;
  for (const name of tableSheets) {
    const sheet = sheetOf(name);
    if (!sheet) continue;
    // The info block's own rows are read above; its range must not hide key cells beside it.
    const ranges = tables.filter((t) => t.sheet === name && t.kind !== "info").map((t) => t.range);
    const top = Math.min(...ranges.map((r) => r.top));
    found.push(...keyCellEntries(sheet, ranges));
    const tasks = taskEntry(sheet, ranges);
    if (tasks) found.push(tasks);
    const year = titleYearEntry(sheet, top);
    if (year) found.push(year);
    const entity = titleEntityEntry(sheet, top);
    if (entity) titleEntities.push(entity);
    formKind ??= titleFormKind(sheet, top);
  }
  // A key the info block leaves blank (a 实施单位 with its value elsewhere on the row) takes the key cell's value.
  const known = new Map(entries.map((e, i) => [e.key, i] as const));
  for (const e of found) {
    const at = known.get(e.key);
    if (at === undefined) {
      known.set(e.key, entries.length);
      entries.push(e);
    } else if (isBlankValue(entries[at]!.value)) {
      entries[at] = e;
    }
  }
  const [titleEntity] = titleEntities;
  if (titleEntity && !entries.some((e) => isUnitField(infoFieldOf(e.key)) && cellText(e.value).trim() !== "")) {
    entries.push(titleEntity);
  }
  if (!infoTable && entries.length === 0 && formKind === null) return null;
  const info = infoFromEntries(infoTable?.sheet ?? entries[0]?.cell.sheet ?? tableSheets[0] ?? "", entries);
  return formKind === null ? info : { ...info, formKind };
}

function isBlankValue(value: CellValue): boolean {
  return cellText(value).trim() === "";
}

/** The fields that name the unit: any of them filled means a title is not needed for it. */
function isUnitField(field: InfoField | null): boolean {
  return field === "entity" || field === "implementer" || field === "supervisor";
}
