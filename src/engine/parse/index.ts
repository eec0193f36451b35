import type { Grid, Sheet } from "../grid";
import type { DetectedTable } from "../detect/types";
import type { BudgetTable, IndicatorTable, InfoSheet, WorkbookModel } from "../model";
import type { Check } from "../evaluation";
import { makeCheck } from "../messages";
import { parseBudgetTable } from "./budget";
import { parseIndicatorTable } from "./indicators";
import { infoFromEntries, infoSheetEntries } from "./info";
import type { Entry } from "./key-values";
import { keyCellEntries, titleYearEntry } from "./key-values";

export { parseNumberText, readNumber, readFigure, decFromNumber } from "./numbers";
export type { NumberReading } from "./numbers";
export { parseValueText, readIndicatorValue, hasPercentFormat } from "./indicator-value";
export { parseYear } from "./info";

export interface ParseResult {
  model: WorkbookModel;
  /** Errors (stop the run) and warnings found while reading cells. */
  checks: Check[];
}

const BUDGET_KIND = { zh: "预算收支表", en: "budget table" };

/**
 * Turns detected tables into the typed model; every figure keeps its cell. Uses the first budget
 * table (a second one means detection could not choose: DUPLICATE_TABLE), every indicator table
 * in order, and the first info sheet.
 */
export function parseWorkbook(grid: Grid, tables: DetectedTable[]): ParseResult {
  const checks: Check[] = [];
  const sheetOf = (name: string): Sheet | undefined => (grid.sheets ?? []).find((s) => s.name === name);

  let budget: BudgetTable | null = null;
  const budgets = tables.filter((t) => t.kind === "budget" && sheetOf(t.sheet));
  const [first, second] = budgets;
  if (first) budget = parseBudgetTable(sheetOf(first.sheet)!, first, checks);
  else checks.push(makeCheck("NO_BUDGET_TABLE", null));
  if (first && second) {
    checks.push(
      makeCheck(
        "DUPLICATE_TABLE",
        { sheet: second.sheet, row: second.headerRow, col: second.range.left },
        { sheet: first.sheet, other: second.sheet, kind: BUDGET_KIND },
      ),
    );
  }

  const indicatorTables: IndicatorTable[] = [];
  for (const t of tables) {
    const sheet = t.kind === "indicator" ? sheetOf(t.sheet) : undefined;
    if (sheet) indicatorTables.push(parseIndicatorTable(sheet, t, checks));
  }
  if (indicatorTables.length === 0) checks.push(makeCheck("NO_INDICATOR_TABLE", null));

  const infoTable = tables.find((t) => t.kind === "info" && sheetOf(t.sheet)) ?? null;
  return { model: { budget, indicatorTables, info: parseInfo(tables, infoTable, sheetOf) }, checks };
}

/**
 * The info sheet's rows, then what key cells around the tables add (a one-sheet form has no info
 * sheet: its 部门名称 / 主管部门 / 实施单位 cells sit above the tables), then a title's year.
 */
function parseInfo(
  tables: DetectedTable[],
  infoTable: DetectedTable | null,
  sheetOf: (name: string) => Sheet | undefined,
): InfoSheet | null {
  const entries: Entry[] = infoTable ? infoSheetEntries(sheetOf(infoTable.sheet)!, infoTable) : [];
  const tableSheets = [...new Set(tables.filter((t) => t.kind !== "info").map((t) => t.sheet))];
  const found: Entry[] = [];
  for (const name of tableSheets) {
    const sheet = sheetOf(name);
    if (!sheet) continue;
    // The info block's own rows are read above; its range must not hide key cells beside it.
    const ranges = tables.filter((t) => t.sheet === name && t.kind !== "info").map((t) => t.range);
    found.push(...keyCellEntries(sheet, ranges));
    const year = titleYearEntry(sheet, Math.min(...ranges.map((r) => r.top)));
    if (year) found.push(year);
  }
  const known = new Set(entries.map((e) => e.key));
  for (const e of found) {
    if (known.has(e.key)) continue;
    known.add(e.key);
    entries.push(e);
  }
  if (!infoTable && entries.length === 0) return null;
  return infoFromEntries(infoTable?.sheet ?? entries[0]?.cell.sheet ?? "", entries);
}
