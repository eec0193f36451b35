/**
 * The Office.js port against Excel's documented behaviour that the plain fake did not show
 * (issue 8): co-authors, two runs at once, a runtime killed between two syncs, payload limits
 * with Chinese text, more than 512 merged areas, a used range reaching XFD1048576, hosts that
 * refuse a fit to width without pages tall, hidden sheets. See docs/office-hardening.md.
 */
import { FakeWorkbook, cellKey, createFakeOffice, fakeWorkbookFromGrid, gridFromFakeWorkbook, type OperationInfo } from "../fake-excel";
import { OUTPUT_SHEET_NAMES, type OutputPlan } from "../../src/engine/plan";
import { ExcelPort } from "../../src/excel/excel-port";
import { LOCK_TIMEOUT_MS, RUN_RECORD_KEY, WorkbookBusyError, officeSettingsStore } from "../../src/excel/run-lock";
import { harness, inputWorkbook, outputPlan, text, withoutIds } from "./helpers";

const SUMMARY = OUTPUT_SHEET_NAMES.summary;
const REPORT = OUTPUT_SHEET_NAMES.report;
/** Waits until the fake has killed the runtime (the run under test then never returns). */
async function untilKilled(wb: FakeWorkbook): Promise<void> {
  const generation = wb.runtimeGeneration;
  for (let i = 0; i < 500 && wb.runtimeGeneration === generation; i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(wb.runtimeGeneration).toBe(generation + 1);
}

function workbookWithPreviousOutput(): FakeWorkbook {
  const wb = inputWorkbook(10);
  const old = wb.addSheet(SUMMARY);
  old.cells.set(cellKey(0, 0), { v: "上次的结果" });
  return wb;
}

/** The snapshot with the co-author's sheet taken out, to compare with the workbook before. */
function without(wb: FakeWorkbook, name: string): ReturnType<FakeWorkbook["snapshot"]> {
  const s = wb.snapshot();
  return { ...s, sheets: s.sheets.filter((x) => x.name !== name) };
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}

describe("recovery undoes only what this run created", () => {
  test.each([
    ["while building", { atSync: 2, atOperation: 6 }],
    ["at the swap's first delete", { match: (op: OperationInfo) => op.name === "Worksheet.delete()" }],
  ])("a sheet a co-author adds mid-run survives a failure %s", async (_when, failure) => {
    const wb = workbookWithPreviousOutput();
    const before = wb.snapshot();
    const { port } = harness(wb);
    // Excel on the web: the co-author's new sheet arrives between our first and second request.
    wb.injectRemoteChange({ beforeSync: 2, change: (w) => void w.addSheet("同事的表").cells.set(cellKey(0, 0), { v: "别删" }) });
    wb.injectFailure(failure);
    await expect(port.applyPlan(outputPlan())).rejects.toMatchObject({ code: "GeneralException" });
    expect(wb.sheet("同事的表")?.cells.get(cellKey(0, 0))).toEqual({ v: "别删" });
    expect(without(wb, "同事的表")).toEqual(before);
  });

  test("a co-author's sheet with a name like ours is not ours: only the names and ids this run recorded are removed", async () => {
    const wb = workbookWithPreviousOutput();
    const { port } = harness(wb);
    wb.injectRemoteChange({ beforeSync: 2, change: (w) => void w.addSheet("~zipin-new-1") });
    wb.injectFailure({ atSync: 2, atOperation: 6 });
    await expect(port.applyPlan(outputPlan())).rejects.toBeDefined();
    expect(wb.sheets.map((s) => s.name)).toEqual(["基本信息", "收支情况表", SUMMARY, "~zipin-new-1"]);
  });

  test("when undoing fails too, both errors are reported (and logged), not swallowed", async () => {
    const wb = workbookWithPreviousOutput();
    const { port } = harness(wb);
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    wb.injectFailure({ atSync: 2, atOperation: 6 });
    // The recovery's first request (listing the sheets) fails as well.
    wb.injectFailure({ atSync: 3, atOperation: 1, code: "InvalidOperation" });
    const err = (await rejection(port.applyPlan(outputPlan()))) as Error & { code?: string };
    expect(err.code).toBe("ZipinRecoveryFailed");
    expect(err.message).toMatch(/写入失败.*撤销未完成/);
    expect(err.message).toMatch(/GeneralException|internal error/);
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });
});

describe("one write at a time: the run lock in the document's settings", () => {
  test("a second runtime (another pane, the ribbon) is refused while a write runs, and nothing of it is written", async () => {
    const wb = inputWorkbook(5);
    const { port } = harness(wb);
    // The other runtime has its own in-memory copy of the settings, as a second pane has.
    const other = new ExcelPort({ settings: officeSettingsStore(createFakeOffice(wb).context.document.settings) });
    let second: Promise<unknown> | null = null;
    wb.injectRemoteChange({ beforeSync: 2, change: () => void (second = other.applyPlan(outputPlan())) });
    await port.applyPlan(outputPlan());
    const err = await rejection(second!);
    expect(err).toBeInstanceOf(WorkbookBusyError);
    expect((err as Error).message).toMatch(/另一次评价正在写入/);
    expect(wb.sheets.map((s) => s.name)).toEqual(["基本信息", "收支情况表", SUMMARY, OUTPUT_SHEET_NAMES.report]);
    // The lock is gone afterwards: the other runtime may write now.
    expect(wb.savedSettings[RUN_RECORD_KEY]).toBeUndefined();
    await other.applyPlan(outputPlan());
  });

  test("a lock whose heartbeat is older than the time-out belongs to a dead run and is taken over", async () => {
    const wb = inputWorkbook(5);
    const dead = { owner: "dead", startedAt: 0, heartbeatAt: Date.now() - LOCK_TIMEOUT_MS - 1, building: [], aside: [] };
    wb.savedSettings = { [RUN_RECORD_KEY]: dead };
    const { port } = harness(wb);
    await port.applyPlan(outputPlan());
    expect(wb.sheet(SUMMARY)).toBeDefined();
    expect(wb.savedSettings).toEqual({});

    wb.savedSettings = { [RUN_RECORD_KEY]: { ...dead, heartbeatAt: Date.now() } };
    await expect(harness(wb).port.applyPlan(outputPlan())).rejects.toBeInstanceOf(WorkbookBusyError);
  });

  test("a host whose settings cannot be read back is still written (unguarded)", async () => {
    const wb = inputWorkbook(5);
    const refused = (): Promise<void> => Promise.reject(new Error("refreshAsync is not supported"));
    harness(wb);
    const port = new ExcelPort({ settings: { refresh: refused, get: () => null, set: () => undefined, remove: () => undefined, save: refused } });
    await port.applyPlan(outputPlan());
    expect(wb.sheet(SUMMARY)).toBeDefined();
  });

  test("a document whose settings cannot be saved is still written (unguarded)", async () => {
    const wb = inputWorkbook(5);
    wb.settingsSaveError = { code: 5001, name: "Internal Error", message: "An internal error has occurred." };
    const { port } = harness(wb);
    await port.applyPlan(outputPlan());
    expect(wb.sheet(SUMMARY)).toBeDefined();
  });
});

describe("a runtime killed between two syncs", () => {
  test("leaves no host state changed; the next write removes its hidden temporary sheets", async () => {
    const wb = workbookWithPreviousOutput();
    const clean = workbookWithPreviousOutput();
    await harness(clean).port.applyPlan(outputPlan());

    const { port } = harness(wb);
    wb.injectKill({ afterSync: 2 }); // after the build: the new sheets exist, the swap never comes
    void port.applyPlan(outputPlan());
    await untilKilled(wb);
    const temp = wb.sheets.filter((s) => s.name.startsWith("~zipin-"));
    expect(temp.map((s) => s.visibility)).toEqual(["Hidden", "Hidden"]);
    // Nothing sticky: calculation and events as the user had them.
    expect([wb.calculationMode, wb.enableEvents]).toEqual(["Automatic", true]);
    expect(wb.savedSettings[RUN_RECORD_KEY]).toBeDefined();

    // The pane is opened again: within the time-out the dead run's lock still holds…
    await expect(harness(wb).port.applyPlan(outputPlan())).rejects.toBeInstanceOf(WorkbookBusyError);
    // …after it, the next write cleans up and gives the same workbook as a run never killed.
    const later = Date.now() + LOCK_TIMEOUT_MS + 1;
    await harness(wb, { now: () => later }).port.applyPlan(outputPlan());
    expect(wb.sheets.some((s) => s.name.startsWith("~zipin-"))).toBe(false);
    expect(withoutIds(wb.snapshot())).toEqual(withoutIds(clean.snapshot()));
  });

  test.each([
    ["rolled back (the previous output gets its name back)", "Worksheet.name=", 3],
    ["rolled forward (the new output is in place)", "Worksheet.delete()", 1],
  ])("a run killed mid-swap is %s by the next write", async (_how, opName, nth) => {
    const wb = workbookWithPreviousOutput();
    const clean = workbookWithPreviousOutput();
    await harness(clean).port.applyPlan(outputPlan());
    const { port } = harness(wb);
    let seen = 0;
    // The swap request fails at that action (the ones before it stay applied) and the runtime dies.
    wb.injectFailure({ match: (op) => op.name === opName && op.sync === 3 && ++seen === nth });
    wb.injectKill({ afterSync: 3 });
    void port.applyPlan(outputPlan());
    await untilKilled(wb);
    expect(wb.sheets.map((s) => s.name).join()).toMatch(/~zipin-/);
    const later = Date.now() + LOCK_TIMEOUT_MS + 1;
    await harness(wb, { now: () => later }).port.applyPlan(outputPlan());
    expect(wb.sheets.some((s) => s.name.startsWith("~zipin-"))).toBe(false);
    expect(withoutIds(wb.snapshot())).toEqual(withoutIds(clean.snapshot()));
  });

  test("a calculation mode a dead run left changed is restored from its record", async () => {
    const wb = inputWorkbook(3);
    const hidden = wb.addSheet("~zipin-new-ab12-1");
    hidden.visibility = "Hidden";
    wb.calculationMode = "Manual";
    wb.savedSettings = {
      [RUN_RECORD_KEY]: { owner: "ab12", startedAt: 0, heartbeatAt: 0, building: ["~zipin-new-ab12-1"], aside: [], calculationMode: "Automatic" },
    };
    await harness(wb).port.applyPlan(outputPlan());
    expect(wb.calculationMode).toBe("Automatic");
    expect(wb.sheet("~zipin-new-ab12-1")).toBeUndefined();
  });
});

describe("payload limits", () => {
  /** `rows` rows × 8 columns of twelve Chinese characters (3 bytes each in UTF-8) and two digits. */
  function chineseWorkbook(rows: number): FakeWorkbook {
    const cells = Array.from({ length: rows }, (_, r) => Array.from({ length: 8 }, (_, c) => `预算执行情况说明及原因${String(r % 10)}${c}`));
    return fakeWorkbookFromGrid({ sheets: [{ name: "说明", cells, merges: [] }] });
  }

  test("Chinese text is read in requests sized from the measured bytes: at most one refused response", async () => {
    // 40,000 × 8 cells at ~45 bytes (a 35-byte value, a 10-byte "General" format): a request
    // sized at 32 bytes a cell (131,072 cells) would be ~5.9 MB.
    const wb = chineseWorkbook(40_000);
    const { port } = harness(wb);
    const grid = await port.readGrid();
    expect(grid).toEqual(gridFromFakeWorkbook(wb));
    const refused = wb.syncs.filter((s) => s.error);
    expect(refused.map((s) => s.error)).toEqual(["ResponsePayloadSizeLimitExceeded"]);
    expect(Math.max(...wb.syncs.filter((s) => !s.error).map((s) => s.responseBytes))).toBeLessThanOrEqual(5 * 1024 * 1024);
  }, 60_000);

  test("Chinese text with quotes and line breaks is written in requests under the limit", async () => {
    const wb = inputWorkbook(3);
    wb.limits.requestBytes = 200_000;
    const { port } = harness(wb, { maxRequestBytes: 200_000 });
    const line = '“预算”\n执行率 "100%" \\ 说明'.repeat(20);
    const plan: OutputPlan = { sheets: [{ ...outputPlan().sheets[1]!, rows: Array.from({ length: 2_000 }, () => [text(line)]), formats: [] }] };
    await port.applyPlan(plan);
    expect(wb.syncs.every((s) => !s.error && s.requestBytes <= 200_000)).toBe(true);
    expect(wb.syncs.length).toBeGreaterThan(3);
    expect(wb.sheet(REPORT)!.cells.get(cellKey(1_999, 0))).toEqual({ v: line });
  });
});

describe("merged areas and the size of what is read", () => {
  function mergedWorkbook(mergesPerRow: number, rows: number): FakeWorkbook {
    const wb = fakeWorkbookFromGrid({
      sheets: [
        { name: "很多合并", cells: Array.from({ length: rows }, (_, r) => [`行${r}`]), merges: [] },
        { name: "指标", cells: [["一级指标", null], ["产出", 1]], merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] },
      ],
    });
    const s = wb.sheet("很多合并")!;
    for (let r = 0; r < rows; r++) for (let m = 0; m < mergesPerRow; m++) s.merges.push({ top: r, left: 1 + 2 * m, bottom: r, right: 2 + 2 * m });
    return wb;
  }

  test("more than 512 merged areas on one sheet: read in row bands, every merge kept, no warning", async () => {
    const wb = mergedWorkbook(2, 600); // 1,200 areas
    const { port } = harness(wb);
    const grid = await port.readGrid();
    expect(grid.sheets[0]!.merges).toHaveLength(1_200);
    expect(new Set(grid.sheets[0]!.merges.map((m) => JSON.stringify(m))).size).toBe(1_200);
    expect(grid.sheets[1]!.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(port.readWarnings).toEqual([]);
  });

  test("a sheet whose rows alone hold more than 512 areas degrades alone, with a warning naming it", async () => {
    const wb = mergedWorkbook(600, 2);
    const { port } = harness(wb);
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const grid = await port.readGrid();
    warn.mockRestore();
    expect(grid.sheets[0]!.merges).toEqual([]);
    expect(grid.sheets[1]!.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(port.readWarnings.map((w) => w.sheet)).toEqual(["很多合并"]);
    expect(port.readWarnings[0]!.zh).toMatch(/合并单元格过多/);
  });

  test.each([
    ["with the cells that hold values (ExcelApi 1.9)", "1.17"],
    ["cut to a cap (below 1.9)", "1.8"],
  ])("a used range reaching XFD1048576 is not read in full: %s, with a warning", async (_how, api) => {
    const wb = inputWorkbook(100);
    const s = wb.sheet("收支情况表")!;
    s.cells.set(cellKey(1_048_575, 16_383), { v: "远处" });
    wb.apiSets.ExcelApi = api;
    const { port } = harness(wb);
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const grid = await port.readGrid();
    warn.mockRestore();
    const sheet = grid.sheets[1]!;
    // The table itself is read whole.
    expect(sheet.cells[100]!.slice(0, 8)).toEqual(gridFromFakeWorkbook(inputWorkbook(100)).sheets[1]!.cells[100]);
    expect(sheet.cells.length * sheet.cells[0]!.length).toBeLessThanOrEqual(2_000_000);
    expect(port.readWarnings).toHaveLength(1);
    expect(port.readWarnings[0]!.sheet).toBe("收支情况表");
    if (api === "1.17") {
      expect(sheet.cells).toHaveLength(101);
      expect(port.readWarnings[0]!.zh).toContain("XFD1048576");
    }
  }, 60_000);
});

describe("writing on hosts with their own rules", () => {
  test("a host that refuses fit to width with 0 pages tall still gets the sheets, fitted", async () => {
    const wb = inputWorkbook(3);
    wb.quirks.fitNeedsPagesTall = true;
    const { port } = harness(wb);
    await port.applyPlan(outputPlan());
    expect(wb.sheet(REPORT)!.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 3 });
  });

  test("rows without a planned height are autofit to their wrapped text after writing", async () => {
    const wb = inputWorkbook(3);
    const { port } = harness(wb);
    await port.applyPlan(outputPlan());
    // The report's three rows have no planned height; the summary's rows 0, 2, 3 have one.
    expect([...wb.sheet(REPORT)!.autofitRows]).toEqual([0, 1, 2]);
    expect([...wb.sheet(SUMMARY)!.autofitRows]).toEqual([1, 4]);
    expect(wb.sheet(SUMMARY)!.rowHeights.get(0)).toBe(28);
  });

  test("temporary sheets are hidden while built: a user never sees a half-written sheet", async () => {
    const wb = inputWorkbook(3);
    const { port } = harness(wb);
    const seen: string[][] = [];
    wb.injectRemoteChange({
      beforeSync: 3,
      change: (w) => seen.push(w.sheets.filter((s) => s.name.startsWith("~zipin-")).map((s) => s.visibility)),
    });
    await port.applyPlan(outputPlan());
    expect(seen).toEqual([["Hidden", "Hidden"]]);
    expect(wb.sheets.map((s) => s.visibility)).toEqual(["Visible", "Visible", "Visible", "Visible"]);
  });

  test("selectCell on a hidden sheet says it cannot instead of failing, and changes nothing", async () => {
    const wb = inputWorkbook(3);
    wb.sheet("基本信息")!.visibility = "Hidden";
    const before = wb.snapshot();
    const { port } = harness(wb);
    expect(await port.selectCell({ sheet: "基本信息", row: 1, col: 1 })).toBe(false);
    expect(wb.snapshot()).toEqual(before);
  });
});
