/**
 * Stands in for office.js in the browser tests: installs the fake Excel/Office globals over a
 * fake workbook built from the grid the test injected (window.__ZIPIN_HOST__, set by
 * page.addInitScript before any page script runs), and exposes the workbook to the test as
 * window.__zipinFake. Bundled by esbuild in the test's beforeAll (see support/office-stub.ts).
 */
import type { Grid } from "../../../src/engine/grid";
import { fakeWorkbookFromGrid, formatAddress, gridFromFakeWorkbook, installFakeOffice } from "../../fake-excel";
import type { WorkbookSnapshot } from "../../fake-excel";
import type { ActionCall, DialogCall, FakeHostHandle, HostConfig } from "./host-types";

declare global {
  interface Window {
    __ZIPIN_HOST__?: HostConfig;
    __zipinFake?: FakeHostHandle;
  }
}

const config = window.__ZIPIN_HOST__;
if (!config) throw new Error("office.js stub: window.__ZIPIN_HOST__ was not set by the test");

if (config.failAtStart) {
  const message = config.failAtStart;
  Object.defineProperty(document, "title", {
    configurable: true,
    set: () => {
      throw new Error(message);
    },
  });
}

const wb = fakeWorkbookFromGrid(config.grid);
wb.savedSettings = { ...(config.settings ?? {}) };
const first = wb.sheets[0];
if (first) {
  wb.activeSheetId = first.id;
  wb.selection = { sheetId: first.id, range: { top: 0, left: 0, bottom: 0, right: 0 } };
}
const installed = installFakeOffice(wb, { displayLanguage: config.displayLanguage });

const dialogs: DialogCall[] = [];
const actionCalls: ActionCall[] = [];
installDialogFake(installed.Office as unknown as Record<string, unknown>, dialogs);

window.__zipinFake = {
  snapshot: (): WorkbookSnapshot => wb.snapshot(),
  grid: (formulas: boolean): Grid => gridFromFakeWorkbook(wb, { formulas, numberFormats: false }),
  sheetNames: () => wb.sheets.map((s) => s.name),
  selection: () => {
    const sel = wb.selection;
    const sheet = sel ? wb.sheetById(sel.sheetId) : undefined;
    return sel && sheet ? formatAddress(sheet.name, sel.range) : null;
  },
  activeSheet: () => (wb.activeSheetId ? (wb.sheetById(wb.activeSheetId)?.name ?? null) : null),
  syncCount: () => wb.syncCount,
  associatedActions: () => [...installed.Office.associated.keys()],
  actionCalls,
  invokeAction: (name: string) => {
    const action = installed.Office.associated.get(name);
    if (!action) throw new Error(`no action associated with "${name}"`);
    const record: ActionCall = { name, completed: 0, options: [], error: null };
    actionCalls.push(record);
    const event = {
      source: { id: name },
      completed: (options?: unknown) => {
        record.completed += 1;
        record.options.push(options ?? null);
      },
    };
    // A handler that throws or rejects is a bug the test must see, not an unhandled rejection.
    Promise.resolve()
      .then(() => action(event))
      .catch((e: unknown) => {
        record.error = e instanceof Error ? e.message : String(e);
      });
    return actionCalls.length - 1;
  },
  dialogs,
};

/**
 * Office.context.ui.displayDialogAsync as the ribbon command uses it, unless the fake has its
 * own: records each call, and lets the test "close" the dialog by sending the message the
 * dialog page would send.
 */
function installDialogFake(office: Record<string, unknown>, calls: DialogCall[]): void {
  const context = office.context as Record<string, unknown>;
  const existing = context.ui as { displayDialogAsync?: unknown } | undefined;
  if (existing?.displayDialogAsync) return;
  office.EventType ??= { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" };
  context.ui = {
    displayDialogAsync(url: string, options: unknown, callback: (r: unknown) => void) {
      const handlers = new Map<string, (arg: unknown) => void>();
      const call: DialogCall = {
        url,
        options: JSON.parse(JSON.stringify(options ?? null)) as unknown,
        closed: false,
        message: (message: string) => handlers.get("dialogMessageReceived")?.({ message, origin: window.location.origin }),
        closeByUser: () => handlers.get("dialogEventReceived")?.({ error: 12006 }),
      };
      calls.push(call);
      const dialog = {
        addEventHandler: (type: string, handler: (arg: unknown) => void) => handlers.set(type, handler),
        close: () => {
          call.closed = true;
        },
        messageChild: () => undefined,
      };
      setTimeout(() => callback({ status: "succeeded", value: dialog }), 0);
    },
  };
}
