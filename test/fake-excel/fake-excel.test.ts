/**
 * The fake itself: its load/sync rules, coercion, payload limits and failure injection must
 * behave like Excel, or the port's tests prove nothing.
 */
import ExcelJS from "exceljs";
import {
  FakeOfficeError,
  FakeWorkbook,
  cellKey,
  createFakeExcel,
  createFakeOffice,
  fakeWorkbookFromGrid,
  gridFromFakeWorkbook,
  type FakeRequestContext,
} from "./index";
import { fakeWorkbookFromXlsx } from "./xlsx";

function workbook(...names: string[]): FakeWorkbook {
  const wb = new FakeWorkbook();
  for (const n of names) wb.addSheet(n);
  return wb;
}

const run = <T>(wb: FakeWorkbook, batch: (ctx: FakeRequestContext) => Promise<T>): Promise<T> =>
  createFakeExcel(wb).run(batch);

async function rejection(p: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FakeOfficeError) return e;
    throw e;
  }
  throw new Error("expected a rejection");
}

function catchSync(f: () => unknown): FakeOfficeError {
  try {
    f();
  } catch (e) {
    if (e instanceof FakeOfficeError) return e;
    throw e;
  }
  throw new Error("expected a throw");
}

describe("load and sync", () => {
  test("a property is readable only after load and sync", async () => {
    const wb = workbook("收支表");
    await run(wb, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("收支表");
      expect(catchSync(() => ws.name).code).toBe("PropertyNotLoaded");
      ws.load("name");
      // Loaded but not synced yet: still not available.
      expect(catchSync(() => ws.name).code).toBe("PropertyNotLoaded");
      await ctx.sync();
      expect(ws.name).toBe("收支表");
      // Only what was loaded.
      expect(catchSync(() => ws.position).code).toBe("PropertyNotLoaded");
    });
  });

  test("a collection's items need loading; load paths reach nested objects", async () => {
    const wb = workbook("A", "B");
    wb.sheets[0]!.styles.set(cellKey(0, 0), { bold: true });
    await run(wb, async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      expect(catchSync(() => sheets.items).code).toBe("PropertyNotLoaded");
      sheets.load("items/name,items/position");
      const a1 = sheets.getItem("A").getRange("A1").load("format/font/bold");
      await ctx.sync();
      expect(sheets.items.map((s) => [s.name, s.position])).toEqual([
        ["A", 0],
        ["B", 1],
      ]);
      expect(a1.format.font.bold).toBe(true);
      expect(catchSync(() => a1.format.font.italic).code).toBe("PropertyNotLoaded");
    });
  });

  test("writes are queued and applied at sync, in order", async () => {
    const wb = workbook("S");
    await run(wb, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B1");
      r.values = [[1, 2]];
      r.values = [[3, null]];
      expect(wb.sheets[0]!.cells.size).toBe(0);
      // A set value is readable locally, as in office.js.
      expect(r.values).toEqual([[3, null]]);
      await ctx.sync();
    });
    // null leaves B1 at 2; A1 took the later write.
    expect(gridFromFakeWorkbook(wb).sheets[0]!.cells).toEqual([[3, 2]]);
    expect(wb.syncCount).toBe(1);
  });

  test("a failing batch keeps the actions before the failure and drops loads", async () => {
    const wb = workbook("Input");
    const err = await rejection(
      run(wb, async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.add("First");
        const loaded = sheets.getItem("Input").load("name");
        sheets.getItem("Missing").name = "x";
        sheets.add("Second");
        await ctx.sync().catch((e: unknown) => {
          expect(catchSync(() => loaded.name).code).toBe("PropertyNotLoaded");
          throw e;
        });
      }),
    );
    expect(err.code).toBe("ItemNotFound");
    expect(wb.sheets.map((s) => s.name)).toEqual(["Input", "First"]);
  });

  test("sheet names follow Excel's rules", async () => {
    const wb = workbook("Data");
    const add = (name: string): Promise<FakeOfficeError> =>
      rejection(
        run(wb, async (ctx) => {
          ctx.workbook.worksheets.add(name);
          await ctx.sync();
        }),
      );
    expect((await add("data")).code).toBe("ItemAlreadyExists");
    expect((await add("a/b")).code).toBe("InvalidArgument");
    expect((await add("x".repeat(32))).code).toBe("InvalidArgument");
    expect((await add("'quoted'")).code).toBe("InvalidArgument");
    expect((await add("History")).code).toBe("InvalidArgument");
    expect(wb.sheets.map((s) => s.name)).toEqual(["Data"]);
  });

  test("a worksheet object stays bound to its sheet through a rename", async () => {
    const wb = workbook("Old", "Other");
    await run(wb, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Old");
      ws.name = "New";
      ws.getRange("A1").values = [["kept"]];
      ws.position = 1;
      await ctx.sync();
    });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Other", "New"]);
    expect(wb.sheet("New")!.cells.get(cellKey(0, 0))).toEqual({ v: "kept" });
  });

  test("null objects: missing sheet, empty used range; getUsedRange of an empty sheet is A1", async () => {
    const wb = workbook("Empty");
    await run(wb, async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      const empty = ctx.workbook.worksheets.getItem("Empty");
      const usedOrNull = empty.getUsedRangeOrNullObject(true);
      const used = empty.getUsedRange().load("address");
      expect(catchSync(() => missing.isNullObject).code).toBe("PropertyNotLoaded");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(usedOrNull.isNullObject).toBe(true);
      expect(used.address).toBe("Empty!A1");
    });
  });

  test("Excel.run sends what the batch left queued; an empty queue costs no round trip", async () => {
    const wb = workbook("S");
    await run(wb, async (ctx) => {
      await ctx.sync();
      ctx.workbook.worksheets.getItem("S").getRange("B2").values = [[5]];
    });
    expect(wb.syncCount).toBe(1);
    expect(wb.sheet("S")!.cells.get(cellKey(1, 1))).toEqual({ v: 5 });
  });
});

describe("typing what is written, as Excel does", () => {
  async function write(values: unknown[][], format?: string): Promise<FakeWorkbook> {
    const wb = workbook("S");
    await run(wb, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange(`A1:A${values.length}`);
      if (format) r.numberFormat = values.map(() => [format]);
      r.values = values;
      await ctx.sync();
    });
    return wb;
  }
  const cells = (wb: FakeWorkbook): unknown[] =>
    [...wb.sheet("S")!.cells.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c);

  test("General cells turn formula-like and numeric text into formulas and numbers", async () => {
    const wb = await write([
      ['=HYPERLINK("http://x","y")'],
      ["+86 123"],
      ["-5"],
      ["-"],
      ["@home"],
      ["001"],
      ["12%"],
      ["TRUE"],
      ["'=kept"],
      ["文本"],
    ]);
    expect(cells(wb)).toEqual([
      { v: 0, f: '=HYPERLINK("http://x","y")' },
      { v: 0, f: "=+86 123" },
      { v: -5 },
      { v: "-" },
      { v: 0, f: "=home" },
      { v: 1 },
      { v: 0.12 },
      { v: true },
      { v: "=kept" },
      { v: "文本" },
    ]);
  });

  test("text-formatted cells keep every string as text", async () => {
    const input = ['=HYPERLINK("http://x","y")', "+86 123", "-", "@home", "001"];
    const wb = await write(
      input.map((s) => [s]),
      "@",
    );
    expect(cells(wb)).toEqual(input.map((v) => ({ v })));
    const grid = gridFromFakeWorkbook(wb, { formulas: true });
    expect(grid.sheets[0]!.cells.map((r) => r[0])).toEqual(input);
  });

  test("formulas written into a text cell stay text; elsewhere they are formulas", async () => {
    const wb = workbook("S");
    await run(wb, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("A1").numberFormat = [["@"]];
      ws.getRange("A1:B1").formulas = [["=1+1", "=1+1"]];
      const read = ws.getRange("A1:B1").load("formulas,values,numberFormat");
      await ctx.sync();
      expect(read.formulas).toEqual([["=1+1", "=1+1"]]);
      expect(read.numberFormat).toEqual([["@", "General"]]);
    });
    expect(wb.sheet("S")!.cells.get(cellKey(0, 0))).toEqual({ v: "=1+1" });
    expect(wb.sheet("S")!.cells.get(cellKey(0, 1))).toEqual({ v: 0, f: "=1+1" });
  });

  test("an empty string clears a cell; a wrongly shaped array is refused", async () => {
    const wb = workbook("S");
    wb.sheet("S")!.cells.set(cellKey(0, 0), { v: "x" });
    await run(wb, async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1").values = [[""]];
      await ctx.sync();
    });
    expect(wb.sheet("S")!.cells.size).toBe(0);
    const err = await rejection(
      run(wb, async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:B2").values = [[1, 2]];
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
  });

  test("formula values come from the evaluator when one is set", async () => {
    const wb = workbook("S");
    wb.evaluateFormula = (f) => (f === "=1+1" ? 2 : "#NAME?");
    await run(wb, async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B1");
      r.formulas = [["=1+1", "=nope()"]];
      r.load("values");
      await ctx.sync();
      expect(r.values).toEqual([[2, "#NAME?"]]);
    });
  });
});

describe("payload limits, counting and failure injection", () => {
  test("counts syncs, operations and request bytes", async () => {
    const wb = workbook("S");
    await run(wb, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("A1").values = [["中"]];
      ws.load("name");
      await ctx.sync();
    });
    expect(wb.syncs).toHaveLength(1);
    expect(wb.syncs[0]!.operations).toBe(2);
    // The request carries the value: "中" is 3 bytes of UTF-8.
    expect(wb.syncs[0]!.requestBytes).toBeGreaterThan(3);
    expect(wb.syncs[0]!.responseBytes).toBe(JSON.stringify({ name: "S" }).length);
  });

  test("a request over the limit is refused whole", async () => {
    const wb = workbook("S");
    wb.limits.requestBytes = 10_000;
    const err = await rejection(
      run(wb, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("S");
        ws.getRange("A1").values = [["small"]];
        ws.getRange("A2").values = [["x".repeat(10_001)]];
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(wb.sheet("S")!.cells.size).toBe(0);
  });

  test("a response over the limit fails the read (the default limit is 5 MB)", async () => {
    const wb = workbook("S");
    expect(wb.limits.responseBytes).toBe(5 * 1024 * 1024);
    for (let r = 0; r < 1000; r++) wb.sheet("S")!.cells.set(cellKey(r, 0), { v: "y".repeat(100) });
    wb.limits.responseBytes = 50_000; // 1000 × ~103 bytes does not fit
    const err = await rejection(
      run(wb, async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:A1000").load("values");
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("ResponsePayloadSizeLimitExceeded");
  });

  test("an injected failure hits the chosen action; earlier actions stay applied", async () => {
    const wb = workbook("S");
    wb.injectFailure({ atOperation: 2 });
    const err = await rejection(
      run(wb, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("S");
        ws.getRange("A1").values = [[1]];
        ws.getRange("A2").values = [[2]];
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("GeneralException");
    expect([...wb.sheet("S")!.cells.keys()]).toEqual([cellKey(0, 0)]);

    wb.injectFailure({ atSync: 2, atOperation: 1 });
    wb.injectFailure({ match: (op) => op.name === "Worksheet.delete()", code: "InvalidOperation" });
    const second = await rejection(
      run(wb, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("S");
        ws.getRange("B1").values = [[1]];
        await ctx.sync();
        ws.getRange("B2").values = [[2]];
        await ctx.sync();
      }),
    );
    expect(second.code).toBe("GeneralException");
    expect(wb.sheet("S")!.cells.has(cellKey(0, 1))).toBe(true);
    expect(wb.sheet("S")!.cells.has(cellKey(1, 1))).toBe(false);
    wb.addSheet("T");
    const third = await rejection(
      run(wb, async (ctx) => {
        ctx.workbook.worksheets.getItem("T").delete();
        await ctx.sync();
      }),
    );
    expect(third.code).toBe("InvalidOperation");
  });

  test("APIs above the supported requirement set fail with ApiNotFound", async () => {
    const wb = workbook("S");
    wb.apiSets.ExcelApi = "1.8";
    const err = await rejection(
      run(wb, async (ctx) => {
        ctx.workbook.worksheets.getItem("S").pageLayout.orientation = "Landscape";
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("ApiNotFound");
    expect(wb.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(wb.isSetSupported("ExcelApi", "1.9")).toBe(false);
  });
});

type Sheet = ReturnType<FakeRequestContext["workbook"]["worksheets"]["getItem"]>;

describe("print area and page breaks (ExcelApi 1.9)", () => {
  test("setPrintArea takes an address or a range of the sheet; breaks go above a range's top row, once per row", async () => {
    const wb = workbook("S", "T");
    await run(wb, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.pageLayout.setPrintArea("$A$1:$L$82");
      ws.horizontalPageBreaks.add("A46");
      ws.horizontalPageBreaks.add(ws.getRange("C46:D47"));
      ws.horizontalPageBreaks.add("B10");
      await ctx.sync();
    });
    expect(wb.sheet("S")!.pageLayout.printArea).toEqual([{ top: 0, left: 0, bottom: 81, right: 11 }]);
    expect(wb.sheet("S")!.pageLayout.rowBreaks).toEqual([9, 45]);
    await run(wb, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.pageLayout.setPrintArea(ws.getRange("A1:B2"));
      ws.horizontalPageBreaks.removePageBreaks();
      await ctx.sync();
    });
    expect(wb.sheet("S")!.pageLayout.printArea).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
    expect(wb.sheet("S")!.pageLayout.rowBreaks).toBeUndefined();
  });

  test("a bad address, a range of another sheet, or a 1.8 host is refused", async () => {
    const wb = workbook("S", "T");
    const bad = await rejection(
      run(wb, async (ctx) => {
        ctx.workbook.worksheets.getItem("S").pageLayout.setPrintArea("A1:L");
        await ctx.sync();
      }),
    );
    expect(bad.code).toBe("InvalidArgument");
    const other = await rejection(
      run(wb, async (ctx) => {
        ctx.workbook.worksheets.getItem("S").horizontalPageBreaks.add(ctx.workbook.worksheets.getItem("T").getRange("A5"));
        await ctx.sync();
      }),
    );
    expect(other.code).toBe("InvalidArgument");
    wb.apiSets.ExcelApi = "1.8";
    for (const call of [
      (ws: Sheet) => ws.pageLayout.setPrintArea("A1:B2"),
      (ws: Sheet) => ws.horizontalPageBreaks.add("A3"),
    ]) {
      const old = await rejection(
        run(wb, async (ctx) => {
          call(ctx.workbook.worksheets.getItem("S"));
          await ctx.sync();
        }),
      );
      expect(old.code).toBe("ApiNotFound");
    }
    expect(wb.sheet("S")!.pageLayout.printArea).toBeUndefined();
    expect(wb.sheet("S")!.pageLayout.rowBreaks).toBeUndefined();
  });
});

describe("ranges, merges, layout", () => {
  test("merged areas come back with their address; merging keeps only the top-left value", async () => {
    const wb = workbook("My sheet");
    const s = wb.sheet("My sheet")!;
    s.cells.set(cellKey(0, 0), { v: "title" });
    s.cells.set(cellKey(0, 1), { v: "lost" });
    await run(wb, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("My sheet");
      ws.getRange("A1:C1").merge(false);
      ws.getRange("A3:B4").merge(false);
      const areas = ws.getRange().getMergedAreasOrNullObject().load("address,areaCount");
      areas.areas.load("items/address");
      const none = ws.getRange("E5:F6").getMergedAreasOrNullObject();
      await ctx.sync();
      expect(areas.address).toBe("'My sheet'!A1:C1,'My sheet'!A3:B4");
      expect(areas.areaCount).toBe(2);
      expect(areas.areas.items.map((a) => a.address)).toEqual(["'My sheet'!A1:C1", "'My sheet'!A3:B4"]);
      expect(none.isNullObject).toBe(true);
    });
    expect([...s.cells.keys()]).toEqual([cellKey(0, 0)]);
  });

  test("styles, widths, freeze panes, page layout, tab colour and selection", async () => {
    const wb = workbook("S", "T");
    await run(wb, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      const r = ws.getRange("A1:B2");
      r.format.font.bold = true;
      r.format.fill.color = "#ddeeff";
      r.format.borders.getItem("InsideHorizontal").style = "Continuous";
      ws.getRange("B:C").format.columnWidth = 120;
      ws.freezePanes.freezeAt(ws.getRange("A1:B3"));
      ws.pageLayout.zoom = { horizontalFitToPages: 1 };
      ws.tabColor = "#112233";
      ctx.workbook.worksheets.getItem("T").getRange("C4").select();
      const back = ws.getRange("A1:C2").load("format/font/bold,format/columnWidth");
      await ctx.sync();
      // Mixed over the range → null, as Excel reports.
      expect(back.format.font.bold).toBeNull();
      expect(back.format.columnWidth).toBeNull();
    });
    const s = wb.sheet("S")!;
    expect(s.styles.get(cellKey(0, 0))).toEqual({ bold: true, fill: "#DDEEFF", borders: { EdgeBottom: { style: "Continuous" } } });
    expect(s.styles.get(cellKey(1, 1))).toEqual({ bold: true, fill: "#DDEEFF" });
    expect([...s.columnWidths.entries()]).toEqual([
      [1, 120],
      [2, 120],
    ]);
    expect(s.freeze).toEqual({ rows: 3, columns: 2 });
    expect(s.pageLayout.zoom).toEqual({ horizontalFitToPages: 1 });
    expect(s.tabColor).toBe("#112233");
    expect(wb.activeSheetId).toBe(wb.sheet("T")!.id);
    expect(wb.selection).toEqual({ sheetId: wb.sheet("T")!.id, range: { top: 3, left: 2, bottom: 3, right: 2 } });
  });

  test("the last visible sheet cannot be deleted", async () => {
    const wb = workbook("Only");
    const err = await rejection(
      run(wb, async (ctx) => {
        ctx.workbook.worksheets.getItem("Only").delete();
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("InvalidOperation");
  });

  test("a very hidden sheet cannot be deleted until it is made hidden or visible (as Office.js documents)", async () => {
    const wb = workbook("Input", "Old");
    wb.sheet("Old")!.visibility = "VeryHidden";
    const err = await rejection(
      run(wb, async (ctx) => {
        ctx.workbook.worksheets.getItem("Old").delete();
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("InvalidOperation");
    expect(wb.sheets.map((s) => s.name)).toEqual(["Input", "Old"]);
    await run(wb, async (ctx) => {
      const old = ctx.workbook.worksheets.getItem("Old");
      old.visibility = "Hidden";
      old.delete();
      await ctx.sync();
    });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Input"]);
  });
});

describe("Office global", () => {
  test("document settings persist only through saveAsync", async () => {
    const wb = workbook("S");
    const office = createFakeOffice(wb, { displayLanguage: "en-US" });
    expect(office.context.displayLanguage).toBe("en-US");
    office.context.document.settings.set("zipin", { lang: "en" });
    expect(wb.savedSettings).toEqual({});
    await new Promise<void>((resolve) => office.context.document.settings.saveAsync(() => resolve()));
    expect(wb.savedSettings).toEqual({ zipin: { lang: "en" } });
    // A new session (reopened document) sees the saved value.
    expect(createFakeOffice(wb).context.document.settings.get("zipin")).toEqual({ lang: "en" });
  });

  test("a failed saveAsync reports Office's error and leaves the document's settings as they were", async () => {
    const wb = workbook("S");
    wb.savedSettings = { zipin: { lang: "zh" } };
    wb.settingsSaveError = { code: 5001, name: "Internal Error", message: "An internal error has occurred." };
    const office = createFakeOffice(wb);
    office.context.document.settings.set("zipin", { lang: "en" });
    const result = await new Promise<{ status: string; error?: { code: number } }>((resolve) =>
      office.context.document.settings.saveAsync(resolve),
    );
    expect(result).toMatchObject({ status: "failed", error: { code: 5001 } });
    expect(wb.savedSettings).toEqual({ zipin: { lang: "zh" } });
  });

  test("onReady reports the host (null in a plain browser) and associate registers actions", async () => {
    const wb = workbook("S");
    expect((await createFakeOffice(wb).onReady()).host).toBe("Excel");
    const plain = createFakeOffice(wb, { host: null });
    expect((await plain.onReady()).host).toBeNull();
    const handler = (): void => undefined;
    plain.actions.associate("evaluate", handler);
    expect(plain.associated.get("evaluate")).toBe(handler);
    expect(plain.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
  });
});

describe("building fakes from grids and .xlsx", () => {
  test("grid → fake → grid keeps values, text that looks like formulas, formats and merges", () => {
    const grid = {
      sheets: [
        {
          name: "收支表",
          cells: [
            ["项目", null, "=not a formula"],
            [null, 12.5, "+86 123"],
          ],
          numberFormats: [
            [null, null, null],
            [null, "0.00", null],
          ],
          merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
        },
      ],
    };
    const back = gridFromFakeWorkbook(fakeWorkbookFromGrid(grid));
    expect(back.sheets[0]!.cells).toEqual(grid.sheets[0]!.cells);
    expect(back.sheets[0]!.numberFormats).toEqual([
      ["General", "General", "General"],
      ["General", "0.00", "General"],
    ]);
    expect(back.sheets[0]!.merges).toEqual(grid.sheets[0]!.merges);
  });

  test(".xlsx → fake keeps cached formula results, formats, merges, widths and freeze", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Data", { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
    ws.getCell("A1").value = "title";
    ws.mergeCells("A1:B1");
    ws.getCell("A2").value = 3;
    ws.getCell("B2").value = { formula: "A2*2", result: 6 };
    ws.getCell("B2").numFmt = "0.00";
    ws.getColumn(1).width = 10;
    const bytes = await book.xlsx.writeBuffer();
    const wb = await fakeWorkbookFromXlsx(new Uint8Array(bytes as ArrayBuffer));
    const s = wb.sheet("Data")!;
    expect(s.cells.get(cellKey(1, 1))).toEqual({ v: 6, f: "=A2*2" });
    expect(s.numberFormats.get(cellKey(1, 1))).toBe("0.00");
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    // 10 chars × 7 + 5 = 75 px = 56.25 pt
    expect(s.columnWidths.get(0)).toBe(56.25);
    expect(s.freeze).toEqual({ rows: 1, columns: 0 });
  }, 60_000); // ExcelJS writes and reads a package: seconds on a loaded machine
});
