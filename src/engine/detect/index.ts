import type { Grid } from "../grid";
import type { DetectedTable, TableKind, TableOverride } from "./types";
import { SheetScan, findInfo, forcedTables, scanTables } from "./scan";
import { isPreviousOutput } from "./output-sheets";
import { isOneProjectPerSheet } from "./project-sheets";
import { cellText } from "../vocabulary/text";
import { reportColumn } from "../audit/find-report";

export type { DetectedTable, TableKind, TableOverride } from "./types";

interface Found {
  table: DetectedTable;
  forced: boolean;
  /** Rows under the header, for telling two equally confident budget tables apart. */
  size: number;
}

/**
 * Finds budget, indicator and info tables by content (never by sheet name).
 *
 * Returns at most one budget table, except for a workbook of one project per sheet (every budget
 * table on its own project's sheet, in workbook order), or when two are equally likely (same
 * confidence and size): then both, best first, and parsing reports DUPLICATE_TABLE. Indicator tables: all, in
 * workbook order (the first is primary). Info: the one with the most recognised keys.
 * A user's override forces a sheet to one kind (winning over guesses of that kind) or ignores it.
 */
export function detectTables(grid: Grid, overrides: TableOverride[] = []): DetectedTable[] {
  return detectWorkbook(grid, overrides).tables;
}

export interface Detection {
  tables: DetectedTable[];
  /** Budget tables found but not used (a 三公经费 table on a sheet of its own): worth a word to the user. */
  unusedBudgets: DetectedTable[];
}

/** detectTables, and what it passed over. */
export function detectWorkbook(grid: Grid, overrides: TableOverride[] = []): Detection {
  const overrideOf = new Map<string, TableOverride["kind"]>();
  for (const o of overrides) overrideOf.set(o.sheet, o.kind);

  const found: Found[] = [];
  for (const sheet of grid.sheets ?? []) {
    if (!sheet || isPreviousOutput(sheet)) continue;
    const forced = overrideOf.get(sheet.name);
    if (forced === "ignore") continue;
    const scan = new SheetScan(sheet);
    const tables = forced ? forcedSheet(scan, forced) : autoSheet(scan);
    for (const table of tables) {
      found.push({ table, forced: forced !== undefined, size: table.range.bottom - table.headerRow });
    }
  }
  const budgets = pickBudget(found);
  const unusedBudgets = found.filter((f) => f.table.kind === "budget" && !budgets.includes(f.table)).map((f) => f.table);
  return {
    tables: [...budgets, ...found.filter((f) => f.table.kind === "indicator").map((f) => f.table), ...pickInfo(found)],
    unusedBudgets,
  };
}

function autoSheet(scan: SheetScan): DetectedTable[] {
  const tables = scanTables(scan);
  // A sheet of its own with one key ("单位名称 | 派潭镇") is an info sheet; beside tables it takes two.
  const info = findInfo(
    scan,
    tables.map((t) => t.range),
    tables.length === 0 ? 1 : undefined,
  );
  // A report kept by hand (paragraphs down one column) names info keys in its headings
  // ("（一）部门职能") but has no values beside them: it is text to audit, not an info sheet.
  if (info && tables.length === 0 && reportColumn(scan.sheet)?.[0]?.cell.col === info.range.left && !hasValues(scan, info)) return tables;
  return info ? [...tables, info] : tables;
}

function hasValues(scan: SheetScan, info: DetectedTable): boolean {
  for (let r = info.range.top; r <= info.range.bottom; r++) {
    if (cellText(scan.reader.sameRow(r, info.range.right)).trim() !== "") return true;
  }
  return false;
}

function forcedSheet(scan: SheetScan, kind: TableKind): DetectedTable[] {
  if (kind === "info") {
    const info = findInfo(scan, [], 1) ?? findInfo(scan, [], 0);
    return info ? [info] : [];
  }
  return forcedTables(scan, kind);
}

function ranked(found: Found[], kind: TableKind): Found[] {
  const own = found.filter((f) => f.table.kind === kind);
  const pool = own.some((f) => f.forced) ? own.filter((f) => f.forced) : own;
  // Stable sort keeps workbook order among equals.
  return [...pool].sort((a, b) => b.table.confidence - a.table.confidence || b.size - a.size);
}

/** Every project's budget table when the workbook is one project per sheet (detect/project-sheets.ts). */
function projectSheets(found: Found[]): DetectedTable[] | null {
  const budgets = found.filter((f) => f.table.kind === "budget" && !f.forced).map((f) => f.table);
  const indicatorSheets = found.filter((f) => f.table.kind === "indicator").map((f) => f.table.sheet);
  return isOneProjectPerSheet(budgets.map((b) => b.sheet), indicatorSheets) ? budgets : null;
}

function pickBudget(found: Found[]): DetectedTable[] {
  const projects = projectSheets(found);
  if (projects) return projects;
  const [best, second] = ranked(found, "budget");
  if (!best) return [];
  // Only sheets the user can choose between: two tables on one sheet (or a forced sheet) take the first.
  const tie =
    second !== undefined &&
    !best.forced &&
    second.table.sheet !== best.table.sheet &&
    second.table.confidence === best.table.confidence &&
    second.size === best.size;
  return tie ? [best.table, second.table] : [best.table];
}

/**
 * An info sheet of its own (the template's 基本信息, holding the settings rows) before the key
 * cells of a form sheet: those are read beside the form's tables anyway (parseInfo in
 * parse/index.ts), while a sheet of its own is read only when it is the info table, so a 等级用语
 * row added to a one-sheet form's workbook would otherwise be ignored (docs/rules.md §8.2).
 */
function pickInfo(found: Found[]): DetectedTable[] {
  const pool = ranked(found, "info");
  const formSheets = new Set(found.filter((f) => f.table.kind !== "info").map((f) => f.table.sheet));
  const best = pool.find((f) => !formSheets.has(f.table.sheet)) ?? pool[0];
  return best ? [best.table] : [];
}
