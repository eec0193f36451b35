/**
 * The Office.js implementation of WorkbookPort, plus the task pane's other workbook needs
 * (select a cell, add template sheets). With src/excel/host.ts, document-settings.ts and
 * run-lock.ts, the only code that touches the Excel/Office globals. Requirement sets: see
 * host.ts (ExcelApi 1.8). Limits and failure handling: docs/office-hardening.md.
 *
 * Round trips (context.sync calls), whatever the number of sheets and rows:
 * - readGrid: 4 — sheet names; used-range sizes; merged areas; values and number formats.
 *   Merged areas are asked per sheet (then per row band) only when Excel refuses the query
 *   (more than 512 areas). Values are read in requests sized from the bytes per cell measured
 *   in the responses so far (Excel on the web refuses a response over 5 MB); a response still
 *   too large is split in two. A sheet whose values reach beyond MAX_READ_CELLS_PER_SHEET
 *   cells from A1 is read up to that cap (1 more round trip), with a warning (readWarnings).
 * - applyPlan: 3 — current sheets; build every output sheet, hidden, under a name unique to
 *   this run; swap. The build step is split only when one request would pass 4 MB. On
 *   failure, 2 more to clean up. Around them, the run lock (document settings, run-lock.ts).
 *
 * Writing is all or nothing as far as Excel allows (it has no transactions): output sheets are
 * built completely under temporary names, then the swap renames the previous outputs aside,
 * renames the new ones into place and only then deletes the previous ones. A failure before
 * the first delete is rolled back, a failure after it rolled forward. Recovery touches only
 * what this run created (the ids it recorded, the names it chose) and the sheets it renamed:
 * a sheet a co-author adds meanwhile is left alone. Calculation is suspended per request with
 * suspendApiCalculationUntilNextSync, which cannot outlive the request: nothing of the host's
 * state is left changed if the runtime dies mid-write. What a dead run leaves (hidden
 * temporary sheets, its record) is cleaned up by the next write.
 */
import type { WorkbookPort } from "../app/port";
import type { CellRange, CellRef, CellValue, Grid, Sheet } from "../engine/light";
import { OUTPUT_SHEET_NAMES, type CellStyle, type OutputPlan, type PlannedChart, type PlannedSheet } from "../engine/light";
import { CONDITIONAL_FORMATS_API, MERGED_AREAS_API, PAGE_LAYOUT_API, SPECIAL_CELLS_API, officeHost, type ExcelHost } from "./host";
import {
  READ_BYTES_PER_CELL,
  cappedBox,
  droppedWarning,
  jsonUtf8Bytes,
  mergesWarning,
  nextReadRequest,
  parseAreas,
  rowBands,
  splitReadBlocks,
  type ReadBlock,
  type ReadWarning,
} from "./read-plan";
import { RunLock, newRunTag, officeSettingsStore, type HeldLock, type RunRecord, type SettingsStore } from "./run-lock";
import { packRequests, sheetWrites, type RowBlock, type SheetLayout, type WritePiece } from "./sheet-writes";

export { READ_BYTES_PER_CELL, parseAreas } from "./read-plan";
export type { ReadWarning } from "./read-plan";

export interface ExcelPortOptions {
  host?: ExcelHost;
  /** Sheets applyPlan may create or replace; the output sheets unless given (e.g. template sheets). */
  writableSheets?: readonly string[];
  /** Largest request to send; Excel on the web refuses more than 5 MB. */
  maxRequestBytes?: number;
  /** Largest response to ask for when reading. */
  maxResponseBytes?: number;
  /** Where the run lock lives; the document's settings unless given (tests: another runtime's). */
  settings?: SettingsStore;
  /** The clock of the lock's time-out. */
  now?: () => number;
}

const FOUR_MB = 4 * 1024 * 1024;
/** Columns of a worksheet (A:XFD). */
const EXCEL_COLUMNS = 16_384;
/** Merged areas of a sheet Excel refuses to list are asked for in at most this many row bands. */
const MAX_MERGE_BANDS = 64;
/** Prefix of every temporary sheet name; a run's names are `~zipin-new-<tag>-<n>` and `~zipin-old-<tag>-<n>`. */
export const TEMP_PREFIX = "~zipin-";
const TEMP_NAME = /^~zipin-(new|old)-([0-9a-z]{4})-\d+$/;

interface SheetInfo {
  id: string;
  name: string;
  position: number;
  visibility: string;
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
const errorCode = (e: unknown): unknown => (e as { code?: unknown } | null)?.code;

/** Excel's rules for a sheet name (uniqueness aside); the problem or null. */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0) return "is empty";
  if (name.length > 31) return "is longer than 31 characters";
  if (/[\\/?*[\]:]/.test(name)) return "contains one of \\ / ? * [ ] :";
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with an apostrophe";
  if (sameName(name, "History")) return "is reserved (History)";
  return null;
}

/** Excel refused the request or the response as too large (OfficeExtension.ErrorCodes). */
function isPayloadTooLarge(e: unknown): boolean {
  const code = errorCode(e);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/** A write failed and cleaning up after it failed too: both are reported, the workbook may hold leftovers. */
export class RecoveryFailedError extends Error {
  override readonly name = "RecoveryFailedError";
  readonly code = "ZipinRecoveryFailed";
  constructor(
    readonly original: unknown,
    readonly recovery: unknown,
  ) {
    const text = (e: unknown): string => (e instanceof Error ? e.message : String(e));
    super(
      `写入失败：${text(original)}；撤销未完成：${text(recovery)}。工作簿中可能留有名称以“${TEMP_PREFIX}”开头的隐藏工作表，下次评价时会自动清理。 / ` +
        `Writing failed: ${text(original)}; undoing it failed too: ${text(recovery)}. Hidden sheets named ${TEMP_PREFIX}… may be left; the next evaluation removes them.`,
    );
  }
}

export class ExcelPort implements WorkbookPort {
  private readonly host: ExcelHost;
  private readonly writable: readonly string[];
  private readonly maxRequestBytes: number;
  private readonly maxResponseBytes: number;
  private readonly lock: RunLock;
  private readonly now: () => number;
  /** What the last readGrid could not read in full (zh and en), for the front end to show. */
  readWarnings: ReadWarning[] = [];

  constructor(options: ExcelPortOptions = {}) {
    this.host = options.host ?? officeHost();
    this.writable = options.writableSheets ?? Object.values(OUTPUT_SHEET_NAMES);
    this.maxRequestBytes = options.maxRequestBytes ?? FOUR_MB;
    this.maxResponseBytes = options.maxResponseBytes ?? FOUR_MB;
    this.now = options.now ?? Date.now;
    this.lock = new RunLock(options.settings ?? officeSettingsStore(), this.now);
  }

  // -------------------------------------------------------------------------------------------
  // Reading

  readGrid(): Promise<Grid> {
    const warnings: ReadWarning[] = [];
    return this.host
      .run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        await context.sync();
        const sheets = worksheets.items;

        // Used ranges and merged areas in one request; if Excel refuses the merges (a sheet with
        // more than 512), the used ranges again alone and the merges sheet by sheet after.
        const withMerges = this.host.isSetSupported("ExcelApi", MERGED_AREAS_API);
        const queueUsed = (): Excel.Range[] =>
          sheets.map((ws) => ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"));
        let used = queueUsed();
        const allMerges = withMerges ? sheets.map((ws) => ws.getRange().getMergedAreasOrNullObject().load("address")) : null;
        let merges: CellRange[][] | null = null;
        try {
          await context.sync();
          merges = sheets.map((_, i) => (allMerges ? areasOf([allMerges[i]!]) : []));
        } catch (e) {
          if (!allMerges) throw e;
          used = queueUsed();
          await context.sync();
        }
        const usedBoxes: Array<ReadBlock | null> = used.map((u, i) =>
          u.isNullObject ? null : { sheet: i, top: u.rowIndex, left: u.columnIndex, rows: u.rowCount, columns: u.columnCount },
        );

        const boxes = await this.chooseBoxes(context, sheets, usedBoxes, warnings);
        merges ??= await this.mergesSheetBySheet(context, sheets, boxes, warnings);

        const grid: Grid = {
          sheets: sheets.map((ws, i) => {
            const b = boxes[i];
            return b ? emptySheet(ws.name, b.top + b.rows, b.left + b.columns, merges[i]!) : { name: ws.name, cells: [], numberFormats: [], merges: merges[i]! };
          }),
        };
        const queue = boxes.filter((b): b is ReadBlock => b !== null);
        let perCell = READ_BYTES_PER_CELL;
        while (queue.length > 0) {
          const request = nextReadRequest(queue, this.maxResponseBytes, perCell);
          const measured = await this.readBlocks(context, sheets, request, grid);
          // Size the next requests from what this content actually costs, with a margin.
          perCell = Math.max(perCell, Math.ceil(measured * 1.2));
        }
        return grid;
      })
      .finally(() => {
        this.readWarnings = warnings;
        for (const w of warnings) console.warn(`Zipin: ${w.en}`);
      });
  }

  /**
   * The box of each sheet to read: its values-only used range, or — when that reaches past the
   * cap — the part holding the nearest values (found with getSpecialCells where supported).
   */
  private async chooseBoxes(
    context: Excel.RequestContext,
    sheets: Excel.Worksheet[],
    used: Array<ReadBlock | null>,
    warnings: ReadWarning[],
  ): Promise<Array<ReadBlock | null>> {
    const over = used.map((u) => (u && cappedBox(u.sheet, u, null).dropped ? u : null));
    if (!over.some((u) => u)) return used;
    const special = this.host.isSetSupported("ExcelApi", SPECIAL_CELLS_API);
    const areas = over.map((u) => {
      if (!u || !special) return null;
      const range = sheets[u.sheet]!.getRangeByIndexes(u.top, u.left, u.rows, u.columns);
      return [range.getSpecialCellsOrNullObject("Constants").load("address"), range.getSpecialCellsOrNullObject("Formulas").load("address")];
    });
    let mapped = special;
    if (special) {
      try {
        await context.sync();
      } catch (e) {
        // Too many areas to list: cut the sheet without a map instead.
        console.warn("Zipin: could not list the cells holding values", e);
        mapped = false;
      }
    }
    return used.map((u, i) => {
      if (!u || !over[i]) return u;
      const found = mapped ? areas[i]!.flatMap((a) => (a.isNullObject ? [] : parseAreas(a.address))) : null;
      const chosen = cappedBox(i, u, found);
      const warning = droppedWarning(sheets[i]!.name, chosen);
      if (warning) warnings.push(warning);
      return chosen.box.rows > 0 && chosen.box.columns > 0 ? chosen.box : null;
    });
  }

  /**
   * Merged areas when Excel refused to list them for all sheets at once: each sheet on its own,
   * and a refusing sheet (more than 512 areas) in row bands, each within the limit. A sheet
   * whose bands are still refused is read without merges, with a warning; the others keep theirs.
   */
  private async mergesSheetBySheet(
    context: Excel.RequestContext,
    sheets: Excel.Worksheet[],
    boxes: Array<ReadBlock | null>,
    warnings: ReadWarning[],
  ): Promise<CellRange[][]> {
    const query = (i: number, band: ReadBlock | null): Excel.RangeAreas => {
      const ws = sheets[i]!;
      // Bands are whole rows: a merge right of the last value still belongs to the rows it spans.
      const range = band ? ws.getRangeByIndexes(band.top, 0, band.rows, EXCEL_COLUMNS) : ws.getRange();
      return range.getMergedAreasOrNullObject().load("address");
    };
    const result: CellRange[][] = [];
    for (let i = 0; i < sheets.length; i++) {
      const whole = query(i, null);
      try {
        await context.sync();
        result.push(areasOf([whole]));
        continue;
      } catch {
        // this sheet has more merged areas than Excel lists at once
      }
      const box = boxes[i];
      let found: CellRange[] | null = null;
      for (let parts = 2; box && parts <= Math.min(MAX_MERGE_BANDS, box.rows * 4); parts *= 4) {
        const bands = rowBands(box, parts).map((b) => query(i, b));
        try {
          await context.sync();
          found = areasOf(bands);
          break;
        } catch {
          // still too many in a band: narrower bands
        }
      }
      if (!found) warnings.push(mergesWarning(sheets[i]!.name));
      result.push(found ?? []);
    }
    return result;
  }

  /** One request; split in two and retried when Excel finds it too large after all. Returns bytes per cell seen. */
  private async readBlocks(context: Excel.RequestContext, sheets: Excel.Worksheet[], blocks: ReadBlock[], grid: Grid): Promise<number> {
    const ranges = blocks.map((b) => sheets[b.sheet]!.getRangeByIndexes(b.top, b.left, b.rows, b.columns).load("values,numberFormat"));
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadTooLarge(e)) throw e;
      const halves = splitReadBlocks(blocks);
      if (!halves) throw e;
      let most = 0;
      for (const half of halves) most = Math.max(most, await this.readBlocks(context, sheets, half, grid));
      // The whole was refused: it cost at least twice what the budget allowed per cell.
      return most;
    }
    let bytes = 0;
    let cells = 0;
    blocks.forEach((b, i) => {
      const sheet = grid.sheets[b.sheet]!;
      const values = ranges[i]!.values as unknown[][];
      const formats = ranges[i]!.numberFormat as unknown[][];
      bytes += jsonUtf8Bytes(values) + jsonUtf8Bytes(formats);
      cells += b.rows * b.columns;
      for (let r = 0; r < b.rows; r++) {
        const row = sheet.cells[b.top + r]!;
        const fmts = sheet.numberFormats![b.top + r]!;
        for (let c = 0; c < b.columns; c++) {
          row[b.left + c] = toCellValue(values[r]![c]);
          const f = formats[r]![c];
          fmts[b.left + c] = typeof f === "string" ? f : null;
        }
      }
    });
    return cells > 0 ? bytes / cells : 0;
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
   * Resolves false when the sheet is gone (renamed or deleted since the check was made) or
   * hidden: Excel refuses to activate or select on a hidden sheet.
   */
  async selectCell(ref: CellRef): Promise<boolean> {
    return this.host.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(ref.sheet).load("visibility");
      await context.sync();
      if (ws.isNullObject || ws.visibility !== "Visible") return false;
      ws.activate();
      ws.getCell(ref.row, ref.col).select();
      await context.sync();
      return true;
    });
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
      await context.sync();
      let before = sheetInfos(worksheets.items);
      const pending = (list: SheetInfo[]): PlannedSheet[] => (mode === "create" ? planned.filter((s) => !findName(list, s.name)) : planned);
      if (pending(before).length === 0) return [];

      const tag = uniqueTag(before);
      const now = this.now();
      const record: RunRecord = {
        owner: tag,
        startedAt: now,
        heartbeatAt: now,
        building: [],
        aside: [],
        calculationMode: application.calculationMode,
      };
      const lock = await this.lock.acquire(record);
      try {
        if (before.some((b) => TEMP_NAME.test(b.name))) {
          await cleanLeftovers(context, before, lock.stale, tag);
          worksheets.load("items/id,items/name,items/position,items/visibility");
          await context.sync();
          before = sheetInfos(worksheets.items);
        }
        const targets = pending(before);
        if (targets.length === 0) return [];
        const previous = targets.map((t) => findName(before, t.name));
        record.building = targets.map((_, i) => `${TEMP_PREFIX}new-${tag}-${i + 1}`);
        record.aside = previous.flatMap((p, i) => (p ? [{ temp: `${TEMP_PREFIX}old-${tag}-${i + 1}`, original: p.name, id: p.id }] : []));
        await this.lock.update(lock);
        await this.build(context, targets, previous, record, lock, active.id);
        return targets.map((t) => t.name);
      } finally {
        await this.lock.release(lock);
      }
    });
  }

  /** Builds the new sheets hidden, then swaps them in; on failure undoes what this run did. */
  private async build(
    context: Excel.RequestContext,
    targets: PlannedSheet[],
    previous: Array<SheetInfo | undefined>,
    record: RunRecord,
    lock: HeldLock,
    activeId: string,
  ): Promise<void> {
    const worksheets = context.workbook.worksheets;
    const requests = packRequests(
      targets.map((s) => sheetWrites(s, Math.floor(this.maxRequestBytes * 0.9))),
      this.maxRequestBytes,
    );
    const created: string[] = [];
    const supported = {
      pageLayout: this.host.isSetSupported("ExcelApi", PAGE_LAYOUT_API),
      conditionalFormats: this.host.isSetSupported("ExcelApi", CONDITIONAL_FORMATS_API),
    };
    try {
      const built = record.building.map((n) => {
        const ws = worksheets.add(n);
        // Hidden while it is built: a user never sees (or types into) a half-written sheet.
        ws.visibility = "Hidden";
        return ws.load("id");
      });
      for (const request of requests) {
        for (const piece of request) this.writePiece(built[piece.sheet]!, piece, supported);
        context.workbook.application.suspendApiCalculationUntilNextSync();
        await context.sync();
        for (const ws of built) if (!created.includes(ws.id)) created.push(ws.id);
        await this.lock.beat(lock);
      }
      // The destructive step only while the lock is still ours.
      if (lock.guarded) await this.lock.verify(record);
      queueSwap(worksheets, built, targets.map((t) => t.name), previous, record, activeId);
      context.workbook.application.suspendApiCalculationUntilNextSync();
      await context.sync();
    } catch (e) {
      try {
        await recover(context, created, record, activeId);
      } catch (r) {
        console.error("Zipin: undoing a failed write failed", r);
        throw new RecoveryFailedError(e, r);
      }
      throw e;
    }
  }

  private writePiece(ws: Excel.Worksheet, piece: WritePiece, supported: { pageLayout: boolean; conditionalFormats: boolean }): void {
    if (piece.kind === "block") writeBlock(ws, piece.block);
    else writeLayout(ws, piece.layout, supported);
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

/** "&Lleft&Cmiddle&Rright" (Excel's header codes) → its three sections; "&&" is a literal "&". */
export function headerSections(text: string): { left: string; center: string; right: string } {
  const out = { left: "", center: "", right: "" };
  let at: keyof typeof out = "center";
  for (let i = 0; i < text.length; i++) {
    const code = text[i] === "&" ? text[i + 1] : undefined;
    if (code === "L" || code === "C" || code === "R") {
      at = code === "L" ? "left" : code === "C" ? "center" : "right";
      i++;
      continue;
    }
    if (code === "&") {
      out[at] += "&&";
      i++;
      continue;
    }
    out[at] += text[i];
  }
  return out;
}

/**
 * A clustered bar or column chart over the sheet's own cells (ExcelApi 1.7 for series ranges and
 * reversePlotOrder, 1.8 for axis position and label formats, so the floor covers it), as the
 * command line draws it in DrawingML: a bar chart lists its categories first at the top and keeps
 * the value axis at the foot (it crosses the reversed category axis at its maximum).
 */
function addChart(ws: Excel.Worksheet, chart: PlannedChart): void {
  const first = chart.series[0];
  if (!first) return;
  const bar = chart.direction === "bar";
  const type = bar ? Excel.ChartType.barClustered : Excel.ChartType.columnClustered;
  const c = ws.charts.add(type, rangeOf(ws, first.values), Excel.ChartSeriesBy.columns);
  c.title.text = chart.title;
  // Excel's default chart text (10 pt) would print below 9 pt on the scaled page.
  c.format.font.size = chart.fontSize.text;
  c.title.format.font.size = chart.fontSize.title;
  const { top, left, bottom, right } = chart.anchor;
  c.setPosition(ws.getRangeByIndexes(top, left, 1, 1), ws.getRangeByIndexes(bottom, right, 1, 1));
  c.legend.position = Excel.ChartLegendPosition.bottom;
  c.axes.valueAxis.numberFormat = chart.valueFormat;
  c.axes.valueAxis.minimum = 0;
  if (bar) {
    c.axes.categoryAxis.reversePlotOrder = true;
    c.axes.categoryAxis.position = Excel.ChartAxisPosition.maximum;
  }
  chart.series.forEach((s, i) => {
    const series = i === 0 ? c.series.getItemAt(0) : c.series.add(s.name);
    if (i > 0) series.setValues(rangeOf(ws, s.values));
    series.name = s.name;
    series.setXAxisValues(rangeOf(ws, chart.categories));
    series.format.fill.setSolidColor(s.color);
    if (chart.dataLabels) {
      series.hasDataLabels = true;
      series.dataLabels.showValue = true;
      series.dataLabels.numberFormat = chart.valueFormat;
    }
  });
}

/**
 * Header and footer, print titles, print area and row breaks (ExcelApi 1.9, like the rest of
 * pageLayout): the same print setup the command line writes (docs/print-and-charts.md).
 */
function writePrintExtras(ws: Excel.Worksheet, layout: SheetLayout): void {
  const print = layout.print;
  if (print.headerFooter) {
    const page = ws.pageLayout.headersFooters.defaultForAllPages;
    const header = headerSections(print.headerFooter.header);
    const footer = headerSections(print.headerFooter.footer);
    page.leftHeader = header.left;
    page.centerHeader = header.center;
    page.rightHeader = header.right;
    page.leftFooter = footer.left;
    page.centerFooter = footer.center;
    page.rightFooter = footer.right;
  }
  if (print.titleRows) ws.pageLayout.setPrintTitleRows(`$${print.titleRows.top + 1}:$${print.titleRows.bottom + 1}`);
  // Keeps the source-cell column, which sits right of the printed tables, off the paper.
  if (layout.printArea) ws.pageLayout.setPrintArea(layout.printArea);
  // A break goes above the range's top-left cell: row r (0-based) starts a page.
  for (const row of print.pageBreaksBefore ?? []) if (row > 0) ws.horizontalPageBreaks.add(`A${row + 1}`);
}

function writeLayout(ws: Excel.Worksheet, layout: SheetLayout, supported: { pageLayout: boolean; conditionalFormats: boolean }): void {
  const pageLayoutSupported = supported.pageLayout;
  for (const s of layout.styles) applyStyle(rangeOf(ws, s.range), s.range, s.style);
  for (const m of layout.merges) rangeOf(ws, m).merge(false);
  for (const w of layout.columnWidths) {
    ws.getRangeByIndexes(0, w.left, 1, w.right - w.left + 1).format.columnWidth = w.points;
  }
  for (const h of layout.rowHeights) ws.getRangeByIndexes(h.top, 0, h.bottom - h.top + 1, 1).format.rowHeight = h.points;
  // Values and wrapping are in place by now (blocks come before the layout): size the other
  // rows to their text, which Excel does not do by itself for text written through the API.
  for (const a of layout.autofitRows) ws.getRangeByIndexes(a.top, 0, a.bottom - a.top + 1, 1).format.autofitRows();
  const { rows, columns } = layout.freeze;
  if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else if (columns > 0) ws.freezePanes.freezeColumns(columns);
  if (pageLayoutSupported) {
    ws.pageLayout.paperSize = "A4";
    ws.pageLayout.orientation = layout.print.orientation === "landscape" ? "Landscape" : "Portrait";
    if (layout.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: layout.pagesTall };
    else if (layout.print.scale !== undefined && layout.print.scale !== 100) ws.pageLayout.zoom = { scale: Math.round(layout.print.scale) };
    writePrintExtras(ws, layout);
  }
  for (const chart of layout.charts) addChart(ws, chart);
  if (layout.tabColor) ws.tabColor = layout.tabColor;
  // Without conditional formats (before ExcelApi 1.6) the cell's own style still marks the text.
  if (supported.conditionalFormats) {
    for (const cf of layout.conditionalFormats) {
      const format = rangeOf(ws, cf.range).conditionalFormats.add("Custom" as Excel.ConditionalFormatType.custom);
      format.custom.rule.formula = cf.formula;
      if (cf.style.fontColor !== undefined) format.custom.format.font.color = cf.style.fontColor;
      if (cf.style.bold !== undefined) format.custom.format.font.bold = cf.style.bold;
      if (cf.style.fill !== undefined) format.custom.format.fill.color = cf.style.fill;
    }
  }
}

function sheetInfos(items: Excel.Worksheet[]): SheetInfo[] {
  return items.map((ws) => ({ id: ws.id, name: ws.name, position: ws.position, visibility: ws.visibility }));
}

const findName = (list: SheetInfo[], name: string): SheetInfo | undefined => list.find((b) => sameName(b.name, name));

/** A run tag no temporary sheet in the workbook uses yet. */
function uniqueTag(existing: SheetInfo[]): string {
  for (;;) {
    const tag = newRunTag();
    if (!existing.some((e) => e.name.toLowerCase().includes(`-${tag}-`))) return tag;
  }
}

/** Excel refuses to delete a "VeryHidden" sheet (Worksheet.delete): make it merely hidden first. */
function deleteSheet(ws: Excel.Worksheet, visibility: string): void {
  if (visibility === "VeryHidden") ws.visibility = "Hidden";
  ws.delete();
}

/**
 * Renames every previous output aside, renames every new sheet into place (at the previous
 * one's position), shows it, and only then deletes the previous ones: the deletes are the only
 * step that cannot be undone, so they come last. A user looking at a previous output is left
 * looking at its replacement, not at whichever sheet Excel activates after the delete.
 */
function queueSwap(
  worksheets: Excel.WorksheetCollection,
  built: Excel.Worksheet[],
  names: string[],
  previous: Array<SheetInfo | undefined>,
  record: RunRecord,
  activeId: string,
): void {
  for (const a of record.aside) worksheets.getItem(a.id).name = a.temp;
  names.forEach((name, i) => {
    built[i]!.name = name;
    built[i]!.visibility = "Visible";
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

/**
 * After a failed write, from whatever state Excel was left in: if a previous output sheet is
 * already gone the swap had committed, so finish it (delete the previous outputs still set
 * aside); otherwise undo it — delete the sheets this run created (by the ids it recorded, or
 * the names it chose when the failure came before it learnt the ids), rename the previous
 * outputs back, give the active sheet back. Any other sheet, such as one a co-author added
 * meanwhile, is left alone. Throws when the clean-up itself fails (the caller reports both).
 */
async function recover(context: Excel.RequestContext, created: string[], record: RunRecord, activeId: string): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/id,items/name,items/visibility");
  await context.sync();
  const now = worksheets.items;
  const byId = (id: string): Excel.Worksheet | undefined => now.find((ws) => ws.id === id);
  const committed = record.aside.some((a) => !byId(a.id));
  if (committed) {
    for (const a of record.aside) {
      const ws = byId(a.id);
      if (ws) deleteSheet(ws, ws.visibility);
    }
  } else {
    const ours = now.filter((ws) => created.includes(ws.id) || record.building.some((n) => sameName(n, ws.name)));
    const activeSheet = byId(activeId);
    if (activeSheet && activeSheet.visibility === "Visible") activeSheet.activate();
    for (const ws of ours) ws.delete();
    for (const a of record.aside) {
      const ws = byId(a.id);
      if (ws && ws.name !== a.original) ws.name = a.original;
    }
  }
  await context.sync();
}

/**
 * Removes what a dead run left: its hidden `~zipin-new-…` sheets are deleted; a previous output
 * it had set aside (`~zipin-old-…`) gets its name back when no sheet took it, and is deleted
 * when its replacement is in place. Runs only while this run holds the lock, so no live run's
 * sheets are touched. Without the dead run's record an aside sheet is left as it is (its
 * original name is not known). A calculation mode the dead run left changed is restored.
 */
async function cleanLeftovers(context: Excel.RequestContext, sheets: SheetInfo[], stale: RunRecord | null, ownTag: string): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const renamed: string[] = [];
  for (const s of sheets) {
    const m = TEMP_NAME.exec(s.name);
    if (!m || m[2] === ownTag) continue;
    const ws = worksheets.getItem(s.id);
    if (m[1] === "new") {
      deleteSheet(ws, s.visibility);
      continue;
    }
    const aside = stale?.aside.find((a) => a.id === s.id || sameName(a.temp, s.name));
    if (!aside) continue;
    const taken = sheets.some((o) => o.id !== s.id && sameName(o.name, aside.original)) || renamed.some((n) => sameName(n, aside.original));
    if (taken) deleteSheet(ws, s.visibility);
    else {
      ws.name = aside.original;
      renamed.push(aside.original);
    }
  }
  if (stale?.calculationMode && stale.calculationMode !== "Manual") {
    const application = context.workbook.application.load("calculationMode");
    await context.sync();
    if (application.calculationMode === "Manual") application.calculationMode = stale.calculationMode as Excel.CalculationMode;
  }
  await context.sync();
}

/** The areas of loaded RangeAreas; the same merged area reported by two row bands once. */
function areasOf(list: Excel.RangeAreas[]): CellRange[] {
  return dedupe(list.flatMap((a) => (a.isNullObject ? [] : parseAreas(a.address))));
}

function dedupe(areas: CellRange[]): CellRange[] {
  const seen = new Set<string>();
  return areas.filter((a) => {
    const key = `${a.top},${a.left},${a.bottom},${a.right}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
