/**
 * Stands in for WPS 表格 in the browser tests: installs the fake WPS object model (test/fake-wps)
 * as the `Application` and `wps` globals of an add-in page, over a workbook built from the
 * grid the test injected (window.__ZIPIN_HOST__), and exposes the workbook as
 * window.__zipinWps. The add-in root's CreateTaskPane / GetTaskPane / ShowDialog /
 * PluginStorage are recorded, not opened. Bundled by esbuild in the test (wps-taskpane.test.ts).
 */
import type { Grid } from "../../../src/engine/grid";
import { a1 } from "../../../src/engine/grid";
import { FakeWpsFiles, fakeWpsFromGrid, gridFromFakeWps } from "../../fake-wps";
import type { HostConfig } from "./host-types";

export interface WpsFakeHandle {
  grid(formulas: boolean, numberFormats: boolean): Grid;
  sheetNames(): string[];
  activeSheet(): string | null;
  /** "A1" of the selection's top-left cell. */
  selection(): string | null;
  prompts(): string[];
  host(): { displayAlerts: boolean; calculation: number; enableEvents: boolean; screenUpdating: boolean };
  taskPanes: Array<{ url: string; title: string; visible: boolean; id: number }>;
  dialogs: Array<{ url: string; title: string; width: number; height: number; modal: boolean }>;
  /** Files the add-in wrote through wps.FileSystem: path and bytes. */
  files(): Array<{ path: string; bytes: number[] }>;
  /** Makes wps.FileSystem / wps.Env absent, as in a WPS without them. */
  dropFileSystem(): void;
}

declare global {
  interface Window {
    __ZIPIN_HOST__?: HostConfig;
    __zipinWps?: WpsFakeHandle;
  }
}

const config = window.__ZIPIN_HOST__;
if (!config) throw new Error("WPS stub: window.__ZIPIN_HOST__ was not set by the test");

const book = fakeWpsFromGrid(config.grid);
// WPS's UI language (LanguageSettings.LanguageID(msoLanguageIDUI)), which the pane follows.
book.uiLanguageId = config.displayLanguage.toLowerCase().startsWith("zh") ? 2052 : 1033;
const app = book.application();
const storage = new Map<string, string>();
const taskPanes: WpsFakeHandle["taskPanes"] = [];
const dialogs: WpsFakeHandle["dialogs"] = [];
const disk = new FakeWpsFiles();
let withFileSystem = true;

const root = Object.assign(Object.create(app) as object, {
  CreateTaskPane(url: string, title = "") {
    const pane = { url, title, visible: false, id: taskPanes.length + 1 };
    taskPanes.push(pane);
    return paneObject(pane);
  },
  GetTaskPane(id: number) {
    const pane = taskPanes.find((p) => p.id === id);
    if (!pane) throw new Error("无效的任务窗格 ID");
    return paneObject(pane);
  },
  ShowDialog(url: string, title = "", width = 0, height = 0, modal = true) {
    dialogs.push({ url, title, width, height, modal });
  },
  PluginStorage: {
    setItem: (k: string, v: unknown) => void storage.set(k, String(v)),
    getItem: (k: string) => storage.get(k) ?? null,
  },
});

// Getters, so dropFileSystem() takes effect (Object.assign would copy their values once).
Object.defineProperty(root, "FileSystem", { get: () => (withFileSystem ? disk.fileSystem : undefined) });
Object.defineProperty(root, "Env", { get: () => (withFileSystem ? disk.env : undefined) });

function paneObject(pane: WpsFakeHandle["taskPanes"][number]) {
  return {
    get ID() {
      return pane.id;
    },
    get Visible() {
      return pane.visible;
    },
    set Visible(v: boolean) {
      pane.visible = v;
    },
    DockPosition: 0,
  };
}

Object.defineProperty(window, "Application", { value: app, configurable: true });
Object.defineProperty(window, "wps", { value: root, configurable: true });

window.__zipinWps = {
  grid: (formulas, numberFormats) => gridFromFakeWps(book, { formulas, numberFormats }),
  sheetNames: () => book.sheets.map((s) => s.name),
  activeSheet: () => (book.activeUid === null ? null : (book.sheetByUid(book.activeUid)?.name ?? null)),
  selection: () => {
    const sel = book.selection;
    const s = sel ? book.sheetByUid(sel.uid) : undefined;
    return sel && s ? `${s.name}!${a1(sel.range.top, sel.range.left)}` : null;
  },
  prompts: () => [...book.prompts],
  host: () => ({ displayAlerts: book.displayAlerts, calculation: book.calculation, enableEvents: book.enableEvents, screenUpdating: book.screenUpdating }),
  taskPanes,
  dialogs,
  files: () => [...disk.files].map(([path, b]) => ({ path, bytes: [...b] })),
  dropFileSystem: () => {
    withFileSystem = false;
  },
};
