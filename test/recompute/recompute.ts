/**
 * A real formula engine (HyperFormula, GPL-3.0, dev dependency for tests only) over the input
 * grid and the planned output sheets: what a reviewer's spreadsheet would show after
 * recalculating. Input text is entered as text (leading apostrophe), as Excel keeps a text cell
 * "95%" text; a planned formula is entered as its formula, never its cached value.
 */
import { HyperFormula } from "hyperformula";
import type { CellValue as HfValue, RawCellContent } from "hyperformula";
import type { CellValue, Grid } from "../../src/engine/grid";
import { parseA1 } from "../../src/engine/grid";
import type { OutputPlan, PlanCell } from "../../src/engine/plan";

function inputContent(v: CellValue): RawCellContent {
  if (typeof v === "string") return v === "" ? null : `'${v}`;
  return v;
}

function planContent(c: PlanCell): RawCellContent {
  if (c === null) return null;
  if (c.t === "formula") return c.f;
  if (c.t === "text") return `'${c.v}`;
  return c.v;
}

export interface Recomputed {
  /** The recomputed value of a cell: a number, text, boolean, null when empty; errors as "#ERR:…". */
  value(sheet: string, address: string): number | string | boolean | null;
  destroy(): void;
}

function plain(v: HfValue): number | string | boolean | null {
  if (v === null || typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return `#ERR:${String((v as { value?: unknown }).value ?? v)}`;
}

/** Output sheets replace input sheets of the same name (a previous run's output). */
export function recompute(grid: Grid, plan: OutputPlan): Recomputed {
  const sheets: Record<string, RawCellContent[][]> = {};
  const planned = new Set(plan.sheets.map((s) => s.name));
  for (const s of grid.sheets) if (!planned.has(s.name)) sheets[s.name] = s.cells.map((row) => (Array.isArray(row) ? row.map(inputContent) : []));
  for (const s of plan.sheets) sheets[s.name] = s.rows.map((row) => row.map(planContent));
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
  return {
    value(sheet, address) {
      const id = hf.getSheetId(sheet);
      const at = parseA1(address);
      if (id === undefined || !at) throw new Error(`no cell ${sheet}!${address}`);
      return plain(hf.getCellValue({ sheet: id, row: at.row, col: at.col }));
    },
    destroy() {
      hf.destroy();
    },
  };
}

/** Every formula cell of the plan: sheet, A1 address, formula and the value it was written with. */
export function formulaCells(plan: OutputPlan): { sheet: string; address: string; f: string; v: number | string | null }[] {
  const out: { sheet: string; address: string; f: string; v: number | string | null }[] = [];
  for (const s of plan.sheets) {
    s.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (c?.t === "formula") out.push({ sheet: s.name, address: a1Of(r, col), f: c.f, v: c.v });
      }),
    );
  }
  return out;
}

function a1Of(row: number, col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${row + 1}`;
}
