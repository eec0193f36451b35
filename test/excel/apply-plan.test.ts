/** ExcelPort.applyPlan against the fake: what is written, how many round trips, and all-or-nothing. */
import { FakeOfficeError, FakeWorkbook, cellKey, gridFromFakeWorkbook, sheetToGrid, type OperationInfo } from "../fake-excel";
import { OUTPUT_SHEET_NAMES, type OutputPlan } from "../../src/engine/plan";
import { columnWidthPoints } from "../../src/excel/sheet-writes";
import { harness, inputWorkbook, outputPlan, reportSheet, summarySheet, text, withoutIds } from "./helpers";

const SUMMARY = OUTPUT_SHEET_NAMES.summary;
const REPORT = OUTPUT_SHEET_NAMES.report;

/** An input workbook that already holds a previous summary, between the two input sheets. */
function workbookWithPreviousOutput(): FakeWorkbook {
  const wb = inputWorkbook(10);
  const old = wb.addSheet(SUMMARY);
  old.cells.set(cellKey(0, 0), { v: "上次的结果" });
  old.cells.set(cellKey(98, 25), { v: "stale" }); // Z99: must not survive a rewrite
  old.tabColor = "#FF0000";
  // Move it between the inputs: 基本信息, 绩效自评结果, 收支情况表.
  wb.sheets.splice(wb.sheets.indexOf(old), 1);
  wb.sheets.splice(1, 0, old);
  return wb;
}

async function rejects(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}

describe("applyPlan writes conditional formats", () => {
  const withStatus = (): OutputPlan => {
    const plan = outputPlan();
    plan.sheets[0]!.conditionalFormats = [
      { range: { top: 4, left: 3, bottom: 4, right: 3 }, formula: '=D5<>""', style: { bold: true, fontColor: "#9C0006", fill: "#FFC7CE" } },
    ];
    return plan;
  };

  test("as custom (formula) rules with their font and fill", async () => {
    const wb = inputWorkbook(10);
    const { port } = harness(wb);
    await port.applyPlan(withStatus());
    expect(wb.sheet(SUMMARY)!.conditionalFormats).toEqual([
      { range: { top: 4, left: 3, bottom: 4, right: 3 }, formula: '=D5<>""', bold: true, fontColor: "#9C0006", fill: "#FFC7CE" },
    ]);
  });
});

describe("applyPlan writes the plan", () => {
  test("values, formulas, number formats, styles, merges, widths, freeze, print and tab colour", async () => {
    const wb = inputWorkbook(10);
    const inputsBefore = wb.snapshot().sheets;
    const { port } = harness(wb);

    await port.applyPlan(outputPlan());

    expect(wb.sheets.map((s) => s.name)).toEqual(["基本信息", "收支情况表", SUMMARY, REPORT]);
    // Input sheets untouched.
    expect(wb.snapshot().sheets.slice(0, 2)).toEqual(inputsBefore);

    const s = wb.sheet(SUMMARY)!;
    expect(sheetToGrid(wb, SUMMARY, { formulas: true, numberFormats: false }).cells).toEqual([
      ["绩效自评结果", null, null, null],
      ["指标", "权重", "得分", "说明"],
      ['=HYPERLINK("http://x","y")', 10, "=B3*0.9", "+86 123"],
      ["-", 20, "=B4", "@home"],
      ["001", 0.955, "=SUM(C3:C4)", null],
    ]);
    // Text cells are text-formatted, formula cells are real formulas with the plan's format.
    expect(s.cells.get(cellKey(2, 0))).toEqual({ v: '=HYPERLINK("http://x","y")' });
    expect(s.cells.get(cellKey(2, 2))?.f).toBe("=B3*0.9");
    expect(s.numberFormats.get(cellKey(2, 0))).toBe("@");
    expect(s.numberFormats.get(cellKey(2, 2))).toBe("#,##0.00");
    expect(s.numberFormats.get(cellKey(4, 1))).toBe("0.00%");
    expect(s.numberFormats.has(cellKey(0, 1))).toBe(false);

    expect(s.styles.get(cellKey(0, 0))).toMatchObject({ bold: true, size: 14, horizontalAlignment: "Center" });
    expect(s.styles.get(cellKey(1, 3))).toMatchObject({ bold: true, fill: "#D9E1F2", color: "#1F3864", wrapText: true });
    // Thin borders all round B3 (inside the bordered block B2:D5).
    expect(s.styles.get(cellKey(2, 1))?.borders).toEqual({
      EdgeBottom: { style: "Continuous", weight: "Thin" },
      EdgeRight: { style: "Continuous", weight: "Thin" },
    });
    expect(s.styles.get(cellKey(1, 1))?.borders?.EdgeTop).toEqual({ style: "Continuous", weight: "Thin" });

    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    // 24 chars → 24 × 7 + 5 = 173 px → 129.75 pt; 8 → 61 px → 45.75 pt; 40 → 285 px → 213.75 pt.
    expect([...s.columnWidths.entries()]).toEqual([
      [0, 129.75],
      [1, 45.75],
      [2, 45.75],
      [3, 213.75],
    ]);
    expect([...s.rowHeights.entries()]).toEqual([
      [0, 28],
      [2, 30],
      [3, 30],
    ]);
    expect(s.freeze).toEqual({ rows: 2, columns: 1 });
    // One page wide; as many pages tall as rows (5), so the width alone sets the scale.
    expect(s.pageLayout).toEqual({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 5 } });
    expect(s.tabColor).toBe("#2F75B5");

    const report = sheetToGrid(wb, REPORT, { formulas: true }).cells;
    expect(report[2]).toEqual(["=这一段以等号开头"]);
    expect(wb.sheet(REPORT)!.cells.get(cellKey(2, 0))?.f).toBeUndefined();
  });

  test("formula-like text stays text: the same strings written without '@' would become formulas", async () => {
    const wb = inputWorkbook(1);
    const { port } = harness(wb);
    const tricky = ['=HYPERLINK("http://x","y")', "+86 123", "-", "@home", "0012", "TRUE", "12%"];
    const plan: OutputPlan = {
      sheets: [{ ...reportSheet(), rows: tricky.map((v) => [text(v)]), formats: [] }],
    };
    await port.applyPlan(plan);
    const cells = wb.sheet(REPORT)!.cells;
    tricky.forEach((v, r) => expect(cells.get(cellKey(r, 0))).toEqual({ v }));
    // Control: the fake really does coerce these in a General cell.
    expect(sheetToGrid(wb, REPORT).cells.map((r) => r[0])).toEqual(tricky);
    expect(wb.sheet(REPORT)!.numberFormats.get(cellKey(0, 0))).toBe("@");
  });

  test("a previous output is replaced whole, at its position; a second run gives the same workbook", async () => {
    const wb = workbookWithPreviousOutput();
    const { port } = harness(wb);
    await port.applyPlan(outputPlan());
    expect(wb.sheets.map((s) => s.name)).toEqual(["基本信息", SUMMARY, "收支情况表", REPORT]);
    expect(wb.sheet(SUMMARY)!.cells.has(cellKey(98, 25))).toBe(false);
    expect(wb.sheet(SUMMARY)!.tabColor).toBe("#2F75B5");
    const first = withoutIds(wb.snapshot());
    await port.applyPlan(outputPlan());
    expect(withoutIds(wb.snapshot())).toEqual(first);
  });

  test("refuses sheets that are not outputs, and bad names, before touching the workbook", async () => {
    const wb = inputWorkbook(3);
    const { port } = harness(wb);
    const before = wb.snapshot();
    await expect(port.applyPlan({ sheets: [{ ...reportSheet(), name: "收支情况表" }] })).rejects.toThrow(/not an output sheet/);
    const dup = new (await import("../../src/excel/excel-port")).ExcelPort({ writableSheets: ["a:b", "x"] });
    await expect(dup.applyPlan({ sheets: [{ ...reportSheet(), name: "a:b" }] })).rejects.toThrow(/contains one of/);
    await expect(dup.applyPlan({ sheets: [{ ...reportSheet(), name: "x" }, { ...reportSheet(), name: "X" }] })).rejects.toThrow(
      /twice/,
    );
    expect(wb.syncCount).toBe(0);
    expect(wb.snapshot()).toEqual(before);
  });

  test("calculation is suspended for each write request only: the host's modes are never changed", async () => {
    const wb = inputWorkbook(3);
    const { port } = harness(wb);
    const seen: string[] = [];
    wb.injectFailure({
      match: (op: OperationInfo) => {
        if (op.name === "Range.values=" || op.name === "Application.calculationMode=" || op.name === "Runtime.enableEvents=") seen.push(op.name);
        if (op.name === "Application.suspendApiCalculationUntilNextSync()") seen.push("suspend");
        return false;
      },
    });
    await port.applyPlan(outputPlan());
    // Each request that writes suspends calculation (build, then swap); nothing sticky is set.
    expect(seen.filter((n) => n !== "Range.values=")).toEqual(["suspend", "suspend"]);
    expect([wb.calculationMode, wb.enableEvents]).toEqual(["Automatic", true]);

    wb.calculationMode = "Manual";
    await port.applyPlan(outputPlan());
    expect(wb.calculationMode).toBe("Manual");
  });

  test("below ExcelApi 1.9 the page layout is skipped and the rest is written", async () => {
    const wb = inputWorkbook(3);
    wb.apiSets.ExcelApi = "1.8";
    const { port } = harness(wb);
    await port.applyPlan(outputPlan());
    expect(wb.sheet(SUMMARY)!.pageLayout).toEqual({ orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 } });
    expect(wb.sheet(SUMMARY)!.freeze).toEqual({ rows: 2, columns: 1 });
  });
});

describe("round trips", () => {
  const measured: Array<{ case: string; syncs: number; largestRequestBytes: number }> = [];
  afterAll(() => {
    if (measured.length > 0) console.table(measured);
  });

  test.each([10, 1_000, 100_000])("applyPlan on a workbook whose input sheet has %i rows: 3 syncs", async (rows) => {
    const wb = inputWorkbook(rows);
    const { port } = harness(wb);
    await port.applyPlan(outputPlan());
    measured.push({ case: `input ${rows} rows, 2 output sheets`, syncs: wb.syncCount, largestRequestBytes: Math.max(...wb.syncs.map((s) => s.requestBytes)) });
    // State + host read; build both sheets; swap and restore.
    expect(wb.syncCount).toBe(3);
  }, 60_000);

  test.each([1_000, 100_000])("a plan of %i summary rows: one build request unless it passes 4 MB", async (extra) => {
    const wb = inputWorkbook(10);
    const { port } = harness(wb);
    await port.applyPlan(outputPlan(extra));
    const largest = Math.max(...wb.syncs.map((s) => s.requestBytes));
    measured.push({ case: `plan with ${extra} extra summary rows`, syncs: wb.syncCount, largestRequestBytes: largest });
    expect(largest).toBeLessThanOrEqual(4 * 1024 * 1024);
    if (extra === 1_000) expect(wb.syncCount).toBe(3);
    // 100,000 rows of ~4 cells: ~13 MB of arrays → several build requests, each under 4 MB.
    else expect(wb.syncCount).toBeGreaterThan(3);
    const grid = sheetToGrid(wb, SUMMARY, { formulas: true, numberFormats: false });
    expect(grid.cells).toHaveLength(5 + extra);
    expect(grid.cells[5 + extra - 1]).toEqual([`行${extra - 1}`, extra - 1, `=B${5 + extra}*2`, "说明文字"]);
  }, 120_000);
});

describe("all or nothing", () => {
  /** Every action of a successful run, in order, to inject a failure at each of them. */
  async function actionsOfOneRun(): Promise<OperationInfo[]> {
    const wb = workbookWithPreviousOutput();
    const { port } = harness(wb);
    const ops: OperationInfo[] = [];
    wb.injectFailure({ match: (op) => (ops.push(op), false) });
    await port.applyPlan(outputPlan());
    return ops;
  }

  test("a failure at any action leaves the workbook as it was, or — once the swap has deleted an old sheet — complete", async () => {
    const ops = await actionsOfOneRun();
    // 1-based action number of the swap's first delete.
    const firstDelete = ops.findIndex((o) => o.name === "Worksheet.delete()") + 1;
    expect(firstDelete).toBeGreaterThan(1);

    const reference = workbookWithPreviousOutput();
    const before = reference.snapshot();
    const done = workbookWithPreviousOutput();
    await harness(done).port.applyPlan(outputPlan());
    const after = withoutIds(done.snapshot());

    const outcomes: string[] = [];
    for (let k = 1; k <= ops.length; k++) {
      const wb = workbookWithPreviousOutput();
      const { port } = harness(wb);
      wb.injectFailure({ atOperation: k });
      const err = await rejects(port.applyPlan(outputPlan()));
      expect(err).toBeInstanceOf(FakeOfficeError);
      expect((err as FakeOfficeError).code).toBe("GeneralException");
      if (k <= firstDelete) {
        // Up to and including the first delete (which then did not happen): rolled back exactly.
        expect({ k, state: wb.snapshot() }).toEqual({ k, state: before });
        outcomes.push("rolled back");
      } else {
        expect({ k, state: withoutIds(wb.snapshot()) }).toEqual({ k, state: after });
        outcomes.push("rolled forward");
      }
    }
    // Every action of the build and the renames rolls back; only the last few roll forward.
    expect(outcomes.filter((o) => o === "rolled back").length).toBe(firstDelete);
    expect(ops.length - firstDelete).toBeLessThanOrEqual(4);
  }, 60_000);

  test("a failing sync (not an action) mid-build is rolled back too, and events and calculation are restored", async () => {
    for (const atSync of [2, 3]) {
      const wb = workbookWithPreviousOutput();
      wb.calculationMode = "AutomaticExceptTables";
      const before = wb.snapshot();
      const { port } = harness(wb);
      wb.injectFailure({ atSync, atOperation: 5 });
      await expect(port.applyPlan(outputPlan())).rejects.toBeInstanceOf(FakeOfficeError);
      expect(wb.snapshot()).toEqual(before);
    }
  });

  test("a request Excel refuses as too large leaves nothing behind", async () => {
    const wb = workbookWithPreviousOutput();
    wb.limits.requestBytes = 20_000;
    const before = wb.snapshot();
    const { port } = harness(wb);
    const err = await rejects(port.applyPlan(outputPlan(500)));
    expect((err as FakeOfficeError).code).toBe("RequestPayloadSizeLimitExceeded");
    expect(wb.snapshot()).toEqual(before);
  });

  test("a very hidden previous output is replaced too (Excel refuses to delete a very hidden sheet as it is)", async () => {
    const wb = workbookWithPreviousOutput();
    wb.sheet(SUMMARY)!.visibility = "VeryHidden";
    const { port } = harness(wb);
    await port.applyPlan(outputPlan());
    expect(wb.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["基本信息", "Visible"],
      [SUMMARY, "Visible"],
      ["收支情况表", "Visible"],
      [REPORT, "Visible"],
    ]);
    expect(wb.sheet(SUMMARY)!.cells.get(cellKey(0, 0))).toEqual({ v: "绩效自评结果" });
  });

  test("a user looking at the previous summary is left looking at the new one, and a failure gives the view back", async () => {
    const looking = (): FakeWorkbook => {
      const wb = workbookWithPreviousOutput();
      const old = wb.sheet(SUMMARY)!;
      wb.activeSheetId = old.id;
      wb.selection = { sheetId: old.id, range: { top: 0, left: 0, bottom: 0, right: 0 } };
      return wb;
    };
    const wb = looking();
    const { port } = harness(wb);
    await port.applyPlan(outputPlan());
    // Without the hand-over Excel would activate the sheet after the deleted one (收支情况表).
    expect(wb.sheetById(wb.activeSheetId!)!.name).toBe(SUMMARY);

    // Every failure up to the first delete rolls back to the old summary, active as it was.
    const ops: OperationInfo[] = [];
    const probe = looking();
    probe.injectFailure({ match: (op) => (ops.push(op), false) });
    await harness(probe).port.applyPlan(outputPlan());
    const firstDelete = ops.findIndex((o) => o.name === "Worksheet.delete()") + 1;
    for (let k = firstDelete - 2; k <= firstDelete; k++) {
      const failing = looking();
      const before = failing.snapshot();
      failing.injectFailure({ atOperation: k });
      await expect(harness(failing).port.applyPlan(outputPlan())).rejects.toBeInstanceOf(FakeOfficeError);
      expect({ k, state: failing.snapshot() }).toEqual({ k, state: before });
    }
  });

  test("a duplicate name in Excel's eyes (another sheet took the temporary name) is handled by choosing another", async () => {
    const wb = workbookWithPreviousOutput();
    wb.addSheet("~zipin-new-1");
    const { port } = harness(wb);
    await port.applyPlan(outputPlan());
    expect(wb.sheets.map((s) => s.name)).toEqual(["基本信息", SUMMARY, "收支情况表", "~zipin-new-1", REPORT]);
  });
});

describe("template sheets, selection, settings", () => {
  test("addSheetsIfAbsent adds only missing sheets and never touches an existing one", async () => {
    const wb = inputWorkbook(3);
    const before = wb.snapshot().sheets;
    const { port } = harness(wb);
    const infoAgain = { ...reportSheet(), name: "基本信息", rows: [[text("不应写入")]] };
    const budget = { ...summarySheet(), name: "预算表" };
    const added = await port.addSheetsIfAbsent({ sheets: [infoAgain, budget] });
    expect(added).toEqual(["预算表"]);
    expect(wb.snapshot().sheets.slice(0, 2)).toEqual(before);
    expect(sheetToGrid(wb, "预算表").cells[0]![0]).toBe("绩效自评结果");
    expect(await port.addSheetsIfAbsent({ sheets: [infoAgain] })).toEqual([]);
  });

  test("selectCell activates the sheet and selects the cell", async () => {
    const wb = inputWorkbook(3);
    const { port } = harness(wb);
    expect(await port.selectCell({ sheet: "收支情况表", row: 4, col: 2 })).toBe(true);
    const id = wb.sheet("收支情况表")!.id;
    expect(wb.activeSheetId).toBe(id);
    expect(wb.selection).toEqual({ sheetId: id, range: { top: 4, left: 2, bottom: 4, right: 2 } });
    // One to find the sheet and whether it is visible, one to select.
    expect(wb.syncCount).toBe(2);
  });

  test("selectCell on a sheet renamed or deleted since the check says so instead of failing", async () => {
    const wb = inputWorkbook(3);
    const { port } = harness(wb);
    const before = wb.snapshot();
    expect(await port.selectCell({ sheet: "旧的收支表", row: 4, col: 2 })).toBe(false);
    expect(wb.snapshot()).toEqual(before);
  });

  test("a settings save Office refuses is reported, and the refused value is not saved by a later save", async () => {
    const { writeDocumentSetting, loadPaneSettings } = await import("../../src/excel/document-settings");
    const wb = inputWorkbook(1);
    wb.savedSettings = { "zipin.settings": { lang: "zh" } };
    harness(wb);
    wb.settingsSaveError = { code: 5001, name: "Internal Error", message: "An internal error has occurred." };
    await expect(writeDocumentSetting("zipin.settings", { lang: "en" })).rejects.toThrow("An internal error has occurred.");
    expect(await loadPaneSettings()).toEqual({ lang: "zh" });
    wb.settingsSaveError = null;
    await writeDocumentSetting("other", 1);
    expect(wb.savedSettings).toEqual({ "zipin.settings": { lang: "zh" }, other: 1 });
  });

  test("document settings are read back after saving, from the workbook", async () => {
    const { readDocumentSetting, writeDocumentSetting } = await import("../../src/excel/document-settings");
    const wb = inputWorkbook(1);
    harness(wb);
    expect(readDocumentSetting("zipin.settings")).toBeNull();
    await writeDocumentSetting("zipin.settings", { lang: "en", writeFormulas: false });
    expect(wb.savedSettings).toEqual({ "zipin.settings": { lang: "en", writeFormulas: false } });
    harness(wb); // a new session on the same document
    expect(readDocumentSetting("zipin.settings")).toEqual({ lang: "en", writeFormulas: false });
  });

  test("column widths: Excel characters to points", () => {
    // 8.43 chars → round(59.01 + 5) = 64 px → 48 pt, Excel's default column.
    expect(columnWidthPoints(8.43)).toBe(48);
    expect(columnWidthPoints(0)).toBe(0);
  });

  test("the written workbook reads back as the plan's values", async () => {
    const wb = inputWorkbook(3);
    const { port } = harness(wb);
    await port.applyPlan(outputPlan());
    const grid = await port.readGrid();
    expect(grid).toEqual(gridFromFakeWorkbook(wb));
    expect(grid.sheets.find((s) => s.name === SUMMARY)!.cells[2]![3]).toBe("+86 123");
  });
});
