/**
 * A PlannedSheet as a worksheet part (SpreadsheetML), written directly from the plan. Text is
 * an inline string (never a formula, whatever it starts with), numbers are numbers, formulas
 * carry their cached result so a reader that does not calculate still shows it.
 */
import type { PlanCell, PlannedSheet } from "../../engine/light";
import { a1, a1Range } from "../../engine/light";
import { escapeCellText, escapeText, needsPreserve } from "./escape";
import { foldCellLooks, NO_LOOK } from "./cell-looks";
import type { CellLook } from "./styles-xml";
import { DRAWING_ELEMENT } from "./chart-parts";
import { headerFooterXml, scaleAttribute } from "./print-xml";

/** Excel's limit on one cell's text. */
export const MAX_CELL_TEXT = 32_767;

const WORKSHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

/** "#RRGGBB" → ARGB. */
function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

function numberText(v: number, where: string): string {
  if (!Number.isFinite(v)) throw new Error(`${where}: ${String(v)} is not a number Excel can store`);
  return String(v);
}

function textElement(v: string, where: string): string {
  if (v.length > MAX_CELL_TEXT) throw new Error(`${where}: text longer than Excel's ${MAX_CELL_TEXT} characters`);
  return `<t${needsPreserve(v) ? ' xml:space="preserve"' : ""}>${escapeCellText(v)}</t>`;
}

function cellXml(ref: string, cell: PlanCell, style: number): string {
  const s = style !== 0 ? ` s="${style}"` : "";
  if (cell === null) return `<c r="${ref}"${s}/>`;
  switch (cell.t) {
    case "text":
      return `<c r="${ref}"${s} t="inlineStr"><is>${textElement(cell.v, ref)}</is></c>`;
    case "number":
      return `<c r="${ref}"${s}><v>${numberText(cell.v, ref)}</v></c>`;
    case "formula": {
      // A formula is an ST_Xstring too: a sheet name holding "_x0041_" must be escaped as in workbook.xml.
      const f = `<f>${escapeCellText(cell.f.replace(/^=/, ""))}</f>`;
      if (cell.v === null) return `<c r="${ref}"${s}>${f}</c>`;
      if (typeof cell.v === "string") return `<c r="${ref}"${s} t="str">${f}<v>${escapeCellText(cell.v)}</v></c>`;
      return `<c r="${ref}"${s}>${f}<v>${numberText(cell.v, ref)}</v></c>`;
    }
  }
}

function sheetPr(sheet: PlannedSheet): string {
  const tab = sheet.tabColor ? `<tabColor rgb="${argb(sheet.tabColor)}"/>` : "";
  const fit = sheet.print.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : "";
  return tab || fit ? `<sheetPr>${tab}${fit}</sheetPr>` : "";
}

function sheetViews(sheet: PlannedSheet): string {
  const { rows, columns } = sheet.freeze;
  if (rows <= 0 && columns <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split = `${columns > 0 ? ` xSplit="${columns}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}`;
  const topLeft = a1(Math.max(rows, 0), Math.max(columns, 0));
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

function cols(sheet: PlannedSheet): string {
  const entries = sheet.columnWidths
    .map((w, c) => (w > 0 ? `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>` : ""))
    .join("");
  return entries ? `<cols>${entries}</cols>` : "";
}

/** After mergeCells, before pageMargins, as the schema orders a worksheet's children. */
function conditionalFormatting(sheet: PlannedSheet, dxfOf: (style: NonNullable<PlannedSheet["conditionalFormats"]>[number]["style"]) => number): string {
  return (sheet.conditionalFormats ?? [])
    .map(
      (cf, i) =>
        `<conditionalFormatting sqref="${a1Range(cf.range)}"><cfRule type="expression" dxfId="${dxfOf(cf.style)}" priority="${i + 1}">` +
        `<formula>${escapeText(cf.formula.replace(/^=/, ""))}</formula></cfRule></conditionalFormatting>`,
    )
    .join("");
}

function pageSetup(sheet: PlannedSheet): string {
  const fit = sheet.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : "";
  return (
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9"${scaleAttribute(sheet)} orientation="${sheet.print.orientation}"${fit}/>`
  );
}

/**
 * The worksheet part's text. `styleOf` turns a cell look into its cellXfs index (appending it
 * to the workbook's styles as needed).
 */
export function worksheetXml(
  sheet: PlannedSheet,
  styleOf: (look: CellLook) => number,
  dxfOf: (style: NonNullable<PlannedSheet["conditionalFormats"]>[number]["style"]) => number = () => 0,
): string {
  const { looks, byCell } = foldCellLooks(sheet);
  // Only looks some cell ends with become styles (not the steps in between).
  const xfOfLook: number[] = [];
  const xfOf = (id: number): number => (id === NO_LOOK ? 0 : (xfOfLook[id] ??= styleOf(looks[id]!)));

  const rowCount = Math.max(sheet.rows.length, byCell.length, sheet.rowHeights?.length ?? 0);
  const rowsXml: string[] = [];
  let used: { top: number; left: number; bottom: number; right: number } | null = null;
  for (let r = 0; r < rowCount; r++) {
    const values = sheet.rows[r] ?? [];
    const lookIds = byCell[r] ?? [];
    const cells: string[] = [];
    const width = Math.max(values.length, lookIds.length);
    for (let c = 0; c < width; c++) {
      const value = values[c] ?? null;
      const look = lookIds[c] ?? NO_LOOK;
      if (value === null && look === NO_LOOK) continue;
      cells.push(cellXml(a1(r, c), value, xfOf(look)));
      used = used
        ? { top: used.top, left: Math.min(used.left, c), bottom: r, right: Math.max(used.right, c) }
        : { top: r, left: c, bottom: r, right: c };
    }
    const height = sheet.rowHeights?.[r] ?? null;
    const ht = height !== null && height > 0 ? ` ht="${height}" customHeight="1"` : "";
    if (cells.length === 0 && ht === "") continue;
    rowsXml.push(`<row r="${r + 1}"${ht}>${cells.join("")}</row>`);
  }

  const dimension = !used ? "A1" : used.top === used.bottom && used.left === used.right ? a1(used.top, used.left) : a1Range(used);
  const merges = sheet.merges.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${a1Range(m)}"/>`).join("")}</mergeCells>`
    : "";
  return [
    WORKSHEET_OPEN,
    sheetPr(sheet),
    `<dimension ref="${dimension}"/>`,
    sheetViews(sheet),
    cols(sheet),
    `<sheetData>${rowsXml.join("")}</sheetData>`,
    merges,
    conditionalFormatting(sheet, dxfOf),
    pageSetup(sheet),
    headerFooterXml(sheet),
    sheet.charts?.length ? DRAWING_ELEMENT : "",
    "</worksheet>",
  ].join("");
}
