/**
 * How the typed-in fixture workbooks (scripts/realistic-fixtures.ts, provincial-fixtures*.ts) are
 * written: rows of cells, merged areas as "A5:A9", number formats by address.
 */
import type { CellRange, CellValue, Sheet } from "../src/engine/grid";
import { parseA1 } from "../src/engine/grid";

export type Row = CellValue[];

export function area(a1: string): CellRange {
  const [from, to] = a1.split(":");
  const a = parseA1(from!)!;
  const b = parseA1(to ?? from!)!;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/** A sheet from rows, merged areas ("A5:A9") and number formats by address. */
export function sheetOf(name: string, cells: Row[], merges: string[] = [], formats: Record<string, string> = {}): Sheet {
  const s: Sheet = { name, cells, merges: merges.map(area) };
  const entries = Object.entries(formats);
  if (entries.length > 0) {
    const grid: (string | null)[][] = cells.map((r) => r.map(() => null));
    for (const [addr, f] of entries) {
      const p = parseA1(addr)!;
      while (grid.length <= p.row) grid.push([]);
      grid[p.row]![p.col] = f;
    }
    s.numberFormats = grid;
  }
  return s;
}
