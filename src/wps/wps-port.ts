/**
 * The WPS 表格 implementation of WorkbookPort (third port, beside src/excel and src/node), plus
 * the task pane's other workbook needs (select a cell, add template sheets).
 *
 * Reading: one Value2 call per sheet for the values, number formats and merges by halving
 * (see read-sheet.ts).
 *
 * Writing is all or nothing as far as WPS allows (no transactions, and every call acts at
 * once): output sheets are built completely under temporary names, then the swap renames the
 * previous outputs aside, renames the new ones into place, moves each to its previous one's
 * position, and only then deletes the previous ones. A failure before the first delete is
 * rolled back (new sheets deleted, renamed sheets renamed back, the active sheet given back),
 * leaving the workbook as it was; a failure after it is rolled forward (the remaining
 * previous outputs deleted), leaving the complete new result.
 *
 * While writing, DisplayAlerts is off (otherwise Worksheet.Delete asks the user, and a
 * "cancel" would leave the old sheet in place), and so are screen updating, events and
 * automatic calculation; all four are restored in every case. Input sheets are never
 * written: only sheets this write created, and the previous outputs it replaces, are touched.
 */
import type { WorkbookPort } from "../app/port";
import type { CellRef, Grid } from "../engine/light";
import { a1 } from "../engine/light";
import { OUTPUT_SHEET_NAMES, type OutputPlan, type PlannedSheet } from "../engine/light";
import { sheetNameProblem } from "../excel/excel-port";
import { XL } from "./constants";
import { globalWpsHost, type WpsHost } from "./host";
import { readSheet } from "./read-sheet";
import type { ReadWarning } from "../app/read-cap";
import { writeSheet } from "./write-sheet";

export interface WpsPortOptions {
  host?: WpsHost;
  /** Sheets applyPlan may create or replace; the output sheets unless given. */
  writableSheets?: readonly string[];
}

interface HostState {
  displayAlerts: boolean;
  screenUpdating: boolean;
  enableEvents: boolean;
  calculation: number;
}

/** What this write has done so far, kept up to date call by call, so recovery knows what to undo. */
interface Ledger {
  /** Current names of the sheets this write added. */
  created: string[];
  /** Previous outputs set aside: their original and current names, and visibility. */
  aside: Array<{ original: string; current: string; visible: number; deleted: boolean }>;
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function sheetsOf(app: Et.Application): Et.Sheets {
  return app.ActiveWorkbook.Worksheets;
}

function findSheet(app: Et.Application, name: string): Et.Worksheet | null {
  const sheets = sheetsOf(app);
  for (let i = 1; i <= sheets.Count; i++) {
    const ws = sheets.Item(i) as Et.Worksheet;
    if (sameName(ws.Name, name)) return ws;
  }
  return null;
}

function sheetNames(app: Et.Application): string[] {
  const sheets = sheetsOf(app);
  const out: string[] = [];
  for (let i = 1; i <= sheets.Count; i++) out.push((sheets.Item(i) as Et.Worksheet).Name);
  return out;
}

/** Sheet names no sheet has (case-insensitively): where new sheets are built and old ones set aside. */
function temporaryNames(existing: string[], count: number): { building: string[]; aside: string[] } {
  const taken = (n: string): boolean => existing.some((e) => sameName(e, n));
  for (let run = 1; ; run++) {
    const tag = run === 1 ? "" : `${run}-`;
    const building = Array.from({ length: count }, (_, i) => `~zipin-new-${tag}${i + 1}`);
    const aside = Array.from({ length: count }, (_, i) => `~zipin-old-${tag}${i + 1}`);
    if (![...building, ...aside].some(taken)) return { building, aside };
  }
}

export class WpsPort implements WorkbookPort {
  private readonly host: WpsHost;
  private readonly writable: readonly string[];
  /** What the last readGrid left out (sheets past the read cap), naming sheet and cells. */
  readWarnings: ReadWarning[] = [];

  constructor(options: WpsPortOptions = {}) {
    this.host = options.host ?? globalWpsHost();
    this.writable = options.writableSheets ?? Object.values(OUTPUT_SHEET_NAMES);
  }

  readGrid(): Promise<Grid> {
    return Promise.resolve().then(() => {
      const sheets = sheetsOf(this.host.application());
      const grid: Grid = { sheets: [] };
      const warnings: ReadWarning[] = [];
      for (let i = 1; i <= sheets.Count; i++) {
        const read = readSheet(sheets.Item(i) as Et.Worksheet, i - 1);
        grid.sheets.push(read.sheet);
        if (read.warning) warnings.push(read.warning);
      }
      this.readWarnings = warnings;
      return grid;
    });
  }

  applyPlan(plan: OutputPlan): Promise<void> {
    return Promise.resolve().then(() => {
      for (const s of plan.sheets) {
        if (!this.writable.some((w) => sameName(w, s.name))) {
          throw new Error(`applyPlan: "${s.name}" is not an output sheet; refusing to write it`);
        }
      }
      this.writeSheets(plan.sheets, "replace");
    });
  }

  /** Adds the plan's sheets whose names are not in the workbook yet; returns the names added. */
  addSheetsIfAbsent(plan: OutputPlan): Promise<string[]> {
    return Promise.resolve().then(() => this.writeSheets(plan.sheets, "create"));
  }

  /** Activates the cell's sheet and selects the cell; false when the sheet is gone or hidden. */
  selectCell(ref: CellRef): Promise<boolean> {
    return Promise.resolve().then(() => {
      const ws = findSheet(this.host.application(), ref.sheet);
      if (!ws || ws.Visible !== XL.sheetVisible) return false;
      // Range.Select works only on the active sheet.
      ws.Activate();
      ws.Range(a1(ref.row, ref.col)).Select();
      return true;
    });
  }

  private writeSheets(planned: PlannedSheet[], mode: "replace" | "create"): string[] {
    const seen: string[] = [];
    for (const s of planned) {
      const problem = sheetNameProblem(s.name);
      if (problem) throw new Error(`sheet name "${s.name}" ${problem}`);
      if (seen.some((n) => sameName(n, s.name))) throw new Error(`sheet "${s.name}" appears twice in the plan`);
      seen.push(s.name);
    }
    const app = this.host.application();
    const before = sheetNames(app);
    const targets = mode === "create" ? planned.filter((s) => !before.some((b) => sameName(b, s.name))) : planned;
    if (targets.length === 0) return [];
    const activeName = (app.ActiveSheet as Et.Worksheet | null)?.Name ?? null;
    const saved: HostState = {
      displayAlerts: app.DisplayAlerts,
      screenUpdating: app.ScreenUpdating,
      enableEvents: app.EnableEvents,
      calculation: app.Calculation,
    };
    const names = temporaryNames(before, targets.length);
    const ledger: Ledger = { created: [], aside: [] };
    try {
      app.DisplayAlerts = false;
      app.ScreenUpdating = false;
      app.EnableEvents = false;
      app.Calculation = XL.calculationManual as Et.XlCalculation;
      targets.forEach((t, i) => {
        const sheets = sheetsOf(app);
        // Added after the last sheet; Add makes it the active sheet, which writeSheet relies on.
        const ws = sheets.Add(undefined, sheets.Item(sheets.Count)) as Et.Worksheet;
        ledger.created.push(ws.Name);
        ws.Name = names.building[i]!;
        ledger.created[ledger.created.length - 1] = ws.Name;
        ws.Activate();
        writeSheet(app, ws, t);
      });
      this.swap(app, targets, names, ledger);
      const back = activeName && findSheet(app, activeName);
      if (back) back.Activate();
      restoreHost(app, saved);
    } catch (e) {
      try {
        recover(app, ledger, activeName, saved);
      } catch {
        // Best effort: the original error is the one to report.
      }
      throw e;
    }
    return targets.map((t) => t.name);
  }

  private swap(app: Et.Application, targets: PlannedSheet[], names: { building: string[]; aside: string[] }, ledger: Ledger): void {
    targets.forEach((t, i) => {
      const previous = findSheet(app, t.name);
      if (!previous) return;
      const entry = { original: previous.Name, current: previous.Name, visible: previous.Visible as number, deleted: false };
      ledger.aside.push(entry);
      previous.Name = names.aside[i]!;
      entry.current = previous.Name;
    });
    targets.forEach((t, i) => {
      const ws = findSheet(app, names.building[i]!)!;
      ws.Name = t.name;
      ledger.created[i] = t.name;
    });
    // Each new sheet takes its previous one's place: moved just before it, so once the
    // previous one is deleted every other sheet is where it was.
    targets.forEach((t, i) => {
      const previous = findSheet(app, names.aside[i]!);
      if (previous) findSheet(app, t.name)!.Move(previous);
    });
    // The only steps that cannot be undone come last.
    for (const entry of ledger.aside) {
      deleteSheet(findSheet(app, entry.current)!);
      entry.deleted = true;
    }
  }
}

/** WPS refuses to delete a very hidden sheet: make it merely hidden first. */
function deleteSheet(ws: Et.Worksheet): void {
  if (ws.Visible === XL.sheetVeryHidden) ws.Visible = XL.sheetHidden as Et.XlSheetVisibility;
  ws.Delete();
}

function restoreHost(app: Et.Application, saved: HostState): void {
  app.Calculation = saved.calculation as Et.XlCalculation;
  app.EnableEvents = saved.enableEvents;
  app.ScreenUpdating = saved.screenUpdating;
  app.DisplayAlerts = saved.displayAlerts;
}

/**
 * After a failed write: if a previous output is already deleted the swap had committed, so
 * finish it (delete the previous outputs still set aside); otherwise undo it (delete every
 * sheet this write added, give the previous outputs back their names and visibility, and the
 * active sheet back). Then restore the host's state.
 */
function recover(app: Et.Application, ledger: Ledger, activeName: string | null, saved: HostState): void {
  app.DisplayAlerts = false;
  const committed = ledger.aside.some((a) => a.deleted);
  if (committed) {
    for (const a of ledger.aside) {
      const ws = a.deleted ? null : findSheet(app, a.current);
      if (ws) deleteSheet(ws);
    }
  } else {
    // The ledger's names are current: each names a sheet this write added, nothing else.
    for (const name of ledger.created) findSheet(app, name)?.Delete();
    for (const a of ledger.aside) {
      const ws = findSheet(app, a.current);
      if (!ws) continue;
      if (a.current !== a.original) ws.Name = a.original;
      if (ws.Visible !== a.visible) ws.Visible = a.visible as Et.XlSheetVisibility;
    }
  }
  if (activeName) findSheet(app, activeName)?.Activate();
  restoreHost(app, saved);
}
