/**
 * The WPS port against the fake WPS object model (test/fake-wps): the same guarantees as the
 * Office.js port — bulk reads that give back the command line's grid, output sheets equal to
 * the engine's plan, input sheets never written, text never turned into a formula, and a
 * workbook left as it was (or completely written) whichever write fails.
 */
import { runEngine } from "../../src/engine";
import type { Grid } from "../../src/engine/grid";
import { OUTPUT_SHEET_NAMES, type OutputPlan, type PlannedSheet } from "../../src/engine/plan";
import { excelWouldConvert } from "../../src/engine/text-conversion";
import { WpsPort } from "../../src/wps";
import type { WpsHost } from "../../src/wps";
import { formatRectangles } from "../../src/wps/write-sheet";
import { bgr } from "../../src/wps/constants";
import { FakeWpsBook, fakeWpsFromGrid, gridFromFakeWps, seriesReference } from "../fake-wps";
import { exampleGrid } from "../browser/support/fixtures";
import { planDifferences } from "../browser/support/plan-compare";

const OUTPUTS: string[] = Object.values(OUTPUT_SHEET_NAMES);

const hostOf = (book: FakeWpsBook): WpsHost => ({ application: () => book.application() as unknown as Et.Application });
const portOf = (book: FakeWpsBook): WpsPort => new WpsPort({ host: hostOf(book) });

/** Rows trimmed of trailing empties, General as null: the grid as the engine sees it. */
function normalize(grid: Grid): unknown {
  return grid.sheets.map((s) => {
    const cells = s.cells.map((row) => {
      const r = [...row];
      while (r.length > 0 && r[r.length - 1] === null) r.pop();
      return r;
    });
    while (cells.length > 0 && cells[cells.length - 1]!.length === 0) cells.pop();
    const formats: Record<string, string> = {};
    s.numberFormats?.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f && f !== "General" && s.cells[r]?.[c] !== null && s.cells[r]?.[c] !== undefined) formats[`${r},${c}`] = f;
      }),
    );
    const merges = [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left);
    return { name: s.name, cells, formats, merges };
  });
}

let example: Grid;
let plan: OutputPlan;

beforeAll(async () => {
  example = await exampleGrid();
  const result = runEngine(example);
  if (!result.ok) throw new Error("the example does not evaluate");
  plan = result.plan;
});

describe("readGrid", () => {
  it("gives back the command line's grid of the example: values, number formats and merges", async () => {
    const book = fakeWpsFromGrid(example);
    const grid = await portOf(book).readGrid();
    expect(normalize(grid)).toEqual(normalize(example));
    expect(example.sheets.some((s) => s.merges.length > 0)).toBe(true);
    // Nothing was written while reading.
    expect(book.writes).toEqual([]);
  });

  it("reads one Value2 per sheet (a scalar for a one-cell used range) and values that are not A1-based", async () => {
    const book = new FakeWpsBook();
    const app = book.application();
    book.addSheet("一格");
    book.addSheet("偏移");
    book.addSheet("空表");
    app.Worksheets.Item(1).Range("C3").Value2 = 12.5;
    const offset = app.Worksheets.Item(2);
    offset.Range("B2:C3").Value2 = [
      ["项目", "金额"],
      ["办公费", 3],
    ];
    offset.Range("C3").NumberFormat = "#,##0.00";
    const grid = await portOf(book).readGrid();
    expect(grid.sheets[0]!.cells[2]).toEqual([null, null, 12.5]);
    expect(grid.sheets[1]!.cells).toEqual([
      [null, null, null],
      [null, "项目", "金额"],
      [null, "办公费", 3],
    ]);
    expect(grid.sheets[1]!.numberFormats![2]![2]).toBe("#,##0.00");
    expect(grid.sheets[1]!.numberFormats![2]![1]).toBe("General");
    expect(grid.sheets[2]).toEqual({ name: "空表", cells: [], numberFormats: [], merges: [] });
  });

  it("reads error values as their text, not as the CVErr numbers Value2 carries", async () => {
    const book = new FakeWpsBook();
    book.addSheet("表");
    book.application().Worksheets.Item(1).Range("A1:B1").Value2 = [[-2146826281, 7]];
    const grid = await portOf(book).readGrid();
    expect(grid.sheets[0]!.cells[0]).toEqual(["#DIV/0!", 7]);
  });

  it("finds merged areas next to each other and inside mixed regions", async () => {
    const book = new FakeWpsBook();
    book.addSheet("表");
    const ws = book.application().Worksheets.Item(1);
    ws.Range("A1").Value2 = "标题";
    ws.Range("A1:H1").Merge();
    ws.Range("A2:A5").Merge();
    ws.Range("B2:C3").Merge();
    ws.Range("H9").Value2 = 1;
    const grid = await portOf(book).readGrid();
    expect([...grid.sheets[0]!.merges].sort((a, b) => a.top - b.top || a.left - b.left)).toEqual([
      { top: 0, left: 0, bottom: 0, right: 7 },
      { top: 1, left: 0, bottom: 4, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 2 },
    ]);
  });
});

describe("a sheet reaching past the read cap", () => {
  it("reads the example with a stray value in XFD1048576: the tables whole, the far cell named in a warning", async () => {
    const book = fakeWpsFromGrid(example);
    const first = book.application().Worksheets.Item(1);
    first.Range("XFD1048576").Value2 = "备注";
    // Reading the whole used range (17 billion cells) is what ran WPS out of memory.
    expect(() => first.UsedRange.Value2).toThrow("内存不足");
    const writesBefore = [...book.writes];
    const port = portOf(book);
    const grid = await port.readGrid();
    expect(normalize(grid)).toEqual(normalize(example));
    expect(port.readWarnings).toHaveLength(1);
    const [warning] = port.readWarnings;
    expect(warning!.sheet).toBe(example.sheets[0]!.name);
    expect(warning!.zh).toContain("XFD1048576");
    expect(warning!.zh).toContain("1 个");
    expect(warning!.en).toContain("XFD1048576");
    // The rest evaluates as before: 92 points (docs/rules.md §6).
    const again = runEngine(grid);
    if (!again.ok) throw new Error("the example with a stray cell does not evaluate");
    expect(String(again.evaluation.totalScore)).toBe("92");
    expect(book.writes).toEqual(writesBefore);
  });

  it("keeps formulas among the values it looks for, and reads a sheet whose every value is far as empty with a warning", async () => {
    const book = new FakeWpsBook();
    book.addSheet("近");
    book.addSheet("远");
    const near = book.application().Worksheets.Item(1);
    near.Range("A1:B2").Value2 = [
      ["项目", "金额"],
      ["办公费", 3],
    ];
    near.Range("C2").Formula = "=B2*2";
    near.Range("ZZ900000").Value2 = 9;
    book.application().Worksheets.Item(2).Range("XFD1048576").Value2 = 1;
    const port = portOf(book);
    const grid = await port.readGrid();
    expect(grid.sheets[0]!.cells.slice(0, 2).map((r) => r.slice(0, 3))).toEqual([
      ["项目", "金额", null],
      ["办公费", 3, 0],
    ]);
    expect(grid.sheets[1]).toEqual({ name: "远", cells: [], numberFormats: [], merges: [] });
    expect(port.readWarnings.map((w) => w.sheet)).toEqual(["近", "远"]);
    expect(port.readWarnings[0]!.zh).toContain("ZZ900000");
    expect(port.readWarnings[1]!.zh).toContain("XFD1048576");
  });

  it("forgets the warnings of an earlier read", async () => {
    const book = new FakeWpsBook();
    book.addSheet("表");
    const ws = book.application().Worksheets.Item(1);
    ws.Range("A1").Value2 = 1;
    ws.Range("XFD1").Value2 = 2;
    ws.Range("A1048576").Value2 = 3;
    const port = portOf(book);
    await port.readGrid();
    expect(port.readWarnings).toHaveLength(1);
    ws.Range("XFD1").Value2 = null;
    ws.Range("A1048576").Value2 = null;
    await port.readGrid();
    expect(port.readWarnings).toEqual([]);
  });
});

describe("applyPlan", () => {
  it("writes the two output sheets exactly as planned, after the inputs, and leaves the inputs and the host as they were", async () => {
    const book = fakeWpsFromGrid(example);
    const inputs = JSON.stringify((book.snapshot() as { sheets: unknown[] }).sheets);
    await portOf(book).applyPlan(plan);
    const written = gridFromFakeWps(book, { formulas: true, numberFormats: false });
    expect(planDifferences(plan.sheets, written)).toEqual([]);
    expect(book.sheets.map((s) => s.name)).toEqual([...example.sheets.map((s) => s.name), ...OUTPUTS]);
    const after = book.snapshot() as { sheets: unknown[]; displayAlerts: boolean; calculation: number; enableEvents: boolean; screenUpdating: boolean };
    expect(JSON.stringify(after.sheets.slice(0, example.sheets.length))).toBe(inputs);
    expect(after).toMatchObject({ displayAlerts: true, calculation: -4105, enableEvents: true, screenUpdating: true });
    // No question was put to the user, and the user's sheet is still the active one.
    expect(book.prompts).toEqual([]);
    expect(book.sheetByUid(book.activeUid!)!.name).toBe(example.sheets[0]!.name);
  });

  it("writes formulas as formulas and every planned number format, look, width, freeze and page setup", async () => {
    const book = fakeWpsFromGrid(example);
    await portOf(book).applyPlan(plan);
    for (const planned of plan.sheets) {
      const s = book.sheets.find((x) => x.name === planned.name)!;
      planned.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const got = s.cells.get(`${r},${c}`);
          if (cell?.t === "formula") expect(got?.formula).toBe(cell.f);
          if (cell?.t === "text" && cell.v !== "") {
            // Text stays text as written: a Text cell where entry would convert it, General prose otherwise.
            expect(got?.formula).toBeNull();
            expect(got?.value).toBe(cell.v);
            if (excelWouldConvert(cell.v)) expect(got?.numberFormat).toBe("@");
          }
        }),
      );
      for (const f of planned.formats) {
        const got = s.cells.get(`${f.range.top},${f.range.left}`);
        const cell = planned.rows[f.range.top]?.[f.range.left];
        if (f.numberFormat && cell?.t === "number") expect(got?.numberFormat).toBe(f.numberFormat);
        if (f.style?.bold) expect(got?.style.bold).toBe(true);
        if (f.style?.fill) expect(got?.style.fill).toBe(bgr(f.style.fill));
        if (f.style?.wrap !== undefined) expect(got?.style.wrap).toBe(f.style.wrap);
      }
      expect(s.merges).toEqual(planned.merges);
      planned.columnWidths.forEach((w, c) => {
        if (w > 0) expect(s.columnWidths.get(c)).toBe(w);
      });
      const freeze = planned.freeze.rows > 0 || planned.freeze.columns > 0 ? planned.freeze : null;
      expect(s.freeze).toEqual(freeze);
      expect(s.pageSetup.paperSize).toBe(9);
      expect(s.pageSetup.orientation).toBe(planned.print.orientation === "landscape" ? 2 : 1);
      if (planned.print.fitToWidth) expect(s.pageSetup).toMatchObject({ zoom: false, fitToPagesWide: 1, fitToPagesTall: false });
    }
  });

  it("writes the plan's page setup: scale, header and footer sections, print titles, print area, row breaks", async () => {
    const sheet: PlannedSheet = {
      name: OUTPUT_SHEET_NAMES.summary,
      rows: Array.from({ length: 12 }, (_, r) => [{ t: "text", v: `第${r + 1}行` }, { t: "number", v: r }]),
      formats: [],
      merges: [],
      columnWidths: [10, 10, 10, 10, 10],
      freeze: { rows: 0, columns: 0 },
      print: {
        orientation: "landscape",
        fitToWidth: false,
        scale: 84.6,
        titleRows: { top: 0, bottom: 1 },
        lastPrintColumn: 3,
        headerFooter: { header: "&L派潭镇 R&&D&R2023年度", footer: "&C第 &P 页 共 &N 页" },
        pageBreaksBefore: [0, 10],
      },
    };
    const book = fakeWpsFromGrid(example);
    await portOf(book).applyPlan({ sheets: [sheet] });
    const s = book.sheets.find((x) => x.name === sheet.name)!;
    expect(s.pageSetup).toEqual({
      paperSize: 9,
      orientation: 2,
      zoom: 85,
      fitToPagesWide: 1,
      fitToPagesTall: 1,
      headerFooter: { leftHeader: "派潭镇 R&&D", centerHeader: "", rightHeader: "2023年度", leftFooter: "", centerFooter: "第 &P 页 共 &N 页", rightFooter: "" },
      printTitleRows: "$1:$2",
      // Columns A–D (lastPrintColumn 3), rows 1–12.
      printArea: "$A$1:$D$12",
    });
    // A break before row 1 is no break (WPS refuses it); row index 10 is row 11.
    expect(s.rowBreaks).toEqual([10]);
  });

  it("gives the example summary the footer 第 &P 页 共 &N 页, its title row on every page, portrait, and the machine columns outside the print area", async () => {
    const book = fakeWpsFromGrid(example);
    await portOf(book).applyPlan(plan);
    const planned = plan.sheets.find((p) => p.name === OUTPUT_SHEET_NAMES.summary)!;
    const s = book.sheets.find((x) => x.name === OUTPUT_SHEET_NAMES.summary)!;
    expect(s.pageSetup.headerFooter.centerFooter).toBe("第 &P 页 共 &N 页");
    expect(s.pageSetup.headerFooter.rightHeader).toBe("2023年度");
    expect(s.pageSetup.printTitleRows).toBe("$1:$1");
    const lastColumn = planned.print.lastPrintColumn!;
    // A–J print; K–O (direction, the numbers compared, rule, source cells) stay off the paper.
    expect([lastColumn, planned.columnWidths.length]).toEqual([9, 15]);
    expect(s.pageSetup.orientation).toBe(1);
    expect(s.pageSetup.printArea).toMatch(new RegExp(`^\\$A\\$1:\\$${String.fromCharCode(65 + lastColumn)}\\$\\d+$`));
  });

  it("draws each planned chart over its anchor cells, with its series as ranges of the sheet", async () => {
    const sheet: PlannedSheet = {
      name: OUTPUT_SHEET_NAMES.summary,
      rows: [
        [{ t: "text", v: "项目" }, { t: "text", v: "预算数" }, { t: "text", v: "执行数" }],
        [{ t: "text", v: "人员经费" }, { t: "number", v: 100 }, { t: "number", v: 90 }],
        [{ t: "text", v: "公用经费" }, { t: "number", v: 50 }, { t: "number", v: 45 }],
      ],
      formats: [],
      merges: [],
      columnWidths: [10, 10, 10, 10],
      freeze: { rows: 0, columns: 0 },
      print: { orientation: "portrait", fitToWidth: true },
      charts: [
        {
          title: "预算数与执行数",
          categories: { top: 1, bottom: 2, left: 0, right: 0 },
          series: [
            { name: "预算数", values: { top: 1, bottom: 2, left: 1, right: 1 }, color: "#4472C4" },
            { name: "执行数", values: { top: 1, bottom: 2, left: 2, right: 2 }, color: "#ED7D31" },
          ],
          valueFormat: "#,##0",
          dataLabels: true,
          direction: "bar",
          fontSize: { text: 11, title: 14 },
          anchor: { top: 4, left: 1, bottom: 13, right: 3 },
        },
      ],
    };
    const book = fakeWpsFromGrid(example);
    await portOf(book).applyPlan({ sheets: [sheet] });
    const s = book.sheets.find((x) => x.name === sheet.name)!;
    expect(s.charts).toHaveLength(1);
    // References as WPS shows them: they followed the sheet from its temporary name to its own.
    const shown = s.charts[0]!.series.map((x) => ({ ...x, values: seriesReference(book, x.values), xValues: seriesReference(book, x.xValues) }));
    const series = (name: string, col: string, color: number): unknown => ({
      name,
      values: `'绩效自评结果'!$${col}$2:$${col}$3`,
      xValues: "'绩效自评结果'!$A$2:$A$3",
      color,
      dataLabels: true,
      labelFormat: "#,##0",
    });
    expect({ ...s.charts[0], series: shown }).toEqual({
      // 10 characters = round(10 × 7 + 5) × 0.75 = 56.25 pt a column; rows 15 pt.
      left: 56.25,
      top: 60,
      width: 3 * 56.25,
      height: 10 * 15,
      // xlBarClustered: bars left to right, the names listed down the side.
      type: 57,
      title: "预算数与执行数",
      legendPosition: -4107,
      // #4472C4 as BGR: 0xC47244; #ED7D31: 0x317DED.
      series: [series("预算数", "B", 0xc47244), series("执行数", "C", 0x317ded)],
      valueAxis: { minimum: 0, format: "#,##0" },
      // First line at the top, as in the table; the value axis stays at the foot (xlAxisCrossesMaximum).
      categoryAxis: { reversed: true, crosses: 2 },
      fontSize: 11,
      titleFontSize: 14,
    });
  });

  it("draws the example summary's charts", async () => {
    const book = fakeWpsFromGrid(example);
    await portOf(book).applyPlan(plan);
    const planned = plan.sheets.find((p) => p.name === OUTPUT_SHEET_NAMES.summary)!;
    const s = book.sheets.find((x) => x.name === OUTPUT_SHEET_NAMES.summary)!;
    expect(planned.charts?.length).toBeGreaterThanOrEqual(2);
    expect(s.charts.map((c) => c.title)).toEqual(planned.charts!.map((c) => c.title));
    expect(s.charts.map((c) => c.series.length)).toEqual(planned.charts!.map((c) => c.series.length));
  });

  it("keeps text that looks like a formula, a number or a boolean as text", async () => {
    const book = new FakeWpsBook();
    book.addSheet("输入");
    const tricky = ["=HYPERLINK(\"http://x\",\"点我\")", "+86 123", "-abc", "001", "12%", "TRUE", "'引号", "=1+"];
    const sheet: PlannedSheet = {
      name: OUTPUT_SHEET_NAMES.summary,
      rows: [tricky.map((v) => ({ t: "text" as const, v })), [{ t: "formula", f: "=1+2", v: 3 }, { t: "number", v: 5 }]],
      formats: [{ range: { top: 1, left: 0, bottom: 1, right: 1 }, numberFormat: "0.00" }],
      merges: [],
      columnWidths: [],
      freeze: { rows: 0, columns: 0 },
      print: { orientation: "portrait", fitToWidth: false },
    };
    await portOf(book).applyPlan({ sheets: [sheet] });
    const s = book.sheets[1]!;
    tricky.forEach((v, c) => expect(s.cells.get(`0,${c}`)).toMatchObject({ value: v, formula: null, numberFormat: "@" }));
    expect(s.cells.get("1,0")).toMatchObject({ formula: "=1+2", numberFormat: "0.00" });
    expect(s.cells.get("1,1")).toMatchObject({ value: 5, formula: null, numberFormat: "0.00" });
  });

  it("replaces previous outputs in place: same positions, the active output stays active, nothing asked", async () => {
    const book = fakeWpsFromGrid(example);
    const port = portOf(book);
    await port.applyPlan(plan);
    // The user moves the summary first, adds a sheet after it, and looks at the report.
    const app = book.application();
    const summary = app.Worksheets.Item(OUTPUT_SHEET_NAMES.summary);
    summary.Move(app.Worksheets.Item(1));
    app.Worksheets.Add(undefined, app.Worksheets.Item(1)).Name = "备注";
    app.Worksheets.Item(OUTPUT_SHEET_NAMES.report).Activate();
    const order = book.sheets.map((s) => s.name);
    const uids = book.sheets.map((s) => s.uid);
    await port.applyPlan(plan);
    expect(book.sheets.map((s) => s.name)).toEqual(order);
    // Both outputs are new sheets; every other sheet is the same sheet as before.
    book.sheets.forEach((s, i) => {
      if (OUTPUTS.includes(s.name)) expect(s.uid).not.toBe(uids[i]);
      else expect(s.uid).toBe(uids[i]);
    });
    expect(book.sheetByUid(book.activeUid!)!.name).toBe(OUTPUT_SHEET_NAMES.report);
    expect(book.prompts).toEqual([]);
    expect(planDifferences(plan.sheets, gridFromFakeWps(book, { formulas: true, numberFormats: false }))).toEqual([]);
  });

  it("replaces a very hidden previous output (WPS will not delete one without unhiding it)", async () => {
    const book = fakeWpsFromGrid(example);
    const port = portOf(book);
    await port.applyPlan(plan);
    book.application().Worksheets.Item(OUTPUT_SHEET_NAMES.report).Visible = 2;
    await port.applyPlan(plan);
    expect(book.sheets.filter((s) => s.name === OUTPUT_SHEET_NAMES.report)).toHaveLength(1);
  });

  it("refuses to write a sheet that is not an output, before touching anything", async () => {
    const book = fakeWpsFromGrid(example);
    const first = example.sheets[0]!.name;
    await expect(portOf(book).applyPlan({ sheets: [{ ...plan.sheets[0]!, name: first }] })).rejects.toThrow(/not an output sheet/);
    expect(book.writeCount).toBe(0);
  });

  it("refuses a plan with a sheet name WPS would refuse, or a name twice, before touching anything", async () => {
    const book = fakeWpsFromGrid(example);
    const port = new WpsPort({ host: hostOf(book), writableSheets: ["a/b", ...OUTPUTS] });
    await expect(port.applyPlan({ sheets: [{ ...plan.sheets[0]!, name: "a/b" }] })).rejects.toThrow(/contains one of/);
    await expect(port.applyPlan({ sheets: [plan.sheets[0]!, plan.sheets[0]!] })).rejects.toThrow(/appears twice/);
    expect(book.writeCount).toBe(0);
  });

  it("builds under temporary names no existing sheet has", async () => {
    const book = fakeWpsFromGrid(example);
    const app = book.application();
    app.Worksheets.Add(undefined, app.Worksheets.Item(app.Worksheets.Count)).Name = "~zipin-new-1";
    app.Worksheets.Item(1).Activate();
    const before = JSON.stringify(book.sheets.find((s) => s.name === "~zipin-new-1"));
    await portOf(book).applyPlan(plan);
    expect(JSON.stringify(book.sheets.find((s) => s.name === "~zipin-new-1"))).toBe(before);
    expect(planDifferences(plan.sheets, gridFromFakeWps(book, { formulas: true, numberFormats: false }))).toEqual([]);
  });

  it("with DisplayAlerts left on by the user, still asks nothing and gives DisplayAlerts back", async () => {
    const book = fakeWpsFromGrid(example);
    book.promptAnswer = "cancel";
    await portOf(book).applyPlan(plan);
    await portOf(book).applyPlan(plan);
    expect(book.prompts).toEqual([]);
    expect(book.displayAlerts).toBe(true);
    expect(book.sheets.filter((s) => OUTPUTS.includes(s.name))).toHaveLength(OUTPUTS.length);
  });
});

describe("a failure at any write", () => {
  let inputsOnly: FakeWpsBook;
  let withOutputs: FakeWpsBook;
  beforeAll(async () => {
    inputsOnly = fakeWpsFromGrid(example);
    withOutputs = fakeWpsFromGrid(example);
    await portOf(withOutputs).applyPlan(plan);
  });

  /** Runs applyPlan on a fresh book (with or without previous outputs) failing at write n. */
  async function runFailingAt(n: number | null, withPrevious: boolean): Promise<{ book: FakeWpsBook; error: unknown; before: string }> {
    const book = (withPrevious ? withOutputs : inputsOnly).clone();
    book.writes = [];
    book.writeCount = 0;
    const before = JSON.stringify(book.snapshot());
    book.failAt = n;
    let error: unknown = null;
    await portOf(book)
      .applyPlan(plan)
      .catch((e: unknown) => {
        error = e;
      });
    return { book, error, before };
  }

  for (const withPrevious of [false, true]) {
    it(`leaves the workbook as it was, or completely written (${withPrevious ? "replacing previous outputs" : "first run"})`, async () => {
      const clean = await runFailingAt(null, withPrevious);
      expect(clean.error).toBeNull();
      const total = clean.book.writeCount;
      expect(total).toBeGreaterThan(20);
      const complete = gridFromFakeWps(clean.book, { formulas: true, numberFormats: true });
      let rolledBack = 0;
      let rolledForward = 0;
      for (let n = 1; n <= total; n++) {
        const { book, error, before } = await runFailingAt(n, withPrevious);
        expect(error).toBeInstanceOf(Error);
        // The first delete of a previous output is the commit point.
        const deletes = clean.book.writes.slice(0, n - 1).filter((w) => w.startsWith("Worksheet.Delete ~zipin-old")).length;
        if (deletes === 0) {
          // Exactly as it was: the same sheets (by identity), cells, looks, order, active sheet and host state.
          expect(JSON.stringify(book.snapshot())).toBe(before);
          rolledBack++;
        } else {
          expect(gridFromFakeWps(book, { formulas: true, numberFormats: true })).toEqual(complete);
          rolledForward++;
        }
        expect(book.sheets.some((s) => s.name.startsWith("~zipin"))).toBe(false);
        expect({ alerts: book.displayAlerts, calc: book.calculation, events: book.enableEvents, screen: book.screenUpdating }).toEqual({
          alerts: true,
          calc: -4105,
          events: true,
          screen: true,
        });
        expect(book.sheetByUid(book.activeUid!)!.name).toBe(example.sheets[0]!.name);
        expect(book.prompts).toEqual([]);
      }
      expect(rolledBack).toBeGreaterThan(0);
      if (withPrevious) expect(rolledForward).toBeGreaterThan(0);
    });
  }
});

describe("selectCell and the template", () => {
  it("activates the sheet and selects the cell; false for a sheet that is gone", async () => {
    const book = fakeWpsFromGrid(example);
    const port = portOf(book);
    const last = example.sheets[example.sheets.length - 1]!.name;
    await expect(port.selectCell({ sheet: last, row: 4, col: 3 })).resolves.toBe(true);
    expect(book.sheetByUid(book.activeUid!)!.name).toBe(last);
    expect(book.selection!.range).toEqual({ top: 4, left: 3, bottom: 4, right: 3 });
    await expect(port.selectCell({ sheet: "没有这张表", row: 0, col: 0 })).resolves.toBe(false);
  });

  it("adds only the sheets that are missing", async () => {
    const book = fakeWpsFromGrid(example);
    const port = new WpsPort({ host: hostOf(book), writableSheets: [] });
    const first = example.sheets[0]!.name;
    const added = await port.addSheetsIfAbsent({ sheets: [{ ...plan.sheets[0]!, name: first }, { ...plan.sheets[1]!, name: "新表" }] });
    expect(added).toEqual(["新表"]);
    expect(book.sheets.map((s) => s.name)).toEqual([...example.sheets.map((s) => s.name), "新表"]);
  });
});

describe("formatRectangles", () => {
  it("covers every formatted cell once with as few rectangles as the runs allow", () => {
    const grid = [
      ["@", "@", null, "0.00"],
      ["@", "@", null, "0.00"],
      ["@", "0%", "0%", "0.00"],
    ];
    expect(formatRectangles(grid, 5)).toEqual([
      { format: "@", range: { top: 5, bottom: 6, left: 0, right: 1 } },
      { format: "0.00", range: { top: 5, bottom: 7, left: 3, right: 3 } },
      { format: "@", range: { top: 7, bottom: 7, left: 0, right: 0 } },
      { format: "0%", range: { top: 7, bottom: 7, left: 1, right: 2 } },
    ]);
  });
});
