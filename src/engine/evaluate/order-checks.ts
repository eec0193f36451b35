/** One stable order for checks: by sheet (in the order given), row, column, then code. */
import type { Check } from "../evaluation";

/**
 * @param sheetOrder sheet names in workbook order; sheets not listed follow, by name.
 * Checks about the workbook as a whole (no cell) come first.
 */
export function orderChecks(checks: Check[], sheetOrder: string[]): Check[] {
  const rank = (sheet: string): number => {
    const i = sheetOrder.indexOf(sheet);
    return i < 0 ? sheetOrder.length : i;
  };
  const cmp = <T>(x: T, y: T): number => (x < y ? -1 : x > y ? 1 : 0);
  return [...checks].sort((x, y) => {
    if (!x.cell || !y.cell) return cmp(x.cell ? 1 : 0, y.cell ? 1 : 0) || cmp(x.code, y.code);
    return (
      cmp(rank(x.cell.sheet), rank(y.cell.sheet)) ||
      cmp(x.cell.sheet, y.cell.sheet) ||
      cmp(x.cell.row, y.cell.row) ||
      cmp(x.cell.col, y.cell.col) ||
      cmp(x.code, y.code)
    );
  });
}
