/**
 * The fake host: one workbook's state plus what a test wants to observe or provoke —
 * sync and operation counts, request/response bytes, payload limits, injected failures,
 * supported requirement sets. `run` is the fake `Excel.run`. Browser-safe.
 */
import type { CellRange } from "../../src/engine/grid";
import { FakeOfficeError, type FakeErrorCode } from "./errors";
import {
  type FakeScalar,
  type FakeSheet,
  cellKey,
  keyCol,
  keyRow,
  newSheet,
  sheetNameProblem,
} from "./state";

export const FIVE_MB = 5 * 1024 * 1024;

/** One action (property set, method call, load) as counted and offered to failure matchers. */
export interface OperationInfo {
  /** 1-based over the workbook's life. */
  index: number;
  /** 1-based sync number over the workbook's life. */
  sync: number;
  /** e.g. "Range.values=", "Worksheet.delete()", "Range.load". */
  name: string;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  error?: string;
}

export interface FailureInjection {
  /** Fail the Nth action (1-based) counted from the moment of injection. */
  atOperation?: number;
  /** Fail the Nth sync (1-based, from injection); with atOperation, that action within the sync. */
  atSync?: number;
  /** Fail the first action this accepts. */
  match?: (op: OperationInfo) => boolean;
  /** Error code to raise; GeneralException by default. */
  code?: FakeErrorCode;
}

/**
 * Something that happens to the workbook outside this runtime between two of its syncs:
 * a co-author's edit arriving (Excel on the web), or the runtime itself being killed.
 */
export interface RemoteChange {
  /** Before the Nth sync (1-based, counted from injection) is executed. */
  beforeSync: number;
  change: (wb: FakeWorkbook) => void;
}

export interface RuntimeKill {
  /**
   * The Nth sync (1-based, from injection) is executed by Excel, then the runtime dies before
   * hearing back: that sync and every later call of the runtime never return (no finally runs).
   */
  afterSync: number;
}

interface ArmedFailure extends FailureInjection {
  startOps: number;
  startSyncs: number;
}

/** Computes a formula's value when read (the fake does not calculate on its own). */
export type FormulaEvaluator = (formula: string, sheet: string, row: number, col: number) => FakeScalar;

/** Plain, comparable copy of everything a user could see in the workbook. */
export interface WorkbookSnapshot {
  sheets: Array<{
    id: string;
    name: string;
    visibility: string;
    cells: Array<[string, FakeScalar, string | null]>;
    numberFormats: Array<[string, string]>;
    styles: Array<[string, string]>;
    merges: CellRange[];
    columnWidths: Array<[number, number]>;
    rowHeights: Array<[number, number]>;
    autofitRows: number[];
    freeze: { rows: number; columns: number };
    pageLayout: unknown;
    tabColor: string;
  }>;
  activeSheet: string | null;
  selection: string | null;
  calculationMode: string;
  enableEvents: boolean;
  settings: string;
}


export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  activeSheetId: string | null = null;
  selection: { sheetId: string; range: CellRange } | null = null;
  calculationMode: "Automatic" | "AutomaticExceptTables" | "Manual" = "Automatic";
  enableEvents = true;
  /** Document settings as saved by Office.context.document.settings.saveAsync. */
  savedSettings: Record<string, unknown> = {};
  /** When set, settings.saveAsync fails with this error (a read-only document, say) and saves nothing. */
  settingsSaveError: { code: number; name: string; message: string } | null = null;
  /** Highest version supported per requirement set name. */
  apiSets: Record<string, string> = { ExcelApi: "1.17", ExcelApiOnline: "1.1" };
  limits = { requestBytes: FIVE_MB, responseBytes: FIVE_MB };
  readonly syncs: SyncRecord[] = [];
  operationCount = 0;
  evaluateFormula: FormulaEvaluator | null = null;
  /** Behaviours of particular hosts, off by default. */
  quirks = {
    /** PageLayout.zoom with horizontalFitToPages but no (or 0) verticalFitToPages is refused. */
    fitNeedsPagesTall: false,
  };
  /**
   * The add-in runtime currently alive: request contexts and Office namespaces made under an
   * older generation belong to a killed runtime and never get an answer again.
   */
  runtimeGeneration = 1;
  private failures: ArmedFailure[] = [];
  private remote: Array<RemoteChange & { at: number }> = [];
  private kills: Array<{ at: number }> = [];
  private nextId = 1;

  get syncCount(): number {
    return this.syncs.length;
  }

  /** Adds a sheet directly (test setup, not through the API): validates the name like Excel. */
  addSheet(name: string): FakeSheet {
    this.assertNewName(name, null);
    const sheet = newSheet(`{00000000-0001-0000-${String(this.nextId++).padStart(4, "0")}-000000000000}`, name);
    this.sheets.push(sheet);
    if (this.activeSheetId === null) this.activeSheetId = sheet.id;
    return sheet;
  }

  assertNewName(name: string, exceptId: string | null): void {
    const problem = sheetNameProblem(name);
    if (problem) throw new FakeOfficeError("InvalidArgument", `sheet name "${String(name)}": ${problem}`);
    const clash = this.sheets.find((s) => s.id !== exceptId && s.name.toLowerCase() === name.toLowerCase());
    if (clash) throw new FakeOfficeError("ItemAlreadyExists", `sheet name "${name}"`);
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheetById(id: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** The value a cell shows: formulas go through the evaluator when one is set. */
  valueAt(sheet: FakeSheet, row: number, col: number): FakeScalar {
    const cell = sheet.cells.get(cellKey(row, col));
    if (!cell) return "";
    if (cell.f !== undefined && this.evaluateFormula) return this.evaluateFormula(cell.f, sheet.name, row, col);
    return cell.v;
  }

  isSetSupported(name: string, version = "1.1"): boolean {
    const have = this.apiSets[name];
    if (!have) return false;
    const [a1 = 0, b1 = 0] = have.split(".").map(Number);
    const [a2 = 0, b2 = 0] = version.split(".").map(Number);
    return a1 > a2 || (a1 === a2 && b1 >= b2);
  }

  injectFailure(failure: FailureInjection): void {
    this.failures.push({ ...failure, startOps: this.operationCount, startSyncs: this.syncs.length });
  }

  /** A co-author's change (or any outside edit) lands between two syncs of the code under test. */
  injectRemoteChange(change: RemoteChange): void {
    this.remote.push({ ...change, at: this.syncs.length + change.beforeSync });
  }

  /** Kills the add-in runtime after a sync (see RuntimeKill). A new installFakeOffice is a new runtime. */
  injectKill(kill: RuntimeKill): void {
    this.kills.push({ at: this.syncs.length + kill.afterSync });
  }

  /** Called by a request context before it executes a sync: outside changes that are due land first. */
  beforeSync(): void {
    const next = this.syncs.length + 1;
    const due = this.remote.filter((r) => r.at === next);
    this.remote = this.remote.filter((r) => r.at !== next);
    for (const r of due) r.change(this);
  }

  /** Called after a sync was executed; true when the runtime dies now. */
  afterSync(): boolean {
    const i = this.kills.findIndex((k) => k.at === this.syncs.length);
    if (i < 0) return false;
    this.kills.splice(i, 1);
    this.runtimeGeneration++;
    return true;
  }

  clearFailures(): void {
    this.failures = [];
  }

  resetStats(): void {
    this.syncs.length = 0;
    this.operationCount = 0;
  }

  /** Called by the request context before each action; throws when an injected failure is due. */
  beforeAction(name: string, indexInSync: number): void {
    this.operationCount++;
    const info: OperationInfo = { index: this.operationCount, sync: this.syncs.length, name };
    const due = this.failures.findIndex((f) => {
      if (f.atSync !== undefined) {
        return this.syncs.length - f.startSyncs === f.atSync && indexInSync === (f.atOperation ?? 1);
      }
      if (f.atOperation !== undefined) return this.operationCount - f.startOps === f.atOperation;
      return f.match ? f.match(info) : false;
    });
    if (due >= 0) {
      const [f] = this.failures.splice(due, 1);
      throw new FakeOfficeError(f!.code ?? "GeneralException", `injected failure at ${name} (#${info.index})`);
    }
  }

  snapshot(): WorkbookSnapshot {
    const a1 = (key: number): string => `${keyRow(key)},${keyCol(key)}`;
    const sortByKey = <T>(entries: Array<[number, T]>): Array<[number, T]> => entries.sort((x, y) => x[0] - y[0]);
    return {
      sheets: this.sheets.map((s) => ({
        id: s.id,
        name: s.name,
        visibility: s.visibility,
        cells: sortByKey([...s.cells.entries()]).map(([k, c]) => [a1(k), c.v, c.f ?? null]),
        numberFormats: sortByKey([...s.numberFormats.entries()]).map(([k, f]) => [a1(k), f]),
        styles: sortByKey([...s.styles.entries()]).map(([k, st]) => [a1(k), JSON.stringify(st)]),
        merges: s.merges.map((m) => ({ ...m })),
        columnWidths: [...s.columnWidths.entries()].sort((x, y) => x[0] - y[0]),
        rowHeights: [...s.rowHeights.entries()].sort((x, y) => x[0] - y[0]),
        autofitRows: [...s.autofitRows].sort((x, y) => x - y),
        freeze: { ...s.freeze },
        pageLayout: JSON.parse(JSON.stringify(s.pageLayout)) as unknown,
        tabColor: s.tabColor,
      })),
      activeSheet: this.activeSheetId,
      selection: this.selection ? JSON.stringify(this.selection) : null,
      calculationMode: this.calculationMode,
      enableEvents: this.enableEvents,
      settings: JSON.stringify(this.savedSettings),
    };
  }
}
