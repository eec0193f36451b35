/**
 * Reading through merged areas: in a merge only the top-left cell holds the value, but a header
 * split across merged cells, or a 一级指标 merged down over its rows, should read as if every
 * covered cell held it.
 */
import type { CellRange, CellValue, Sheet } from "../grid";
import { cellAt } from "../grid";

export interface MergeReader {
  /** The value of the merge's top-left cell for any cell it covers; the cell's own value otherwise. */
  resolved(row: number, col: number): CellValue;
  /**
   * Like `resolved`, but only across columns: a cell covered by a merge that starts on an
   * earlier row reads blank (its value belongs to that earlier row).
   */
  sameRow(row: number, col: number): CellValue;
  /** The merge covering the cell, if any. */
  mergeAt(row: number, col: number): CellRange | null;
  /** One past the rightmost column any merge covers in the row (0 when none does). */
  mergedWidth(row: number): number;
}

function isUsable(m: CellRange): boolean {
  return (
    Number.isInteger(m.top) &&
    Number.isInteger(m.left) &&
    Number.isInteger(m.bottom) &&
    Number.isInteger(m.right) &&
    m.top >= 0 &&
    m.left >= 0 &&
    m.bottom >= m.top &&
    m.right >= m.left
  );
}

export function mergeReader(sheet: Sheet): MergeReader {
  // Merges indexed by each row they cover (clipped to the used range), so lookups stay cheap.
  const byRow = new Map<number, CellRange[]>();
  const lastRow = sheet.cells.length - 1;
  for (const m of sheet.merges ?? []) {
    if (!isUsable(m) || (m.top === m.bottom && m.left === m.right)) continue;
    for (let r = m.top; r <= Math.min(m.bottom, lastRow); r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  }
  // A merge reaching past every row's last cell (J1:XFD1048576, left by some templates) adds
  // only copies of its own value out there: widths stop at the widest row, so a merge costs by
  // its count, not its area.
  const widest = sheet.cells.reduce((w, r) => Math.max(w, Array.isArray(r) ? r.length : 0), 0);
  const mergeAt = (row: number, col: number): CellRange | null => {
    for (const m of byRow.get(row) ?? []) {
      if (col >= m.left && col <= m.right) return m;
    }
    return null;
  };
  return {
    mergeAt,
    mergedWidth(row) {
      return Math.min(widest, (byRow.get(row) ?? []).reduce((w, m) => Math.max(w, m.right + 1), 0));
    },
    resolved(row, col) {
      const m = mergeAt(row, col);
      return m ? cellAt(sheet, m.top, m.left) : cellAt(sheet, row, col);
    },
    sameRow(row, col) {
      const m = mergeAt(row, col);
      if (!m) return cellAt(sheet, row, col);
      return m.top === row ? cellAt(sheet, m.top, m.left) : null;
    },
  };
}
