/**
 * How much of a sheet a host port reads, shared by the Office.js and WPS ports: a cap on the
 * dense box from A1, the choice of what to keep when a sheet reaches past it, and the warning
 * that names what was left out. Pure.
 *
 * Why a cap: the engine's Grid rows are dense from A1, so one stray value in XFD1048576 would
 * ask the host for 17 billion cells — Excel answers with an error, WPS runs out of memory
 * (docs/office-hardening.md).
 */
import type { CellRange } from "../engine/light";
import { a1, a1Range, parseA1 } from "../engine/light";

/** At most this many cells of a sheet are read (the dense box from A1). */
export const MAX_READ_CELLS_PER_SHEET = 2_000_000;

/** A box of one sheet (0-based, the sheet by its position in the workbook). */
export interface ReadBlock {
  sheet: number;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/** A message about a sheet that could not be read in full. */
export interface ReadWarning {
  sheet: string;
  zh: string;
  en: string;
}

/** The part of a sheet to read: its used range clipped to the cap, and what was left out. */
export interface ReadBox {
  box: ReadBlock;
  /** Cells holding values outside the box (null: all of them are inside). */
  dropped: { count: number; first: string } | null;
}

const boxCells = (bottom: number, right: number): number => (bottom + 1) * (right + 1);

/**
 * Chooses the box to read when the used range is over the cap, from the areas that hold
 * values (constants and formulas): nearest areas first, as long as the box from A1 that holds
 * them stays within `cap` cells. Without the areas (ExcelApi below 1.9) the used range is cut
 * to its first columns and rows.
 */
export function cappedBox(sheet: number, used: ReadBlock, valueAreas: CellRange[] | null, cap = MAX_READ_CELLS_PER_SHEET): ReadBox {
  const bottom = used.top + used.rows - 1;
  const right = used.left + used.columns - 1;
  if (boxCells(bottom, right) <= cap) return { box: used, dropped: null };
  if (valueAreas && valueAreas.length > 0) {
    const sorted = [...valueAreas].sort((p, q) => boxCells(p.bottom, p.right) - boxCells(q.bottom, q.right));
    let keptBottom = -1;
    let keptRight = -1;
    const out: CellRange[] = [];
    for (const area of sorted) {
      const b = Math.max(keptBottom, area.bottom);
      const r = Math.max(keptRight, area.right);
      if (boxCells(b, r) <= cap) {
        keptBottom = b;
        keptRight = r;
      } else out.push(area);
    }
    const dropped = out.length
      ? { count: out.reduce((n, a) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0), first: areaText(out[0]!) }
      : null;
    if (keptBottom < 0) return { box: { sheet, top: 0, left: 0, rows: 0, columns: 0 }, dropped };
    const top = Math.min(used.top, keptBottom);
    const left = Math.min(used.left, keptRight);
    return { box: { sheet, top, left, rows: keptBottom - top + 1, columns: keptRight - left + 1 }, dropped };
  }
  // No map of the values: keep the first 1,024 columns and as many rows as the cap allows.
  const columns = Math.min(used.columns, Math.max(1, 1024 - used.left));
  const rows = Math.max(0, Math.min(used.rows, Math.floor(cap / (used.left + columns)) - used.top));
  const first = rows < used.rows ? a1(used.top + rows, used.left) : a1(used.top, used.left + columns);
  return { box: { ...used, rows, columns }, dropped: { count: -1, first } };
}

function areaText(r: CellRange): string {
  return r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : a1Range(r);
}

export function droppedWarning(sheet: string, box: ReadBox): ReadWarning | null {
  if (!box.dropped) return null;
  const kept = box.box.rows > 0 && box.box.columns > 0 ? `A1:${a1(box.box.top + box.box.rows - 1, box.box.left + box.box.columns - 1)}` : "";
  const { count, first } = box.dropped;
  const many = count < 0 ? "" : `${count} 个`;
  const manyEn = count < 0 ? "cells" : `${count} cell${count === 1 ? "" : "s"}`;
  return {
    sheet,
    zh: `工作表“${sheet}”的数据区域过大（超过 ${MAX_READ_CELLS_PER_SHEET} 个单元格），只读取了 ${kept || "开头部分"}；${first} 等${many}远处的单元格未读取。若其中有预算或指标数据，请把它们移到表的前部，或删除远处的无关内容后重试。`,
    en: `Sheet ${sheet} reaches too far (more than ${MAX_READ_CELLS_PER_SHEET} cells): only ${kept || "its beginning"} was read; ${manyEn} further away (from ${first}) were not. If they hold budget or indicator data, move them up, or delete the stray content, and try again.`,
  };
}

/**
 * "Sheet1!A1:B2,Sheet1!D4" (RangeAreas.address) → ranges. Commas inside a quoted sheet name
 * do not separate areas.
 */
export function parseAreas(address: string): CellRange[] {
  const parts: string[] = [];
  let quoted = false;
  let current = "";
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  const out: CellRange[] = [];
  for (const part of parts) {
    const local = part.slice(part.lastIndexOf("!") + 1).trim();
    if (local === "") continue;
    const [a, b = a] = local.split(":");
    const p = parseA1(a!);
    const q = parseA1(b!);
    if (!p || !q) continue;
    out.push({
      top: Math.min(p.row, q.row),
      left: Math.min(p.col, q.col),
      bottom: Math.max(p.row, q.row),
      right: Math.max(p.col, q.col),
    });
  }
  return out;
}

