/**
 * Reading one WPS worksheet into the engine's Sheet: values, number formats and merged areas.
 *
 * Values come in one call per sheet: Value2 of the used range (a 2-D array; a scalar when the
 * range is one cell). Value2 rather than Value because it gives dates as serial numbers and
 * currency as plain numbers, as Office.js `values` and the .xlsx reader do.
 *
 * The object model has no per-cell bulk read for number formats or merges: NumberFormat and
 * MergeCells of a range answer the cells' common value, or null when they differ. So both are
 * read by halving: ask the whole used range; where the answer is mixed, split it (columns
 * first, since a column usually shares one format) and ask again. The number of calls grows
 * with the number of format boundaries, not with the number of cells: a sheet with uniform
 * columns costs about two calls per column.
 */
import type { CellRange, CellValue, Sheet } from "../engine/light";
import { a1, parseA1 } from "../engine/light";
import { ERROR_CODES } from "./constants";
import { cappedBox, droppedWarning, parseAreas, type ReadWarning } from "../app/read-cap";

export function toCellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number") return ERROR_CODES.get(v) ?? v;
  if (typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/** "A1:C3" for a 0-based range (the form Worksheet.Range takes). */
export function rangeAddress(r: CellRange): string {
  const from = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? from : `${from}:${a1(r.bottom, r.right)}`;
}

/** "$A$1:$C$3" / "$B$2" (Range.Address()) → a 0-based range; null when unreadable. */
export function parseAddress(address: string): CellRange | null {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [p0, q0 = p0] = local.split(":");
  const p = parseA1(p0 ?? "");
  const q = parseA1(q0 ?? "");
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

const cellCount = (r: CellRange): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);

function halves(r: CellRange): [CellRange, CellRange] {
  if (r.right > r.left) {
    const mid = Math.floor((r.left + r.right) / 2);
    return [
      { ...r, right: mid },
      { ...r, left: mid + 1 },
    ];
  }
  const mid = Math.floor((r.top + r.bottom) / 2);
  return [
    { ...r, bottom: mid },
    { ...r, top: mid + 1 },
  ];
}

/** Calls `found` with every part of `area` on which `probe` answers a single value. */
function uniformParts<T>(area: CellRange, probe: (r: CellRange) => T | null, found: (r: CellRange, v: T) => void): void {
  const stack = [area];
  while (stack.length > 0) {
    const r = stack.pop()!;
    const v = probe(r);
    if (v !== null && v !== undefined) found(r, v);
    else if (cellCount(r) > 1) stack.push(...halves(r));
  }
}

/** A sheet as read, and what was left out of it (a sheet reaching past the read cap). */
export interface SheetRead {
  sheet: Sheet;
  warning: ReadWarning | null;
}

/** xlCellTypeConstants / xlCellTypeFormulas: the cells SpecialCells lists as holding values. */
const VALUE_CELL_TYPES = [2, -4123] as const;

/**
 * The areas of `used` that hold values, or null when the host cannot list them. SpecialCells
 * fails (1004) when no cell of a type qualifies: that type then adds nothing.
 */
function valueAreas(used: Et.Range): CellRange[] | null {
  const out: CellRange[] = [];
  let listed = false;
  for (const type of VALUE_CELL_TYPES) {
    try {
      const found = used.SpecialCells(type as Et.XlCellType);
      out.push(...parseAreas(found.Address()));
      listed = true;
    } catch {
      // None of this type, or the host could not list them (too many areas).
    }
  }
  return listed ? out : null;
}

/**
 * One sheet: its used range, or — when that reaches past MAX_READ_CELLS_PER_SHEET cells from A1
 * (one stray value in XFD1048576 would ask WPS for 17 billion cells and run it out of memory) —
 * the part holding the nearest values, with a warning naming what was left out (as the
 * Office.js port does; see src/app/read-cap.ts).
 */
export function readSheet(ws: Et.Worksheet, index: number): SheetRead {
  const name = ws.Name;
  const used = ws.UsedRange;
  const usedBox = { sheet: index, top: used.Row - 1, left: used.Column - 1, rows: used.Rows.Count, columns: used.Columns.Count };
  let box = usedBox;
  let warning: ReadWarning | null = null;
  if (cappedBox(index, usedBox, null).dropped) {
    const chosen = cappedBox(index, usedBox, valueAreas(used));
    warning = droppedWarning(name, chosen);
    box = chosen.box;
    if (box.rows === 0 || box.columns === 0) return { sheet: { name, cells: [], numberFormats: [], merges: [] }, warning };
  }
  const { top, left, rows, columns } = box;
  const area: CellRange = { top, left, bottom: top + rows - 1, right: left + columns - 1 };
  const range = box === usedBox ? used : ws.Range(rangeAddress(area));
  const raw: unknown = range.Value2;
  const matrix: unknown[][] = rows === 1 && columns === 1 ? [[raw]] : (raw as unknown[][]);

  const cells: CellValue[][] = Array.from({ length: top + rows }, () => new Array<CellValue>(left + columns).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: top + rows }, () => new Array<string | null>(left + columns).fill(null));
  for (let r = 0; r < rows; r++) {
    const row = matrix[r] ?? [];
    for (let c = 0; c < columns; c++) cells[top + r]![left + c] = toCellValue(row[c]);
  }

  uniformParts(
    area,
    (r) => {
      const f: unknown = ws.Range(rangeAddress(r)).NumberFormat;
      return typeof f === "string" ? f : null;
    },
    (r, f) => {
      for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) numberFormats[i]![j] = f;
    },
  );

  const merges = readMerges(ws, area);
  // An empty sheet (its used range is the single empty A1) has no cells at all, as in the other ports.
  if (rows === 1 && columns === 1 && top === 0 && left === 0 && cells[0]![0] === null && merges.length === 0) {
    return { sheet: { name, cells: [], numberFormats: [], merges }, warning };
  }
  return { sheet: { name, cells, numberFormats, merges }, warning };
}

/**
 * Merged areas within the used range. A part whose MergeCells is true and which lies inside
 * one merged area ends the search there; mixed parts are halved down to single cells, whose
 * MergeArea names the area.
 */
function readMerges(ws: Et.Worksheet, area: CellRange): CellRange[] {
  const found = new Map<string, CellRange>();
  const inFound = (r: CellRange): boolean =>
    [...found.values()].some((m) => r.top >= m.top && r.bottom <= m.bottom && r.left >= m.left && r.right <= m.right);
  uniformParts(
    area,
    (r) => {
      if (inFound(r)) return true;
      const range = ws.Range(rangeAddress(r));
      const merged: unknown = range.MergeCells;
      if (merged === false) return false;
      const m = parseAddress(range.Cells.Item(1, 1).MergeArea.Address());
      if (merged === true && m && r.top >= m.top && r.bottom <= m.bottom && r.left >= m.left && r.right <= m.right) {
        if (m.bottom > m.top || m.right > m.left) found.set(rangeAddress(m), m);
        return true;
      }
      if (cellCount(r) === 1) return false;
      return null;
    },
    () => undefined,
  );
  return [...found.values()].sort((a, b) => a.top - b.top || a.left - b.left);
}
