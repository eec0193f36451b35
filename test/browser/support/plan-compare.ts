/**
 * Compares what the pane wrote into the fake workbook with the plan the engine produces in
 * Node for the same input: cell by cell, text as text, numbers as numbers, formulas as written.
 */
import type { Grid, CellValue } from "../../../src/engine/grid";
import { a1 } from "../../../src/engine/grid";
import type { PlanCell, PlannedSheet } from "../../../src/engine/plan";

export interface CellDifference {
  sheet: string;
  cell: string;
  expected: CellValue;
  actual: CellValue;
}

function expectedValue(cell: PlanCell | undefined): CellValue {
  if (!cell) return null;
  if (cell.t === "formula") return cell.f;
  if (cell.t === "text" && cell.v === "") return null;
  return cell.v;
}

/**
 * `written` is the workbook read with formulas as formula text; a sheet missing from it, or
 * any cell that differs (within the plan's area or beyond it), is reported.
 */
export function planDifferences(planned: PlannedSheet[], written: Grid): CellDifference[] {
  const out: CellDifference[] = [];
  for (const sheet of planned) {
    const actual = written.sheets.find((s) => s.name === sheet.name);
    if (!actual) {
      out.push({ sheet: sheet.name, cell: "(sheet)", expected: "present", actual: "missing" });
      continue;
    }
    const rows = Math.max(sheet.rows.length, actual.cells.length);
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(sheet.rows[r]?.length ?? 0, actual.cells[r]?.length ?? 0);
      for (let c = 0; c < cols; c++) {
        const expected = expectedValue(sheet.rows[r]?.[c] ?? undefined);
        const got = actual.cells[r]?.[c] ?? null;
        if (expected !== got) out.push({ sheet: sheet.name, cell: a1(r, c), expected, actual: got });
      }
    }
  }
  return out;
}

/** Every value of a sheet, flattened (for "the figure is there" assertions). */
export function sheetValues(grid: Grid, name: string): CellValue[] {
  return (grid.sheets.find((s) => s.name === name)?.cells ?? []).flat();
}
