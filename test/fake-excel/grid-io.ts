/**
 * Fake workbook ⇄ Grid, for building test workbooks and asserting on what was written.
 * Browser-safe.
 */
import type { CellValue, Grid, Sheet } from "../../src/engine/grid";
import { cellKey } from "./state";
import { usedRangeOf } from "./state";
import { FakeWorkbook } from "./workbook";

/**
 * A workbook holding the grid's sheets. Grid strings are cell values, so they go in as text
 * exactly (a grid "=x" is a text cell reading "=x", not a formula); number formats other than
 * General and merges are kept.
 */
export function fakeWorkbookFromGrid(grid: Grid, into: FakeWorkbook = new FakeWorkbook()): FakeWorkbook {
  for (const g of grid.sheets) {
    const sheet = into.addSheet(g.name);
    g.cells.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== "") sheet.cells.set(cellKey(r, c), { v });
      }),
    );
    g.numberFormats?.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f && f !== "General") sheet.numberFormats.set(cellKey(r, c), f);
      }),
    );
    sheet.merges = g.merges.map((m) => ({ ...m }));
  }
  return into;
}

export interface ToGridOptions {
  /** Formula cells as their formula text ("=SUM(A1:A3)") instead of their value. */
  formulas?: boolean;
  /** Include number formats (General for unformatted cells); default true. */
  numberFormats?: boolean;
}

/** The grid a perfect reader would see: dense rows from A1 to the values-only used range. */
export function gridFromFakeWorkbook(wb: FakeWorkbook, options: ToGridOptions = {}): Grid {
  return { sheets: wb.sheets.map((s) => sheetToGrid(wb, s.name, options)) };
}

export function sheetToGrid(wb: FakeWorkbook, name: string, options: ToGridOptions = {}): Sheet {
  const sheet = wb.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const used = usedRangeOf(sheet, true);
  const cells: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  if (used) {
    for (let r = 0; r <= used.bottom; r++) {
      const row: CellValue[] = [];
      const fmts: (string | null)[] = [];
      for (let c = 0; c <= used.right; c++) {
        const cell = sheet.cells.get(cellKey(r, c));
        if (!cell) row.push(null);
        else if (cell.f !== undefined && options.formulas) row.push(cell.f);
        else {
          const v = wb.valueAt(sheet, r, c);
          row.push(v === "" ? null : v);
        }
        const inside = r >= used.top && c >= used.left;
        fmts.push(inside ? (sheet.numberFormats.get(cellKey(r, c)) ?? "General") : null);
      }
      cells.push(row);
      numberFormats.push(fmts);
    }
  }
  const out: Sheet = { name: sheet.name, cells, merges: sheet.merges.map((m) => ({ ...m })) };
  if (options.numberFormats !== false) out.numberFormats = numberFormats;
  return out;
}
