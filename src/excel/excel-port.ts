/**
 * The Office.js implementation of WorkbookPort, plus the task pane's other workbook needs
 * (select a cell, add template sheets). With src/excel/host.ts and document-settings.ts, the
 * only code that touches the Excel/Office globals. Requirement sets: see host.ts (ExcelApi 1.8).
 *
 * Round trips (context.sync calls), whatever the number of sheets and rows:
 * - readGrid: 3 — sheet names; used-range sizes (+ merged areas); values and number formats.
 *   The last step is split into several only when the estimated response passes the budget
 *   (4 MB of Excel's 5 MB limit) — about 130,000 cells per request.
 * - applyPlan: 3 — current sheets and host state; build every output sheet under a temporary
 *   name; swap. The build step is split only when one request would pass 4 MB.
 *   On failure, 2 more to clean up.
 *
 * Writing is all or nothing as far as Excel allows (it has no transactions): output sheets are
 * built completely under temporary names, then the swap renames the previous outputs aside,
 * renames the new ones into place and only then deletes the previous ones. A failure before
 * the first delete is rolled back (new sheets deleted, renamed sheets renamed back), leaving
 * the workbook exactly as it was; a failure after it is rolled forward (the remaining previous
 * outputs deleted), leaving the complete new result. Events and calculation are switched off
 * while writing and restored in every case.
 */
import type { WorkbookPort } from "../app/port";
import type { CellRange, CellRef, CellValue, Grid, Sheet } from "../engine";
import { parseA1 } from "../engine";
import { OUTPUT_SHEET_NAMES, type CellStyle, type OutputPlan, type PlannedSheet } from "../engine";
import { MERGED_AREAS_API, PAGE_LAYOUT_API, officeHost, type ExcelHost } from "./host";
import { packRequests, sheetWrites, type RowBlock, type SheetLayout, type WritePiece } from "./sheet-writes";

export interface ExcelPortOptions {
  host?: ExcelHost;
  /** Sheets applyPlan may create or replace; the output sheets unless given (e.g. template sheets). */
  writableSheets?: readonly string[];
  /** Largest request to send; Excel on the web refuses more than 5 MB. */
  maxRequestBytes?: number;
  /** Largest response to ask for when reading. */
  maxResponseBytes?: number;
}

const FOUR_MB = 4 * 1024 * 1024;
/**
 * Bytes a read cell costs in the response (its value and number format as JSON), used to size
 * read requests before the values are known. Deliberately generous; a request that still
 * comes back too large is split in two and retried.
 */
export const READ_BYTES_PER_CELL = 32;

interface SheetInfo {
  id: string;
  name: string;
  position: number;
  visibility: string;
}

interface HostState {
  calculationMode: Excel.CalculationMode | "Automatic" | "AutomaticExceptTables" | "Manual";
  enableEvents: boolean;
}

interface ReadBlock {
  sheet: number;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Excel's rules for a sheet name (uniqueness aside); the problem or null. */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0) return "is empty";
  if (name.length > 31) return "is longer than 31 characters";
  if (/[\\/?*[\]:]/.test(name)) return "contains one of \\ / ? * [ ] :";
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with an apostrophe";
  if (sameName(name, "History")) return "is reserved (History)";
  return null;
}

function isPayloadTooLarge(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === "RequestPayloadSizeLimitExceeded";
}

export class ExcelPort implements WorkbookPort {
  private readonly host: ExcelHost;
  private readonly writable: readonly string[];
  private readonly maxRequestBytes: number;
  private readonly maxResponseBytes: number;

  constructor(options: ExcelPortOptions = {}) {
    this.host = options.host ?? officeHost();
    this.writable = options.writableSheets ?? Object.values(OUTPUT_SHEET_NAMES);
    this.maxRequestBytes = options.maxRequestBytes ?? FOUR_MB;
    this.maxResponseBytes = options.maxResponseBytes ?? FOUR_MB;
  }

  // -------------------------------------------------------------------------------------------
  // Reading

  readGrid(): Promise<Grid> {
    return this.host.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      const sheets = worksheets.items;

      const withMerges = this.host.isSetSupported("ExcelApi", MERGED_AREAS_API);
      let probe = this.probeUsedRanges(sheets, withMerges);
      try {
        await context.sync();
      } catch (e) {
        // getMergedAreas fails on a sheet with more than 512 merged areas: read without merges.
        if (!withMerges) throw e;
        probe = this.probeUsedRanges(sheets, false);
        await context.sync();
      }

      const grid: Grid = { sheets: [] };
      const boxes: Array<ReadBlock | null> = sheets.map((ws, i) => {
        const used = probe.used[i]!;
        const merged = probe.merged?.[i];
        const merges = merged && !merged.isNullObject ? parseAreas(merged.address) : [];
        if (used.isNullObject) {
          grid.sheets.push({ name: ws.name, cells: [], numberFormats: [], merges });
          return null;
        }
        const box = { sheet: i, top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, columns: used.columnCount };
        grid.sheets.push(emptySheet(ws.name, box.top + box.rows, box.left + box.columns, merges));
        return box;
      });

      for (const request of this.packReads(boxes.filter((b): b is ReadBlock => b !== null))) await this.readBlocks(context, sheets, request, grid);
      return grid;
    });
  }

  private probeUsedRanges(
    sheets: Excel.Worksheet[],
    withMerges: boolean,
  ): { used: Excel.Range[]; merged: Excel.RangeAreas[] | null } {
    const used = sheets.map((ws) => ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"));
    const merged = withMerges ? sheets.map((ws) => ws.getRange().getMergedAreasOrNullObject().load("address")) : null;
    return { used, merged };
  }

  /**
   * Used ranges → value requests of at most maxResponseBytes (estimated): sheets share a
   * request, and a sheet too big for what is left is cut into row blocks.
   */
  private packReads(boxes: ReadBlock[]): ReadBlock[][] {
    const capacity = Math.max(1, Math.floor(this.maxResponseBytes / READ_BYTES_PER_CELL));
    const requests: ReadBlock[][] = [[]];
    let free = capacity;
    for (const box of boxes) {
      let top = box.top;
      const end = box.top + box.rows;
      while (top < end) {
        let rows = Math.min(end - top, Math.floor(free / box.columns));
        if (rows < 1) {
          if (free === capacity) rows = 1; // a single row wider than the budget still has to be read
          else {
            requests.push([]);
            free = capacity;
            continue;
          }
        }
        requests[requests.length - 1]!.push({ ...box, top, rows });
        free -= rows * box.columns;
        top += rows;
      }
    }
    return requests.filter((r) => r.length > 0);
  }

  /** One request; split in two and retried when Excel finds the response too large after all. */
  private async readBlocks(
    context: Excel.RequestContext,
    sheets: Excel.Worksheet[],
    blocks: ReadBlock[],
    grid: Grid,
  ): Promise<void> {
    const ranges = blocks.map((b) =>
      sheets[b.sheet]!.getRangeByIndexes(b.top, b.left, b.rows, b.columns).load("values,numberFormat"),
    );
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadTooLarge(e)) throw e;
      const halves = splitReadBlocks(blocks);
      if (!halves) throw e;
      for (const half of halves) await this.readBlocks(context, sheets, half, grid);
      return;
    }
    blocks.forEach((b, i) => {
      const sheet = grid.sheets[b.sheet]!;
      const values = ranges[i]!.values as unknown[][];
      const formats = ranges[i]!.numberFormat as unknown[][];
      for (let r = 0; r < b.rows; r++) {
        const cells = sheet.cells[b.top + r]!;
        const fmts = sheet.numberFormats![b.top + r]!;
        for (let c = 0; c < b.columns; c++) {
          cells[b.left + c] = toCellValue(values[r]![c]);
          const f = formats[r]![c];
          fmts[b.left + c] = typeof f === "string" ? f : null;
        }
      }
    });
  }

  // -------------------------------------------------------------------------------------------
  // Writing

  async applyPlan(plan: OutputPlan): Promise<void> {
    for (const s of plan.sheets) {
      if (!this.writable.some((w) => sameName(w, s.name))) {
        throw new Error(`applyPlan: "${s.name}" is not an output sheet; refusing to write it`);
      }
    }
    await this.writeSheets(plan.sheets, "replace");
  }

  /**
   * Adds the plan's sheets whose names are not in the workbook yet (the blank input template);
   * an existing sheet of the same name is never touched. Returns the names added.
   */
  addSheetsIfAbsent(plan: OutputPlan): Promise<string[]> {
    return this.writeSheets(plan.sheets, "create");
  }

  /**
   * Activates the cell's sheet and selects the cell (a check's cell, from the task pane).
   * Resolves false when the sheet is gone (renamed or deleted since the check was made).
   */
  async selectCell(ref: CellRef): Promise<boolean> {
    try {
      await this.host.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(ref.sheet);
        ws.activate();
        ws.getCell(ref.row, ref.col).select();
        await context.sync();
      });
      return true;
    } catch (e) {
      // getItem is the only call here that can miss; anything else is Excel's to report.
      if ((e as { code?: unknown } | null)?.code === "ItemNotFound") return false;
      throw e;
    }
  }

  private writeSheets(planned: PlannedSheet[], mode: "replace" | "create"): Promise<string[]> {
    const seen: string[] = [];
    for (const s of planned) {
      const problem = sheetNameProblem(s.name);
      if (problem) throw new Error(`sheet name "${s.name}" ${problem}`);
      if (seen.some((n) => sameName(n, s.name))) throw new Error(`sheet "${s.name}" appears twice in the plan`);
      seen.push(s.name);
    }
    return this.host.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const application = context.workbook.application;
      worksheets.load("items/id,items/name,items/position,items/visibility");
      const active = worksheets.getActiveWorksheet().load("id");
      application.load("calculationMode");
      context.runtime.load("enableEvents");
      await context.sync();

      const before: SheetInfo[] = worksheets.items.map((ws) => ({
        id: ws.id,
        name: ws.name,
        position: ws.position,
        visibility: ws.visibility,
      }));
      const saved: HostState = { calculationMode: application.calculationMode, enableEvents: context.runtime.enableEvents };
      const find = (name: string): SheetInfo | undefined => before.find((b) => sameName(b.name, name));
      const targets = mode === "create" ? planned.filter((s) => !find(s.name)) : planned;
      if (targets.length === 0) return [];

      const requests = packRequests(
        targets.map((s) => sheetWrites(s, Math.floor(this.maxRequestBytes * 0.9))),
        this.maxRequestBytes,
      );
      const names = temporaryNames(before, targets.length);
      try {
        context.runtime.enableEvents = false;
        application.calculationMode = "Manual";
        const built = names.building.map((n) => worksheets.add(n));
        for (const request of requests) {
          for (const piece of request) this.writePiece(built[piece.sheet]!, piece);
          await context.sync();
        }
        this.queueSwap(worksheets, built, targets, before, names.aside, active.id);
        restoreHost(context, saved);
        await context.sync();
      } catch (e) {
        const replaced = targets.map((t) => find(t.name)).filter((b): b is SheetInfo => !!b);
        await recover(context, before, replaced, active.id, saved).catch(() => undefined);
        throw e;
      }
      return targets.map((t) => t.name);
    });
  }

  private writePiece(ws: Excel.Worksheet, piece: WritePiece): void {
    if (piece.kind === "block") writeBlock(ws, piece.block);
    else writeLayout(ws, piece.layout, this.host.isSetSupported("ExcelApi", PAGE_LAYOUT_API));
  }

  /**
   * Renames every previous output aside, renames every new sheet into place (at the previous
   * one's position) and only then deletes the previous ones: the deletes are the only step
   * that cannot be undone, so they come last. A user looking at a previous output is left
   * looking at its replacement, not at whichever sheet Excel activates after the delete.
   */
  private queueSwap(
    worksheets: Excel.WorksheetCollection,
    built: Excel.Worksheet[],
    targets: PlannedSheet[],
    before: SheetInfo[],
    aside: string[],
    activeId: string,
  ): void {
    const previous = targets.map((t) => before.find((b) => sameName(b.name, t.name)));
    previous.forEach((p, i) => {
      if (p) worksheets.getItem(p.id).name = aside[i]!;
    });
    targets.forEach((t, i) => {
      built[i]!.name = t.name;
    });
    // Each new sheet takes its previous one's place. The previous sheets stay until the end,
    // so every move inserts one sheet: moving in order of position, the j-th move goes to
    // the previous sheet's original position + j (new sheets without a previous one stay last).
    const moves = previous
      .map((p, i) => ({ p, i }))
      .filter((m): m is { p: SheetInfo; i: number } => m.p !== undefined)
      .sort((a, b) => a.p.position - b.p.position);
    moves.forEach(({ p, i }, j) => {
      built[i]!.position = p.position + j;
    });
    previous.forEach((p, i) => {
      if (p?.id === activeId) built[i]!.activate();
    });
    for (const p of previous) if (p) deleteSheet(worksheets.getItem(p.id), p.visibility);
  }
}

export function createExcelPort(options: ExcelPortOptions = {}): ExcelPort {
  return new ExcelPort(options);
}

// ---------------------------------------------------------------------------------------------
// Write helpers

function writeBlock(ws: Excel.Worksheet, b: RowBlock): void {
  // Number formats first, so "@" cells take the values that follow as text.
  if (b.numberFormats) ws.getRangeByIndexes(b.top, 0, b.rows, b.columns).numberFormat = b.numberFormats;
  if (b.values) ws.getRangeByIndexes(b.top, 0, b.rows, b.columns).values = b.values;
  if (b.formulas) ws.getRangeByIndexes(b.top, b.formulas.left, b.rows, b.formulas.width).formulas = b.formulas.matrix;
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;

function rangeOf(ws: Excel.Worksheet, r: CellRange): Excel.Range {
  return ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
}

function applyStyle(range: Excel.Range, r: CellRange, style: CellStyle): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.fontColor !== undefined) f.font.color = style.fontColor;
  if (style.fill !== undefined) f.fill.color = style.fill;
  if (style.horizontal !== undefined) f.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) f.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.border === "thin") {
    // Inside edges only where the range has them.
    const sides: Array<"EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical"> = [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
    ];
    if (r.bottom > r.top) sides.push("InsideHorizontal");
    if (r.right > r.left) sides.push("InsideVertical");
    for (const side of sides) {
      const border = f.borders.getItem(side);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

function writeLayout(ws: Excel.Worksheet, layout: SheetLayout, pageLayoutSupported: boolean): void {
  for (const s of layout.styles) applyStyle(rangeOf(ws, s.range), s.range, s.style);
  for (const m of layout.merges) rangeOf(ws, m).merge(false);
  for (const w of layout.columnWidths) {
    ws.getRangeByIndexes(0, w.left, 1, w.right - w.left + 1).format.columnWidth = w.points;
  }
  for (const h of layout.rowHeights) ws.getRangeByIndexes(h.top, 0, h.bottom - h.top + 1, 1).format.rowHeight = h.points;
  const { rows, columns } = layout.freeze;
  if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else if (columns > 0) ws.freezePanes.freezeColumns(columns);
  if (pageLayoutSupported) {
    ws.pageLayout.paperSize = "A4";
    ws.pageLayout.orientation = layout.print.orientation === "landscape" ? "Landscape" : "Portrait";
    if (layout.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1 };
  }
  if (layout.tabColor) ws.tabColor = layout.tabColor;
}

/** Sheet names no sheet has (case-insensitively): where new sheets are built and old ones set aside. */
function temporaryNames(existing: SheetInfo[], count: number): { building: string[]; aside: string[] } {
  const taken = (n: string): boolean => existing.some((e) => sameName(e.name, n));
  for (let run = 1; ; run++) {
    const tag = run === 1 ? "" : `${run}-`;
    const building = Array.from({ length: count }, (_, i) => `~zipin-new-${tag}${i + 1}`);
    const aside = Array.from({ length: count }, (_, i) => `~zipin-old-${tag}${i + 1}`);
    if (![...building, ...aside].some(taken)) return { building, aside };
  }
}

/** Excel refuses to delete a "VeryHidden" sheet (Worksheet.delete): make it merely hidden first. */
function deleteSheet(ws: Excel.Worksheet, visibility: string): void {
  if (visibility === "VeryHidden") ws.visibility = "Hidden";
  ws.delete();
}

function restoreHost(context: Excel.RequestContext, saved: HostState): void {
  context.workbook.application.calculationMode = saved.calculationMode;
  context.runtime.enableEvents = saved.enableEvents;
}

/**
 * After a failed write, from whatever state Excel was left in: if a previous output sheet is
 * already gone the swap had committed, so finish it (delete the previous outputs still set
 * aside); otherwise undo it (delete every sheet this write created, rename the previous
 * outputs back, give the active sheet back). Then restore events and calculation. Best
 * effort: the caller rethrows the original error either way.
 */
async function recover(
  context: Excel.RequestContext,
  before: SheetInfo[],
  replaced: SheetInfo[],
  activeId: string,
  saved: HostState,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/id,items/name,items/visibility");
  await context.sync();
  const now = worksheets.items;
  const exists = (id: string): Excel.Worksheet | undefined => now.find((ws) => ws.id === id);
  const committed = replaced.some((r) => !exists(r.id));
  if (committed) {
    for (const r of replaced) {
      const ws = exists(r.id);
      if (ws) deleteSheet(ws, ws.visibility);
    }
  } else {
    const original = new Set(before.map((b) => b.id));
    exists(activeId)?.activate();
    for (const ws of now) if (!original.has(ws.id)) ws.delete();
    for (const b of before) {
      const ws = exists(b.id);
      if (ws && ws.name !== b.name) ws.name = b.name;
    }
  }
  restoreHost(context, saved);
  await context.sync();
}

// ---------------------------------------------------------------------------------------------
// Read helpers

function emptySheet(name: string, rows: number, columns: number, merges: CellRange[]): Sheet {
  return {
    name,
    cells: Array.from({ length: rows }, () => new Array<CellValue>(columns).fill(null)),
    numberFormats: Array.from({ length: rows }, () => new Array<string | null>(columns).fill(null)),
    merges,
  };
}

function toCellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

/** Halves a request: by blocks, or a single block by rows; null when it is one row already. */
function splitReadBlocks(blocks: ReadBlock[]): ReadBlock[][] | null {
  if (blocks.length > 1) {
    const mid = Math.ceil(blocks.length / 2);
    return [blocks.slice(0, mid), blocks.slice(mid)];
  }
  const b = blocks[0]!;
  if (b.rows < 2) return null;
  const half = Math.ceil(b.rows / 2);
  return [[{ ...b, rows: half }], [{ ...b, top: b.top + half, rows: b.rows - half }]];
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
