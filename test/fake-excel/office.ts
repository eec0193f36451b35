/**
 * The `Excel`, `Office` and `OfficeExtension` globals over one FakeWorkbook: what office.js
 * would provide to the task pane and ribbon commands. Browser-safe, so a headless browser
 * test can bundle it as the office.js stub.
 */
import { FakeRequestContext } from "./api";
import { FakeOfficeError } from "./errors";
import type { FakeWorkbook } from "./workbook";

export interface FakeExcelNamespace {
  run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  RequestContext: new () => FakeRequestContext;
  CalculationMode: { automatic: "Automatic"; automaticExceptTables: "AutomaticExceptTables"; manual: "Manual" };
  SheetVisibility: { visible: "Visible"; hidden: "Hidden"; veryHidden: "VeryHidden" };
  ChartType: Record<string, string>;
  ChartSeriesBy: Record<string, string>;
  ChartLegendPosition: Record<string, string>;
  ChartAxisPosition: Record<string, string>;
  ErrorCodes: Record<string, string>;
}

export function createFakeExcel(wb: FakeWorkbook): FakeExcelNamespace {
  return {
    async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
      const context = new FakeRequestContext(wb);
      const result = await batch(context);
      // Excel.run sends whatever the batch left queued.
      await context.sync();
      return result;
    },
    RequestContext: class extends FakeRequestContext {
      constructor() {
        super(wb);
      }
    },
    CalculationMode: { automatic: "Automatic", automaticExceptTables: "AutomaticExceptTables", manual: "Manual" },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    // The chart enums Zipin uses (their values are the strings office.js sends).
    ChartType: { columnClustered: "ColumnClustered", barClustered: "BarClustered" },
    ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
    ChartLegendPosition: { bottom: "Bottom", top: "Top", left: "Left", right: "Right" },
    ChartAxisPosition: { automatic: "Automatic", maximum: "Maximum", minimum: "Minimum", custom: "Custom" },
    ErrorCodes: Object.fromEntries(
      [
        "ApiNotFound",
        "GeneralException",
        "InvalidArgument",
        "InvalidOperation",
        "InvalidReference",
        "ItemAlreadyExists",
        "ItemNotFound",
        "PropertyNotLoaded",
        "RangeExceedsLimit",
        "RequestPayloadSizeLimitExceeded",
        "ResponsePayloadSizeLimitExceeded",
      ].map((c) => [c[0]!.toLowerCase() + c.slice(1), c]),
    ),
  };
}

export interface AsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error?: { code: number; name: string; message: string };
}

export interface FakeOfficeOptions {
  /** "zh-CN", "en-US"…; default "zh-CN". */
  displayLanguage?: string;
  /** What Office.onReady reports: "Excel" inside Excel, null in a plain browser. Default "Excel". */
  host?: "Excel" | null;
  platform?: "PC" | "Mac" | "OfficeOnline" | null;
}

export interface FakeSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(...args: unknown[]): void;
  refreshAsync(callback?: (r: AsyncResult<FakeSettings>) => void): void;
}

export interface FakeOfficeNamespace {
  HostType: { Excel: "Excel" };
  PlatformType: { PC: "PC"; Mac: "Mac"; OfficeOnline: "OfficeOnline" };
  AsyncResultStatus: { Succeeded: "succeeded"; Failed: "failed" };
  onReady(callback?: (info: { host: string | null; platform: string | null }) => void): Promise<{ host: string | null; platform: string | null }>;
  context: {
    displayLanguage: string;
    contentLanguage: string;
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    document: { settings: FakeSettings };
  };
  actions: { associate(name: string, action: (...args: unknown[]) => unknown): void };
  /** Test access: the functions registered with Office.actions.associate. */
  associated: Map<string, (...args: unknown[]) => unknown>;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export function createFakeOffice(wb: FakeWorkbook, options: FakeOfficeOptions = {}): FakeOfficeNamespace {
  // Like Office: settings are an in-memory copy, written into the document only by saveAsync.
  let live: Record<string, unknown> = clone(wb.savedSettings);
  const generation = wb.runtimeGeneration;
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const info = {
    host: options.host === undefined ? "Excel" : options.host,
    platform: options.platform === undefined ? "OfficeOnline" : options.platform,
  };
  const settings: FakeSettings = {
    get: (name) => (name in live ? clone(live[name]) : null),
    set: (name, value) => {
      live[name] = clone(value);
    },
    remove: (name) => {
      delete live[name];
    },
    saveAsync: (...args) => {
      const callback = args.find((a): a is (r: AsyncResult<void>) => void => typeof a === "function");
      // A killed runtime saves nothing and hears nothing back.
      if (wb.runtimeGeneration !== generation) return;
      const error = wb.settingsSaveError;
      if (!error) wb.savedSettings = clone(live);
      const result: AsyncResult<void> = error ? { status: "failed", value: undefined, error: { ...error } } : { status: "succeeded", value: undefined };
      setTimeout(() => callback?.(result), 0);
    },
    refreshAsync: (callback) => {
      if (wb.runtimeGeneration !== generation) return;
      live = clone(wb.savedSettings);
      setTimeout(() => callback?.({ status: "succeeded", value: settings }), 0);
    },
  };
  return {
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady(callback) {
      return new Promise((resolve) =>
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 0),
      );
    },
    context: {
      displayLanguage: options.displayLanguage ?? "zh-CN",
      contentLanguage: options.displayLanguage ?? "zh-CN",
      requirements: { isSetSupported: (name, minVersion) => wb.isSetSupported(name, minVersion === undefined ? "1.1" : String(minVersion)) },
      document: { settings },
    },
    actions: {
      associate: (name, action) => {
        associated.set(name, action);
      },
    },
    associated,
  };
}

export interface InstalledFakeOffice {
  Excel: FakeExcelNamespace;
  Office: FakeOfficeNamespace;
  /** Removes the globals again (restoring what was there). */
  uninstall(): void;
}

/** Puts Excel, Office and OfficeExtension on `target` (globalThis by default). */
export function installFakeOffice(
  wb: FakeWorkbook,
  options: FakeOfficeOptions = {},
  target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
): InstalledFakeOffice {
  const before = { Excel: target.Excel, Office: target.Office, OfficeExtension: target.OfficeExtension };
  const Excel = createFakeExcel(wb);
  const Office = createFakeOffice(wb, options);
  target.Excel = Excel;
  target.Office = Office;
  target.OfficeExtension = { Error: FakeOfficeError, ErrorCodes: Excel.ErrorCodes };
  return {
    Excel,
    Office,
    uninstall: () => {
      for (const [k, v] of Object.entries(before)) {
        if (v === undefined) delete target[k];
        else target[k] = v;
      }
    },
  };
}
