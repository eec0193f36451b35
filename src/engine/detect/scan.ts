/**
 * Scanning one sheet for tables: header rows (one- or two-row, read through merges), where each
 * table ends, the title and money unit above it, and key | value info blocks.
 */
import type { CellRange, Sheet } from "../grid";
import type { MoneyUnit } from "../model";
import type { DetectedTable, HeaderHalf } from "./types";
import type { HeaderKind, HeaderRowMatch } from "./header-roles";
import { amountColumnCount, matchHeaderRow, matchRole, withColumns } from "./header-roles";
import { blockLabelEnd, itemColumnFor } from "./item-column";
import { isSectionLabel, isTaskLabel } from "../vocabulary/info-keys";
import { isStatedTotalLabel } from "../vocabulary/indicator-words";
import type { MergeReader } from "./merges";
import { mergeReader } from "./merges";
import { BLANK_RUN_END, cellText, isNoteText, isUnitLine, normalizeHeader, normalizeKey, unitFromText } from "../vocabulary/text";
import { infoFieldOf, isSettingKey } from "../vocabulary/info-keys";
import { sideBySideHalves } from "./side-by-side";
import { splitKeyCell } from "./key-cell";

const KINDS: HeaderKind[] = ["budget", "indicator"];
/** How far above a header a title or unit line may sit. */
const TITLE_ROWS_ABOVE = 6;
/** Info keys sit in one of the first columns. */
const INFO_KEY_COLUMNS = 8;
/** "Several" recognised keys make a sheet an info sheet. */
const INFO_MIN_KEYS = 2;

/** A sheet with cached per-row header texts. */
export class SheetScan {
  readonly sheet: Sheet;
  readonly reader: MergeReader;
  readonly rows: number;
  readonly width: number;
  private readonly resolvedTexts = new Map<number, string[]>();
  private readonly ownTexts = new Map<number, string[]>();
  /** isHeaderRow per row: a table's end is looked for at every row, twice (the row, and as the row below a title). */
  readonly headerRows = new Map<number, boolean>();

  constructor(sheet: Sheet) {
    this.sheet = sheet;
    this.reader = mergeReader(sheet);
    this.rows = sheet.cells.length;
    this.width = sheet.cells.reduce((w, r) => Math.max(w, Array.isArray(r) ? r.length : 0), 0);
  }

  /**
   * The columns worth reading in one row: its own cells and the merges across it. Rows differ
   * when a port reads a sparse sheet (one stray cell far out), and reading every row at the
   * widest row's width would then cost the whole rectangle.
   */
  rowWidth(row: number): number {
    const cells = this.sheet.cells[row];
    return Math.max(Array.isArray(cells) ? cells.length : 0, this.reader.mergedWidth(row));
  }

  /** Normalised header texts of a row, each covered cell reading its merge's value. */
  texts(row: number): string[] {
    let t = this.resolvedTexts.get(row);
    if (!t) {
      t = [];
      for (let c = 0; c < this.rowWidth(row); c++) t.push(normalizeHeader(cellText(this.reader.resolved(row, c))));
      this.resolvedTexts.set(row, t);
    }
    return t;
  }

  /** Like texts(), but cells merged down from an earlier row read blank. */
  own(row: number): string[] {
    let t = this.ownTexts.get(row);
    if (!t) {
      t = [];
      for (let c = 0; c < this.rowWidth(row); c++) t.push(normalizeHeader(cellText(this.reader.sameRow(row, c))));
      this.ownTexts.set(row, t);
    }
    return t;
  }

  ownHits(row: number, kind: HeaderKind): number {
    return this.own(row).filter((t) => matchRole(kind, t) !== null).length;
  }

  isBlank(row: number, left: number, right: number): boolean {
    const last = Math.min(right, this.rowWidth(row) - 1);
    for (let c = left; c <= last; c++) {
      if (cellText(this.reader.sameRow(row, c)).trim() !== "") return false;
    }
    return true;
  }

  firstText(row: number): string {
    for (let c = 0; c < this.rowWidth(row); c++) {
      const t = cellText(this.reader.sameRow(row, c)).trim();
      if (t !== "") return t;
    }
    return "";
  }
}

interface HeaderCandidate {
  match: HeaderRowMatch;
  /** The row whose next row is the first data row. */
  headerRow: number;
  /** The first header row (the group-label row of a two-row header). */
  top: number;
}

/**
 * The header reading of `row` for a kind: the row alone, or the row over the one above it when
 * both hold role names (a group label "预算数" above "年初预算数 | 全年预算数").
 */
function candidateAt(scan: SheetScan, row: number, kind: HeaderKind): HeaderCandidate {
  const single: HeaderCandidate = { match: matchHeaderRow(kind, scan.texts(row)), headerRow: row, top: row };
  if (row === 0 || scan.ownHits(row, kind) === 0 || scan.ownHits(row - 1, kind) === 0) return single;
  const upper = scan.texts(row - 1);
  const lower = scan.texts(row);
  const combined = Array.from({ length: Math.max(upper.length, lower.length) }, (_, c) => (lower[c] || upper[c]) ?? "");
  const match = matchHeaderRow(kind, combined);
  return match.score > single.match.score ? { match, headerRow: row, top: row - 1 } : single;
}

/**
 * A budget header's item column settled by the data under it: a blank header over the names, or
 * a block label merged down beside them, is not the column the names are in.
 */
function withItemColumn(scan: SheetScan, c: HeaderCandidate): HeaderCandidate {
  const columns = c.match.columns;
  if (c.match.kind !== "budget" || amountColumnCount(columns) < 2) return c;
  const item = itemColumnFor(scan, c.headerRow, columns);
  if (item === null || item === columns.item) return c;
  return { ...c, match: withColumns(c.match, { ...columns, item }) };
}

/** The best header at `row` that meets its kind's requirements, looking one row down for a lower header row. */
function headerAt(scan: SheetScan, row: number, kinds: HeaderKind[]): HeaderCandidate | null {
  let best: HeaderCandidate | null = null;
  for (const kind of kinds) {
    // A department form's 年度主要任务 rows carry 预算数 | 执行数, but they are tasks, not the budget.
    if (kind === "budget" && scan.own(row).some(isTaskLabel)) continue;
    const here = withItemColumn(scan, candidateAt(scan, row, kind));
    if (!here.match.meets) continue;
    let chosen = here;
    if (row + 1 < scan.rows && scan.ownHits(row + 1, kind) >= 2) {
      const below = withItemColumn(scan, candidateAt(scan, row + 1, kind));
      if (below.match.meets && below.match.score > here.match.score) chosen = { ...below, top: Math.min(row, below.top) };
    }
    if (!best || chosen.match.confidence > best.match.confidence) best = chosen;
  }
  return best;
}

function isHeaderRow(scan: SheetScan, row: number): boolean {
  let is = scan.headerRows.get(row);
  if (is === undefined) {
    is = KINDS.some((k) => matchHeaderRow(k, scan.texts(row)).meets);
    scan.headerRows.set(row, is);
  }
  return is;
}

function columnSpan(columns: Record<string, number>): { left: number; right: number } {
  const cols = Object.values(columns);
  if (cols.length === 0) return { left: 0, right: 0 };
  return { left: Math.min(...cols), right: Math.max(...cols) };
}

/** The last data row: before a notes row, a run of blank rows, the next block's label or the next table's header. */
export function tableBottom(scan: SheetScan, headerRow: number, columns: Record<string, number>): number {
  const { left, right } = columnSpan(columns);
  // A label merged down beside the rows ends the block: text typed under it, in its column, is
  // the next block's label, whatever its wording (a 总分 row closes a table, so it stays in).
  const label = blockLabelEnd(scan, headerRow, left);
  let bottom = headerRow;
  let blanks = 0;
  for (let r = headerRow + 1; r < scan.rows; r++) {
    if (label && r >= label.after) {
      const under = cellText(scan.reader.sameRow(r, label.col)).trim();
      if (under !== "" && !isStatedTotalLabel(under)) break;
    }
    if (scan.isBlank(r, left, right)) {
      blanks++;
      if (blanks >= BLANK_RUN_END) break;
      continue;
    }
    blanks = 0;
    const first = scan.firstText(r);
    if (isNoteText(first) || isSectionLabel(first) || isHeaderRow(scan, r) || isTitleOfNext(scan, r)) break;
    bottom = r;
  }
  return bottom;
}

/** A row of one text right above a header row: the next table's title, not this table's data. */
function isTitleOfNext(scan: SheetScan, row: number): boolean {
  if (row + 1 >= scan.rows || !isHeaderRow(scan, row + 1)) return false;
  let filled = 0;
  for (let c = 0; c < scan.rowWidth(row); c++) if (cellText(scan.reader.sameRow(row, c)).trim() !== "") filled++;
  return filled === 1;
}

/** Title and unit lines above a header (not above `floor`), and a unit named in the header itself. */
function describe(scan: SheetScan, top: number, headerRow: number, floor: number): { title: string | null; unit: MoneyUnit | null } {
  let unit: MoneyUnit | null = null;
  for (let r = top; r <= headerRow && !unit; r++) {
    for (let c = 0; c < scan.rowWidth(r) && !unit; c++) unit = unitFromText(cellText(scan.reader.sameRow(r, c)));
  }
  const first = Math.max(floor, top - TITLE_ROWS_ABOVE);
  let title: string | null = null;
  for (let r = top - 1; r >= first; r--) {
    for (let c = 0; c < scan.rowWidth(r) && !unit; c++) unit = unitFromText(cellText(scan.reader.sameRow(r, c)));
  }
  for (let r = first; r < top && title === null; r++) {
    const t = scan.firstText(r);
    if (t !== "" && !isUnitLine(t) && !isNoteText(t)) title = t;
  }
  return { title, unit };
}

function toDetected(
  scan: SheetScan,
  kind: HeaderKind,
  c: { headerRow: number; top: number; columns: Record<string, number>; confidence: number },
  floor: number,
): DetectedTable {
  const halves = kind === "budget" ? budgetHalves(scan, c.headerRow) : null;
  // A side-by-side header spans both halves: its rows end where both halves end.
  const span = halves ? Object.assign({}, ...halves.map((h) => h.columns)) : c.columns;
  const columns = halves ? halves[0]!.columns : c.columns;
  const bottom = tableBottom(scan, c.headerRow, span);
  const { left, right } = columnSpan(span);
  const { title, unit } = describe(scan, c.top, c.headerRow, floor);
  const range: CellRange = { top: c.top, left, bottom, right };
  const found = { sheet: scan.sheet.name, headerRow: c.headerRow, range, confidence: c.confidence, title };
  if (kind === "indicator") return { kind, ...found, columns, unit: null };
  const table: DetectedTable = { kind, ...found, columns, unit };
  return halves ? { ...table, halves } : table;
}

/** The two halves of a 收入支出决算总表 header, with the 收入 | 支出 labels of the row above. */
function budgetHalves(scan: SheetScan, headerRow: number): HeaderHalf[] | null {
  const texts = scan.texts(headerRow);
  if (texts.every((t) => t === "")) return null;
  return sideBySideHalves(texts, headerRow > 0 ? scan.texts(headerRow - 1) : null);
}

/** Every budget and indicator table on the sheet whose header meets its kind's requirements, top to bottom. */
export function scanTables(scan: SheetScan, kinds: HeaderKind[] = KINDS): DetectedTable[] {
  const found: DetectedTable[] = [];
  let floor = 0;
  let r = 0;
  while (r < scan.rows) {
    const h = headerAt(scan, r, kinds);
    if (!h) {
      r++;
      continue;
    }
    const t = toDetected(scan, h.match.kind, { ...h, columns: h.match.columns, confidence: h.match.confidence }, floor);
    found.push(t);
    floor = t.range.bottom + 1;
    r = Math.max(t.range.bottom, t.headerRow) + 1;
  }
  return found;
}

/**
 * A table of the given kind even when no header meets the requirements (the user said this
 * sheet is one): the row with the most roles, or the top row when none has any.
 */
export function forcedTables(scan: SheetScan, kind: HeaderKind): DetectedTable[] {
  const meeting = scanTables(scan, [kind]);
  if (meeting.length > 0) return meeting;
  let best: HeaderCandidate | null = null;
  for (let r = 0; r < scan.rows; r++) {
    const c = candidateAt(scan, r, kind);
    if (!best || c.match.score > best.match.score) best = c;
  }
  if (!best || best.match.score === 0) {
    return [toDetected(scan, kind, { headerRow: 0, top: 0, columns: {}, confidence: 0 }, 0)];
  }
  return [toDetected(scan, kind, { ...best, columns: best.match.columns, confidence: best.match.confidence }, 0)];
}

function inside(row: number, taken: CellRange[]): boolean {
  return taken.some((t) => row >= t.top && row <= t.bottom);
}

/**
 * A key | value block: the leftmost of the first columns holding the most recognised keys
 * (rows inside other tables do not count, nor "键：值" cells beside them). `minKeys` 0 accepts
 * any text column (forced).
 */
export function findInfo(scan: SheetScan, taken: CellRange[], minKeys: number = INFO_MIN_KEYS): DetectedTable | null {
  let best: { col: number; keys: number; first: number } | null = null;
  const lastCol = Math.min(scan.width, INFO_KEY_COLUMNS);
  const formKeyLines = taken.length > 0;
  for (let c = 0; c < lastCol; c++) {
    const fields = new Set<string>();
    let first = -1;
    let firstText = -1;
    for (let r = 0; r < scan.rows; r++) {
      if (inside(r, taken)) continue;
      const text = cellText(scan.reader.sameRow(r, c)).trim();
      if (text === "") continue;
      if (firstText < 0) firstText = r;
      // On a sheet with tables, "项目名称：…" cells are the form's own key lines, read beside its
      // tables; on a sheet of its own, each is a line of the info block.
      const inCell = splitKeyCell(text);
      if (inCell && formKeyLines) continue;
      // On a sheet of its own, a settings row counts as a key too (docs/rules.md §8.2).
      const key = inCell?.key ?? text;
      const field = infoFieldOf(key) ?? (!formKeyLines && isSettingKey(key) ? `setting:${normalizeKey(key)}` : null);
      if (field && !fields.has(field)) {
        fields.add(field);
        if (first < 0) first = r;
      }
    }
    const start = first >= 0 ? first : firstText;
    if (start < 0) continue;
    if (!best || fields.size > best.keys) best = { col: c, keys: fields.size, first: start };
  }
  if (!best || best.keys < minKeys) return null;
  // The block runs down to the last key before another table starts below it.
  let bottom = best.first;
  for (let r = best.first; r < scan.rows; r++) {
    if (inside(r, taken)) break;
    if (normalizeKey(cellText(scan.reader.sameRow(r, best.col))) !== "") bottom = r;
  }
  const { title } = describe(scan, best.first, best.first, 0);
  return {
    kind: "info",
    sheet: scan.sheet.name,
    headerRow: best.first,
    range: { top: best.first, left: best.col, bottom, right: best.col + 1 },
    columns: { key: best.col, value: best.col + 1 },
    confidence: Math.min(1, Math.round((0.4 + 0.15 * best.keys) * 1000) / 1000),
    title,
    unit: null,
  };
}
