import { join } from "path";
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import ExcelJS from "exceljs";
import { XlsxPort } from "../../src/node/xlsx-port";
import type { OutputPlan } from "../../src/engine/plan";
import { filesIn, formula, makeTempDir, num, plannedSheet, range, reread, sheetOf, text } from "./helpers";

/** Input workbook with values, a formula, formats, styles and merges that must survive untouched. */
function buildInput(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet("收支表");
  a.getCell("A1").value = "收支情况表";
  a.mergeCells("A1:C1");
  a.getCell("A1").font = { bold: true, size: 14 };
  a.getCell("A2").value = "支出合计";
  a.getCell("B2").value = 28564.19;
  a.getCell("B2").numFmt = "#,##0.00";
  a.getCell("C2").value = { formula: "B2*0.5", result: 14282.095 };
  a.getCell("C2").numFmt = "0.00";
  a.getCell("A3").value = "=not a formula";
  a.getCell("A3").numFmt = "@";
  const b = wb.addWorksheet("指标");
  b.getCell("A1").value = "产出指标";
  b.mergeCells("A1:A2");
  b.getCell("B1").value = "92%";
  b.getCell("C2").value = 0.92;
  b.getCell("C2").numFmt = "0.00%";
  return wb;
}

const SUMMARY = "绩效自评结果";
const REPORT = "自评报告";

function samplePlan(score = 92): OutputPlan {
  return {
    sheets: [
      plannedSheet(
        SUMMARY,
        [
          [text("自评得分"), num(score)],
          [text("执行率"), formula("=收支表!B2/28564.19", 1)],
          [text("=HYPERLINK(\"http://x\",\"y\")"), text("+1"), text("-2"), text("@x")],
          [null, formula("=B1*2", null)],
        ],
        {
          formats: [
            { range: range(0, 0, 1, 1), style: { bold: true, fill: "#FF0000", border: "thin" } },
            { range: range(1, 1, 1, 1), numberFormat: "0.00%", style: { fill: "#0000FF", horizontal: "center", vertical: "center", wrap: true } },
            // A number format over a text cell: the text keeps "@" so Excel keeps it text.
            { range: range(2, 0, 2, 3), numberFormat: "#,##0.00", style: { italic: true, fontSize: 9, fontColor: "#333333" } },
          ],
          merges: [range(3, 2, 4, 3)],
          columnWidths: [20, 12],
          rowHeights: [null, 30],
          freeze: { rows: 1, columns: 1 },
          print: { orientation: "landscape", fitToWidth: true },
          tabColor: "#1F4E79",
        },
      ),
      plannedSheet(REPORT, [[text("一、部门基本情况")], [text("我镇本年收入合计28,082.29万元。")]], {
        columnWidths: [90],
        print: { orientation: "portrait", fitToWidth: false },
      }),
    ],
  };
}

describe("XlsxPort.applyPlan + save", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (tmp = makeTempDir()));
  afterEach(() => tmp.cleanup());

  async function evaluateOnce(inPath: string, outPath: string, plan: OutputPlan = samplePlan()): Promise<void> {
    const port = await XlsxPort.open(inPath);
    await port.applyPlan(plan);
    await port.save(outPath);
  }

  it("writes numbers, formulas with cached results, and text that is never a formula", async () => {
    const inPath = join(tmp.dir, "in.xlsx");
    const outPath = join(tmp.dir, "out.xlsx");
    await buildInput().xlsx.writeFile(inPath);
    await evaluateOnce(inPath, outPath);

    const ws = sheetOf(await reread(outPath), SUMMARY);
    expect(ws.getCell("A1").value).toBe("自评得分");
    expect(ws.getCell("A1").numFmt).toBe("@");
    expect(ws.getCell("B1").value).toBe(92);
    expect(ws.getCell("B2").value).toEqual({ formula: "收支表!B2/28564.19", result: 1 });
    expect(ws.getCell("B4").formula).toBe("B1*2");
    for (const [addr, value] of [["A3", "=HYPERLINK(\"http://x\",\"y\")"], ["B3", "+1"], ["C3", "-2"], ["D3", "@x"]] as const) {
      const cell = ws.getCell(addr);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(value);
      expect(cell.numFmt).toBe("@");
    }
  });

  it("applies formats in order (later wins per property), merges, widths, heights, freeze, print and tab colour", async () => {
    const inPath = join(tmp.dir, "in.xlsx");
    const outPath = join(tmp.dir, "out.xlsx");
    await buildInput().xlsx.writeFile(inPath);
    await evaluateOnce(inPath, outPath);
    const wb = await reread(outPath);
    const ws = sheetOf(wb, SUMMARY);

    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("A1").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } });
    expect(ws.getCell("A1").border?.left?.style).toBe("thin");
    // B2: bold and border from the first range, fill and alignment from the second.
    const b2 = ws.getCell("B2");
    expect(b2.font?.bold).toBe(true);
    expect(b2.fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FF0000FF" } });
    expect(b2.numFmt).toBe("0.00%");
    expect(b2.alignment).toEqual({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(b2.border?.bottom?.style).toBe("thin");
    expect(ws.getCell("A3").font).toMatchObject({ italic: true, size: 9, color: { argb: "FF333333" } });

    expect(ws.getCell("D5").isMerged).toBe(true);
    expect(ws.getCell("D5").master.address).toBe("C4");
    expect(ws.getColumn(1).width).toBe(20);
    expect(ws.getColumn(2).width).toBe(12);
    expect(ws.getRow(2).height).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.properties.tabColor).toEqual({ argb: "FF1F4E79" });

    const report = sheetOf(wb, REPORT);
    expect(report.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait" });
    expect(report.pageSetup.fitToPage).toBeFalsy();
    expect((report.views ?? []).some((v) => v.state === "frozen")).toBe(false);
  });

  it("leaves every input sheet's values, formats and merges as they were", async () => {
    const inPath = join(tmp.dir, "in.xlsx");
    const outPath = join(tmp.dir, "out.xlsx");
    await buildInput().xlsx.writeFile(inPath);
    const before = await (await XlsxPort.open(inPath)).readGrid();
    const inputBytes = readFileSync(inPath);

    await evaluateOnce(inPath, outPath);

    const after = await (await XlsxPort.open(outPath)).readGrid();
    expect(after.sheets.slice(0, 2)).toEqual(before.sheets);
    // Styles survive too.
    const ws = sheetOf(await reread(outPath), "收支表");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("C2").formula).toBe("B2*0.5");
    expect(readFileSync(inPath).equals(inputBytes)).toBe(true);
  });

  it("adds new sheets at the end and replaces an existing one at its own position", async () => {
    const inPath = join(tmp.dir, "in.xlsx");
    const outPath = join(tmp.dir, "out.xlsx");
    const wb = buildInput();
    // An old summary sits between the two input sheets: it keeps that place.
    const old = wb.addWorksheet(SUMMARY);
    old.getCell("A1").value = "旧结果";
    old.getCell("Z99").value = "stale";
    (old as unknown as { orderNo: number }).orderNo = 1.5;
    await wb.xlsx.writeFile(inPath);
    expect((await reread(inPath)).worksheets.map((w) => w.name)).toEqual(["收支表", SUMMARY, "指标"]);

    await evaluateOnce(inPath, outPath);
    const out = await reread(outPath);
    expect(out.worksheets.map((w) => w.name)).toEqual(["收支表", SUMMARY, "指标", REPORT]);
    const summary = sheetOf(out, SUMMARY);
    expect(summary.getCell("A1").value).toBe("自评得分");
    expect(summary.getCell("Z99").value).toBeNull(); // replaced as a whole, nothing left over
  });

  it("gives the same workbook when run again on its own output", async () => {
    const inPath = join(tmp.dir, "in.xlsx");
    const once = join(tmp.dir, "once.xlsx");
    const twice = join(tmp.dir, "twice.xlsx");
    await buildInput().xlsx.writeFile(inPath);
    await evaluateOnce(inPath, once);
    await evaluateOnce(once, twice);
    const a = await (await XlsxPort.open(once)).readGrid();
    const b = await (await XlsxPort.open(twice)).readGrid();
    expect(b).toEqual(a);
    expect(b.sheets.map((s) => s.name)).toEqual(["收支表", "指标", SUMMARY, REPORT]);
  });

  it("changes nothing when a plan fails half-way", async () => {
    const inPath = join(tmp.dir, "in.xlsx");
    const wb = buildInput();
    wb.addWorksheet(SUMMARY).getCell("A1").value = "上次结果";
    await wb.xlsx.writeFile(inPath);
    const port = await XlsxPort.open(inPath);
    const before = await port.readGrid();

    // The first sheet would be replaced fine; the second has overlapping merges, which Excel rejects.
    const bad: OutputPlan = {
      sheets: [
        plannedSheet(SUMMARY, [[text("新结果")]]),
        plannedSheet(REPORT, [[text("x")]], { merges: [range(0, 0, 1, 1), range(1, 1, 2, 2)] }),
      ],
    };
    await expect(port.applyPlan(bad)).rejects.toThrow(/overlap/);
    expect(await port.readGrid()).toEqual(before);
  });

  it("rejects an invalid sheet name before touching anything", async () => {
    const port = await XlsxPort.fromWorkbook(buildInput());
    const before = await port.readGrid();
    await expect(port.applyPlan({ sheets: [plannedSheet("结果[1]", [])] })).rejects.toThrow(/sheet name/);
    await expect(port.applyPlan({ sheets: [plannedSheet("x".repeat(32), [])] })).rejects.toThrow(/31/);
    expect(await port.readGrid()).toEqual(before);
  });

  it("saves all-or-nothing: a failed save leaves no partial or temp file", async () => {
    const port = await XlsxPort.fromWorkbook(buildInput());
    await port.applyPlan(samplePlan());
    // The target is a folder, so the final rename fails after the temp file was written.
    const target = join(tmp.dir, "taken");
    mkdirSync(target);
    await expect(port.save(target)).rejects.toThrow();
    expect(filesIn(tmp.dir)).toEqual(["taken"]);
    // An existing output survives a failed save untouched.
    const existing = join(tmp.dir, "out.xlsx");
    writeFileSync(existing, "previous");
    await expect(port.save(join(tmp.dir, "missing-folder", "out.xlsx"))).rejects.toThrow();
    expect(readFileSync(existing, "utf8")).toBe("previous");
    expect(filesIn(tmp.dir)).toEqual(["out.xlsx", "taken"]);
  });

  it("builds a workbook from nothing (the template path)", async () => {
    const port = XlsxPort.create();
    await port.applyPlan(samplePlan(50));
    const out = join(tmp.dir, "new.xlsx");
    await port.save(out);
    const grid = await (await XlsxPort.open(out)).readGrid();
    expect(grid.sheets.map((s) => s.name)).toEqual([SUMMARY, REPORT]);
    expect(grid.sheets[0]!.cells[0]).toEqual(["自评得分", 50, null, null]);
  });
});
