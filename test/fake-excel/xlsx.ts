/**
 * Loads an .xlsx (via ExcelJS) into a FakeWorkbook, keeping what Excel would show the add-in:
 * values (formulas with their cached results), number formats, merges, column widths, freeze
 * panes, visibility, tab colour and page setup. Node only (ExcelJS), unlike the rest of the fake.
 */
import ExcelJS from "exceljs";
import { cellKey, type FakeCell } from "./state";
import { FakeWorkbook } from "./workbook";

/** Excel's date serial: days since 1899-12-30 (the 1900 leap-year bug included). */
function dateSerial(d: Date): number {
  return (d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function scalar(v: unknown): string | number | boolean {
  if (v instanceof Date) return dateSerial(v);
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v && typeof v === "object") {
    const o = v as { error?: string; richText?: Array<{ text: string }>; text?: unknown; result?: unknown };
    if (typeof o.error === "string") return o.error;
    if (Array.isArray(o.richText)) return o.richText.map((t) => t.text).join("");
    if (o.text !== undefined) return scalar(o.text);
  }
  return "";
}

function toFakeCell(cell: ExcelJS.Cell): FakeCell | null {
  const v = cell.value as unknown;
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "object" && !(v instanceof Date)) {
    const o = v as { formula?: string; sharedFormula?: string; result?: unknown };
    const formula = o.formula ?? (o.sharedFormula !== undefined ? cell.formula : undefined);
    if (formula) return { v: o.result === undefined ? 0 : scalar(o.result), f: `=${formula}` };
  }
  return { v: scalar(v) };
}

export async function fakeWorkbookFromXlsx(
  data: ArrayBuffer | Uint8Array,
  into: FakeWorkbook = new FakeWorkbook(),
): Promise<FakeWorkbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ExcelJS.Buffer);
  book.eachSheet((ws) => {
    const sheet = into.addSheet(ws.name);
    sheet.visibility = ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : "Visible";
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const key = cellKey(r - 1, c - 1);
        // In a merged area only the top-left cell holds the value.
        if (cell.isMerged && cell.master !== cell) return;
        const fake = toFakeCell(cell);
        if (fake) sheet.cells.set(key, fake);
        if (cell.numFmt && cell.numFmt !== "General") sheet.numberFormats.set(key, cell.numFmt);
      });
    });
    const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
    for (const m of merges) {
      const [a, b = a] = m.split(":");
      const p = /^([A-Z]+)(\d+)$/.exec(a!);
      const q = /^([A-Z]+)(\d+)$/.exec(b!);
      if (!p || !q) continue;
      const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      sheet.merges.push({ top: +p[2]! - 1, left: col(p[1]!), bottom: +q[2]! - 1, right: col(q[1]!) });
    }
    (ws.columns ?? []).forEach((column, i) => {
      if (column?.width) sheet.columnWidths.set(i, Math.round(column.width * 7 + 5) * 0.75);
    });
    const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
    if (view?.state === "frozen") sheet.freeze = { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
    const tab = ws.properties?.tabColor as { argb?: string } | undefined;
    if (tab?.argb) sheet.tabColor = `#${tab.argb.slice(-6).toUpperCase()}`;
    const setup = ws.pageSetup;
    if (setup?.orientation === "landscape") sheet.pageLayout.orientation = "Landscape";
    if (setup?.paperSize === 9) sheet.pageLayout.paperSize = "A4";
    if (setup?.fitToPage && setup.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: setup.fitToWidth };
  });
  return into;
}
