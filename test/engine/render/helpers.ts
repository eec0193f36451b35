/** Reading a planned sheet the way a reviewer reads Excel: by A1 address. */
import { parseA1 } from "../../../src/engine/grid";
import type { PlanCell, PlannedSheet, RangeFormat } from "../../../src/engine/plan";

export function cell(sheet: PlannedSheet, address: string): PlanCell {
  const at = parseA1(address);
  if (!at) throw new Error(`bad address ${address}`);
  return sheet.rows[at.row]?.[at.col] ?? null;
}

/** The formats covering a cell, in the order they are applied. */
export function formatsAt(sheet: PlannedSheet, row: number, col: number): RangeFormat[] {
  return sheet.formats.filter((f) => f.range.top <= row && row <= f.range.bottom && f.range.left <= col && col <= f.range.right);
}

/** The number format a port ends up with on a cell: the last entry that sets one wins. */
export function numberFormatAt(sheet: PlannedSheet, row: number, col: number): string | undefined {
  let result: string | undefined;
  for (const f of formatsAt(sheet, row, col)) if (f.numberFormat !== undefined) result = f.numberFormat;
  return result;
}

export function allCells(sheet: PlannedSheet): { row: number; col: number; cell: PlanCell }[] {
  return sheet.rows.flatMap((r, row) => r.map((cell, col) => ({ row, col, cell })));
}
