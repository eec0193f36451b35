/** Shared setup for the Office.js port's tests: a fake host on the globals and hand-built plans. */
import type { Grid } from "../../src/engine/grid";
import { OUTPUT_SHEET_NAMES, type OutputPlan, type PlanCell, type PlannedSheet } from "../../src/engine/plan";
import { FakeWorkbook, fakeWorkbookFromGrid, installFakeOffice, type InstalledFakeOffice, type WorkbookSnapshot } from "../fake-excel";
import { ExcelPort } from "../../src/excel/excel-port";

export interface Harness {
  wb: FakeWorkbook;
  port: ExcelPort;
  office: InstalledFakeOffice;
}

let installed: InstalledFakeOffice | null = null;

/** Installs Excel/Office globals over a workbook and a port that uses them (as in production). */
export function harness(wb: FakeWorkbook, options: ConstructorParameters<typeof ExcelPort>[0] = {}): Harness {
  installed?.uninstall();
  installed = installFakeOffice(wb);
  return { wb, port: new ExcelPort(options), office: installed };
}

afterEach(() => {
  installed?.uninstall();
  installed = null;
});

export const text = (v: string): PlanCell => ({ t: "text", v });
export const num = (v: number): PlanCell => ({ t: "number", v });
export const formula = (f: string, v: number | string | null = null): PlanCell => ({ t: "formula", f, v });

/** An input workbook: a budget sheet of `rows` data rows × 8 columns, plus a small info sheet. */
export function inputGrid(rows: number): Grid {
  const header = ["序号", "项目", "年初预算", "调整预算", "全年执行", "执行率", "备注", "科目"];
  const cells: (string | number | null)[][] = [header];
  for (let i = 0; i < rows; i++) {
    cells.push([i + 1, `项目${i + 1}`, 1000 + i, 1100 + i, 900.5 + i, 0.82, i % 10 === 0 ? "=备注" : null, "2130101"]);
  }
  return {
    sheets: [
      { name: "基本信息", cells: [["单位名称", "某镇人民政府"], ["年度", 2023]], merges: [] },
      { name: "收支情况表", cells, merges: [{ top: 0, left: 6, bottom: 0, right: 7 }] },
    ],
  };
}

export function inputWorkbook(rows: number): FakeWorkbook {
  return fakeWorkbookFromGrid(inputGrid(rows));
}

/** A summary-like output sheet exercising every plan feature. */
export function summarySheet(extraRows = 0): PlannedSheet {
  const rows: PlanCell[][] = [
    [text("绩效自评结果"), null, null, null],
    [text("指标"), text("权重"), text("得分"), text("说明")],
    [text('=HYPERLINK("http://x","y")'), num(10), formula("=B3*0.9", 9), text("+86 123")],
    [text("-"), num(20), formula("=B4", 20), text("@home")],
    [text("001"), num(0.955), formula("=SUM(C3:C4)", 29), null],
  ];
  for (let i = 0; i < extraRows; i++) rows.push([text(`行${i}`), num(i), formula(`=B${rows.length + 1}*2`, i * 2), text("说明文字")]);
  const last = rows.length - 1;
  return {
    name: OUTPUT_SHEET_NAMES.summary,
    rows,
    formats: [
      { range: { top: 2, left: 1, bottom: last, right: 2 }, numberFormat: "#,##0.00" },
      { range: { top: 4, left: 1, bottom: 4, right: 1 }, numberFormat: "0.00%" },
      { range: { top: 0, left: 0, bottom: 0, right: 3 }, style: { bold: true, fontSize: 14, horizontal: "center" } },
      {
        range: { top: 1, left: 0, bottom: last, right: 3 },
        style: { border: "thin", vertical: "center", wrap: true },
      },
      { range: { top: 1, left: 0, bottom: 1, right: 3 }, style: { fill: "#D9E1F2", bold: true, fontColor: "#1F3864" } },
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
    columnWidths: [24, 8, 8, 40],
    freeze: { rows: 2, columns: 1 },
    print: { orientation: "landscape", fitToWidth: true },
    tabColor: "#2F75B5",
    rowHeights: [28, null, 30, 30],
  };
}

export function reportSheet(): PlannedSheet {
  return {
    name: OUTPUT_SHEET_NAMES.report,
    rows: [[text("自评报告")], [text("一、基本情况。".repeat(50))], [text("=这一段以等号开头")]],
    formats: [{ range: { top: 1, left: 0, bottom: 2, right: 0 }, style: { wrap: true } }],
    merges: [],
    columnWidths: [100],
    freeze: { rows: 0, columns: 0 },
    print: { orientation: "portrait", fitToWidth: true },
  };
}

export function outputPlan(extraRows = 0): OutputPlan {
  return { sheets: [summarySheet(extraRows), reportSheet()] };
}

/** The snapshot without sheet ids, which a rewrite changes by nature. */
export function withoutIds(s: WorkbookSnapshot): unknown {
  const ids = new Map(s.sheets.map((x) => [x.id, x.name]));
  return {
    ...s,
    sheets: s.sheets.map(({ id: _id, ...rest }) => rest),
    activeSheet: s.activeSheet ? ids.get(s.activeSheet) : null,
    selection: s.selection ? s.selection.replace(/\{[^}]*\}/, (id) => ids.get(id) ?? id) : null,
  };
}
