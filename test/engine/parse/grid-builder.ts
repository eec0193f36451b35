/** Small helpers for building grids by hand in tests. */
import type { CellRange, CellValue, Grid, Sheet } from "../../../src/engine/grid";
import { parseA1 } from "../../../src/engine/grid";

export interface SheetOptions {
  /** "A1:B2" areas; only the top-left cell should hold a value. */
  merges?: string[];
  /** Number formats by A1 address. */
  formats?: Record<string, string>;
}

export function range(a1: string): CellRange {
  const [from, to] = a1.split(":");
  const a = parseA1(from!)!;
  const b = parseA1(to ?? from!)!;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

export function sheet(name: string, cells: CellValue[][], options: SheetOptions = {}): Sheet {
  const s: Sheet = { name, cells, merges: (options.merges ?? []).map(range) };
  if (options.formats) {
    const formats: (string | null)[][] = cells.map((row) => row.map(() => null));
    for (const [addr, f] of Object.entries(options.formats)) {
      const p = parseA1(addr)!;
      while (formats.length <= p.row) formats.push([]);
      formats[p.row]![p.col] = f;
    }
    s.numberFormats = formats;
  }
  return s;
}

export function grid(...sheets: Sheet[]): Grid {
  return { sheets };
}
