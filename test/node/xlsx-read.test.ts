import { writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxPort } from "../../src/node/xlsx-port";
import { InputFileError, plainCellValue } from "../../src/node/xlsx-read";
import { makeTempDir } from "./helpers";

describe("plainCellValue", () => {
  it("turns every ExcelJS value shape into a grid value", () => {
    expect(plainCellValue(12.5)).toBe(12.5);
    expect(plainCellValue("1,234.50")).toBe("1,234.50");
    expect(plainCellValue("")).toBeNull();
    expect(plainCellValue(null)).toBeNull();
    expect(plainCellValue(false)).toBe(false);
    expect(plainCellValue({ richText: [{ text: "产出" }, { text: "指标", font: { bold: true } }] })).toBe("产出指标");
    expect(plainCellValue({ formula: "B1*2", result: 1.9662 })).toBe(1.9662);
    // Without a cached result the formula's text stands, so the engine names the cell instead of reading a blank.
    expect(plainCellValue({ formula: "D5+D6" })).toBe("=D5+D6");
    expect(plainCellValue({ formula: "A1/0", result: { error: "#DIV/0!" } })).toBe("#DIV/0!");
    expect(plainCellValue({ sharedFormula: "C2", result: "达成" })).toBe("达成");
    expect(plainCellValue({ error: "#N/A" })).toBe("#N/A");
    expect(plainCellValue({ text: "链接", hyperlink: "http://example.org" })).toBe("链接");
    expect(plainCellValue(new Date(Date.UTC(2023, 11, 31)))).toBe("2023-12-31");
    expect(plainCellValue(new Date(Date.UTC(2023, 11, 31, 8, 30)))).toBe("2023-12-31T08:30:00.000Z");
  });
});

/** A small officer-style workbook: title row, text numbers, a percent, a formula, merges. */
function buildInput(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const budget = wb.addWorksheet("收支表");
  budget.getCell("A1").value = "2023年度收支情况表";
  budget.mergeCells("A1:D1");
  budget.getCell("A2").value = "项目";
  budget.getCell("B2").value = "全年预算数";
  budget.getCell("C2").value = "全年执行数";
  budget.getCell("D2").value = "执行率";
  budget.getCell("A3").value = "支出合计";
  budget.getCell("B3").value = "28,564.19"; // a text number, as pasted from a report
  budget.getCell("C3").value = 28082.29;
  budget.getCell("C3").numFmt = "#,##0.00";
  budget.getCell("D3").value = { formula: "C3/28564.19", result: 0.9831 };
  budget.getCell("D3").numFmt = "0.00%";
  budget.getCell("A4").value = { richText: [{ text: "其中：" }, { text: "基本支出", font: { bold: true } }] };
  budget.getCell("C4").value = "=5531.53"; // text that looks like a formula stays text
  const indicators = wb.addWorksheet("指标");
  indicators.getCell("A1").value = "产出指标";
  indicators.getCell("B1").value = "数量指标";
  indicators.getCell("B3").value = "质量指标";
  indicators.mergeCells("A1:A3");
  indicators.mergeCells("B1:B2");
  indicators.getCell("C3").value = true;
  wb.addWorksheet("空表");
  return wb;
}

describe("XlsxPort.readGrid", () => {
  it("reads each sheet's used range densely from A1, with formats and merges", async () => {
    const port = await XlsxPort.fromWorkbook(buildInput());
    const grid = await port.readGrid();
    expect(grid.sheets.map((s) => s.name)).toEqual(["收支表", "指标", "空表"]);

    const [budget, indicators, empty] = grid.sheets;
    expect(budget!.cells).toEqual([
      ["2023年度收支情况表", null, null, null],
      ["项目", "全年预算数", "全年执行数", "执行率"],
      ["支出合计", "28,564.19", 28082.29, 0.9831],
      ["其中：基本支出", null, "=5531.53", null],
    ]);
    expect(budget!.numberFormats![2]).toEqual(["General", "General", "#,##0.00", "0.00%"]);
    expect(budget!.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);

    // Merged areas: the value stays in the top-left cell only (not repeated down, as ExcelJS reports it).
    expect(indicators!.cells).toEqual([
      ["产出指标", "数量指标", null],
      [null, null, null],
      [null, "质量指标", true],
    ]);
    expect(indicators!.merges).toEqual([
      { top: 0, left: 0, bottom: 2, right: 0 },
      { top: 0, left: 1, bottom: 1, right: 1 },
    ]);
    expect(empty!.cells).toEqual([]);
    expect(empty!.merges).toEqual([]);
  });

  it("keeps numberFormats the same shape as cells", async () => {
    const grid = await (await XlsxPort.fromWorkbook(buildInput())).readGrid();
    for (const sheet of grid.sheets) {
      expect(sheet.numberFormats!.length).toBe(sheet.cells.length);
      sheet.cells.forEach((row, r) => expect(sheet.numberFormats![r]!.length).toBe(row.length));
    }
  });
});

describe("XlsxPort.open", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (tmp = makeTempDir()));
  afterEach(() => tmp.cleanup());

  it("says notFound for a missing file", async () => {
    const path = join(tmp.dir, "nope.xlsx");
    await expect(XlsxPort.open(path)).rejects.toMatchObject({ name: "InputFileError", kind: "notFound", path });
  });

  it("says notXlsx for a file that is not a workbook", async () => {
    const path = join(tmp.dir, "fake.xlsx");
    writeFileSync(path, "项目,全年预算数\n支出合计,100\n");
    const error = await XlsxPort.open(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputFileError);
    expect((error as InputFileError).kind).toBe("notXlsx");
  });

  it("says notXlsx for a zip that holds no workbook", async () => {
    const path = join(tmp.dir, "zip.xlsx");
    const zip = new JSZip();
    zip.file("readme.txt", "not a workbook");
    writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
    await expect(XlsxPort.open(path)).rejects.toMatchObject({ name: "InputFileError", kind: "notXlsx" });
  });

  it("reads a stray cell far out (XFD1048576) without filling the rectangle up to it", async () => {
    const wb = buildInput();
    wb.worksheets[0]!.getCell("XFD1048576").value = "x";
    const sheet = (await (await XlsxPort.fromWorkbook(wb)).readGrid()).sheets[0]!;
    expect(sheet.cells).toHaveLength(1_048_576);
    expect(sheet.cells[1_048_575]).toHaveLength(16_384);
    expect(sheet.cells[1_048_575]![16_383]).toBe("x");
    expect(sheet.cells[500_000]).toEqual([]);
  });

  it("says unreadable for a folder", async () => {
    await expect(XlsxPort.open(tmp.dir)).rejects.toMatchObject({ kind: "isDirectory" });
  });

  it("reads a file written by ExcelJS the same as the in-memory workbook", async () => {
    const path = join(tmp.dir, "in.xlsx");
    await buildInput().xlsx.writeFile(path);
    const fromFile = await (await XlsxPort.open(path)).readGrid();
    const fromMemory = await (await XlsxPort.fromWorkbook(buildInput())).readGrid();
    expect(fromFile).toEqual(fromMemory);
  });
});
