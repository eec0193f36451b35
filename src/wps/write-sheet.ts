/**
 * Writing one planned sheet into a fresh WPS worksheet: number formats, then values and
 * formulas, then looks, merges, column widths, row heights, frozen panes, page setup (with
 * header/footer, print titles, print area, row breaks), charts and tab colour.
 *
 * Text stays text because of the order: WPS parses a string assigned to a cell as if typed
 * ("=…" becomes a formula, "001" the number 1, "12%" 0.12) unless the cell is already
 * text-formatted ("@"). The composed number formats (src/excel/sheet-writes.ts: "@" on every
 * text cell WPS would convert, src/engine/text-conversion.ts; never on a formula cell) go in first, so one Value2 assignment can carry text,
 * numbers and our own formulas: in a "@" cell "=HYPERLINK(…)" is kept as typed, in a formula
 * cell "=SUM(…)" becomes the formula.
 *
 * NumberFormat takes one format per call (there is no per-cell array form), so the format
 * grid is cut into rectangles of one format each: runs along a row, stacked while the rows
 * below repeat them.
 */
import type { CellRange } from "../engine/light";
import { columnLetters, printArea } from "../engine/light";
import type { CellStyle, PlannedChart, PlannedSheet } from "../engine/light";
import { headerSections } from "../excel/excel-port";
import { sheetWrites } from "../excel/sheet-writes";
import { HORIZONTAL, VERTICAL, XL, bgr } from "./constants";
import { rangeAddress } from "./read-sheet";

export interface FormatRectangle {
  range: CellRange;
  format: string;
}

/** Rectangles of equal format covering every non-null entry of `grid` (rows from `top`). */
export function formatRectangles(grid: (string | null)[][], top = 0): FormatRectangle[] {
  const done: FormatRectangle[] = [];
  let open: FormatRectangle[] = [];
  grid.forEach((row, i) => {
    const r = top + i;
    const runs: FormatRectangle[] = [];
    row.forEach((f, c) => {
      if (f === null) return;
      const last = runs[runs.length - 1];
      if (last && last.format === f && last.range.right === c - 1) last.range.right = c;
      else runs.push({ format: f, range: { top: r, bottom: r, left: c, right: c } });
    });
    const next: FormatRectangle[] = [];
    for (const run of runs) {
      const above = open.find((o) => o.format === run.format && o.range.left === run.range.left && o.range.right === run.range.right);
      if (above) {
        above.range.bottom = r;
        next.push(above);
      } else next.push(run);
    }
    for (const o of open) if (!next.includes(o)) done.push(o);
    open = next;
  });
  return [...done, ...open].sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
}

/** The values and formulas of the sheet as one matrix for Value2 (null = leave empty). */
function valueMatrix(sheet: PlannedSheet, top: number, rows: number, columns: number): (string | number | null)[][] {
  const out: (string | number | null)[][] = [];
  for (let r = top; r < top + rows; r++) {
    const row = new Array<string | number | null>(columns).fill(null);
    (sheet.rows[r] ?? []).forEach((cell, c) => {
      if (cell === null) return;
      row[c] = cell.t === "formula" ? cell.f : cell.v === "" ? null : cell.v;
    });
    out.push(row);
  }
  return out;
}

function applyStyle(range: Et.Range, r: CellRange, style: CellStyle): void {
  if (style.bold !== undefined) range.Font.Bold = style.bold;
  if (style.italic !== undefined) range.Font.Italic = style.italic;
  if (style.fontSize !== undefined) range.Font.Size = style.fontSize;
  if (style.fontColor !== undefined) range.Font.Color = bgr(style.fontColor);
  if (style.fill !== undefined) range.Interior.Color = bgr(style.fill);
  if (style.horizontal !== undefined) range.HorizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) range.VerticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) range.WrapText = style.wrap;
  if (style.border === "thin") {
    const sides: number[] = [XL.edgeTop, XL.edgeBottom, XL.edgeLeft, XL.edgeRight];
    if (r.bottom > r.top) sides.push(XL.insideHorizontal);
    if (r.right > r.left) sides.push(XL.insideVertical);
    for (const side of sides) {
      const border = range.Borders.Item(side as Et.XlBordersIndex);
      border.LineStyle = XL.continuous;
      border.Weight = XL.thin as Kso.XlBorderWeight;
    }
  }
}

function runs(widths: readonly number[]): Array<{ left: number; right: number; width: number }> {
  const out: Array<{ left: number; right: number; width: number }> = [];
  widths.forEach((w, c) => {
    const last = out[out.length - 1];
    if (last && last.right === c - 1 && last.width === w) last.right = c;
    else out.push({ left: c, right: c, width: w });
  });
  return out;
}

/**
 * Writes the sheet into `ws`, which must be new and empty and the active sheet (frozen panes
 * are set through the active window).
 */
export function writeSheet(app: Et.Application, ws: Et.Worksheet, sheet: PlannedSheet): void {
  const writes = sheetWrites(sheet, Number.MAX_SAFE_INTEGER);
  const at = (r: CellRange): Et.Range => ws.Range(rangeAddress(r));
  for (const block of writes.blocks) {
    if (block.numberFormats) {
      for (const rect of formatRectangles(block.numberFormats, block.top)) at(rect.range).NumberFormat = rect.format;
    }
    if (block.values || block.formulas) {
      const matrix = valueMatrix(sheet, block.top, block.rows, block.columns);
      at({ top: block.top, left: 0, bottom: block.top + block.rows - 1, right: block.columns - 1 }).Value2 = matrix as unknown as string;
    }
  }
  const { layout } = writes;
  for (const s of layout.styles) applyStyle(at(s.range), s.range, s.style);
  for (const m of layout.merges) at(m).Merge();
  for (const w of runs(sheet.columnWidths)) {
    if (w.width <= 0) continue;
    ws.Range(`${columnLetters(w.left)}:${columnLetters(w.right)}`).ColumnWidth = Math.min(255, w.width);
  }
  for (const h of layout.rowHeights) ws.Range(`${h.top + 1}:${h.bottom + 1}`).RowHeight = h.points;
  const { rows, columns } = layout.freeze;
  if (rows > 0 || columns > 0) {
    const win = app.ActiveWindow;
    win.FreezePanes = false;
    win.ScrollRow = 1;
    win.ScrollColumn = 1;
    win.SplitColumn = columns;
    win.SplitRow = rows;
    win.FreezePanes = true;
  }
  const page = ws.PageSetup;
  page.PaperSize = XL.paperA4 as Et.XlPaperSize;
  page.Orientation = (layout.print.orientation === "landscape" ? XL.landscape : XL.portrait) as Et.XlPageOrientation;
  if (layout.print.fitToWidth) {
    page.Zoom = false;
    page.FitToPagesWide = 1;
    page.FitToPagesTall = false;
  } else if (layout.print.scale !== undefined && layout.print.scale !== 100) {
    page.Zoom = Math.min(400, Math.max(10, Math.round(layout.print.scale)));
  }
  writePrintExtras(ws, sheet);
  for (const chart of layout.charts) addChart(ws, chart);
  if (layout.tabColor) ws.Tab.Color = bgr(layout.tabColor);
}

/**
 * Header and footer (Excel's codes; "&L…&C…&R…" split into WPS's three sections), print
 * titles, print area and manual row breaks (docs/print-and-charts.md).
 */
function writePrintExtras(ws: Et.Worksheet, sheet: PlannedSheet): void {
  const { headerFooter, titleRows, pageBreaksBefore } = sheet.print;
  const page = ws.PageSetup;
  if (headerFooter) {
    const header = headerSections(headerFooter.header);
    const footer = headerSections(headerFooter.footer);
    page.LeftHeader = header.left;
    page.CenterHeader = header.center;
    page.RightHeader = header.right;
    page.LeftFooter = footer.left;
    page.CenterFooter = footer.center;
    page.RightFooter = footer.right;
  }
  if (titleRows) page.PrintTitleRows = `$${titleRows.top + 1}:$${titleRows.bottom + 1}`;
  const area = printArea(sheet);
  if (area) page.PrintArea = `$A$1:$${columnLetters(area.right)}$${area.bottom + 1}`;
  for (const row of pageBreaksBefore ?? []) {
    if (row > 0) ws.HPageBreaks.Add(ws.Range(`A${row + 1}`));
  }
}

/** The subset of WPS's chart objects used here (the et-jsapi-declare types spread them over Et and Kso). */
interface WpsSeries {
  Name: string;
  Values: unknown;
  XValues: unknown;
  HasDataLabels: boolean;
  DataLabels(): { NumberFormat: string };
  Format: { Fill: { ForeColor: { RGB: number } } };
}
interface WpsChart {
  ChartType: number;
  HasTitle: boolean;
  ChartTitle: { Text: string; Font: { Size: number } };
  ChartArea: { Font: { Size: number } };
  HasLegend: boolean;
  Legend: { Position: number };
  SeriesCollection(): { NewSeries(): WpsSeries };
  Axes(type: number): { MinimumScale: number; TickLabels: { NumberFormat: string }; ReversePlotOrder: boolean; Crosses: number };
}

/**
 * A clustered bar or column chart over the sheet's own cells, as the command line draws it in
 * DrawingML and the Excel add-in through its chart API (docs/print-and-charts.md): placed over
 * the anchor cells (positions in points from the cells, after widths and heights are set),
 * one series per planned series with its name, values and categories as ranges (so it
 * follows the figures), fill colour, labels and value-axis format. A bar chart lists its
 * categories first at the top (ReversePlotOrder) with the value axis kept at the foot (it
 * crosses the category axis at its maximum).
 */
function addChart(ws: Et.Worksheet, planned: PlannedChart): void {
  if (planned.series.length === 0) return;
  const at = (r: CellRange): Et.Range => ws.Range(rangeAddress(r));
  const { top, left, bottom, right } = planned.anchor;
  const area = at({ top, left, bottom, right });
  const objects = ws.ChartObjects() as Et.ChartObjects;
  const chart = objects.Add(area.Left, area.Top, area.Width, area.Height).Chart as unknown as WpsChart;
  chart.ChartType = planned.direction === "bar" ? XL.barClustered : XL.columnClustered;
  chart.HasTitle = true;
  chart.ChartTitle.Text = planned.title;
  // WPS's default chart text (10 pt) would print below 9 pt on the scaled page.
  chart.ChartArea.Font.Size = planned.fontSize.text;
  chart.ChartTitle.Font.Size = planned.fontSize.title;
  chart.HasLegend = true;
  chart.Legend.Position = XL.legendBottom;
  for (const s of planned.series) {
    const series = chart.SeriesCollection().NewSeries();
    series.Name = s.name;
    series.Values = at(s.values);
    series.XValues = at(planned.categories);
    series.Format.Fill.ForeColor.RGB = bgr(s.color);
    if (planned.dataLabels) {
      series.HasDataLabels = true;
      series.DataLabels().NumberFormat = planned.valueFormat;
    }
  }
  const axis = chart.Axes(XL.valueAxis);
  axis.MinimumScale = 0;
  axis.TickLabels.NumberFormat = planned.valueFormat;
  if (planned.direction === "bar") {
    const categories = chart.Axes(XL.categoryAxis);
    categories.ReversePlotOrder = true;
    categories.Crosses = XL.axisCrossesMaximum;
  }
}
