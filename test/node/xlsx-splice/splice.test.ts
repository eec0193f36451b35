/**
 * splicePlan on real packages: every part of the input except the four registry parts comes out
 * byte for byte; our sheets are added or replaced in place; a re-run gives the same file.
 */
import { resolve } from "path";
import { readFileSync } from "fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { splicePlan } from "../../../src/node/xlsx-splice";
import { XlsxPort } from "../../../src/node/xlsx-port";
import { runEngine, OUTPUT_SHEET_NAMES } from "../../../src/engine";
import type { OutputPlan } from "../../../src/engine/plan";
import { formula, num, partText, plannedSheet, range, sheetOf, text, zipParts } from "../helpers";
import { featureWorkbookBytes, FEATURE_SHEETS } from "./feature-workbook";

const EXAMPLE = resolve(__dirname, "..", "..", "..", "examples", "paitan-2023.xlsx");
const SUMMARY = OUTPUT_SHEET_NAMES.summary;
const REPORT = OUTPUT_SHEET_NAMES.report;
const TRAIL = OUTPUT_SHEET_NAMES.trail;
/** The only input parts the splice may change: they register our sheets and styles. */
const REGISTRY = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"];

function plan(): OutputPlan {
  return {
    sheets: [
      plannedSheet(
        SUMMARY,
        [
          [text("自评得分"), num(92)],
          [text("执行率"), formula("=收支表!B2/28564.19", 1)],
          [text('=HYPERLINK("http://x","y")'), text("+86"), text("-"), text("@x")],
          [text("  两端有空格 "), formula('=IF(B1>90,"优","良")', "优")],
        ],
        {
          formats: [
            { range: range(0, 0, 1, 1), style: { bold: true, fill: "#DDEBF7", border: "thin" } },
            { range: range(1, 1, 1, 1), numberFormat: "0.00%" },
            { range: range(0, 1, 0, 1), numberFormat: "#,##0.00" },
          ],
          merges: [range(4, 0, 4, 3)],
          columnWidths: [20, 12],
          freeze: { rows: 1, columns: 0 },
          tabColor: "#1F4E79",
        },
      ),
      plannedSheet(REPORT, [[text("一、部门基本情况")], [text("我镇本年收入合计28,082.29万元。")]], {
        formats: [{ range: range(0, 0, 1, 0), style: { wrap: true, vertical: "top" } }],
        columnWidths: [90],
        rowHeights: [null, 45],
      }),
    ],
  };
}

async function examplePlan(): Promise<OutputPlan> {
  const result = runEngine(await (await XlsxPort.open(EXAMPLE)).readGrid());
  if (!result.ok) throw new Error("the example must evaluate");
  return result.plan;
}

/** Input parts (registry parts aside) whose bytes differ in the output, or that are missing from it. */
function changedParts(input: Map<string, Buffer>, output: Map<string, Buffer>, allowed = REGISTRY): string[] {
  return [...input].filter(([name, bytes]) => !allowed.includes(name) && !output.get(name)?.equals(bytes)).map(([name]) => name);
}

/** The raw children of a styles list, e.g. everything between <cellXfs …> and </cellXfs>. */
function listContent(styles: string, list: string): string {
  const m = new RegExp(`<${list}[^>]*>([\\s\\S]*?)</${list}>`).exec(styles);
  return m ? m[1]! : "";
}

/** The worksheet part behind a tab, found through workbook.xml and its relationships. */
function partOfTab(parts: Map<string, Buffer>, name: string): string {
  const relId = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(rId\\d+)"`).exec(partText(parts, "xl/workbook.xml"))![1];
  const target = new RegExp(`<Relationship Id="${relId}" [^>]*Target="([^"]+)"`).exec(partText(parts, "xl/_rels/workbook.xml.rels"))![1];
  return `xl/${target}`;
}

/** Tab names in workbook.xml order. */
function tabNames(workbookXml: string): string[] {
  return [...workbookXml.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]!);
}

async function readBack(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

describe("splicePlan keeps the input package byte for byte", () => {
  it("on the bundled example: only the registry parts change; input sheets are identical", async () => {
    const input = readFileSync(EXAMPLE);
    const output = await splicePlan(input, await examplePlan());
    const [before, after] = [await zipParts(input), await zipParts(output)];

    expect(changedParts(before, after)).toEqual([]);
    for (const n of [1, 2, 3]) expect(after.get(`xl/worksheets/sheet${n}.xml`)).toEqual(before.get(`xl/worksheets/sheet${n}.xml`));
    // The input's 12 parts plus our three sheets and the summary's charts (one drawing, three charts).
    expect([...after.keys()].filter((k) => !before.has(k)).sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
      "xl/worksheets/_rels/sheet4.xml.rels",
      "xl/worksheets/sheet4.xml",
      "xl/worksheets/sheet5.xml",
      "xl/worksheets/sheet6.xml",
    ]);
    expect(tabNames(partText(after, "xl/workbook.xml"))).toEqual(["基本信息", "收支情况表", "绩效指标表", SUMMARY, REPORT, TRAIL]);
    expect(partText(after, "xl/workbook.xml")).toContain('<calcPr calcId="171027" fullCalcOnLoad="1"/>');
  });

  it("on a workbook with a note, validation, names, conditional format and image: none of it is touched", async () => {
    const input = await featureWorkbookBytes();
    const output = await splicePlan(input, plan());
    const [before, after] = [await zipParts(input), await zipParts(output)];

    expect(changedParts(before, after)).toEqual([]);
    // The parts that carry those features are among the identical ones.
    for (const part of ["xl/comments1.xml", "xl/drawings/vmlDrawing1.vml", "xl/drawings/drawing1.xml", "xl/media/image1.png", "xl/worksheets/_rels/sheet1.xml.rels"]) {
      expect(after.get(part)).toEqual(before.get(part));
    }
    const sheet1 = partText(after, "xl/worksheets/sheet1.xml");
    expect(sheet1).toContain("<dataValidation");
    expect(sheet1).toContain("<conditionalFormatting");
    // Defined names stay, the tab-scoped print area included (tab positions did not move).
    const workbook = partText(after, "xl/workbook.xml");
    expect(workbook).toContain('<definedName name="支出合计数">');
    expect(workbook).toContain('<definedName name="_xlnm.Print_Area" localSheetId="0">');
    expect(tabNames(workbook)).toEqual([...FEATURE_SHEETS, SUMMARY, REPORT]);
  });

  it("only appends to styles.xml: every existing list entry keeps its index and text", async () => {
    const input = await featureWorkbookBytes();
    const [before, after] = [await zipParts(input), await zipParts(await splicePlan(input, plan()))];
    const [oldStyles, newStyles] = [partText(before, "xl/styles.xml"), partText(after, "xl/styles.xml")];
    for (const list of ["fonts", "fills", "borders", "cellXfs"]) {
      const old = listContent(oldStyles, list);
      expect(listContent(newStyles, list).startsWith(old)).toBe(true);
      expect(listContent(newStyles, list).length).toBeGreaterThan(old.length);
    }
    // The count attributes follow: cellXfs had n entries, and now has n + the xfs we added.
    const count = (xml: string): number => Number(/<cellXfs count="(\d+)"/.exec(xml)![1]);
    const entries = (xml: string): number => listContent(xml, "cellXfs").match(/<xf /g)!.length;
    expect(count(newStyles)).toBe(entries(newStyles));
    expect(count(oldStyles)).toBe(entries(oldStyles));
  });
});

describe("splicePlan writes the plan's sheets", () => {
  it("stores text that looks like a formula as an inline string, never as <f>", async () => {
    const after = await zipParts(await splicePlan(await featureWorkbookBytes(), plan()));
    const sheet = partText(after, "xl/worksheets/sheet3.xml");
    const cellXml = (ref: string): string => new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`).exec(sheet)![0];
    expect(cellXml("A3")).toMatch(/^<c r="A3" s="\d+" t="inlineStr"><is><t>=HYPERLINK\("http:\/\/x","y"\)<\/t><\/is><\/c>$/);
    expect(cellXml("B3")).toMatch(/t="inlineStr"><is><t>\+86<\/t>/);
    expect(cellXml("C3")).toMatch(/t="inlineStr"><is><t>-<\/t>/);
    expect(cellXml("D3")).toMatch(/t="inlineStr"><is><t>@x<\/t>/);
    for (const ref of ["A3", "B3", "C3", "D3"]) expect(cellXml(ref)).not.toContain("<f>");
    // Leading/trailing spaces survive; our own formulas are formulas with their cached result.
    expect(cellXml("A4")).toContain('<t xml:space="preserve">  两端有空格 </t>');
    expect(cellXml("B2")).toMatch(/><f>收支表!B2\/28564.19<\/f><v>1<\/v><\/c>$/);
    expect(cellXml("B4")).toMatch(/ t="str"><f>IF\(B1&gt;90,"优","良"\)<\/f><v>优<\/v><\/c>$/);
  });

  it("reads back in ExcelJS as planned: values, formulas, formats, styles, merges, widths, pane, print, tab colour", async () => {
    const wb = await readBack(await splicePlan(await featureWorkbookBytes(), plan()));
    const ws = sheetOf(wb, SUMMARY);
    expect(ws.getCell("A1").value).toBe("自评得分");
    expect(ws.getCell("A1").numFmt).toBe("@");
    expect(ws.getCell("B1").value).toBe(92);
    expect(ws.getCell("B1").numFmt).toBe("#,##0.00");
    expect(ws.getCell("B2").value).toEqual({ formula: "收支表!B2/28564.19", result: 1 });
    expect(ws.getCell("B2").numFmt).toBe("0.00%");
    expect(ws.getCell("B4").value).toEqual({ formula: 'IF(B1>90,"优","良")', result: "优" });
    for (const [addr, value] of [["A3", '=HYPERLINK("http://x","y")'], ["B3", "+86"], ["C3", "-"], ["D3", "@x"]] as const) {
      expect([addr, ws.getCell(addr).type, ws.getCell(addr).value]).toEqual([addr, ExcelJS.ValueType.String, value]);
    }
    // A1:B2 bold, filled, bordered; the font is the workbook's default font made bold.
    expect(ws.getCell("B2").font).toMatchObject({ bold: true, name: "Calibri", size: 11 });
    expect(ws.getCell("B2").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect(ws.getCell("A2").border).toMatchObject({ top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } });
    expect(ws.getCell("A3").font?.bold).toBeFalsy();
    expect(ws.getCell("D5").master.address).toBe("A5");
    expect(ws.getColumn(1).width).toBe(20);
    expect(ws.getColumn(2).width).toBe(12);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2" });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.properties.tabColor).toEqual({ argb: "FF1F4E79" });

    const report = sheetOf(wb, REPORT);
    expect(report.getCell("A2").alignment).toEqual({ wrapText: true, vertical: "top" });
    expect(report.getRow(2).height).toBe(45);
    // Input sheets read as before.
    expect(sheetOf(wb, "收支表").getCell("B2").dataValidation).toMatchObject({ type: "decimal", formulae: [0] });
    expect(sheetOf(wb, "收支表").getCell("A2").note).toBe("来源：2023年决算报表");
  });

  it("builds a new workbook from nothing (the template path)", async () => {
    const wb = await readBack(await splicePlan(null, plan()));
    expect(wb.worksheets.map((w) => w.name)).toEqual([SUMMARY, REPORT]);
    expect(sheetOf(wb, SUMMARY).getCell("B1").value).toBe(92);
    expect(sheetOf(wb, SUMMARY).getCell("B1").font?.bold).toBe(true);
  });

  it("rejects a bad sheet name or overlapping merges before producing anything", async () => {
    const input = await featureWorkbookBytes();
    await expect(splicePlan(input, { sheets: [plannedSheet("结果[1]", [])] })).rejects.toThrow(/sheet name/);
    await expect(splicePlan(input, { sheets: [plannedSheet("x".repeat(32), [])] })).rejects.toThrow(/31/);
    const merges = [range(0, 0, 1, 1), range(1, 1, 2, 2)];
    await expect(splicePlan(input, { sheets: [plannedSheet(SUMMARY, [], { merges })] })).rejects.toThrow(/A1:B2 and B2:C3 overlap/);
  });
});

describe("splicePlan on its own output (re-run)", () => {
  it("gives the same file, byte for byte, for the example and keeps the tab order", async () => {
    const p = await examplePlan();
    const once = await splicePlan(readFileSync(EXAMPLE), p);
    const twice = await splicePlan(once, p);
    expect(twice.equals(once)).toBe(true);
    expect(tabNames(partText(await zipParts(twice), "xl/workbook.xml"))).toEqual(["基本信息", "收支情况表", "绩效指标表", SUMMARY, REPORT, TRAIL]);
  });

  it("gives the same file for the feature workbook, and new content replaces the old in place", async () => {
    const once = await splicePlan(await featureWorkbookBytes(), plan());
    expect((await splicePlan(once, plan())).equals(once)).toBe(true);
    const changed = plan();
    changed.sheets[0]!.rows[0]![1] = num(85);
    const again = await readBack(await splicePlan(once, changed));
    expect(again.worksheets.map((w) => w.name)).toEqual([...FEATURE_SHEETS, SUMMARY, REPORT]);
    expect(sheetOf(again, SUMMARY).getCell("B1").value).toBe(85);
  });

  it("replaces an old output sheet at its own position, with everything only it used, and its scoped names", async () => {
    // An old summary between the two input sheets, with a note (comments + VML) and a print area.
    const input = await featureWorkbookBytes((wb) => {
      const old = wb.addWorksheet(SUMMARY);
      old.getCell("Z99").value = "stale";
      old.getCell("A1").note = "旧批注";
      old.pageSetup.printArea = "A1:Z99";
      (old as unknown as { orderNo: number }).orderNo = 1.5;
    });
    const before = await zipParts(input);
    const oldWorkbook = partText(before, "xl/workbook.xml");
    expect(tabNames(oldWorkbook)).toEqual(["收支表", SUMMARY, "指标"]);
    expect(oldWorkbook).toContain('localSheetId="1"');
    const oldPart = partOfTab(before, SUMMARY);
    const oldRelsPart = oldPart.replace("worksheets/", "worksheets/_rels/") + ".rels";
    const oldOwned = [...partText(before, oldRelsPart).matchAll(/Target="\.\.\/([^"]+)"/g)].map((m) => `xl/${m[1]}`);
    expect(oldOwned.length).toBe(2); // its comments and VML drawing

    const after = await zipParts(await splicePlan(input, plan()));
    const workbook = partText(after, "xl/workbook.xml");
    expect(tabNames(workbook)).toEqual(["收支表", SUMMARY, "指标", REPORT]);
    // The old sheet's print area (position 1) is gone; the input sheet's (position 0) stays.
    expect(workbook).toContain('localSheetId="0"');
    expect(workbook).not.toContain('localSheetId="1"');
    for (const part of oldOwned) expect(after.has(part)).toBe(false);
    expect(partText(after, "[Content_Types].xml")).not.toContain(oldOwned.find((p) => p.endsWith(".xml"))!);
    // Everything else of the input is as it was.
    const theOldSheet = [oldPart, oldRelsPart, ...oldOwned];
    expect(changedParts(before, after, [...REGISTRY, ...theOldSheet])).toEqual([]);
    const wb = await readBack(await splicePlan(input, plan()));
    expect(sheetOf(wb, SUMMARY).getCell("Z99").value).toBeNull();
    expect(sheetOf(wb, SUMMARY).getCell("A1").note).toBeUndefined();
  });

  /** The package as Excel would save it after a run: a calc chain beside the workbook. */
  async function withCalcChain(bytes: Buffer, entries: string): Promise<Buffer> {
    const zip = await JSZip.loadAsync(bytes);
    zip.file("xl/calcChain.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${entries}</calcChain>`);
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'));
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file("[Content_Types].xml", types.replace("</Types>", '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'));
    return zip.generateAsync({ type: "nodebuffer" });
  }

  /** The plan with its formulas written as values (what --values writes). */
  function valuesPlan(): OutputPlan {
    const p = plan();
    return { sheets: p.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.map((c) => (c?.t === "formula" ? num(0) : c))) })) };
  }

  it("writing values only: drops a replaced sheet's calc chain entries, and the calc chain when nothing is left", async () => {
    const once = await splicePlan(await featureWorkbookBytes(), plan());
    // Excel saved it: a calc chain with a formula cell of the input (sheet 1) and of our summary (sheet 3).
    // "B4" has no `i`: it belongs to sheet 3 like the entry before it.
    const mixed = await zipParts(await splicePlan(await withCalcChain(once, '<c r="C2" i="1"/><c r="B2" i="3"/><c r="B4"/>'), valuesPlan()));
    expect(partText(mixed, "xl/calcChain.xml")).toContain('<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="C2" i="1"/></calcChain>');

    const onlyOurs = await zipParts(await splicePlan(await withCalcChain(once, '<c r="B2" i="3"/><c r="B4"/>'), valuesPlan()));
    expect(onlyOurs.has("xl/calcChain.xml")).toBe(false);
    expect(partText(onlyOurs, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(partText(onlyOurs, "[Content_Types].xml")).not.toContain("calcChain");
  });

  it("writing formulas: drops the calc chain, which could not list them and may name the sheet id we reuse", async () => {
    // A stale chain: sheet 3 was deleted by a tool that left its entries; our first new sheet takes id 3.
    const stale = await withCalcChain(await featureWorkbookBytes(), '<c r="C2" i="1"/><c r="B2" i="3"/>');
    const out = await zipParts(await splicePlan(stale, plan()));
    expect(partText(out, "xl/workbook.xml")).toMatch(/sheetId="3"/);
    expect(out.has("xl/calcChain.xml")).toBe(false);
    expect(partText(out, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(partText(out, "[Content_Types].xml")).not.toContain("calcChain");
    expect(partText(out, "xl/workbook.xml")).toContain('fullCalcOnLoad="1"');
  });
});
