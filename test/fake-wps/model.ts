/**
 * A fake of the WPS 表格 (ET) JavaScript object model, the part Zipin's WPS port uses, with
 * the behaviour that matters to it:
 *
 * - every call is synchronous and acts at once (no batching, no sync());
 * - indices are 1-based (Worksheets.Item(1), Cells.Item(1, 1)); Item(0) is out of range (error 9);
 * - Value2 of one cell is a scalar (undefined when empty), of several cells a 2-D array
 *   (rows of columns); assigning a 2-D array writes it from the top-left, cells beyond the
 *   array get #N/A, a scalar fills every cell;
 * - a string assigned to a cell that is not text-formatted ("@") is parsed as typed: "=…"
 *   becomes a formula (an unbalanced one is error 1004), "+…"/"-…" that is not a number
 *   becomes a formula too, "001" becomes the number 1, "12%" 0.12, "TRUE" a boolean, "'x" the
 *   text x; in a "@" cell the string is kept as it is;
 * - NumberFormat / MergeCells of a range are the common value, or null when the cells differ;
 * - Sheets.Add activates the new sheet; Worksheet.Delete asks the user first unless
 *   Application.DisplayAlerts is false (the answer is `promptAnswer`, "cancel" by default:
 *   the sheet stays); the last visible sheet and a very hidden sheet cannot be deleted;
 *   Range.Merge over several values asks too;
 * - Value2 of more than 5,000,000 cells runs out of memory (1004 "内存不足");
 * - SpecialCells(constants | formulas) lists areas, and fails (1004) when none qualify;
 * - Range.Select on a sheet that is not active fails (1004), as in Excel;
 * - colours are BGR integers (0xBBGGRR), alignments and border indices XlConstants;
 * - PageSetup header/footer sections hold at most 255 characters; PrintTitleRows takes whole
 *   rows and PrintArea a range, of this sheet only; HPageBreaks.Add refuses row 1;
 * - charts (ChartObjects, series as ranges that follow sheet renames): see ./charts.ts;
 * - Application.LanguageSettings.LanguageID(2) gives the UI language's LCID (`uiLanguageId`).
 *
 * Failure injection: `failAt = n` makes the n-th mutating call (counted in `writeCount`)
 * throw a 1004 error before it changes anything, once.
 */
import type { CellRange } from "../../src/engine/grid";
import { a1, columnIndex } from "../../src/engine/grid";
import { columnWidthPoints } from "../../src/excel/sheet-writes";
import { chartObjects } from "./charts";
import { FakeWpsError, failed, outOfRange, typeMismatch } from "./errors";
import { specialCells, type FakeAreasRange } from "./special-cells";
import type { FakeCell, FakeSheetState, FakeValue, HeaderFooterSlot } from "./state";
import { DEFAULT_COLUMN_CHARS, DEFAULT_ROW_POINTS, GENERAL, cellKey, contains, emptyCell, isBlank, newSheetState, overlaps, sameName, snapshotSheet } from "./state";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

const HORIZONTAL = new Set([1, -4131, -4108, -4152, 5, 7, -4130, -4117]);
const VERTICAL = new Set([-4160, -4108, -4107, -4130, -4117]);
const BORDER_INDEX = new Set([5, 6, 7, 8, 9, 10, 11, 12]);
const CALCULATION = new Set([-4105, -4135, 2]);

export type PromptAnswer = "ok" | "cancel";

export class FakeWpsBook {
  sheets: FakeSheetState[] = [];
  activeUid: number | null = null;
  selection: { uid: number; range: CellRange } | null = null;
  displayAlerts = true;
  screenUpdating = true;
  enableEvents = true;
  calculation = -4105;
  /** What the user answers when WPS asks (sheet delete, merge over values). */
  promptAnswer: PromptAnswer = "cancel";
  /** Every question WPS put to the user, in order. */
  prompts: string[] = [];
  properties: Array<{ name: string; type: number; value: unknown }> = [];
  writeCount = 0;
  windowSplit = { rows: 0, columns: 0 };
  failAt: number | null = null;
  /** Names of the mutating calls, in order (for "what did the port do"). */
  writes: string[] = [];
  name = "paitan-2023.xlsx";
  /** The LCID WPS's user interface speaks (LanguageSettings.LanguageID(msoLanguageIDUI)): 2052 简体中文. */
  uiLanguageId = 2052;

  /** Counts a mutating call; throws the injected failure when its turn comes. */
  write(what: string): void {
    this.writeCount += 1;
    if (this.failAt !== null && this.writeCount === this.failAt) {
      this.failAt = null;
      throw failed(`注入的失败：${what}`);
    }
    this.writes.push(what);
  }

  ask(question: string): boolean {
    this.prompts.push(question);
    return this.promptAnswer === "ok";
  }

  sheetByUid(uid: number): FakeSheetState | undefined {
    return this.sheets.find((s) => s.uid === uid);
  }

  addSheet(name: string): FakeSheetState {
    const s = newSheetState(name);
    this.sheets.push(s);
    if (this.activeUid === null) this.activeUid = s.uid;
    return s;
  }

  snapshot(): unknown {
    return {
      sheets: this.sheets.map(snapshotSheet),
      active: this.activeUid,
      displayAlerts: this.displayAlerts,
      screenUpdating: this.screenUpdating,
      enableEvents: this.enableEvents,
      calculation: this.calculation,
      properties: JSON.stringify(this.properties),
    };
  }

  /** An independent copy (same sheet identities), for running many variations from one state. */
  clone(): FakeWpsBook {
    const copy = new FakeWpsBook();
    Object.assign(copy, structuredClone({ ...this }));
    return copy;
  }

  application(): FakeApplication {
    return new FakeApplication(this);
  }
}

// ---------------------------------------------------------------------------------------------

export class FakeApplication {
  constructor(readonly book: FakeWpsBook) {}
  get ActiveWorkbook(): FakeWorkbook {
    return new FakeWorkbook(this.book);
  }
  get Worksheets(): FakeSheets {
    return new FakeSheets(this.book);
  }
  get ActiveSheet(): FakeWorksheet | null {
    const s = this.book.activeUid === null ? undefined : this.book.sheetByUid(this.book.activeUid);
    return s ? new FakeWorksheet(this.book, s) : null;
  }
  get ActiveWindow(): FakeWindow {
    return new FakeWindow(this.book);
  }
  get Selection(): FakeRange | null {
    const sel = this.book.selection;
    const s = sel ? this.book.sheetByUid(sel.uid) : undefined;
    return sel && s ? new FakeRange(this.book, s, sel.range) : null;
  }
  get DisplayAlerts(): boolean {
    return this.book.displayAlerts;
  }
  set DisplayAlerts(v: boolean) {
    this.book.write("Application.DisplayAlerts");
    this.book.displayAlerts = Boolean(v);
  }
  get ScreenUpdating(): boolean {
    return this.book.screenUpdating;
  }
  set ScreenUpdating(v: boolean) {
    this.book.write("Application.ScreenUpdating");
    this.book.screenUpdating = Boolean(v);
  }
  get EnableEvents(): boolean {
    return this.book.enableEvents;
  }
  set EnableEvents(v: boolean) {
    this.book.write("Application.EnableEvents");
    this.book.enableEvents = Boolean(v);
  }
  get Calculation(): number {
    return this.book.calculation;
  }
  set Calculation(v: number) {
    if (!CALCULATION.has(v)) throw failed("无法设置 Application 类的 Calculation 属性");
    this.book.write("Application.Calculation");
    this.book.calculation = v;
  }
  /** LanguageID(2) (msoLanguageIDUI) is the UI language's LCID; other ids are not modelled. */
  get LanguageSettings(): { LanguageID(id: number): number } {
    const book = this.book;
    return {
      LanguageID(id: number): number {
        if (id !== 2) throw new FakeWpsError(5, "无效的过程调用或参数");
        return book.uiLanguageId;
      },
    };
  }
  get Version(): string {
    return "12.1.0.fake";
  }
}

export class FakeWorkbook {
  constructor(readonly book: FakeWpsBook) {}
  get Name(): string {
    return this.book.name;
  }
  get FullName(): string {
    return this.book.name;
  }
  get Worksheets(): FakeSheets {
    return new FakeSheets(this.book);
  }
  get Sheets(): FakeSheets {
    return new FakeSheets(this.book);
  }
  get ActiveSheet(): FakeWorksheet | null {
    return new FakeApplication(this.book).ActiveSheet;
  }
  get CustomDocumentProperties(): FakeDocumentProperties {
    return new FakeDocumentProperties(this.book);
  }
}

export class FakeSheets {
  constructor(readonly book: FakeWpsBook) {}
  get Count(): number {
    return this.book.sheets.length;
  }
  Item(index: number | string): FakeWorksheet {
    const s =
      typeof index === "number"
        ? Number.isInteger(index) && index >= 1
          ? this.book.sheets[index - 1]
          : undefined
        : this.book.sheets.find((x) => sameName(x.name, String(index)));
    if (!s) throw outOfRange(`工作表 ${String(index)}`);
    return new FakeWorksheet(this.book, s);
  }
  /** Inserts before `before`, after `after`, or before the active sheet; the new sheet becomes active. */
  Add(before?: FakeWorksheet, after?: FakeWorksheet): FakeWorksheet {
    if (before && after) throw failed("Sheets 类的 Add 方法无效");
    this.book.write("Sheets.Add");
    let n = 1;
    while (this.book.sheets.some((s) => sameName(s.name, `Sheet${n}`))) n++;
    const s = newSheetState(`Sheet${n}`);
    const at = before
      ? this.book.sheets.indexOf(before.state)
      : after
        ? this.book.sheets.indexOf(after.state) + 1
        : Math.max(0, this.book.sheets.findIndex((x) => x.uid === this.book.activeUid));
    this.book.sheets.splice(at, 0, s);
    this.book.activeUid = s.uid;
    this.book.windowSplit = { rows: 0, columns: 0 };
    this.book.selection = { uid: s.uid, range: { top: 0, left: 0, bottom: 0, right: 0 } };
    return new FakeWorksheet(this.book, s);
  }
}

const ILLEGAL_NAME = /[\\/?*[\]:]/;

export class FakeWorksheet {
  constructor(
    readonly book: FakeWpsBook,
    readonly state: FakeSheetState,
  ) {}

  private alive(): FakeSheetState {
    if (!this.book.sheets.includes(this.state)) throw failed("对象已被删除");
    return this.state;
  }

  get Name(): string {
    return this.alive().name;
  }
  set Name(name: string) {
    const s = this.alive();
    if (typeof name !== "string" || name.length === 0 || name.length > 31 || ILLEGAL_NAME.test(name) || name.startsWith("'") || name.endsWith("'") || sameName(name, "History")) {
      throw failed("工作表名称无效：不能为空、不能超过 31 个字符，且不能包含 \\ / ? * [ ] :");
    }
    if (this.book.sheets.some((x) => x !== s && sameName(x.name, name))) {
      throw failed("工作表名称不能与其他工作表相同");
    }
    this.book.write(`Worksheet.Name ${name}`);
    s.name = name;
  }
  get Index(): number {
    return this.book.sheets.indexOf(this.alive()) + 1;
  }
  get Visible(): number {
    return this.alive().visible;
  }
  set Visible(v: number) {
    const s = this.alive();
    if (![-1, 0, 2].includes(v)) throw failed("无法设置 Worksheet 类的 Visible 属性");
    if (v !== -1 && s.visible === -1 && this.book.sheets.filter((x) => x.visible === -1).length === 1) {
      throw failed("工作簿中至少应含有一张可视工作表");
    }
    this.book.write("Worksheet.Visible");
    s.visible = v;
  }
  Activate(): void {
    const s = this.alive();
    if (s.visible !== -1) throw failed("Worksheet 类的 Activate 方法无效");
    this.book.write("Worksheet.Activate");
    this.book.activeUid = s.uid;
    this.book.windowSplit = s.freeze ? { ...s.freeze } : { rows: 0, columns: 0 };
    this.book.selection = { uid: s.uid, range: { top: 0, left: 0, bottom: 0, right: 0 } };
  }
  Select(): void {
    this.Activate();
  }
  /** False when the user cancelled WPS's question (DisplayAlerts on). */
  Delete(): boolean {
    const s = this.alive();
    if (s.visible === 2) throw failed("Worksheet 类的 Delete 方法无效");
    if (s.visible === -1 && this.book.sheets.filter((x) => x.visible === -1).length === 1) {
      throw failed("工作簿中至少应含有一张可视工作表");
    }
    if (this.book.displayAlerts && !this.book.ask(`确定要删除工作表“${s.name}”吗？`)) return false;
    this.book.write(`Worksheet.Delete ${s.name}`);
    const i = this.book.sheets.indexOf(s);
    this.book.sheets.splice(i, 1);
    if (this.book.activeUid === s.uid) {
      const next = this.book.sheets.slice(i).find((x) => x.visible === -1) ?? [...this.book.sheets.slice(0, i)].reverse().find((x) => x.visible === -1);
      this.book.activeUid = next?.uid ?? null;
      this.book.selection = next ? { uid: next.uid, range: { top: 0, left: 0, bottom: 0, right: 0 } } : null;
    }
    if (this.book.selection?.uid === s.uid) this.book.selection = null;
    return true;
  }
  Move(before?: FakeWorksheet, after?: FakeWorksheet): void {
    const s = this.alive();
    const anchor = (before ?? after)?.state;
    if (!anchor || !this.book.sheets.includes(anchor)) throw failed("Worksheet 类的 Move 方法无效");
    this.book.write("Worksheet.Move");
    if (anchor === s) return;
    this.book.sheets.splice(this.book.sheets.indexOf(s), 1);
    const at = this.book.sheets.indexOf(anchor) + (before ? 0 : 1);
    this.book.sheets.splice(at, 0, s);
  }
  get UsedRange(): FakeRange {
    const s = this.alive();
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const take = (r: number, c: number): void => {
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    };
    for (const [k, c] of s.cells) {
      if (isBlank(c)) continue;
      const [r, col] = k.split(",").map(Number) as [number, number];
      take(r, col);
    }
    for (const m of s.merges) {
      take(m.top, m.left);
      take(m.bottom, m.right);
    }
    // An empty sheet's used range is A1, as in WPS and Excel.
    if (bottom < 0) return new FakeRange(this.book, s, { top: 0, left: 0, bottom: 0, right: 0 });
    return new FakeRange(this.book, s, { top, left, bottom, right });
  }
  /** "A1", "A1:C3", "A:C", "2:4", or two Range corners. */
  Range(cell1: string | FakeRange, cell2?: string | FakeRange): FakeRange {
    const s = this.alive();
    const a = typeof cell1 === "string" ? parseRangeAddress(cell1) : cell1.area;
    const b = cell2 === undefined ? a : typeof cell2 === "string" ? parseRangeAddress(cell2) : cell2.area;
    return new FakeRange(this.book, s, {
      top: Math.min(a.top, b.top),
      left: Math.min(a.left, b.left),
      bottom: Math.max(a.bottom, b.bottom),
      right: Math.max(a.right, b.right),
    });
  }
  get Cells(): FakeRange {
    return new FakeRange(this.book, this.alive(), { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 });
  }
  get PageSetup(): FakePageSetup {
    return new FakePageSetup(this.book, this.alive());
  }
  /** Embedded charts (see ./charts.ts). */
  ChartObjects(): unknown {
    return chartObjects(this.book, this.alive());
  }
  /** Manual row page breaks: Add(Before) takes a cell of this sheet below row 1. */
  get HPageBreaks(): { Count: number; Add(before: FakeRange): void } {
    const s = this.alive();
    const book = this.book;
    return {
      get Count(): number {
        return s.rowBreaks.length;
      },
      Add(before: FakeRange): void {
        if (!(before instanceof FakeRange) || before.sheet !== s || before.area.top === 0) throw failed("HPageBreaks 类的 Add 方法无效");
        book.write("HPageBreaks.Add");
        if (!s.rowBreaks.includes(before.area.top)) s.rowBreaks.push(before.area.top);
      },
    };
  }
  get Tab(): { Color: number | false } {
    const s = this.alive();
    const book = this.book;
    return {
      get Color(): number | false {
        return s.tabColor ?? false;
      },
      set Color(v: number | false) {
        if (v !== false) checkColor(v);
        book.write("Tab.Color");
        s.tabColor = v === false ? null : v;
      },
    };
  }
}

function parseRangeAddress(address: string): CellRange {
  const parts = address.replace(/\$/g, "").split(":");
  if (parts.length > 2) throw failed(`无效的引用：${address}`);
  const corner = (p: string): { row: number | null; col: number | null } => {
    const m = /^([A-Za-z]{0,3})(\d*)$/.exec(p.trim());
    if (!m || (m[1] === "" && m[2] === "")) throw failed(`无效的引用：${address}`);
    const col = m[1] ? columnIndex(m[1]) : null;
    const row = m[2] ? Number(m[2]) - 1 : null;
    if ((row !== null && (row < 0 || row >= MAX_ROWS)) || (col !== null && (col < 0 || col >= MAX_COLUMNS))) {
      throw failed(`无效的引用：${address}`);
    }
    return { row, col };
  };
  const p = corner(parts[0]!);
  const q = corner(parts[1] ?? parts[0]!);
  if ((p.row === null) !== (q.row === null) || (p.col === null) !== (q.col === null)) throw failed(`无效的引用：${address}`);
  return {
    top: Math.min(p.row ?? 0, q.row ?? 0),
    bottom: p.row === null ? MAX_ROWS - 1 : Math.max(p.row, q.row!),
    left: Math.min(p.col ?? 0, q.col ?? 0),
    right: p.col === null ? MAX_COLUMNS - 1 : Math.max(p.col, q.col!),
  };
}

function checkColor(v: unknown): void {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 0xffffff) throw failed("颜色值无效");
}

// ---------------------------------------------------------------------------------------------

/** A formula WPS accepts: balanced quotes and parentheses (enough to catch a text taken for one). */
function formulaIsValid(f: string): boolean {
  let depth = 0;
  let quoted = false;
  for (const ch of f.slice(1)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "(") depth++;
    else if (!quoted && ch === ")" && --depth < 0) return false;
  }
  return depth === 0 && !quoted && f.length > 1;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** What a string typed into (assigned to) a cell of the given number format becomes. */
export function parseTyped(text: string, numberFormat: string): { value: FakeValue | null; formula: string | null; numberFormat?: string } {
  if (numberFormat === "@") return { value: text === "" ? null : text, formula: null };
  if (text === "") return { value: null, formula: null };
  if (text.startsWith("'")) return { value: text.slice(1) || null, formula: null };
  if (text.startsWith("=") && text.length > 1) {
    if (!formulaIsValid(text)) throw failed("公式中存在错误");
    return { value: null, formula: text };
  }
  const trimmed = text.trim();
  if (/\d/.test(trimmed) && NUMBER.test(trimmed)) return { value: Number(trimmed.replace(/,/g, "")), formula: null };
  const pct = /^([+-]?\d+(?:\.\d+)?)%$/.exec(trimmed);
  if (pct) return { value: Number(pct[1]) / 100, formula: null, numberFormat: numberFormat === GENERAL ? "0%" : numberFormat };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true", formula: null };
  if (/^[+-]./.test(text)) {
    const f = `=${text}`;
    if (!formulaIsValid(f)) throw failed("公式中存在错误");
    return { value: null, formula: f };
  }
  return { value: text, formula: null };
}

export class FakeRange {
  constructor(
    readonly book: FakeWpsBook,
    readonly sheet: FakeSheetState,
    readonly area: CellRange,
  ) {}

  private get rows(): number {
    return this.area.bottom - this.area.top + 1;
  }
  private get columns(): number {
    return this.area.right - this.area.left + 1;
  }
  /** Position and size in points, from column widths (characters) and row heights. */
  get Left(): number {
    return this.sheetColumnsPoints(0, this.area.left);
  }
  get Top(): number {
    return this.sheetRowsPoints(0, this.area.top);
  }
  get Width(): number {
    return this.sheetColumnsPoints(this.area.left, this.area.right + 1);
  }
  get Height(): number {
    return this.sheetRowsPoints(this.area.top, this.area.bottom + 1);
  }
  private sheetColumnsPoints(from: number, to: number): number {
    let sum = 0;
    for (let c = from; c < to; c++) sum += columnWidthPoints(this.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_CHARS);
    return sum;
  }
  private sheetRowsPoints(from: number, to: number): number {
    let sum = 0;
    for (let r = from; r < to; r++) sum += this.sheet.rowHeights.get(r) ?? DEFAULT_ROW_POINTS;
    return sum;
  }
  private alive(): FakeSheetState {
    if (!this.book.sheets.includes(this.sheet)) throw failed("对象已被删除");
    return this.sheet;
  }
  private cell(r: number, c: number): FakeCell | undefined {
    return this.sheet.cells.get(cellKey(r, c));
  }
  private cellForWrite(r: number, c: number): FakeCell {
    const k = cellKey(r, c);
    let cell = this.sheet.cells.get(k);
    if (!cell) {
      cell = emptyCell();
      this.sheet.cells.set(k, cell);
    }
    return cell;
  }
  /** Cells that exist, for whole-column/row ranges (writing 17 billion cells is not an option). */
  private forEachCell(f: (r: number, c: number) => void): void {
    const size = this.rows * this.columns;
    if (size <= 200_000) {
      for (let r = this.area.top; r <= this.area.bottom; r++) for (let c = this.area.left; c <= this.area.right; c++) f(r, c);
      return;
    }
    for (const k of [...this.sheet.cells.keys()]) {
      const [r, c] = k.split(",").map(Number) as [number, number];
      if (contains(this.area, r, c)) f(r, c);
    }
  }

  get Row(): number {
    return this.area.top + 1;
  }
  get Column(): number {
    return this.area.left + 1;
  }
  get Rows(): { Count: number } {
    return { Count: this.rows };
  }
  get Columns(): { Count: number } {
    return { Count: this.columns };
  }
  get Count(): number {
    return this.rows * this.columns;
  }
  get Worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.book, this.sheet);
  }
  /** Range.Cells is the range itself (its Item is relative to the top-left). */
  get Cells(): FakeRange {
    return this;
  }
  get EntireColumn(): FakeRange {
    return new FakeRange(this.book, this.sheet, { top: 0, bottom: MAX_ROWS - 1, left: this.area.left, right: this.area.right });
  }
  get EntireRow(): FakeRange {
    return new FakeRange(this.book, this.sheet, { top: this.area.top, bottom: this.area.bottom, left: 0, right: MAX_COLUMNS - 1 });
  }
  /** Cells.Item(row, column): 1-based, relative to this range's top-left. */
  Item(row: number, column: number): FakeRange {
    if (!Number.isInteger(row) || !Number.isInteger(column) || row < 1 || column < 1) throw failed("无效的单元格引用");
    const r = this.area.top + row - 1;
    const c = this.area.left + column - 1;
    if (r >= MAX_ROWS || c >= MAX_COLUMNS) throw failed("无效的单元格引用");
    return new FakeRange(this.book, this.sheet, { top: r, left: c, bottom: r, right: c });
  }
  /** Cells holding constants (2) or formulas (-4123) inside this range: see ./special-cells.ts. */
  SpecialCells(type: number): FakeAreasRange {
    return specialCells(this.alive(), this.area, type);
  }
  Address(): string {
    const abs = (r: number, c: number): string => a1(r, c).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
    const { top, left, bottom, right } = this.area;
    return top === bottom && left === right ? abs(top, left) : `${abs(top, left)}:${abs(bottom, right)}`;
  }

  // Values ------------------------------------------------------------------------------------

  private read(r: number, c: number, formulas: boolean): unknown {
    const cell = this.cell(r, c);
    if (formulas) {
      if (!cell) return "";
      if (cell.formula !== null) return cell.formula;
      if (cell.value === null) return "";
      return typeof cell.value === "boolean" ? (cell.value ? "TRUE" : "FALSE") : String(cell.value);
    }
    if (!cell) return undefined;
    // The fake does not calculate: a formula it was given reads as 0 until a test sets a value.
    if (cell.formula !== null) return cell.value ?? 0;
    return cell.value ?? undefined;
  }
  private readAll(formulas: boolean): unknown {
    this.alive();
    if (this.rows === 1 && this.columns === 1) return this.read(this.area.top, this.area.left, formulas);
    if (this.rows * this.columns > 5_000_000) throw failed("内存不足");
    const out: unknown[][] = [];
    for (let r = this.area.top; r <= this.area.bottom; r++) {
      const row: unknown[] = [];
      for (let c = this.area.left; c <= this.area.right; c++) row.push(this.read(r, c, formulas));
      out.push(row);
    }
    return out;
  }
  private assign(v: unknown, asFormula: boolean): void {
    const s = this.alive();
    const matrix: unknown[][] | null = Array.isArray(v) ? (Array.isArray(v[0]) ? (v as unknown[][]) : [v as unknown[]]) : null;
    const at = (i: number, j: number): unknown => {
      if (!matrix) return v;
      const row = matrix.length === 1 ? matrix[0]! : matrix[i];
      if (!row || j >= row.length) return "#N/A";
      return row[j];
    };
    // Check every entry first: a bad one fails the whole assignment before any cell changes.
    const parsed: Array<{ r: number; c: number; p: ReturnType<typeof parseTyped> }> = [];
    for (let i = 0; i < this.rows; i++) {
      for (let j = 0; j < this.columns; j++) {
        const r = this.area.top + i;
        const c = this.area.left + j;
        const x = at(i, j);
        const fmt = this.cell(r, c)?.numberFormat ?? GENERAL;
        let p: ReturnType<typeof parseTyped>;
        if (x === null || x === undefined || x === "") p = { value: null, formula: null };
        else if (typeof x === "number") {
          if (!Number.isFinite(x)) throw typeMismatch(String(x));
          p = { value: x, formula: null };
        } else if (typeof x === "boolean") p = { value: x, formula: null };
        else if (typeof x === "string") p = asFormula && fmt !== "@" && x.startsWith("=") ? parseTyped(x, GENERAL) : parseTyped(x, fmt);
        else throw typeMismatch(typeof x);
        if (typeof p.value === "string" && p.value.length > 32767) throw failed("单元格内容超过 32767 个字符");
        parsed.push({ r, c, p });
      }
    }
    this.book.write(asFormula ? "Range.Formula" : "Range.Value2");
    for (const { r, c, p } of parsed) {
      const cell = this.cellForWrite(r, c);
      cell.value = p.value;
      cell.formula = p.formula;
      if (p.numberFormat) cell.numberFormat = p.numberFormat;
      if (isBlank(cell)) s.cells.delete(cellKey(r, c));
    }
  }
  get Value2(): unknown {
    return this.readAll(false);
  }
  set Value2(v: unknown) {
    this.assign(v, false);
  }
  get Formula(): unknown {
    return this.readAll(true);
  }
  set Formula(v: unknown) {
    this.assign(v, true);
  }
  get Text(): string {
    const v = this.read(this.area.top, this.area.left, false);
    return v === undefined ? "" : String(v);
  }
  get HasFormula(): boolean | null {
    let some = false;
    let all = true;
    for (let r = this.area.top; r <= this.area.bottom; r++)
      for (let c = this.area.left; c <= this.area.right; c++) {
        if (this.cell(r, c)?.formula) some = true;
        else all = false;
      }
    return all ? true : some ? null : false;
  }

  // Formats -----------------------------------------------------------------------------------

  /** The cells' common number format, null when they differ (WPS's answer for a mixed range). */
  get NumberFormat(): string | null {
    this.alive();
    let common: string | undefined;
    const whole = this.rows * this.columns;
    if (whole > 200_000) {
      // A huge range: the stored cells decide, the rest are General.
      let seen = 0;
      for (const [k, c] of this.sheet.cells) {
        const [r, col] = k.split(",").map(Number) as [number, number];
        if (!contains(this.area, r, col)) continue;
        seen++;
        if (common === undefined) common = c.numberFormat;
        else if (common !== c.numberFormat) return null;
      }
      if (seen < whole && common !== undefined && common !== GENERAL) return null;
      return common ?? GENERAL;
    }
    for (let r = this.area.top; r <= this.area.bottom; r++)
      for (let c = this.area.left; c <= this.area.right; c++) {
        const f = this.cell(r, c)?.numberFormat ?? GENERAL;
        if (common === undefined) common = f;
        else if (common !== f) return null;
      }
    return common ?? GENERAL;
  }
  set NumberFormat(f: string | null) {
    if (typeof f !== "string" || f.length > 255) throw failed("无法设置 Range 类的 NumberFormat 属性");
    this.alive();
    this.book.write("Range.NumberFormat");
    this.forEachCell((r, c) => {
      this.cellForWrite(r, c).numberFormat = f;
    });
  }
  /** The same in the UI language (zh-CN): General is "G/通用格式". */
  get NumberFormatLocal(): string | null {
    const f = this.NumberFormat;
    return f === GENERAL ? "G/通用格式" : f;
  }
  set NumberFormatLocal(f: string | null) {
    this.NumberFormat = f === "G/通用格式" ? GENERAL : f;
  }

  private setStyle(key: string, value: unknown): void {
    this.alive();
    this.book.write(`Range.${key}`);
    this.forEachCell((r, c) => {
      this.cellForWrite(r, c).style[key] = value;
    });
  }
  get Font(): Record<string, unknown> {
    const self = { setStyle: (k: string, v: unknown): void => this.setStyle(k, v) };
    return {
      set Bold(v: boolean) {
        self.setStyle("bold", Boolean(v));
      },
      set Italic(v: boolean) {
        self.setStyle("italic", Boolean(v));
      },
      set Size(v: number) {
        if (typeof v !== "number" || v < 1 || v > 409) throw failed("无法设置 Font 类的 Size 属性");
        self.setStyle("size", v);
      },
      set Color(v: number) {
        checkColor(v);
        self.setStyle("color", v);
      },
    };
  }
  get Interior(): Record<string, unknown> {
    const self = { setStyle: (k: string, v: unknown): void => this.setStyle(k, v) };
    return {
      set Color(v: number) {
        checkColor(v);
        self.setStyle("fill", v);
      },
    };
  }
  set HorizontalAlignment(v: number) {
    if (!HORIZONTAL.has(v)) throw failed("无法设置 Range 类的 HorizontalAlignment 属性");
    this.setStyle("horizontal", v);
  }
  set VerticalAlignment(v: number) {
    if (!VERTICAL.has(v)) throw failed("无法设置 Range 类的 VerticalAlignment 属性");
    this.setStyle("vertical", v);
  }
  set WrapText(v: boolean) {
    this.setStyle("wrap", Boolean(v));
  }
  get Borders(): { Item(index: number): Record<string, unknown> } {
    const self = { setStyle: (k: string, v: unknown): void => this.setStyle(k, v) };
    return {
      Item(index: number) {
        if (!BORDER_INDEX.has(index)) throw outOfRange(`Borders(${index})`);
        return {
          set LineStyle(v: number) {
            self.setStyle(`border${index}.lineStyle`, v);
          },
          set Weight(v: number) {
            if (![1, 2, -4138, 4].includes(v)) throw failed("无法设置 Border 类的 Weight 属性");
            self.setStyle(`border${index}.weight`, v);
          },
        };
      },
    };
  }
  set ColumnWidth(w: number) {
    if (typeof w !== "number" || w < 0 || w > 255) throw failed("无法设置 Range 类的 ColumnWidth 属性");
    this.alive();
    this.book.write("Range.ColumnWidth");
    for (let c = this.area.left; c <= this.area.right; c++) this.sheet.columnWidths.set(c, w);
  }
  set RowHeight(h: number) {
    if (typeof h !== "number" || h < 0 || h > 409) throw failed("无法设置 Range 类的 RowHeight 属性");
    this.alive();
    this.book.write("Range.RowHeight");
    if (this.rows > 100_000) throw failed("无法设置 Range 类的 RowHeight 属性");
    for (let r = this.area.top; r <= this.area.bottom; r++) this.sheet.rowHeights.set(r, h);
  }

  // Merges ------------------------------------------------------------------------------------

  /** True when every cell is in a merged area, false when none is, null otherwise. */
  get MergeCells(): boolean | null {
    this.alive();
    const cells = this.rows * this.columns;
    let covered = 0;
    for (const m of this.sheet.merges) {
      if (!overlaps(m, this.area)) continue;
      const top = Math.max(m.top, this.area.top);
      const bottom = Math.min(m.bottom, this.area.bottom);
      const left = Math.max(m.left, this.area.left);
      const right = Math.min(m.right, this.area.right);
      covered += (bottom - top + 1) * (right - left + 1);
    }
    return covered === 0 ? false : covered === cells ? true : null;
  }
  set MergeCells(v: boolean) {
    if (v) this.Merge();
    else this.UnMerge();
  }
  get MergeArea(): FakeRange {
    const m = this.sheet.merges.find((x) => contains(x, this.area.top, this.area.left));
    return new FakeRange(this.book, this.sheet, m ?? { top: this.area.top, left: this.area.left, bottom: this.area.top, right: this.area.left });
  }
  Merge(): void {
    const s = this.alive();
    if (this.rows * this.columns === 1) return;
    // Overlapping merged areas are absorbed: the result covers their union's bounding box.
    let area = { ...this.area };
    for (;;) {
      const hit = s.merges.find((m) => overlaps(m, area) && !(m.top >= area.top && m.bottom <= area.bottom && m.left >= area.left && m.right <= area.right));
      if (!hit) break;
      area = { top: Math.min(area.top, hit.top), left: Math.min(area.left, hit.left), bottom: Math.max(area.bottom, hit.bottom), right: Math.max(area.right, hit.right) };
    }
    let values = 0;
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) {
        const cell = this.cell(r, c);
        if (cell && (cell.value !== null || cell.formula !== null)) values++;
      }
    if (values > 1 && this.book.displayAlerts && !this.book.ask("合并单元格时，仅保留左上角的值，而放弃其他值。")) return;
    this.book.write("Range.Merge");
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) {
        if (r === area.top && c === area.left) continue;
        const cell = this.cell(r, c);
        if (cell) {
          cell.value = null;
          cell.formula = null;
        }
      }
    s.merges = s.merges.filter((m) => !overlaps(m, area));
    s.merges.push(area);
  }
  UnMerge(): void {
    const s = this.alive();
    this.book.write("Range.UnMerge");
    s.merges = s.merges.filter((m) => !overlaps(m, this.area));
  }

  // Selection ---------------------------------------------------------------------------------

  Select(): void {
    const s = this.alive();
    if (this.book.activeUid !== s.uid) throw failed("Range 类的 Select 方法无效");
    this.book.selection = { uid: s.uid, range: { ...this.area } };
  }
  Activate(): void {
    this.Select();
  }
}

export class FakeWindow {
  constructor(readonly book: FakeWpsBook) {}
  /** The split set for the next FreezePanes = true (the window's, so shared by every ActiveWindow read). */
  private get pending(): { rows: number; columns: number } {
    return this.book.windowSplit;
  }
  private active(): FakeSheetState {
    const s = this.book.activeUid === null ? undefined : this.book.sheetByUid(this.book.activeUid);
    if (!s) throw failed("没有活动窗口");
    return s;
  }
  get FreezePanes(): boolean {
    return this.active().freeze !== null;
  }
  set FreezePanes(v: boolean) {
    const s = this.active();
    this.book.write("Window.FreezePanes");
    if (!v) s.freeze = null;
    else {
      const at = this.pending.rows > 0 || this.pending.columns > 0 ? this.pending : s.freeze ?? { rows: 0, columns: 0 };
      s.freeze = at.rows > 0 || at.columns > 0 ? { ...at } : null;
    }
  }
  get SplitRow(): number {
    return this.active().freeze?.rows ?? this.pending.rows;
  }
  set SplitRow(v: number) {
    this.active();
    this.book.write("Window.SplitRow");
    this.book.windowSplit = { ...this.book.windowSplit, rows: v };
  }
  get SplitColumn(): number {
    return this.active().freeze?.columns ?? this.pending.columns;
  }
  set SplitColumn(v: number) {
    this.active();
    this.book.write("Window.SplitColumn");
    this.book.windowSplit = { ...this.book.windowSplit, columns: v };
  }
  ScrollRow = 1;
  ScrollColumn = 1;
}

export class FakePageSetup {
  constructor(
    readonly book: FakeWpsBook,
    readonly sheet: FakeSheetState,
  ) {}
  private set<K extends keyof FakeSheetState["pageSetup"]>(key: K, v: FakeSheetState["pageSetup"][K]): void {
    this.book.write(`PageSetup.${key}`);
    this.sheet.pageSetup[key] = v;
  }
  get PaperSize(): number {
    return this.sheet.pageSetup.paperSize;
  }
  set PaperSize(v: number) {
    this.set("paperSize", v);
  }
  get Orientation(): number {
    return this.sheet.pageSetup.orientation;
  }
  set Orientation(v: number) {
    if (v !== 1 && v !== 2) throw failed("无法设置 PageSetup 类的 Orientation 属性");
    this.set("orientation", v);
  }
  get Zoom(): number | false {
    return this.sheet.pageSetup.zoom;
  }
  set Zoom(v: number | false) {
    if (v !== false && (v < 10 || v > 400)) throw failed("无法设置 PageSetup 类的 Zoom 属性");
    this.set("zoom", v);
  }
  get FitToPagesWide(): number | false {
    return this.sheet.pageSetup.fitToPagesWide;
  }
  set FitToPagesWide(v: number | false) {
    this.set("fitToPagesWide", v);
  }
  get FitToPagesTall(): number | false {
    return this.sheet.pageSetup.fitToPagesTall;
  }
  set FitToPagesTall(v: number | false) {
    this.set("fitToPagesTall", v);
  }
  private section(slot: HeaderFooterSlot, v: string): void {
    // Excel and WPS refuse a header or footer section longer than 255 characters.
    if (typeof v !== "string" || v.length > 255) throw failed("无法设置 PageSetup 类的页眉页脚属性");
    this.book.write(`PageSetup.${slot}`);
    this.sheet.pageSetup.headerFooter[slot] = v;
  }
  get LeftHeader(): string { return this.sheet.pageSetup.headerFooter.leftHeader; }
  set LeftHeader(v: string) { this.section("leftHeader", v); }
  get CenterHeader(): string { return this.sheet.pageSetup.headerFooter.centerHeader; }
  set CenterHeader(v: string) { this.section("centerHeader", v); }
  get RightHeader(): string { return this.sheet.pageSetup.headerFooter.rightHeader; }
  set RightHeader(v: string) { this.section("rightHeader", v); }
  get LeftFooter(): string { return this.sheet.pageSetup.headerFooter.leftFooter; }
  set LeftFooter(v: string) { this.section("leftFooter", v); }
  get CenterFooter(): string { return this.sheet.pageSetup.headerFooter.centerFooter; }
  set CenterFooter(v: string) { this.section("centerFooter", v); }
  get RightFooter(): string { return this.sheet.pageSetup.headerFooter.rightFooter; }
  set RightFooter(v: string) { this.section("rightFooter", v); }
  /** Whole rows of this sheet ("$1:$2", optionally sheet-qualified), or "" to clear. */
  get PrintTitleRows(): string {
    return this.sheet.pageSetup.printTitleRows;
  }
  set PrintTitleRows(v: string) {
    const area = v === "" ? null : this.area(v, "PrintTitleRows");
    if (area && (area.left !== 0 || area.right !== MAX_COLUMNS - 1)) throw failed("无法设置 PageSetup 类的 PrintTitleRows 属性");
    this.book.write("PageSetup.printTitleRows");
    this.sheet.pageSetup.printTitleRows = area ? `$${area.top + 1}:$${area.bottom + 1}` : "";
  }
  /** A range of this sheet (optionally sheet-qualified), or "" to clear. */
  get PrintArea(): string {
    return this.sheet.pageSetup.printArea;
  }
  set PrintArea(v: string) {
    const area = v === "" ? null : this.area(v, "PrintArea");
    this.book.write("PageSetup.printArea");
    this.sheet.pageSetup.printArea = area ? `$${a1(area.top, area.left).replace(/(\d)/, "$$$1")}:$${a1(area.bottom, area.right).replace(/(\d)/, "$$$1")}` : "";
  }
  /** Parses an address WPS accepts here: A1 style, absolute or not, on this sheet only. */
  private area(v: string, what: string): CellRange {
    if (typeof v !== "string") throw failed(`无法设置 PageSetup 类的 ${what} 属性`);
    let address = v;
    const bang = v.lastIndexOf("!");
    if (bang >= 0) {
      const name = v.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
      if (!sameName(name, this.sheet.name)) throw failed(`无法设置 PageSetup 类的 ${what} 属性`);
      address = v.slice(bang + 1);
    }
    try {
      return parseRangeAddress(address);
    } catch {
      throw failed(`无法设置 PageSetup 类的 ${what} 属性`);
    }
  }
}

/** Workbook.CustomDocumentProperties (saved in the file). Text values hold at most 255 characters. */
export class FakeDocumentProperties {
  constructor(readonly book: FakeWpsBook) {}
  get Count(): number {
    return this.book.properties.length;
  }
  Item(index: number | string): { Name: string; Value: unknown; Type: number; Delete(): void } {
    const list = this.book.properties;
    const p = typeof index === "number" ? list[index - 1] : list.find((x) => x.name === index);
    if (!p) throw new FakeWpsError(5, "无效的过程调用或参数");
    const book = this.book;
    return {
      Name: p.name,
      Type: p.type,
      get Value(): unknown {
        return p.value;
      },
      set Value(v: unknown) {
        if (typeof v === "string" && v.length > 255) throw failed("属性值过长");
        book.write("DocumentProperty.Value");
        p.value = v;
      },
      Delete(): void {
        book.write("DocumentProperty.Delete");
        book.properties = book.properties.filter((x) => x !== p);
      },
    };
  }
  Add(name: string, _linkToContent: boolean, type: number, value: unknown): void {
    if (this.book.properties.some((x) => x.name === name)) throw failed("已存在同名属性");
    if (typeof value === "string" && value.length > 255) throw failed("属性值过长");
    this.book.write("DocumentProperties.Add");
    this.book.properties.push({ name, type, value });
  }
}
