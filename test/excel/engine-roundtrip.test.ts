/**
 * The real engine through the Office.js port: the bundled example workbook, read by the port,
 * evaluated, and written back; every planned cell lands as planned (text as text, formulas
 * as formulas) and the input sheets are untouched.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { runEngine } from "../../src/engine";
import type { PlanCell } from "../../src/engine/plan";
import { cellKey, gridFromFakeWorkbook, sheetToGrid } from "../fake-excel";
import { fakeWorkbookFromXlsx } from "../fake-excel/xlsx";
import { harness } from "./helpers";

const EXAMPLE = join(__dirname, "../../examples/paitan-2023.xlsx");

const expected = (c: PlanCell): string | number | null => (c === null ? null : c.t === "formula" ? c.f : c.v);

test("example workbook: readGrid → runEngine → applyPlan writes every planned cell as planned", async () => {
  const wb = await fakeWorkbookFromXlsx(new Uint8Array(readFileSync(EXAMPLE)));
  const inputs = wb.snapshot().sheets;
  const { port } = harness(wb);

  const grid = await port.readGrid();
  expect(grid).toEqual(gridFromFakeWorkbook(wb));
  const result = runEngine(grid);
  if (!result.ok) throw new Error(`engine errors: ${JSON.stringify(result.errors.slice(0, 3))}`);

  const syncsBefore = wb.syncCount;
  await port.applyPlan(result.plan);
  expect(wb.syncCount - syncsBefore).toBe(3);

  expect(wb.snapshot().sheets.slice(0, inputs.length)).toEqual(inputs);
  for (const planned of result.plan.sheets) {
    const written = sheetToGrid(wb, planned.name, { formulas: true, numberFormats: false }).cells;
    planned.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        expect({ sheet: planned.name, r, c, v: written[r]?.[c] ?? null }).toEqual({ sheet: planned.name, r, c, v: expected(cell) });
      }),
    );
    // Every text cell is text (no formula), whatever it starts with.
    const sheet = wb.sheet(planned.name)!;
    planned.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.t === "text") expect(sheet.cells.get(cellKey(r, c))?.f).toBeUndefined();
      }),
    );
  }
});
