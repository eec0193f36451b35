/**
 * Folds a sheet's range formats into one look per cell: applied in order, later ones winning
 * per field (fields a format leaves out stay as they were); text cells get "@" last so Excel
 * keeps them text. Looks are interned: a cell holds a small id, and each (look, format) step is
 * computed once, so a sheet of a million formatted cells makes only a handful of look objects.
 */
import type { CellStyle, PlannedSheet, RangeFormat } from "../../engine/light";
import { lookKey } from "./styles-xml";
import type { CellLook } from "./styles-xml";

/** Id 0 is the empty look: the cell keeps the workbook's default format. */
export const NO_LOOK = 0;

export interface SheetLooks {
  /** The distinct looks; index = look id. */
  looks: CellLook[];
  /** Look id by row, then column (holes and 0 = no look). */
  byCell: number[][];
}

const TEXT_STEP = -1;

export function foldCellLooks(sheet: PlannedSheet): SheetLooks {
  const looks: CellLook[] = [{ style: {} }];
  const idByKey = new Map<string, number>([[lookKey(looks[0]!), NO_LOOK]]);
  /** "lookId/step" → the look after applying format number `step` (or TEXT_STEP). */
  const steps = new Map<string, number>();
  const byCell: number[][] = [];

  const intern = (look: CellLook): number => {
    const key = lookKey(look);
    let id = idByKey.get(key);
    if (id === undefined) {
      id = looks.length;
      looks.push(look);
      idByKey.set(key, id);
    }
    return id;
  };
  const step = (from: number, stepNo: number, apply: (look: CellLook) => CellLook): number => {
    const key = `${from}/${stepNo}`;
    let to = steps.get(key);
    if (to === undefined) {
      to = intern(apply(looks[from]!));
      steps.set(key, to);
    }
    return to;
  };
  const update = (row: number, col: number, stepNo: number, apply: (look: CellLook) => CellLook): void => {
    const cells = (byCell[row] ??= []);
    cells[col] = step(cells[col] ?? NO_LOOK, stepNo, apply);
  };

  sheet.formats.forEach((f: RangeFormat, n) => {
    const apply = (look: CellLook): CellLook => withFormat(look, f);
    for (let r = f.range.top; r <= f.range.bottom; r++) {
      for (let c = f.range.left; c <= f.range.right; c++) update(r, c, n, apply);
    }
  });
  sheet.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell?.t === "text") update(r, c, TEXT_STEP, (look) => ({ ...look, numberFormat: "@" }));
    }),
  );
  return { looks, byCell };
}

function withFormat(look: CellLook, f: RangeFormat): CellLook {
  const style: Record<string, unknown> = { ...look.style };
  for (const [field, value] of Object.entries(f.style ?? {})) if (value !== undefined) style[field] = value;
  const next: CellLook = { ...look, style: style as CellStyle };
  if (f.numberFormat !== undefined) next.numberFormat = f.numberFormat;
  return next;
}
