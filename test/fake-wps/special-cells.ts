/**
 * Range.SpecialCells of the fake WPS object model, for the two kinds the port asks for:
 * constants (xlCellTypeConstants, 2) and formulas (xlCellTypeFormulas, -4123). As in WPS and
 * Excel the answer is a multi-area range whose Address() lists the areas separated by commas,
 * and asking when no cell qualifies is error 1004 ("未找到单元格"), not an empty range.
 *
 * Areas: runs of qualifying cells along a row, stacked into one rectangle when the rows below
 * repeat the same run — close to how the hosts coalesce them, which is all the port relies on.
 */
import type { CellRange } from "../../src/engine/grid";
import { a1 } from "../../src/engine/grid";
import { failed } from "./errors";
import type { FakeSheetState } from "./state";
import { isBlank } from "./state";

export const XL_CELL_TYPE_CONSTANTS = 2;
export const XL_CELL_TYPE_FORMULAS = -4123;

export interface FakeAreasRange {
  Address(): string;
  readonly Areas: { readonly Count: number };
  readonly Count: number;
}

export function specialCells(sheet: FakeSheetState, within: CellRange, type: number): FakeAreasRange {
  if (type !== XL_CELL_TYPE_CONSTANTS && type !== XL_CELL_TYPE_FORMULAS) throw failed("Range 类的 SpecialCells 方法无效");
  const wanted = (formula: string | null): boolean => (type === XL_CELL_TYPE_FORMULAS ? formula !== null : formula === null);
  const byRow = new Map<number, number[]>();
  for (const [key, cell] of sheet.cells) {
    if (isBlank(cell) || !wanted(cell.formula)) continue;
    const [r, c] = key.split(",").map(Number) as [number, number];
    if (r < within.top || r > within.bottom || c < within.left || c > within.right) continue;
    const cols = byRow.get(r) ?? [];
    cols.push(c);
    byRow.set(r, cols);
  }
  if (byRow.size === 0) throw failed("未找到单元格");
  const areas: CellRange[] = [];
  const open = new Map<string, CellRange>();
  for (const r of [...byRow.keys()].sort((p, q) => p - q)) {
    const cols = byRow.get(r)!.sort((p, q) => p - q);
    for (let i = 0; i < cols.length; ) {
      let j = i;
      while (j + 1 < cols.length && cols[j + 1] === cols[j]! + 1) j++;
      const key = `${cols[i]}-${cols[j]}`;
      const above = open.get(key);
      if (above && above.bottom === r - 1) above.bottom = r;
      else {
        const area = { top: r, bottom: r, left: cols[i]!, right: cols[j]! };
        areas.push(area);
        open.set(key, area);
      }
      i = j + 1;
    }
  }
  const abs = (r: number, c: number): string => a1(r, c).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const text = (m: CellRange): string => (m.top === m.bottom && m.left === m.right ? abs(m.top, m.left) : `${abs(m.top, m.left)}:${abs(m.bottom, m.right)}`);
  return {
    Address: () => areas.map(text).join(","),
    Areas: { Count: areas.length },
    Count: areas.reduce((n, m) => n + (m.bottom - m.top + 1) * (m.right - m.left + 1), 0),
  };
}
