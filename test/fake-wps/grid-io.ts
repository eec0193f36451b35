/** Building a fake WPS workbook from a Grid (what the command line reads) and reading one back. */
import type { CellValue, Grid, Sheet } from "../../src/engine/grid";
import { FakeWpsBook } from "./model";
import { GENERAL, cellKey, emptyCell } from "./state";

/** The grid's values, number formats and merges, as if the .xlsx had been opened in WPS. */
export function fakeWpsFromGrid(grid: Grid): FakeWpsBook {
  const book = new FakeWpsBook();
  for (const sheet of grid.sheets) {
    const s = book.addSheet(sheet.name);
    sheet.cells.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = sheet.numberFormats?.[r]?.[c] ?? null;
        if (v === null && (f === null || f === GENERAL)) return;
        const cell = emptyCell();
        cell.value = v;
        if (f) cell.numberFormat = f;
        s.cells.set(cellKey(r, c), cell);
      }),
    );
    s.merges = sheet.merges.map((m) => ({ ...m }));
  }
  return book;
}

/**
 * The workbook as a grid: values, or formula text where a cell holds a formula; number
 * formats when asked. Rows and columns from A1 to the last cell holding a value.
 */
export function gridFromFakeWps(book: FakeWpsBook, options: { formulas: boolean; numberFormats: boolean }): Grid {
  return {
    sheets: book.sheets.map((s): Sheet => {
      let rows = 0;
      let columns = 0;
      for (const [k, c] of s.cells) {
        if (c.value === null && c.formula === null && !options.numberFormats) continue;
        const [r, col] = k.split(",").map(Number) as [number, number];
        rows = Math.max(rows, r + 1);
        columns = Math.max(columns, col + 1);
      }
      const cells: CellValue[][] = [];
      const formats: (string | null)[][] = [];
      for (let r = 0; r < rows; r++) {
        const row: CellValue[] = [];
        const fmts: (string | null)[] = [];
        for (let c = 0; c < columns; c++) {
          const cell = s.cells.get(cellKey(r, c));
          row.push(cell ? (options.formulas && cell.formula !== null ? cell.formula : cell.value) : null);
          fmts.push(cell?.numberFormat ?? GENERAL);
        }
        cells.push(row);
        formats.push(fmts);
      }
      const out: Sheet = { name: s.name, cells, merges: s.merges.map((m) => ({ ...m })) };
      if (options.numberFormats) out.numberFormats = formats;
      return out;
    }),
  };
}
