/**
 * Proxy objects of the Excel JavaScript API subset Zipin uses, with Excel's batching rules:
 * - every property set, method call and load is queued and runs at `context.sync()`, in order;
 * - reading a property that was neither loaded (and synced) nor set throws PropertyNotLoaded;
 * - an error rejects the sync, and the actions queued before it in that batch stay applied
 *   (Excel is not transactional); loads of a failed batch deliver nothing;
 * - a request or response over the payload limit (5 MB) is rejected;
 * - objects returned by getItem/getRange/… are instantiated at their place in the batch and
 *   then stay bound to the same sheet (by id) even if it is renamed or moved.
 * Browser-safe: no Node imports.
 */
import type { CellRange } from "../../src/engine/grid";
import { FakeOfficeError } from "./errors";
import {
  BORDER_SIDES,
  type BorderSide,
  type FakeBorder,
  type FakeChartState,
  type FakeChartSeriesState,
  type FakeSheet,
  type FakeStyle,
  MAX_COLUMNS,
  MAX_ROWS,
  cellKey,
  coerceInput,
  formatAddress,
  overlaps,
  parseAddress,
  rangeColumns,
  rangeRows,
  usedRangeOf,
  utf8Length,
  DEFAULT_COLUMN_WIDTH_POINTS,
  DEFAULT_ROW_HEIGHT_POINTS,
} from "./state";
import type { FakeWorkbook, SyncRecord } from "./workbook";

/** Range.getMergedAreas fails on a range holding more merged areas than this. */
export const MAX_MERGED_AREAS = 512;

const inside = (range: CellRange, key: number): boolean => {
  const r = Math.floor(key / MAX_COLUMNS);
  const c = key % MAX_COLUMNS;
  return r >= range.top && r <= range.bottom && c >= range.left && c <= range.right;
};

/** Sorted cell keys → rectangles: each row's runs of adjacent cells, merged down while they repeat. */
function cellAreas(keys: number[]): CellRange[] {
  const runs: CellRange[] = [];
  for (const k of keys) {
    const r = Math.floor(k / MAX_COLUMNS);
    const c = k % MAX_COLUMNS;
    const last = runs[runs.length - 1];
    if (last && last.top === r && last.right === c - 1) last.right = c;
    else runs.push({ top: r, bottom: r, left: c, right: c });
  }
  const open: CellRange[] = [];
  const done: CellRange[] = [];
  for (const run of runs) {
    const above = open.findIndex((a) => a.bottom === run.top - 1 && a.left === run.left && a.right === run.right);
    if (above >= 0) open[above]!.bottom = run.top;
    else open.push(run);
    for (let i = open.length - 1; i >= 0; i--) if (open[i]!.bottom < run.top - 1) done.push(...open.splice(i, 1));
  }
  return [...done, ...open].sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Excel refuses to read more cells than this in one range. */
const MAX_READ_CELLS = 5_000_000;
/** The fake materialises styles per cell; bigger style writes are a fake limitation, not Excel's. */
const MAX_STYLED_CELLS = 2_000_000;

export interface Exec {
  wb: FakeWorkbook;
  deliveries: Array<() => void>;
  responseBytes: number;
}

interface QueuedOp {
  /** Actions are counted (and can be made to fail); object instantiation steps are not. */
  action: boolean;
  name: string;
  json: unknown;
  run: (ex: Exec) => void;
}

export type LoadSpec = string | string[] | { select?: string | string[] } | undefined;

function splitSpec(spec: LoadSpec): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "string") return spec.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
  if (Array.isArray(spec)) return spec.flatMap((s) => splitSpec(s));
  return splitSpec(spec.select);
}

function requireApi(ex: Exec, version: string, what: string): void {
  if (!ex.wb.isSetSupported("ExcelApi", version)) throw new FakeOfficeError("ApiNotFound", `${what} (ExcelApi ${version})`);
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbookObject;
  readonly runtime: FakeRuntime;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: QueuedOp[] = [];
  /** The runtime this context belongs to (FakeWorkbook.runtimeGeneration when it was made). */
  readonly generation: number;

  constructor(readonly host: FakeWorkbook) {
    this.generation = host.runtimeGeneration;
    this.workbook = new FakeWorkbookObject(this, "workbook");
    this.runtime = new FakeRuntime(this, "runtime");
  }

  _enqueue(op: QueuedOp): void {
    this.queue.push(op);
  }

  get pendingOperations(): number {
    return this.queue.filter((o) => o.action).length;
  }

  load<T extends FakeClientObject>(obj: T, spec?: LoadSpec): T {
    return obj.load(spec);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    // Like office.js, an empty queue sends nothing.
    if (ops.length === 0) return;
    const wb = this.host;
    // A runtime that was killed (pane closed, ribbon time-out) runs no more code: its syncs never return.
    if (wb.runtimeGeneration !== this.generation) return never();
    wb.beforeSync();
    const record: SyncRecord = {
      requestBytes: utf8Length(JSON.stringify(ops.map((o) => o.json))),
      responseBytes: 0,
      operations: 0,
    };
    wb.syncs.push(record);
    await Promise.resolve();
    try {
      if (record.requestBytes > wb.limits.requestBytes) {
        throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `request of ${record.requestBytes} bytes`);
      }
      const ex: Exec = { wb, deliveries: [], responseBytes: 0 };
      for (const op of ops) {
        if (op.action) {
          record.operations++;
          wb.beforeAction(op.name, record.operations);
        }
        try {
          op.run(ex);
        } catch (e) {
          if (e instanceof FakeOfficeError) throw e;
          throw new FakeOfficeError("GeneralException", op.name, String(e));
        }
      }
      record.responseBytes = ex.responseBytes;
      if (ex.responseBytes > wb.limits.responseBytes) {
        throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `response of ${ex.responseBytes} bytes`);
      }
      for (const deliver of ex.deliveries) deliver();
    } catch (e) {
      record.error = e instanceof FakeOfficeError ? e.code : String(e);
      if (wb.afterSync()) return never();
      throw e;
    }
    // Excel has done the work; the runtime may die before it hears back.
    if (wb.afterSync()) return never();
  }
}

/** A promise that never settles: what a dead runtime's pending call amounts to. */
function never(): Promise<never> {
  return new Promise<never>(() => undefined);
}

export abstract class FakeClientObject {
  protected abstract readonly _type: string;
  protected readonly _values = new Map<string, unknown>();
  /** undefined until the object has been instantiated or loaded by a sync. */
  _null: boolean | undefined;

  constructor(
    readonly context: FakeRequestContext,
    readonly _path: string,
  ) {}

  /** Scalar properties `load()` can fetch; none unless a subclass says. */
  protected _scalarNames(): readonly string[] {
    return [];
  }
  /** Navigation properties (child objects) reachable in a load path like "format/font/bold". */
  protected _navigation(_name: string): FakeClientObject | undefined {
    return undefined;
  }
  /** Resolves the object at execution: true for a null object; throws when it cannot exist. */
  _isNullAt(_ex: Exec): boolean {
    return false;
  }
  /** Reads a scalar property at execution (the object is not null). */
  _read(_ex: Exec, _prop: string): unknown {
    return undefined;
  }

  get isNullObject(): boolean {
    if (this._null === undefined) throw new FakeOfficeError("PropertyNotLoaded", "isNullObject");
    return this._null;
  }

  _deliver(values: Array<readonly [string, unknown]>): void {
    this._null = false;
    for (const [p, v] of values) this._values.set(p, v);
  }

  protected _get<T>(prop: string): T {
    if (this._null === true) return null as T;
    if (!this._values.has(prop)) throw new FakeOfficeError("PropertyNotLoaded", prop);
    return this._values.get(prop) as T;
  }

  protected _set(prop: string, value: unknown, apply: (ex: Exec) => void): void {
    if (value === null || value === undefined) throw new FakeOfficeError("InvalidArgument", `${this._type}.${prop} = null`);
    this._values.set(prop, value);
    this._action(`${this._type}.${prop}=`, { set: prop, value }, apply);
  }

  protected _action(name: string, detail: Record<string, unknown>, run: (ex: Exec) => void): void {
    this.context._enqueue({ action: true, name, json: { o: this._path, ...detail }, run });
  }

  /** Instantiates the object at its place in the batch, as office.js object paths are. */
  protected _instantiate(run: (ex: Exec) => boolean): void {
    this.context._enqueue({
      action: false,
      name: `${this._type}.path`,
      json: { path: this._path },
      run: (ex) => {
        const isNull = run(ex);
        ex.deliveries.push(() => {
          this._null = isNull;
        });
      },
    });
  }

  load(spec?: LoadSpec): this {
    const names = this._scalarNames();
    const own: string[] = [];
    const nested = new Map<string, string[]>();
    const parts = splitSpec(spec);
    if (parts.length === 0) own.push(...names);
    for (const p of parts) {
      const slash = p.indexOf("/");
      if (slash >= 0) {
        const head = p.slice(0, slash);
        nested.set(head, [...(nested.get(head) ?? []), p.slice(slash + 1)]);
      } else if (names.includes(p)) own.push(p);
      else if (this._navigation(p)) nested.set(p, nested.get(p) ?? []);
      else throw new FakeOfficeError("InvalidArgument", `${this._type} has no property '${p}'`);
    }
    this._queueLoad(own);
    for (const [head, rest] of nested) {
      const child = this._navigation(head);
      if (!child) throw new FakeOfficeError("InvalidArgument", `${this._type} has no property '${head}'`);
      child.load(rest.length > 0 ? rest : undefined);
    }
    return this;
  }

  protected _queueLoad(props: string[]): void {
    this._action(`${this._type}.load`, { load: props }, (ex) => {
      if (this._isNullAt(ex)) {
        ex.deliveries.push(() => {
          this._null = true;
        });
        return;
      }
      const got = props.map((p) => [p, this._read(ex, p)] as const);
      ex.responseBytes += utf8Length(JSON.stringify(Object.fromEntries(got)));
      ex.deliveries.push(() => this._deliver(got));
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._values);
  }
}

abstract class FakeCollection<T extends FakeClientObject> extends FakeClientObject {
  private _items: T[] | undefined;

  get items(): T[] {
    if (this._items === undefined) throw new FakeOfficeError("PropertyNotLoaded", "items");
    return this._items;
  }

  /** The collection's members at execution, as proxies already bound to them. */
  protected abstract _list(ex: Exec): T[];
  protected abstract _itemScalars(): readonly string[];

  override load(spec?: LoadSpec): this {
    const props = splitSpec(spec).map((p) => (p.startsWith("items/") ? p.slice("items/".length) : p));
    if (props.some((p) => p.includes("/"))) {
      throw new FakeOfficeError("InvalidArgument", "the fake loads only scalar properties of collection items");
    }
    const use = props.length > 0 ? props : [...this._itemScalars()];
    this._action(`${this._type}.load`, { load: use }, (ex) => {
      const items = this._list(ex);
      const rows = items.map((it) => use.map((p) => [p, it._read(ex, p)] as const));
      ex.responseBytes += utf8Length(JSON.stringify(rows.map((r) => Object.fromEntries(r))));
      ex.deliveries.push(() => {
        this._items = items;
        items.forEach((it, i) => it._deliver(rows[i]!));
      });
    });
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook, application, runtime

export class FakeWorkbookObject extends FakeClientObject {
  protected readonly _type = "Workbook";
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;

  constructor(context: FakeRequestContext, path: string) {
    super(context, path);
    this.worksheets = new FakeWorksheetCollection(context, `${path}.worksheets`);
    this.application = new FakeApplication(context, `${path}.application`);
  }

  protected override _navigation(name: string): FakeClientObject | undefined {
    if (name === "worksheets") return this.worksheets;
    if (name === "application") return this.application;
    return undefined;
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, `${this._path}.getSelectedRange()`, (ex) => {
      const sel = ex.wb.selection;
      const sheet = sel ? ex.wb.sheetById(sel.sheetId) : undefined;
      if (!sel || !sheet) throw new FakeOfficeError("ItemNotFound", "selection");
      return { sheet, range: sel.range };
    });
  }

  getActiveCell(): FakeRange {
    return new FakeRange(this.context, `${this._path}.getActiveCell()`, (ex) => {
      requireApi(ex, "1.7", "Workbook.getActiveCell");
      const sel = ex.wb.selection;
      const sheet = sel ? ex.wb.sheetById(sel.sheetId) : undefined;
      if (!sel || !sheet) throw new FakeOfficeError("ItemNotFound", "selection");
      return { sheet, range: { top: sel.range.top, left: sel.range.left, bottom: sel.range.top, right: sel.range.left } };
    });
  }
}

const CALCULATION_MODES = ["Automatic", "AutomaticExceptTables", "Manual"] as const;

export class FakeApplication extends FakeClientObject {
  protected readonly _type = "Application";
  protected override _scalarNames(): readonly string[] {
    return ["calculationMode"];
  }
  override _read(ex: Exec, prop: string): unknown {
    if (prop === "calculationMode") return ex.wb.calculationMode;
    return undefined;
  }
  get calculationMode(): string {
    return this._get("calculationMode");
  }
  set calculationMode(mode: string) {
    this._set("calculationMode", mode, (ex) => {
      requireApi(ex, "1.8", "Application.calculationMode (set)");
      const m = CALCULATION_MODES.find((c) => c.toLowerCase() === String(mode).toLowerCase());
      if (!m) throw new FakeOfficeError("InvalidArgument", `calculationMode ${String(mode)}`);
      ex.wb.calculationMode = m;
    });
  }
  suspendApiCalculationUntilNextSync(): void {
    this._action("Application.suspendApiCalculationUntilNextSync()", {}, (ex) => {
      requireApi(ex, "1.6", "Application.suspendApiCalculationUntilNextSync");
    });
  }
}

export class FakeRuntime extends FakeClientObject {
  protected readonly _type = "Runtime";
  protected override _scalarNames(): readonly string[] {
    return ["enableEvents"];
  }
  override _read(ex: Exec, prop: string): unknown {
    if (prop === "enableEvents") return ex.wb.enableEvents;
    return undefined;
  }
  get enableEvents(): boolean {
    return this._get("enableEvents");
  }
  set enableEvents(on: boolean) {
    this._set("enableEvents", on, (ex) => {
      requireApi(ex, "1.8", "Runtime.enableEvents");
      if (typeof on !== "boolean") throw new FakeOfficeError("InvalidArgument", "enableEvents");
      ex.wb.enableEvents = on;
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheets

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  protected readonly _type = "WorksheetCollection";

  protected _list(ex: Exec): FakeWorksheet[] {
    return ex.wb.sheets.map((s) => FakeWorksheet.bound(this.context, s.id));
  }
  protected _itemScalars(): readonly string[] {
    return WORKSHEET_SCALARS;
  }

  add(name?: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.context, `${this._path}.add(${JSON.stringify(name ?? null)})`, null);
    this._action("WorksheetCollection.add()", { add: name ?? null }, (ex) => {
      let use = name;
      if (use === undefined) {
        let n = ex.wb.sheets.length + 1;
        while (ex.wb.sheet(`Sheet${n}`)) n++;
        use = `Sheet${n}`;
      }
      const created = ex.wb.addSheet(use);
      sheet._bind(created.id);
      ex.deliveries.push(() => {
        sheet._null = false;
      });
    });
    return sheet;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, (ex) => findSheet(ex, key));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      (ex) => findSheet(ex, key),
      true,
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this._path}.getActiveWorksheet()`, (ex) =>
      ex.wb.activeSheetId ? (ex.wb.sheetById(ex.wb.activeSheetId) ?? null) : null,
    );
  }
}

function findSheet(ex: Exec, key: string): FakeSheet | null {
  return ex.wb.sheetById(key) ?? ex.wb.sheet(key) ?? null;
}

const WORKSHEET_SCALARS = ["id", "name", "position", "visibility", "tabColor"] as const;

export class FakeWorksheet extends FakeClientObject {
  protected readonly _type = "Worksheet";
  private _id: string | null = null;
  private _freeze: FakeFreezePanes | undefined;
  private _page: FakePageLayout | undefined;

  /** `locate` null: bound later by `_bind` (worksheets.add) or at construction (`bound`). */
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly _locate: ((ex: Exec) => FakeSheet | null) | null,
    private readonly _nullable = false,
  ) {
    super(context, path);
    if (_locate) this._instantiate((ex) => this._sheet(ex) === null);
  }

  static bound(context: FakeRequestContext, id: string): FakeWorksheet {
    const ws = new FakeWorksheet(context, `worksheet(${id})`, null);
    ws._id = id;
    ws._null = false;
    return ws;
  }

  _bind(id: string): void {
    this._id = id;
  }

  _sheet(ex: Exec): FakeSheet | null {
    if (this._id !== null) {
      const s = ex.wb.sheetById(this._id);
      if (!s) throw new FakeOfficeError("ItemNotFound", `${this._path} (deleted)`);
      return s;
    }
    if (!this._locate) throw new FakeOfficeError("InvalidOperation", `${this._path} used before it exists`);
    const s = this._locate(ex);
    if (!s) {
      if (this._nullable) return null;
      throw new FakeOfficeError("ItemNotFound", this._path);
    }
    this._id = s.id;
    return s;
  }

  _must(ex: Exec): FakeSheet {
    const s = this._sheet(ex);
    if (!s) throw new FakeOfficeError("InvalidOperation", `${this._path} is a null object`);
    return s;
  }

  protected override _scalarNames(): readonly string[] {
    return WORKSHEET_SCALARS;
  }
  override _isNullAt(ex: Exec): boolean {
    return this._sheet(ex) === null;
  }
  override _read(ex: Exec, prop: string): unknown {
    const s = this._must(ex);
    switch (prop) {
      case "id":
        return s.id;
      case "name":
        return s.name;
      case "position":
        return ex.wb.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      case "tabColor":
        return s.tabColor;
      default:
        return undefined;
    }
  }
  protected override _navigation(name: string): FakeClientObject | undefined {
    if (name === "freezePanes") return this.freezePanes;
    if (name === "pageLayout") return this.pageLayout;
    return undefined;
  }

  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(name: string) {
    this._set("name", name, (ex) => {
      const s = this._must(ex);
      ex.wb.assertNewName(name, s.id);
      s.name = name;
    });
  }
  get position(): number {
    return this._get("position");
  }
  set position(position: number) {
    this._set("position", position, (ex) => {
      const s = this._must(ex);
      const list = ex.wb.sheets;
      if (!Number.isInteger(position) || position < 0 || position >= list.length) {
        throw new FakeOfficeError("InvalidArgument", `position ${position}`);
      }
      list.splice(list.indexOf(s), 1);
      list.splice(position, 0, s);
    });
  }
  get visibility(): string {
    return this._get("visibility");
  }
  set visibility(visibility: string) {
    this._set("visibility", visibility, (ex) => {
      const s = this._must(ex);
      if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden") {
        throw new FakeOfficeError("InvalidArgument", `visibility ${visibility}`);
      }
      if (visibility !== "Visible" && ex.wb.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0) {
        throw new FakeOfficeError("InvalidOperation", "a workbook must keep one visible sheet");
      }
      s.visibility = visibility;
    });
  }
  get tabColor(): string {
    return this._get("tabColor");
  }
  set tabColor(color: string) {
    this._set("tabColor", color, (ex) => {
      requireApi(ex, "1.7", "Worksheet.tabColor");
      const s = this._must(ex);
      if (color !== "" && !/^#[0-9A-Fa-f]{6}$/.test(color)) throw new FakeOfficeError("InvalidArgument", `tabColor ${color}`);
      s.tabColor = color.toUpperCase();
    });
  }

  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.context, `${this._path}.charts`, this);
  }

  get freezePanes(): FakeFreezePanes {
    this._freeze ??= new FakeFreezePanes(this.context, `${this._path}.freezePanes`, this);
    return this._freeze;
  }
  get pageLayout(): FakePageLayout {
    this._page ??= new FakePageLayout(this.context, `${this._path}.pageLayout`, this);
    return this._page;
  }
  get horizontalPageBreaks(): FakePageBreakCollection {
    return new FakePageBreakCollection(this.context, `${this._path}.horizontalPageBreaks`, this);
  }

  delete(): void {
    this._action("Worksheet.delete()", { call: "delete" }, (ex) => {
      const s = this._must(ex);
      const wb = ex.wb;
      // Office.js: deleting a "VeryHidden" sheet fails; it must be made hidden or visible first.
      if (s.visibility === "VeryHidden") throw new FakeOfficeError("InvalidOperation", "cannot delete a very hidden sheet");
      if (s.visibility === "Visible" && wb.sheets.filter((x) => x.visibility === "Visible").length === 1) {
        throw new FakeOfficeError("InvalidOperation", "cannot delete the only visible sheet");
      }
      const at = wb.sheets.indexOf(s);
      wb.sheets.splice(at, 1);
      if (wb.activeSheetId === s.id) {
        // Excel activates the next visible sheet (or the previous one at the end).
        const next =
          wb.sheets.slice(at).find((x) => x.visibility === "Visible") ??
          [...wb.sheets.slice(0, at)].reverse().find((x) => x.visibility === "Visible");
        wb.activeSheetId = next ? next.id : null;
        wb.selection = next ? { sheetId: next.id, range: { top: 0, left: 0, bottom: 0, right: 0 } } : null;
      } else if (wb.selection?.sheetId === s.id) wb.selection = null;
    });
  }

  activate(): void {
    this._action("Worksheet.activate()", { call: "activate" }, (ex) => {
      const s = this._must(ex);
      if (s.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "cannot activate a hidden sheet");
      if (ex.wb.activeSheetId !== s.id) {
        ex.wb.activeSheetId = s.id;
        ex.wb.selection = { sheetId: s.id, range: { top: 0, left: 0, bottom: 0, right: 0 } };
      }
    });
  }

  /** Without an address: the whole sheet. */
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, `${this._path}.getRange(${JSON.stringify(address ?? "")})`, (ex) => ({
      sheet: this._must(ex),
      range:
        address === undefined || address === ""
          ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 }
          : parseAddress(address),
    }));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(
      this.context,
      `${this._path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
      (ex) => {
        requireApi(ex, "1.7", "Worksheet.getRangeByIndexes");
        const range = { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
        if (
          ![startRow, startColumn, rowCount, columnCount].every(Number.isInteger) ||
          startRow < 0 ||
          startColumn < 0 ||
          rowCount < 1 ||
          columnCount < 1 ||
          range.bottom >= MAX_ROWS ||
          range.right >= MAX_COLUMNS
        ) {
          throw new FakeOfficeError("InvalidArgument", "getRangeByIndexes");
        }
        return { sheet: this._must(ex), range };
      },
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexesUnchecked(row, column, `${this._path}.getCell(${row},${column})`);
  }

  private getRangeByIndexesUnchecked(row: number, column: number, path: string): FakeRange {
    return new FakeRange(this.context, path, (ex) => {
      if (row < 0 || column < 0 || row >= MAX_ROWS || column >= MAX_COLUMNS) {
        throw new FakeOfficeError("InvalidArgument", path);
      }
      return { sheet: this._must(ex), range: { top: row, left: column, bottom: row, right: column } };
    });
  }

  /** On an empty sheet Excel returns A1 rather than failing. */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, `${this._path}.getUsedRange(${valuesOnly})`, (ex) => {
      const sheet = this._must(ex);
      return { sheet, range: usedRangeOf(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      `${this._path}.getUsedRangeOrNullObject(${valuesOnly})`,
      (ex) => {
        const sheet = this._must(ex);
        const range = usedRangeOf(sheet, valuesOnly);
        return range ? { sheet, range } : null;
      },
      true,
    );
  }
}

/** An object reached from a worksheet (its freeze panes, page layout). */
abstract class FakeSheetPart extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    path: string,
    protected readonly sheet: FakeWorksheet,
  ) {
    super(context, path);
  }
}

export class FakeFreezePanes extends FakeSheetPart {
  protected readonly _type = "WorksheetFreezePanes";
  private freeze(name: string, rows: number, columns: number): void {
    this._action(`WorksheetFreezePanes.${name}()`, { call: name, rows, columns }, (ex) => {
      requireApi(ex, "1.7", "WorksheetFreezePanes");
      if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 0 || columns < 0) {
        throw new FakeOfficeError("InvalidArgument", name);
      }
      this.sheet._must(ex).freeze = { rows, columns };
    });
  }
  freezeRows(count = 1): void {
    this.freeze("freezeRows", count, 0);
  }
  freezeColumns(count = 1): void {
    this.freeze("freezeColumns", 0, count);
  }
  freezeAt(frozenRange: FakeRange | string): void {
    this._action("WorksheetFreezePanes.freezeAt()", { call: "freezeAt" }, (ex) => {
      requireApi(ex, "1.7", "WorksheetFreezePanes");
      const r = typeof frozenRange === "string" ? parseAddress(frozenRange) : frozenRange._mustTarget(ex).range;
      this.sheet._must(ex).freeze = { rows: r.bottom + 1, columns: r.right + 1 };
    });
  }
  unfreeze(): void {
    this.freeze("unfreeze", 0, 0);
  }
  getLocationOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      `${this._path}.getLocationOrNullObject()`,
      (ex) => {
        const sheet = this.sheet._must(ex);
        const { rows, columns } = sheet.freeze;
        if (rows === 0 && columns === 0) return null;
        return {
          sheet,
          range: {
            top: 0,
            left: 0,
            bottom: rows > 0 ? rows - 1 : MAX_ROWS - 1,
            right: columns > 0 ? columns - 1 : MAX_COLUMNS - 1,
          },
        };
      },
      true,
    );
  }
}

type HeaderFooterSection = "leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter";

export class FakePageLayout extends FakeSheetPart {
  protected readonly _type = "PageLayout";
  protected override _scalarNames(): readonly string[] {
    return ["orientation", "paperSize", "zoom"];
  }
  override _read(ex: Exec, prop: string): unknown {
    requireApi(ex, "1.9", "PageLayout");
    const p = this.sheet._must(ex).pageLayout;
    if (prop === "orientation") return p.orientation;
    if (prop === "paperSize") return p.paperSize;
    if (prop === "zoom") return { ...p.zoom };
    return undefined;
  }
  get orientation(): string {
    return this._get("orientation");
  }
  set orientation(o: string) {
    this._set("orientation", o, (ex) => {
      requireApi(ex, "1.9", "PageLayout");
      if (o !== "Portrait" && o !== "Landscape") throw new FakeOfficeError("InvalidArgument", `orientation ${o}`);
      this.sheet._must(ex).pageLayout.orientation = o;
    });
  }
  get paperSize(): string {
    return this._get("paperSize");
  }
  set paperSize(size: string) {
    this._set("paperSize", size, (ex) => {
      requireApi(ex, "1.9", "PageLayout");
      this.sheet._must(ex).pageLayout.paperSize = size;
    });
  }
  get zoom(): { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number } {
    return this._get("zoom");
  }
  /** The subset Zipin uses: defaultForAllPages' six sections, write-only. */
  get headersFooters(): { defaultForAllPages: Record<HeaderFooterSection, string> } {
    const setter = (section: HeaderFooterSection) => ({
      set: (value: string) =>
        this._action(`HeaderFooter.${section}=`, { set: section, value }, (ex) => {
          requireApi(ex, "1.9", "HeaderFooter");
          // Excel keeps at most 255 characters per section and refuses more.
          if (typeof value !== "string" || value.length > 255) throw new FakeOfficeError("InvalidArgument", `${section} longer than 255`);
          const page = this.sheet._must(ex).pageLayout;
          page.headerFooter = { ...(page.headerFooter ?? {}), [section]: value };
        }),
      enumerable: true,
    });
    const sections: HeaderFooterSection[] = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"];
    const target = {} as Record<HeaderFooterSection, string>;
    for (const s of sections) Object.defineProperty(target, s, setter(s));
    return { defaultForAllPages: target };
  }
  setPrintTitleRows(rows: string): void {
    this._action("PageLayout.setPrintTitleRows()", { call: "setPrintTitleRows", rows }, (ex) => {
      requireApi(ex, "1.9", "PageLayout");
      if (!/^\$\d+:\$\d+$/.test(rows)) throw new FakeOfficeError("InvalidArgument", `setPrintTitleRows ${rows}`);
      this.sheet._must(ex).pageLayout.printTitleRows = rows;
    });
  }
  /** A range on this sheet or an address ("A1:L82", "$A$1:$L$82", areas joined by commas). */
  setPrintArea(printArea: string | FakeRange): void {
    this._action("PageLayout.setPrintArea()", { call: "setPrintArea", printArea: typeof printArea === "string" ? printArea : "(range)" }, (ex) => {
      requireApi(ex, "1.9", "PageLayout");
      const sheet = this.sheet._must(ex);
      const areas = typeof printArea === "string" ? printArea.split(",").map((a) => parseAddress(a)) : [onSheet(ex, printArea, sheet, "setPrintArea")];
      sheet.pageLayout.printArea = areas;
    });
  }
  set zoom(z: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) {
    this._set("zoom", { ...z }, (ex) => {
      requireApi(ex, "1.9", "PageLayout");
      const ok = (n: number | undefined, min: number, max: number): boolean =>
        n === undefined || (Number.isInteger(n) && n >= min && n <= max);
      if (!ok(z.scale, 10, 400) || !ok(z.horizontalFitToPages, 0, 32767) || !ok(z.verticalFitToPages, 0, 32767)) {
        throw new FakeOfficeError("InvalidArgument", "zoom");
      }
      // Some hosts take "fit to N pages wide" only with a page count tall as well (0 = automatic is refused).
      if (ex.wb.quirks.fitNeedsPagesTall && z.horizontalFitToPages !== undefined && !z.verticalFitToPages) {
        throw new FakeOfficeError("InvalidArgument", "zoom: verticalFitToPages must be 1 or more on this host");
      }
      this.sheet._must(ex).pageLayout.zoom = { ...z };
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Ranges

interface RangeTarget {
  sheet: FakeSheet;
  range: CellRange;
}

const RANGE_SCALARS = [
  "address",
  "addressLocal",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "cellCount",
  "values",
  "formulas",
  "numberFormat",
  "text",
] as const;

type Matrix = unknown[][];

function checkMatrix(value: unknown, range: CellRange, prop: string): Matrix {
  const rows = rangeRows(range);
  const cols = rangeColumns(range);
  if (!Array.isArray(value) || value.length !== rows || value.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `${prop}: the number of rows or columns in the input array doesn't match the size or dimensions of the range`,
    );
  }
  return value as Matrix;
}

export class FakeRange extends FakeClientObject {
  protected readonly _type = "Range";
  /** undefined: not instantiated yet; null: a null object. */
  private _bound: { sheetId: string; range: CellRange } | null | undefined;
  private _format: FakeRangeFormat | undefined;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly _locate: ((ex: Exec) => RangeTarget | null) | null,
    private readonly _nullable = false,
  ) {
    super(context, path);
    if (_locate) this._instantiate((ex) => this._target(ex) === null);
  }

  static bound(context: FakeRequestContext, path: string, sheetId: string, range: CellRange): FakeRange {
    const r = new FakeRange(context, path, null);
    r._bound = { sheetId, range };
    r._null = false;
    return r;
  }

  _target(ex: Exec): RangeTarget | null {
    if (this._bound === undefined) {
      const t = this._locate ? this._locate(ex) : null;
      if (!t) {
        if (!this._nullable) throw new FakeOfficeError("ItemNotFound", this._path);
        this._bound = null;
        return null;
      }
      this._bound = { sheetId: t.sheet.id, range: t.range };
      return t;
    }
    if (this._bound === null) return null;
    const sheet = ex.wb.sheetById(this._bound.sheetId);
    if (!sheet) throw new FakeOfficeError("ItemNotFound", `${this._path} (sheet deleted)`);
    return { sheet, range: this._bound.range };
  }

  _mustTarget(ex: Exec): RangeTarget {
    const t = this._target(ex);
    if (!t) throw new FakeOfficeError("InvalidOperation", `${this._path} is a null object`);
    return t;
  }

  protected override _scalarNames(): readonly string[] {
    return RANGE_SCALARS;
  }
  override _isNullAt(ex: Exec): boolean {
    return this._target(ex) === null;
  }
  protected override _navigation(name: string): FakeClientObject | undefined {
    if (name === "format") return this.format;
    return undefined;
  }

  override _read(ex: Exec, prop: string): unknown {
    const { sheet, range } = this._mustTarget(ex);
    switch (prop) {
      case "address":
      case "addressLocal":
        return formatAddress(sheet.name, range);
      case "rowIndex":
        return range.top;
      case "columnIndex":
        return range.left;
      case "rowCount":
        return rangeRows(range);
      case "columnCount":
        return rangeColumns(range);
      case "cellCount":
        return rangeRows(range) * rangeColumns(range);
      default:
        break;
    }
    if (rangeRows(range) * rangeColumns(range) > MAX_READ_CELLS) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `reading ${prop} of more than 5,000,000 cells`);
    }
    const out: unknown[][] = [];
    for (let r = range.top; r <= range.bottom; r++) {
      const row: unknown[] = [];
      for (let c = range.left; c <= range.right; c++) {
        const key = cellKey(r, c);
        if (prop === "values") row.push(ex.wb.valueAt(sheet, r, c));
        else if (prop === "text") row.push(String(ex.wb.valueAt(sheet, r, c)));
        else if (prop === "formulas") {
          const cell = sheet.cells.get(key);
          row.push(cell ? (cell.f ?? cell.v) : "");
        } else row.push(sheet.numberFormats.get(key) ?? "General");
      }
      out.push(row);
    }
    return out;
  }

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get text(): string[][] {
    return this._get("text");
  }
  get values(): unknown[][] {
    return this._get("values");
  }
  set values(v: unknown[][]) {
    this._set("values", v, (ex) => this._writeContent(ex, v, "values"));
  }
  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  set formulas(v: unknown[][]) {
    this._set("formulas", v, (ex) => this._writeContent(ex, v, "formulas"));
  }
  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this._set("numberFormat", v, (ex) => {
      const { sheet, range } = this._mustTarget(ex);
      const m = checkMatrix(v, range, "numberFormat");
      m.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f === null) return; // null leaves the cell unchanged
          if (typeof f !== "string") throw new FakeOfficeError("InvalidArgument", "numberFormat must be text");
          const key = cellKey(range.top + i, range.left + j);
          if (f === "" || f === "General") sheet.numberFormats.delete(key);
          else sheet.numberFormats.set(key, f);
        }),
      );
    });
  }

  /** values and formulas share Excel's typing rules; null leaves a cell unchanged, "" clears it. */
  private _writeContent(ex: Exec, v: unknown, prop: string): void {
    const { sheet, range } = this._mustTarget(ex);
    const m = checkMatrix(v, range, prop);
    m.forEach((row, i) =>
      row.forEach((x, j) => {
        if (x === null) return;
        if (typeof x !== "string" && typeof x !== "number" && typeof x !== "boolean") {
          throw new FakeOfficeError("InvalidArgument", `${prop}: unsupported value`);
        }
        const key = cellKey(range.top + i, range.left + j);
        const cell = coerceInput(x, sheet.numberFormats.get(key) ?? "General");
        if (cell) sheet.cells.set(key, cell);
        else sheet.cells.delete(key);
      }),
    );
  }

  get format(): FakeRangeFormat {
    this._format ??= new FakeRangeFormat(this.context, `${this._path}.format`, this);
    return this._format;
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.context, `${this._path}.conditionalFormats`, this);
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this._path}.worksheet`, (ex) => this._mustTarget(ex).sheet);
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, `${this._path}.getCell(${row},${column})`, (ex) => {
      const { sheet, range } = this._mustTarget(ex);
      const r = range.top + row;
      const c = range.left + column;
      if (row < 0 || column < 0 || r >= MAX_ROWS || c >= MAX_COLUMNS) throw new FakeOfficeError("InvalidArgument", "getCell");
      return { sheet, range: { top: r, left: c, bottom: r, right: c } };
    });
  }

  merge(across = false): void {
    this._action("Range.merge()", { call: "merge", across }, (ex) => {
      const { sheet, range } = this._mustTarget(ex);
      const areas: CellRange[] = across
        ? Array.from({ length: rangeRows(range) }, (_, i) => ({ ...range, top: range.top + i, bottom: range.top + i }))
        : [range];
      for (const area of areas) {
        if (rangeRows(area) * rangeColumns(area) === 1) continue;
        sheet.merges = sheet.merges.filter((m) => !overlaps(m, area));
        // Excel keeps only the upper-left value of a merged area.
        for (const key of [...sheet.cells.keys()]) {
          const r = Math.floor(key / MAX_COLUMNS);
          const c = key % MAX_COLUMNS;
          const inside = r >= area.top && r <= area.bottom && c >= area.left && c <= area.right;
          if (inside && !(r === area.top && c === area.left)) sheet.cells.delete(key);
        }
        sheet.merges.push({ ...area });
      }
    });
  }

  unmerge(): void {
    this._action("Range.unmerge()", { call: "unmerge" }, (ex) => {
      const { sheet, range } = this._mustTarget(ex);
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, range));
    });
  }

  /** applyTo: "All" (default), "Contents" or "Formats". */
  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this._action("Range.clear()", { call: "clear", applyTo }, (ex) => {
      const { sheet, range } = this._mustTarget(ex);
      const inside = (key: number): boolean => {
        const r = Math.floor(key / MAX_COLUMNS);
        const c = key % MAX_COLUMNS;
        return r >= range.top && r <= range.bottom && c >= range.left && c <= range.right;
      };
      const drop = (m: Map<number, unknown>): void => {
        for (const k of [...m.keys()]) if (inside(k)) m.delete(k);
      };
      if (applyTo !== "Formats") drop(sheet.cells);
      if (applyTo !== "Contents") {
        drop(sheet.numberFormats);
        drop(sheet.styles);
      }
    });
  }

  select(): void {
    this._action("Range.select()", { call: "select" }, (ex) => {
      const { sheet, range } = this._mustTarget(ex);
      if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "cannot select on a hidden sheet");
      ex.wb.activeSheetId = sheet.id;
      ex.wb.selection = { sheetId: sheet.id, range: { ...range } };
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, `${this._path}.getMergedAreasOrNullObject()`, (ex) => {
      requireApi(ex, "1.13", "Range.getMergedAreasOrNullObject");
      const { sheet, range } = this._mustTarget(ex);
      const found = sheet.merges.filter((m) => overlaps(m, range));
      if (found.length > MAX_MERGED_AREAS) throw new FakeOfficeError("InvalidOperation", "more than 512 merged areas");
      return found.length > 0 ? { sheet, areas: found } : null;
    });
  }

  /**
   * The cells holding constants or formulas, as rectangular areas (runs of a row, stacked when
   * consecutive rows have the same run). Null object when there are none.
   */
  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, `${this._path}.getSpecialCellsOrNullObject(${cellType})`, (ex) => {
      requireApi(ex, "1.9", "Range.getSpecialCellsOrNullObject");
      if (cellType !== "Constants" && cellType !== "Formulas") throw new FakeOfficeError("InvalidArgument", `fake: special cells ${cellType}`);
      const { sheet, range } = this._mustTarget(ex);
      const keys = [...sheet.cells.entries()]
        .filter(([k, c]) => (cellType === "Formulas") === (c.f !== undefined) && inside(range, k))
        .map(([k]) => k)
        .sort((a, b) => a - b);
      const areas = cellAreas(keys);
      return areas.length > 0 ? { sheet, areas } : null;
    });
  }
}

export class FakeRangeAreas extends FakeClientObject {
  protected readonly _type = "RangeAreas";
  private _bound: { sheetId: string; areas: CellRange[] } | null | undefined;
  readonly areas: FakeRangeCollection;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly _locate: (ex: Exec) => { sheet: FakeSheet; areas: CellRange[] } | null,
  ) {
    super(context, path);
    this._instantiate((ex) => this._target(ex) === null);
    this.areas = new FakeRangeCollection(context, `${path}.areas`, (ex) => {
      const t = this._target(ex);
      return t ? t.areas.map((a) => ({ sheetId: t.sheet.id, range: a })) : [];
    });
  }

  _target(ex: Exec): { sheet: FakeSheet; areas: CellRange[] } | null {
    if (this._bound === undefined) {
      const t = this._locate(ex);
      this._bound = t ? { sheetId: t.sheet.id, areas: t.areas } : null;
      return t;
    }
    if (this._bound === null) return null;
    const sheet = ex.wb.sheetById(this._bound.sheetId);
    if (!sheet) throw new FakeOfficeError("ItemNotFound", `${this._path} (sheet deleted)`);
    return { sheet, areas: this._bound.areas };
  }

  protected override _scalarNames(): readonly string[] {
    return ["address", "areaCount", "cellCount"];
  }
  override _isNullAt(ex: Exec): boolean {
    return this._target(ex) === null;
  }
  protected override _navigation(name: string): FakeClientObject | undefined {
    return name === "areas" ? this.areas : undefined;
  }
  override _read(ex: Exec, prop: string): unknown {
    const t = this._target(ex);
    if (!t) throw new FakeOfficeError("InvalidOperation", `${this._path} is a null object`);
    if (prop === "address") return t.areas.map((a) => formatAddress(t.sheet.name, a)).join(",");
    if (prop === "areaCount") return t.areas.length;
    if (prop === "cellCount") return t.areas.reduce((n, a) => n + rangeRows(a) * rangeColumns(a), 0);
    return undefined;
  }
  get address(): string {
    return this._get("address");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
}

export class FakeRangeCollection extends FakeCollection<FakeRange> {
  protected readonly _type = "RangeCollection";
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly _members: (ex: Exec) => Array<{ sheetId: string; range: CellRange }>,
  ) {
    super(context, path);
  }
  protected _list(ex: Exec): FakeRange[] {
    requireApi(ex, "1.9", "RangeAreas.areas");
    return this._members(ex).map((m, i) => FakeRange.bound(this.context, `${this._path}[${i}]`, m.sheetId, m.range));
  }
  protected _itemScalars(): readonly string[] {
    return ["address", "rowIndex", "columnIndex", "rowCount", "columnCount"];
  }
}

// ---------------------------------------------------------------------------------------------
// Formats

/** An object reached from a range (its format, font, fill, borders): null exactly when the range is. */
abstract class FakeRangePart extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    path: string,
    protected readonly owner: FakeRange,
  ) {
    super(context, path);
  }
  override _isNullAt(ex: Exec): boolean {
    return this.owner._isNullAt(ex);
  }
}

/** Cells of a range, for per-cell style storage. */
function* cellsOf(range: CellRange): Generator<[number, number]> {
  for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) yield [r, c];
}

function styleTarget(owner: FakeRange, ex: Exec): RangeTarget {
  const t = owner._mustTarget(ex);
  if (rangeRows(t.range) * rangeColumns(t.range) > MAX_STYLED_CELLS) {
    throw new FakeOfficeError("InvalidOperation", "fake limitation: styling more than 2,000,000 cells");
  }
  return t;
}

function updateStyles(owner: FakeRange, ex: Exec, cells: (range: CellRange) => Iterable<[number, number]>, change: (s: FakeStyle) => void): void {
  const { sheet, range } = styleTarget(owner, ex);
  for (const [r, c] of cells(range)) {
    const key = cellKey(r, c);
    const style: FakeStyle = { ...(sheet.styles.get(key) ?? {}) };
    change(style);
    sheet.styles.set(key, style);
  }
}

/** The common value of a style property over a range, or null when cells differ (as Excel reports). */
function readStyle<T>(owner: FakeRange, ex: Exec, pick: (s: FakeStyle) => T | undefined, fallback: T): T | null {
  const { sheet, range } = styleTarget(owner, ex);
  let first = true;
  let value: T | null = null;
  for (const [r, c] of cellsOf(range)) {
    const v = pick(sheet.styles.get(cellKey(r, c)) ?? {}) ?? fallback;
    if (first) {
      value = v;
      first = false;
    } else if (v !== value) return null;
  }
  return value;
}

export class FakeRangeFormat extends FakeRangePart {
  protected readonly _type = "RangeFormat";
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;
  readonly borders: FakeRangeBorderCollection;

  constructor(context: FakeRequestContext, path: string, owner: FakeRange) {
    super(context, path, owner);
    this.font = new FakeRangeFont(context, `${path}.font`, owner);
    this.fill = new FakeRangeFill(context, `${path}.fill`, owner);
    this.borders = new FakeRangeBorderCollection(context, `${path}.borders`, owner);
  }

  protected override _scalarNames(): readonly string[] {
    return ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText"];
  }
  protected override _navigation(name: string): FakeClientObject | undefined {
    if (name === "font") return this.font;
    if (name === "fill") return this.fill;
    return undefined;
  }
  override _read(ex: Exec, prop: string): unknown {
    if (prop === "columnWidth") {
      const { sheet, range } = this.owner._mustTarget(ex);
      let width: number | null = null;
      for (let c = range.left; c <= range.right; c++) {
        const w = sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH_POINTS;
        if (c === range.left) width = w;
        else if (w !== width) return null;
      }
      return width;
    }
    if (prop === "rowHeight") {
      const { sheet, range } = this.owner._mustTarget(ex);
      let height: number | null = null;
      for (let r = range.top; r <= range.bottom; r++) {
        const h = sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT_POINTS;
        if (r === range.top) height = h;
        else if (h !== height) return null;
      }
      return height;
    }
    if (prop === "horizontalAlignment") return readStyle(this.owner, ex, (s) => s.horizontalAlignment, "General");
    if (prop === "verticalAlignment") return readStyle(this.owner, ex, (s) => s.verticalAlignment, "Bottom");
    if (prop === "wrapText") return readStyle(this.owner, ex, (s) => s.wrapText, false);
    return undefined;
  }

  get columnWidth(): number {
    return this._get("columnWidth");
  }
  /** Points; applies to every column the range spans. */
  set columnWidth(points: number) {
    this._set("columnWidth", points, (ex) => {
      if (typeof points !== "number" || !(points >= 0) || points > 255 * 7.5) {
        throw new FakeOfficeError("InvalidArgument", `columnWidth ${points}`);
      }
      const { sheet, range } = this.owner._mustTarget(ex);
      for (let c = range.left; c <= range.right; c++) sheet.columnWidths.set(c, points);
    });
  }
  /** Marks the rows as autofit (Excel sizes them to their wrapped text); a set height undoes it. */
  autofitRows(): void {
    this._action("RangeFormat.autofitRows()", { call: "autofitRows" }, (ex) => {
      const { sheet, range } = this.owner._mustTarget(ex);
      for (let r = range.top; r <= range.bottom; r++) {
        sheet.rowHeights.delete(r);
        sheet.autofitRows.add(r);
      }
    });
  }
  get rowHeight(): number {
    return this._get("rowHeight");
  }
  /** Points; applies to every row the range spans. */
  set rowHeight(points: number) {
    this._set("rowHeight", points, (ex) => {
      if (typeof points !== "number" || !(points >= 0) || points > 409) {
        throw new FakeOfficeError("InvalidArgument", `rowHeight ${points}`);
      }
      const { sheet, range } = this.owner._mustTarget(ex);
      if (rangeRows(range) > 100_000) throw new FakeOfficeError("InvalidOperation", "fake limitation: rowHeight on >100,000 rows");
      for (let r = range.top; r <= range.bottom; r++) {
        sheet.rowHeights.set(r, points);
        sheet.autofitRows.delete(r);
      }
    });
  }
  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(a: string) {
    this._set("horizontalAlignment", a, (ex) => {
      const allowed = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
      if (!allowed.includes(a)) throw new FakeOfficeError("InvalidArgument", `horizontalAlignment ${a}`);
      updateStyles(this.owner, ex, cellsOf, (s) => (s.horizontalAlignment = a));
    });
  }
  get verticalAlignment(): string {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(a: string) {
    this._set("verticalAlignment", a, (ex) => {
      if (!["Top", "Center", "Bottom", "Justify", "Distributed"].includes(a)) {
        throw new FakeOfficeError("InvalidArgument", `verticalAlignment ${a}`);
      }
      updateStyles(this.owner, ex, cellsOf, (s) => (s.verticalAlignment = a));
    });
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(w: boolean) {
    this._set("wrapText", w, (ex) => updateStyles(this.owner, ex, cellsOf, (s) => (s.wrapText = w)));
  }
}

const COLOR = /^#[0-9A-Fa-f]{6}$/;

export class FakeRangeFont extends FakeRangePart {
  protected readonly _type = "RangeFont";
  protected override _scalarNames(): readonly string[] {
    return ["bold", "italic", "size", "color", "name"];
  }
  override _read(ex: Exec, prop: string): unknown {
    if (prop === "bold") return readStyle(this.owner, ex, (s) => s.bold, false);
    if (prop === "italic") return readStyle(this.owner, ex, (s) => s.italic, false);
    if (prop === "size") return readStyle(this.owner, ex, (s) => s.size, 11);
    if (prop === "color") return readStyle(this.owner, ex, (s) => s.color, "#000000");
    if (prop === "name") return readStyle(this.owner, ex, (s) => s.name, "Calibri");
    return undefined;
  }
  private setStyle(prop: string, value: unknown, valid: boolean, change: (s: FakeStyle) => void): void {
    this._set(prop, value, (ex) => {
      if (!valid) throw new FakeOfficeError("InvalidArgument", `font.${prop} ${String(value)}`);
      updateStyles(this.owner, ex, cellsOf, change);
    });
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(b: boolean) {
    this.setStyle("bold", b, typeof b === "boolean", (s) => (s.bold = b));
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(b: boolean) {
    this.setStyle("italic", b, typeof b === "boolean", (s) => (s.italic = b));
  }
  get size(): number {
    return this._get("size");
  }
  set size(n: number) {
    this.setStyle("size", n, typeof n === "number" && n >= 1 && n <= 409, (s) => (s.size = n));
  }
  get color(): string {
    return this._get("color");
  }
  set color(c: string) {
    this.setStyle("color", c, COLOR.test(c), (s) => (s.color = c.toUpperCase()));
  }
  get name(): string {
    return this._get("name");
  }
  set name(n: string) {
    this.setStyle("name", n, typeof n === "string" && n.length > 0, (s) => (s.name = n));
  }
}

export class FakeRangeFill extends FakeRangePart {
  protected readonly _type = "RangeFill";
  protected override _scalarNames(): readonly string[] {
    return ["color"];
  }
  override _read(ex: Exec, prop: string): unknown {
    return prop === "color" ? readStyle(this.owner, ex, (s) => s.fill, "#FFFFFF") : undefined;
  }
  get color(): string {
    return this._get("color");
  }
  set color(c: string) {
    this._set("color", c, (ex) => {
      if (!COLOR.test(c)) throw new FakeOfficeError("InvalidArgument", `fill.color ${c}`);
      updateStyles(this.owner, ex, cellsOf, (s) => (s.fill = c.toUpperCase()));
    });
  }
  clear(): void {
    this._action("RangeFill.clear()", { call: "clear" }, (ex) =>
      updateStyles(this.owner, ex, cellsOf, (s) => {
        delete s.fill;
      }),
    );
  }
}

export class FakeRangeBorderCollection extends FakeRangePart {
  protected readonly _type = "RangeBorderCollection";
  getItem(index: string): FakeRangeBorder {
    if (!BORDER_SIDES.includes(index as BorderSide)) {
      // Diagonal borders exist in Excel but are outside the fake.
      throw new FakeOfficeError("InvalidArgument", `border ${index}`);
    }
    return new FakeRangeBorder(this.context, `${this._path}.getItem(${index})`, this.owner, index as BorderSide);
  }
}

/** Which cell edges a range border side covers, stored as that cell's own edge. */
function borderCells(side: BorderSide): (range: CellRange) => Iterable<[number, number, "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight"]> {
  return function* (range: CellRange) {
    for (const [r, c] of cellsOf(range)) {
      if (side === "EdgeTop" && r === range.top) yield [r, c, "EdgeTop"];
      if (side === "EdgeBottom" && r === range.bottom) yield [r, c, "EdgeBottom"];
      if (side === "EdgeLeft" && c === range.left) yield [r, c, "EdgeLeft"];
      if (side === "EdgeRight" && c === range.right) yield [r, c, "EdgeRight"];
      if (side === "InsideHorizontal" && r < range.bottom) yield [r, c, "EdgeBottom"];
      if (side === "InsideVertical" && c < range.right) yield [r, c, "EdgeRight"];
    }
  };
}

export class FakeRangeBorder extends FakeRangePart {
  protected readonly _type = "RangeBorder";
  constructor(
    context: FakeRequestContext,
    path: string,
    owner: FakeRange,
    private readonly side: BorderSide,
  ) {
    super(context, path, owner);
  }
  protected override _scalarNames(): readonly string[] {
    return ["style", "weight", "color"];
  }
  override _read(ex: Exec, prop: string): unknown {
    const { sheet, range } = styleTarget(this.owner, ex);
    const fallback: Record<string, string> = { style: "None", weight: "Thin", color: "#000000" };
    let value: unknown = undefined;
    for (const [r, c, edge] of borderCells(this.side)(range)) {
      const b = sheet.styles.get(cellKey(r, c))?.borders?.[edge];
      const v = b?.[prop as keyof FakeBorder] ?? fallback[prop];
      if (value === undefined) value = v;
      else if (v !== value) return null;
    }
    return value ?? fallback[prop];
  }
  private setEdge(prop: keyof FakeBorder, value: string, allowed: (v: string) => boolean): void {
    this._set(prop, value, (ex) => {
      if (!allowed(value)) throw new FakeOfficeError("InvalidArgument", `border ${prop} ${value}`);
      const { sheet, range } = styleTarget(this.owner, ex);
      for (const [r, c, edge] of borderCells(this.side)(range)) {
        const key = cellKey(r, c);
        const style: FakeStyle = { ...(sheet.styles.get(key) ?? {}) };
        style.borders = { ...(style.borders ?? {}), [edge]: { ...(style.borders?.[edge] ?? {}), [prop]: value } };
        sheet.styles.set(key, style);
      }
    });
  }
  get style(): string {
    return this._get("style");
  }
  set style(s: string) {
    this.setEdge("style", s, (v) =>
      ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"].includes(v),
    );
  }
  get weight(): string {
    return this._get("weight");
  }
  set weight(w: string) {
    this.setEdge("weight", w, (v) => ["Hairline", "Thin", "Medium", "Thick"].includes(v));
  }
  get color(): string {
    return this._get("color");
  }
  set color(c: string) {
    this.setEdge("color", c, (v) => COLOR.test(v));
  }
}

/** ExcelApi 1.6 conditional formats: only the custom (formula) type, as Zipin writes. */
export class FakeConditionalFormatCollection extends FakeRangePart {
  protected readonly _type = "ConditionalFormatCollection";
  add(type: string): FakeConditionalFormat {
    const slot: { entry: import("./state").FakeConditionalFormat | null } = { entry: null };
    this._action("ConditionalFormatCollection.add()", { call: "add", type }, (ex) => {
      requireApi(ex, "1.6", "Range.conditionalFormats");
      if (type !== "Custom") throw new FakeOfficeError("InvalidArgument", `fake limitation: conditional format type ${type}`);
      const { sheet, range } = this.owner._mustTarget(ex);
      slot.entry = { range, formula: null };
      sheet.conditionalFormats.push(slot.entry);
    });
    return new FakeConditionalFormat(this.context, `${this._path}.add()`, this.owner, slot);
  }
}

type CfSlot = { entry: import("./state").FakeConditionalFormat | null };

function cfEntry(slot: CfSlot): import("./state").FakeConditionalFormat {
  if (!slot.entry) throw new FakeOfficeError("InvalidOperation", "conditional format not added");
  return slot.entry;
}

export class FakeConditionalFormat extends FakeRangePart {
  protected readonly _type = "ConditionalFormat";
  readonly custom: {
    rule: { formula: string };
    format: { font: { color: string; bold: boolean }; fill: { color: string } };
  };
  constructor(context: FakeRequestContext, path: string, owner: FakeRange, slot: CfSlot) {
    super(context, path, owner);
    const act = (name: string, value: unknown, run: () => void): void => {
      if (value === null || value === undefined) throw new FakeOfficeError("InvalidArgument", `${name} = null`);
      this._action(`ConditionalFormat.${name}=`, { set: name, value }, run);
    };
    const color = (c: string): string => {
      if (!COLOR.test(c)) throw new FakeOfficeError("InvalidArgument", `color ${c}`);
      return c.toUpperCase();
    };
    this.custom = {
      rule: {
        set formula(f: string) {
          act("custom.rule.formula", f, () => {
            if (!f.startsWith("=")) throw new FakeOfficeError("InvalidArgument", `formula ${f}`);
            cfEntry(slot).formula = f;
          });
        },
        get formula(): string {
          throw new FakeOfficeError("PropertyNotLoaded", "formula");
        },
      },
      format: {
        font: {
          set color(c: string) {
            act("custom.format.font.color", c, () => (cfEntry(slot).fontColor = color(c)));
          },
          get color(): string {
            throw new FakeOfficeError("PropertyNotLoaded", "color");
          },
          set bold(b: boolean) {
            act("custom.format.font.bold", b, () => (cfEntry(slot).bold = b));
          },
          get bold(): boolean {
            throw new FakeOfficeError("PropertyNotLoaded", "bold");
          },
        },
        fill: {
          set color(c: string) {
            act("custom.format.fill.color", c, () => (cfEntry(slot).fill = color(c)));
          },
          get color(): string {
            throw new FakeOfficeError("PropertyNotLoaded", "color");
          },
        },
      },
    };
  }
}

// ---- charts: the subset Zipin uses (ExcelApi 1.1–1.8), each call an action in the batch ----

type ChartRef = { state: FakeChartState | null };

function chartOf(ref: ChartRef): FakeChartState {
  if (!ref.state) throw new FakeOfficeError("InvalidReference", "chart");
  return ref.state;
}

/** A range argument must lie on the sheet the call is made on, as in Excel. */
function onSheet(ex: Exec, range: FakeRange, sheet: FakeSheet, what: string): CellRange {
  const target = range._mustTarget(ex);
  if (target.sheet !== sheet) throw new FakeOfficeError("InvalidArgument", `${what}: range on another sheet`);
  return target.range;
}

/** Worksheet.horizontalPageBreaks (ExcelApi 1.9): manual row breaks only, as the real collection holds. */
export class FakePageBreakCollection extends FakeSheetPart {
  protected readonly _type = "PageBreakCollection";
  /** Adds a break above the range's top-left cell; one break per row, as Excel keeps. */
  add(pageBreakRange: string | FakeRange): void {
    this._action("PageBreakCollection.add()", { call: "add", range: typeof pageBreakRange === "string" ? pageBreakRange : "(range)" }, (ex) => {
      requireApi(ex, "1.9", "PageBreakCollection");
      const sheet = this.sheet._must(ex);
      const at = typeof pageBreakRange === "string" ? parseAddress(pageBreakRange) : onSheet(ex, pageBreakRange, sheet, "add");
      const rows = new Set(sheet.pageLayout.rowBreaks ?? []).add(at.top);
      sheet.pageLayout.rowBreaks = [...rows].sort((a, b) => a - b);
    });
  }
  removePageBreaks(): void {
    this._action("PageBreakCollection.removePageBreaks()", { call: "removePageBreaks" }, (ex) => {
      requireApi(ex, "1.9", "PageBreakCollection");
      delete this.sheet._must(ex).pageLayout.rowBreaks;
    });
  }
}

/** Excel.ChartType values the port may ask for: clustered columns and clustered (horizontal) bars. */
const CHART_TYPES = new Set(["ColumnClustered", "BarClustered"]);
/** Excel.ChartAxisPosition. */
const AXIS_POSITIONS = new Set(["Automatic", "Maximum", "Minimum", "Custom"]);

export class FakeChartCollection extends FakeSheetPart {
  protected readonly _type = "ChartCollection";
  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChart {
    const ref: ChartRef = { state: null };
    this._action("ChartCollection.add()", { call: "add", type, seriesBy }, (ex) => {
      const sheet = this.sheet._must(ex);
      const target = source._mustTarget(ex);
      if (target.sheet !== sheet) throw new FakeOfficeError("InvalidArgument", "chart source on another sheet");
      if (!CHART_TYPES.has(type)) throw new FakeOfficeError("InvalidArgument", `chart type ${type} not in the fake`);
      const state: FakeChartState = {
        type,
        title: "",
        position: null,
        series: [{ name: "", values: target.range, xValues: null, color: null, showValue: false, labelFormat: null }],
        valueAxisFormat: null,
        valueAxisMinimum: null,
        categoryReversed: false,
        categoryAxisPosition: null,
        fontSize: null,
        titleFontSize: null,
        legend: null,
      };
      sheet.charts = [...(sheet.charts ?? []), state];
      ref.state = state;
    });
    return new FakeChart(this.context, `${this._path}.add()`, this.sheet, ref);
  }
}

export class FakeChart extends FakeSheetPart {
  protected readonly _type = "Chart";
  constructor(
    context: FakeRequestContext,
    path: string,
    sheet: FakeWorksheet,
    private readonly ref: ChartRef,
  ) {
    super(context, path, sheet);
  }
  get title(): { text: string; format: { font: { size: number } } } {
    const act = (text: string): void =>
      this._action("ChartTitle.text=", { set: "text", value: text }, () => {
        if (text.length > 255) throw new FakeOfficeError("InvalidArgument", "chart title longer than 255");
        chartOf(this.ref).title = text;
      });
    const format = { font: this.fontSetter("ChartTitle", (size) => (chartOf(this.ref).titleFontSize = size)) };
    return Object.defineProperty({ format } as { text: string; format: { font: { size: number } } }, "text", { set: act, enumerable: true });
  }
  /** The chart area's font (ExcelApi 1.1): the size of every text the chart has no other size for. */
  get format(): { font: { size: number } } {
    return { font: this.fontSetter("ChartArea", (size) => (chartOf(this.ref).fontSize = size)) };
  }
  /** A ChartFont with a size setter: Excel takes 1–409 points. */
  private fontSetter(owner: string, set: (size: number) => void): { size: number } {
    return Object.defineProperty({} as { size: number }, "size", {
      set: (size: number) =>
        this._action(`${owner}Font.size=`, { set: "size", value: size }, () => {
          if (typeof size !== "number" || !(size >= 1 && size <= 409)) throw new FakeOfficeError("InvalidArgument", `font size ${size}`);
          set(size);
        }),
      enumerable: true,
    });
  }
  get legend(): { position: string } {
    const act = (position: string): void =>
      this._action("ChartLegend.position=", { set: "position", value: position }, () => {
        chartOf(this.ref).legend = position;
      });
    return Object.defineProperty({} as { position: string }, "position", { set: act, enumerable: true });
  }
  get axes(): { valueAxis: { numberFormat: string; minimum: number }; categoryAxis: { reversePlotOrder: boolean; position: string } } {
    const categoryAxis = {} as { reversePlotOrder: boolean; position: string };
    Object.defineProperty(categoryAxis, "reversePlotOrder", {
      set: (v: boolean) =>
        this._action("ChartAxis.reversePlotOrder=", { set: "reversePlotOrder", value: v }, (ex) => {
          requireApi(ex, "1.7", "ChartAxis.reversePlotOrder");
          if (typeof v !== "boolean") throw new FakeOfficeError("InvalidArgument", "reversePlotOrder must be a boolean");
          chartOf(this.ref).categoryReversed = v;
        }),
    });
    Object.defineProperty(categoryAxis, "position", {
      set: (v: string) =>
        this._action("ChartAxis.position=", { set: "position", value: v }, (ex) => {
          requireApi(ex, "1.8", "ChartAxis.position");
          if (!AXIS_POSITIONS.has(v)) throw new FakeOfficeError("InvalidArgument", `axis position ${v}`);
          chartOf(this.ref).categoryAxisPosition = v;
        }),
    });
    const valueAxis = {} as { numberFormat: string; minimum: number };
    Object.defineProperty(valueAxis, "numberFormat", {
      set: (f: string) =>
        this._action("ChartAxis.numberFormat=", { set: "numberFormat", value: f }, (ex) => {
          requireApi(ex, "1.8", "ChartAxis.numberFormat");
          chartOf(this.ref).valueAxisFormat = f;
        }),
    });
    Object.defineProperty(valueAxis, "minimum", {
      set: (m: number) =>
        this._action("ChartAxis.minimum=", { set: "minimum", value: m }, () => {
          chartOf(this.ref).valueAxisMinimum = m;
        }),
    });
    return { valueAxis, categoryAxis };
  }
  setPosition(startCell: FakeRange, endCell: FakeRange): void {
    this._action("Chart.setPosition()", { call: "setPosition" }, (ex) => {
      chartOf(this.ref).position = { from: startCell._mustTarget(ex).range, to: endCell._mustTarget(ex).range };
    });
  }
  get series(): { getItemAt(i: number): FakeChartSeries; add(name: string): FakeChartSeries } {
    return {
      getItemAt: (i: number) => new FakeChartSeries(this.context, `${this._path}.series.getItemAt(${i})`, this.sheet, this.ref, () => i),
      add: (name: string) => {
        let index = -1;
        this._action("ChartSeriesCollection.add()", { call: "add", name }, (ex) => {
          requireApi(ex, "1.7", "ChartSeriesCollection.add");
          const chart = chartOf(this.ref);
          // A new series starts empty; its values come from setValues.
          chart.series.push({ name, values: { top: 0, left: 0, bottom: -1, right: 0 }, xValues: null, color: null, showValue: false, labelFormat: null });
          index = chart.series.length - 1;
        });
        return new FakeChartSeries(this.context, `${this._path}.series.add()`, this.sheet, this.ref, () => index);
      },
    };
  }
}

export class FakeChartSeries extends FakeSheetPart {
  protected readonly _type = "ChartSeries";
  constructor(
    context: FakeRequestContext,
    path: string,
    sheet: FakeWorksheet,
    private readonly ref: ChartRef,
    private readonly index: () => number,
  ) {
    super(context, path, sheet);
  }
  private mine(): FakeChartSeriesState {
    const s = chartOf(this.ref).series[this.index()];
    if (!s) throw new FakeOfficeError("ItemNotFound", "chart series");
    return s;
  }
  set name(name: string) {
    this._action("ChartSeries.name=", { set: "name", value: name }, () => {
      this.mine().name = name;
    });
  }
  setValues(source: FakeRange): void {
    this._action("ChartSeries.setValues()", { call: "setValues" }, (ex) => {
      requireApi(ex, "1.7", "ChartSeries.setValues");
      this.mine().values = source._mustTarget(ex).range;
    });
  }
  setXAxisValues(source: FakeRange): void {
    this._action("ChartSeries.setXAxisValues()", { call: "setXAxisValues" }, (ex) => {
      requireApi(ex, "1.7", "ChartSeries.setXAxisValues");
      this.mine().xValues = source._mustTarget(ex).range;
    });
  }
  get format(): { fill: { setSolidColor(color: string): void } } {
    return {
      fill: {
        setSolidColor: (color: string) =>
          this._action("ChartFill.setSolidColor()", { call: "setSolidColor", color }, () => {
            if (!/^#[0-9A-Fa-f]{6}$/.test(color)) throw new FakeOfficeError("InvalidArgument", `color ${color}`);
            this.mine().color = color.toUpperCase();
          }),
      },
    };
  }
  set hasDataLabels(on: boolean) {
    this._action("ChartSeries.hasDataLabels=", { set: "hasDataLabels", value: on }, (ex) => {
      requireApi(ex, "1.8", "ChartSeries.hasDataLabels");
      this.mine().showValue = on;
    });
  }
  get dataLabels(): { showValue: boolean; numberFormat: string } {
    const labels = {} as { showValue: boolean; numberFormat: string };
    Object.defineProperty(labels, "showValue", {
      set: (on: boolean) =>
        this._action("ChartDataLabels.showValue=", { set: "showValue", value: on }, (ex) => {
          requireApi(ex, "1.8", "ChartSeries.dataLabels");
          this.mine().showValue = on;
        }),
    });
    Object.defineProperty(labels, "numberFormat", {
      set: (f: string) =>
        this._action("ChartDataLabels.numberFormat=", { set: "numberFormat", value: f }, (ex) => {
          requireApi(ex, "1.8", "ChartSeries.dataLabels");
          this.mine().labelFormat = f;
        }),
    });
    return labels;
  }
}
