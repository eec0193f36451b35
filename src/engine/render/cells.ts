/**
 * Plan-cell constructors and the text measures the layout needs. The one place that decides
 * whether a figure becomes a formula or a value.
 */
import type { Dec } from "../decimal";
import { D } from "../decimal";
import { formatNumber, groupThousands } from "../format";
import type { CellRef } from "../grid";
import { a1, formulaRef, refToA1 } from "../grid";
import type { Figure } from "../model";
import type { PlanCell } from "../plan";
export { excelWouldConvert } from "../text-conversion";

/** Excel's limit on the characters one cell holds. */
export const MAX_CELL_CHARS = 32767;

/** Workbook or label text: always a text cell; empty becomes a blank cell. */
export function textCell(value: string | null): PlanCell {
  if (value === null || value === "") return null;
  return { t: "text", v: value.length > MAX_CELL_CHARS ? cutAt(value, MAX_CELL_CHARS - 1) + "…" : value };
}

export function numberCell(value: Dec | number | null): PlanCell {
  if (value === null) return null;
  return { t: "number", v: typeof value === "number" ? value : value.toNumber() };
}

/**
 * An amount, weight or stated score read from the workbook. A live reference to its source cell
 * when formulas are wanted and the source holds a real number (`='收支表'!D5`, `/10000` for 元
 * tables); otherwise the converted value.
 */
export function figureCell(figure: Figure | null, writeFormulas: boolean): PlanCell {
  if (figure === null) return null;
  const v = figure.value.toNumber();
  if (!writeFormulas || !figure.numericCell) return { t: "number", v };
  const ref = formulaRef(figure.cell);
  const f = figure.divisor === 1 ? `=${ref}` : `=${ref}/${figure.divisor}`;
  return { t: "formula", f, v };
}

/**
 * A figure computed from other cells of the summary itself. The formula is written only when
 * its operands are on the sheet; `value` null means the formula yields "" (its error/zero guard).
 */
export function ownFormulaCell(writeFormulas: boolean, formula: string, value: Dec | null): PlanCell {
  if (!writeFormulas) return numberCell(value);
  return { t: "formula", f: formula, v: value === null ? "" : value.toNumber() };
}

/** "SUM(H20:H23)" for a run of cells down one column, else "H20+H22+H25". */
export function sumExpression(cells: { row: number; col: number }[]): string {
  if (cells.length === 0) return "0";
  const first = cells[0]!;
  const contiguous = cells.every((c, i) => c.col === first.col && c.row === first.row + i);
  if (contiguous) {
    const last = cells[cells.length - 1]!;
    return cells.length === 1 ? `SUM(${a1(first.row, first.col)})` : `SUM(${a1(first.row, first.col)}:${a1(last.row, last.col)})`;
  }
  return cells.map((c) => a1(c.row, c.col)).join("+");
}

/**
 * Source cells named as text: "收支表!C5, D5, E5". Cells on the sheet of the first one are
 * shortened to their address; the list keeps the given order, without repeats.
 */
export function sourceText(refs: (CellRef | null)[]): string | null {
  const present = refs.filter((r): r is CellRef => r !== null);
  if (present.length === 0) return null;
  const home = present[0]!.sheet;
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const [i, ref] of present.entries()) {
    const text = i > 0 && ref.sheet === home ? a1(ref.row, ref.col) : refToA1(ref);
    if (seen.has(text)) continue;
    seen.add(text);
    parts.push(text);
  }
  return parts.join(", ");
}

// East Asian wide and full-width characters take two columns of an Excel width unit.
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** Width of text in Excel character units: CJK and full-width characters count double. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x1100 ? 1 : WIDE.test(ch) ? 2 : 1;
  return width;
}

/**
 * formatNumber(new D(v)) without a Decimal when nothing needs rounding: a column is sized by
 * every figure in it, and building a Decimal for each was most of the render's time. The digits
 * are those of String(v), which is also what a Decimal built from v holds, so the text is the same.
 */
function numberText(v: number): string {
  const plain = String(v);
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(plain);
  if (!m || m[2]!.length > 15) return formatNumber(new D(v));
  const [, sign, int, frac = ""] = m;
  const negative = sign === "-" && /[1-9]/.test(int! + frac);
  return `${negative ? "-" : ""}${groupThousands(int!)}.${frac.padEnd(2, "0")}`;
}

/** What a cell shows, for sizing columns and rows. */
export function shownText(cell: PlanCell): string {
  if (cell === null) return "";
  if (cell.t === "text") return cell.v;
  const v = cell.v;
  if (typeof v === "number") return numberText(v);
  return v ?? "";
}

/** Cuts at most `max` UTF-16 units without splitting a surrogate pair. */
function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return text.slice(0, end);
}

const SENTENCE_END = /[。！？；.!?;\n]/;

/**
 * Splits text over as many cells as it needs, MAX_CELL_CHARS each. Breaks after the last sentence
 * end in the second half of a chunk so no sentence is torn when it can be helped; concatenating
 * the chunks gives the text back exactly.
 */
export function splitForCells(text: string, max: number = MAX_CELL_CHARS): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = cutAt(rest, max);
    let end = window.length;
    for (let i = window.length - 1; i >= Math.floor(max / 2); i--) {
      if (SENTENCE_END.test(window[i]!)) {
        end = i + 1;
        break;
      }
    }
    chunks.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  chunks.push(rest);
  return chunks;
}

/**
 * A budget line's name indented one full-width space per level under its total: 基本支出 one,
 * its 其中 lines (人员经费, 公用经费) two, so the summary and the Word annex show what is part of
 * what (R28). Leading spaces, not a cell indent: every host and the docx keep them. The summary's
 * narrow first column shows levels from the second (`levelsNotShown` 1): an indented
 * 政府性基金预算财政拨款补助收入 took a fourth line there; its parts follow a …合计 by name anyway.
 */
export function indentedLineName(lines: readonly { parentIndex: number | null; name: string }[], index: number, levelsNotShown = 0): string {
  let depth = 0;
  for (let p = lines[index]?.parentIndex ?? null; p !== null && depth < lines.length; p = lines[p]?.parentIndex ?? null) depth++;
  return "\u3000".repeat(Math.max(0, depth - levelsNotShown)) + (lines[index]?.name ?? "");
}
