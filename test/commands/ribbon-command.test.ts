/**
 * The ribbon's Evaluate button end to end in jest: commands.ts registered through the fake
 * Office (test/fake-excel), the real ExcelPort on the fake workbook holding the bundled
 * example, the outcome dialog opened through a stub of Office.context.ui.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FakeWorkbook, gridFromFakeWorkbook, installFakeOffice } from "../fake-excel";
import type { InstalledFakeOffice } from "../fake-excel";
import { fakeWorkbookFromXlsx } from "../fake-excel/xlsx";
import { OUTPUT_SHEET_NAMES, runEngine } from "../../src/engine";
import { messageFromUrl } from "../../src/dialog/message";
import type { DialogMessage } from "../../src/dialog/message";
import { asOfficeOpensIt, settle } from "./office-dialog-stub";
import { SETTINGS_KEY } from "../../src/app/pane-settings";

jest.setTimeout(60_000);

const EXAMPLE = join(__dirname, "..", "..", "examples", "paitan-2023.xlsx");
const COMMANDS_PAGE = "https://localhost:3000/commands.html";

interface Ribbon {
  office: InstalledFakeOffice;
  /** Clicks the button; resolves when the handler has returned. */
  click(): { done: Promise<unknown>; completed: jest.Mock };
  /** Waits for the dialog and returns its message, leaving it open. */
  readDialog(): Promise<DialogMessage>;
  /** The user clicks Close in the dialog (its page sends "close"). */
  closeDialog(): void;
  /** Both of the above. */
  readAndCloseDialog(): Promise<DialogMessage>;
  dialogsOpened(): number;
  uninstall(): void;
}

/** Installs the fake Office over `wb`, adds the dialog API the fake leaves out, and loads commands.ts. */
async function ribbonOver(wb: FakeWorkbook, displayLanguage: string, dialogOpens = true): Promise<Ribbon> {
  const office = installFakeOffice(wb, { displayLanguage });
  const opened: string[] = [];
  let onMessage: ((arg: { message: string }) => void) | null = null;
  Object.assign(office.Office as object, {
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
  });
  Object.assign(office.Office.context, {
    ui: {
      displayDialogAsync(url: string, _options: unknown, callback: (r: unknown) => void) {
        opened.push(url);
        const dialog = {
          addEventHandler: (type: string, h: (arg: { message: string }) => void) => {
            if (type === "dialogMessageReceived") onMessage = h;
          },
          close: () => undefined,
        };
        setTimeout(() =>
          callback(dialogOpens ? { status: "succeeded", value: dialog } : { status: "failed", error: { code: 12007, message: "already open" } }),
        );
      },
    },
  });
  (globalThis as { window?: unknown }).window = { location: { href: COMMANDS_PAGE } };
  await jest.isolateModulesAsync(async () => {
    await import("../../src/commands/commands");
  });
  await settle(); // Office.onReady
  const readDialog = async (): Promise<DialogMessage> => {
    // Reading, evaluating and writing the example takes ~2 s, more on a loaded machine.
    for (let i = 0; i < 3_000 && !onMessage; i++) await new Promise((r) => setTimeout(r, 10));
    if (!onMessage) throw new Error("no dialog was opened");
    // Read the way the dialog page reads it: from the address Office loads, parameters added.
    const message = messageFromUrl(asOfficeOpensIt(opened[opened.length - 1]!));
    if (!message) throw new Error("the dialog URL holds no message");
    return message;
  };
  const closeDialog = (): void => {
    if (!onMessage) throw new Error("no dialog is open");
    onMessage({ message: "close" });
  };
  return {
    office,
    click() {
      const completed = jest.fn();
      const handler = office.Office.associated.get("evaluate");
      if (!handler) throw new Error("commands.ts registered no 'evaluate' handler");
      return { done: Promise.resolve(handler({ completed })), completed };
    },
    readDialog,
    closeDialog,
    async readAndCloseDialog() {
      const message = await readDialog();
      closeDialog();
      return message;
    },
    dialogsOpened: () => opened.length,
    uninstall() {
      office.uninstall();
      delete (globalThis as { window?: unknown }).window;
    },
  };
}

async function exampleWorkbook(): Promise<FakeWorkbook> {
  return fakeWorkbookFromXlsx(new Uint8Array(readFileSync(EXAMPLE)));
}

describe("the Evaluate ribbon button on the bundled example", () => {
  let ribbon: Ribbon | null = null;
  afterEach(() => {
    ribbon?.uninstall();
    ribbon = null;
  });

  it("writes both output sheets, shows total 92 and grade 优, and completes only after the dialog closes", async () => {
    const wb = await exampleWorkbook();
    // The same warnings the command line reports for the same cells (the engine is the oracle for the count only).
    const engine = runEngine(gridFromFakeWorkbook(wb));
    if (!engine.ok) throw new Error("the example must evaluate");
    const warnings = engine.evaluation.checks.filter((c) => c.severity === "warning").length;

    ribbon = await ribbonOver(wb, "zh-CN");
    const { done, completed } = ribbon.click();
    const message = await ribbon.readDialog();
    await settle();
    // Office may unload the function file (and its dialog) once the event completes.
    expect(completed).not.toHaveBeenCalled();
    ribbon.closeDialog();
    await done;
    expect(completed).toHaveBeenCalledTimes(1);

    // 92 = 产出 42/50 + 效益 50/50 (test/e2e/paitan-example.test.ts), 优 from 90 up.
    expect(message).toEqual({
      lang: "zh",
      kind: "success",
      title: "评价完成",
      lines: ["总分 92 分，等级：优", warnings ? `${warnings} 条提示，请打开面板查看` : "没有提示", "结果已写入“绩效自评结果”“自评报告”和“计算依据”工作表。"],
    });
    expect(wb.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([OUTPUT_SHEET_NAMES.summary, OUTPUT_SHEET_NAMES.report]));
  });

  it("uses the settings saved in the workbook: writeFormulas false writes values only", async () => {
    const formulasIn = async (saved: Record<string, unknown>): Promise<number> => {
      const wb = await exampleWorkbook();
      wb.savedSettings = saved;
      ribbon = await ribbonOver(wb, "en-US");
      const { done } = ribbon.click();
      const message = await ribbon.readAndCloseDialog();
      await done;
      ribbon.uninstall();
      ribbon = null;
      expect(message.kind).toBe("success");
      expect(message.lines[0]).toBe("Total score 92, grade 优 (excellent)");
      const summary = wb.sheets.find((s) => s.name === OUTPUT_SHEET_NAMES.summary)!;
      return [...summary.cells.values()].filter((c) => c.f !== undefined).length;
    };
    expect(await formulasIn({})).toBeGreaterThan(0); // the engine's default: live formulas
    expect(await formulasIn({ [SETTINGS_KEY]: { writeFormulas: false } })).toBe(0);
  });
});

describe("the Evaluate ribbon button when it cannot evaluate", () => {
  let ribbon: Ribbon | null = null;
  afterEach(() => {
    ribbon?.uninstall();
    ribbon = null;
  });

  it("lists the errors in English and leaves the workbook exactly as it was", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1");
    const before = wb.snapshot();
    ribbon = await ribbonOver(wb, "en-US");
    const { done, completed } = ribbon.click();
    const message = await ribbon.readAndCloseDialog();
    await done;
    expect(completed).toHaveBeenCalledTimes(1);
    expect(message.kind).toBe("errors");
    expect(message.title).toBe("Could not evaluate: please fix these first");
    expect(message.lines[0]).toMatch(/^No budget table found/);
    expect(message.note).toBe("The workbook was not changed.");
    expect(wb.snapshot()).toEqual(before);
  });

  it("completes the event, and lets no rejection escape, when the dialog cannot open (12007)", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1");
    ribbon = await ribbonOver(wb, "zh-CN", false);
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { done, completed } = ribbon.click();
    // The handler's promise settles normally: a rejection would be an unhandled one in Office.
    await expect(done).resolves.toBeUndefined();
    expect(completed).toHaveBeenCalledTimes(1);
    expect(ribbon.dialogsOpened()).toBe(1);
    expect(String(logged.mock.calls[0]?.[1])).toContain("The dialog could not be opened: already open (12007)");
    logged.mockRestore();
  });

  it("completes the event before Office's time limit even if the dialog stays open", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1");
    ribbon = await ribbonOver(wb, "zh-CN");
    jest.useFakeTimers({ doNotFake: ["setImmediate", "nextTick", "queueMicrotask"] });
    try {
      const { done, completed } = ribbon.click();
      for (let i = 0; i < 50 && ribbon.dialogsOpened() === 0; i++) await jest.advanceTimersByTimeAsync(10);
      expect(ribbon.dialogsOpened()).toBe(1);
      expect(completed).not.toHaveBeenCalled();
      await jest.advanceTimersByTimeAsync(4.5 * 60 * 1000);
      expect(completed).toHaveBeenCalledTimes(1);
      ribbon.closeDialog();
      await done;
      expect(completed).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });
});
