/**
 * The Office.js port's print setup and text formats for the real output of the bundled example:
 * header/footer sections, print titles, the ≥ 82 % scale, and "@" only on text Excel would convert.
 */
import { resolve } from "path";
import { cellKey } from "../fake-excel";
import { OUTPUT_SHEET_NAMES } from "../../src/engine/plan";
import { runEngine } from "../../src/engine";
import { excelWouldConvert } from "../../src/engine/render/cells";
import { headerSections } from "../../src/excel/excel-port";
import { XlsxPort } from "../../src/node/xlsx-port";
import { harness, inputWorkbook } from "./helpers";

const EXAMPLE = resolve(__dirname, "..", "..", "examples", "paitan-2023.xlsx");

describe("print setup and text formats through Office.js", () => {
  test("header codes split into sections; && stays a literal ampersand", () => {
    expect(headerSections("&L某镇&&某局&R2023年度")).toEqual({ left: "某镇&&某局", center: "", right: "2023年度" });
    expect(headerSections("&C第 &P 页 共 &N 页")).toEqual({ left: "", center: "第 &P 页 共 &N 页", right: "" });
  });

  test("the example's summary and report: header, footer, title rows, scale, and @ only where Excel would convert", async () => {
    const result = runEngine(await (await XlsxPort.open(EXAMPLE)).readGrid());
    if (!result.ok) throw new Error("example does not evaluate");
    const wb = inputWorkbook(3);
    const { port } = harness(wb);
    await port.applyPlan(result.plan);

    const summary = wb.sheet(OUTPUT_SHEET_NAMES.summary)!;
    expect(summary.pageLayout).toMatchObject({
      // The scoring block and the budget table fit A4 portrait at 85 % (docs/print-and-charts.md).
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { scale: result.plan.sheets.find((x) => x.name === OUTPUT_SHEET_NAMES.summary)!.print.scale },
      printTitleRows: "$1:$1",
      headerFooter: { leftHeader: "广州市增城区派潭镇人民政府", rightHeader: "2023年度", centerFooter: "第 &P 页 共 &N 页" },
    });
    expect(summary.pageLayout.zoom.scale).toBeGreaterThanOrEqual(82);
    // The same print area and chart page break the command line writes: the printed columns (the source
    // column stays off the paper) down to the charts' last row, and a page starting at the charts' heading.
    const planned = result.plan.sheets.find((x) => x.name === OUTPUT_SHEET_NAMES.summary)!;
    const lastChartRow = Math.max(...planned.charts!.map((c) => c.anchor.bottom + 1));
    expect(summary.pageLayout.printArea).toEqual([{ top: 0, left: 0, bottom: lastChartRow, right: planned.print.lastPrintColumn }]);
    expect(summary.pageLayout.rowBreaks).toEqual(planned.print.pageBreaksBefore);
    // Tables kept whole (R15): the indicator table (heading row 25) and the checks (row 50) start pages
    // of their own, as they would cross a page foot; then the charts' heading.
    expect(planned.print.pageBreaksBefore).toEqual([24, 49, planned.charts![0]!.anchor.top - 1]);
    expect(summary.pageLayout.rowBreaks![0]).toBeGreaterThan(20);

    const report = wb.sheet(OUTPUT_SHEET_NAMES.report)!;
    expect(report.pageLayout).toMatchObject({ orientation: "Portrait", headerFooter: { centerFooter: "第 &P 页 共 &N 页" } });
    expect(report.pageLayout.printArea).toBeUndefined();
    expect(report.pageLayout.rowBreaks).toBeUndefined();
    // Every paragraph is General (a Text cell over 255 characters shows ##### in desktop Excel).
    let prose = 0;
    result.plan.sheets.find((x) => x.name === OUTPUT_SHEET_NAMES.report)!.rows.forEach((cells, r) => {
      const cell = cells[0];
      if (cell?.t !== "text" || excelWouldConvert(cell.v)) return;
      prose++;
      expect([r, report.numberFormats.get(cellKey(r, 0)) ?? "General"]).toEqual([r, "General"]);
    });
    expect(prose).toBeGreaterThan(20);
    // On the summary, exactly the text cells Excel would convert carry "@" (e.g. an actual value "100%").
    result.plan.sheets.find((x) => x.name === OUTPUT_SHEET_NAMES.summary)!.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (cell?.t !== "text") return;
        const format = summary.numberFormats.get(cellKey(r, c));
        if (excelWouldConvert(cell.v)) expect([cell.v, format]).toEqual([cell.v, "@"]);
      }),
    );
    expect(result.plan.sheets.find((x) => x.name === OUTPUT_SHEET_NAMES.summary)!.rows.flat().some((c) => c?.t === "text" && c.v === "100%")).toBe(true);
  });
});

describe("charts through Office.js", () => {
  test("the example's summary gets its three charts over its own cells, as the command line draws them", async () => {
    const result = runEngine(await (await XlsxPort.open(EXAMPLE)).readGrid());
    if (!result.ok) throw new Error("example does not evaluate");
    const wb = inputWorkbook(3);
    const { port } = harness(wb);
    await port.applyPlan(result.plan);
    const planned = result.plan.sheets.find((x) => x.name === OUTPUT_SHEET_NAMES.summary)!.charts!;
    const drawn = wb.sheet(OUTPUT_SHEET_NAMES.summary)!.charts!;
    expect(drawn.map((c) => c.title)).toEqual(["预算数与执行数（万元）", "本年与上年执行数（万元）", "各类指标得分率"]);
    drawn.forEach((chart, i) => {
      const plan = planned[i]!;
      // Horizontal bars, names listed first at the top, the value axis at the foot.
      expect(chart.type).toBe("BarClustered");
      expect([chart.categoryReversed, chart.categoryAxisPosition]).toEqual([true, "Maximum"]);
      // The sheet's 11 pt (9.35 pt printed at 85 %), titles 14 pt.
      expect([chart.fontSize, chart.titleFontSize]).toEqual([11, 14]);
      expect(chart.position).toEqual({
        from: { top: plan.anchor.top, left: plan.anchor.left, bottom: plan.anchor.top, right: plan.anchor.left },
        to: { top: plan.anchor.bottom, left: plan.anchor.right, bottom: plan.anchor.bottom, right: plan.anchor.right },
      });
      expect(chart.series.map((s) => ({ name: s.name, values: s.values, xValues: s.xValues, color: s.color }))).toEqual(
        plan.series.map((s) => ({ name: s.name, values: s.values, xValues: plan.categories, color: s.color.toUpperCase() })),
      );
      expect(chart.valueAxisFormat).toBe(plan.valueFormat);
      expect(chart.valueAxisMinimum).toBe(0);
    });
    // Completion is labelled in percent.
    expect(drawn[2]!.series[0]).toMatchObject({ showValue: true, labelFormat: "0%" });
    expect(wb.sheet(OUTPUT_SHEET_NAMES.report)!.charts).toBeUndefined();
  });

  test("on an ExcelApi 1.8 host the summary is written without any page setup, and nothing fails", async () => {
    const result = runEngine(await (await XlsxPort.open(EXAMPLE)).readGrid());
    if (!result.ok) throw new Error("example does not evaluate");
    const wb = inputWorkbook(3);
    wb.apiSets.ExcelApi = "1.8";
    const { port } = harness(wb);
    await port.applyPlan(result.plan);
    const summary = wb.sheet(OUTPUT_SHEET_NAMES.summary)!;
    expect(summary.cells.size).toBeGreaterThan(100);
    expect(summary.pageLayout).toEqual({ orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 } });
  });
});
