/**
 * A plan sheet's charts as package parts: one drawing part (SpreadsheetML drawing, a two-cell
 * anchor per chart) and one DrawingML chart part per chart, plus the relationships that tie
 * worksheet → drawing → charts. Series formulas name the sheet's own cells; each carries a
 * cache of the plan's values so a reader that does not recalculate still draws the bars.
 * Element order follows the ECMA-376 schema (CT_ChartSpace, CT_BarChart, CT_CatAx, CT_ValAx);
 * see docs/print-and-charts.md.
 */
import type { CellRange } from "../../engine/light";
import { a1 } from "../../engine/light";
import type { PlanCell, PlannedChart, PlannedSheet } from "../../engine/light";
import { escapeAttr, escapeText } from "./escape";

export const CHART_CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

export const CHART_REL_TYPE = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  pkg: "http://schemas.openxmlformats.org/package/2006/relationships",
} as const;

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The sheet's font for chart text: the East-Asian face Excel's default theme uses for zh-CN. */
const CHART_FONT = { latin: "Calibri", ea: "等线" } as const;

/** "'绩效自评结果'!$A$21:$A$26": sheet names always quoted (they may hold any character). */
export function absoluteRef(sheet: string, range: CellRange): string {
  const abs = (row: number, col: number): string => a1(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  const start = abs(range.top, range.left);
  const end = abs(range.bottom, range.right);
  return `${quoted}!${start === end ? start : `${start}:${end}`}`;
}

function cellsOf(sheet: PlannedSheet, range: CellRange): PlanCell[] {
  const cells: PlanCell[] = [];
  for (let r = range.top; r <= range.bottom; r++) cells.push(sheet.rows[r]?.[range.left] ?? null);
  return cells;
}

const shown = (cell: PlanCell): string => (cell === null ? "" : cell.t === "text" ? cell.v : String(cell.v ?? ""));
const numeric = (cell: PlanCell): number | null => (cell !== null && cell.t !== "text" && typeof cell.v === "number" ? cell.v : null);

function strRef(sheet: PlannedSheet, range: CellRange): string {
  // Category names keep their leading indent spaces off the axis.
  const points = cellsOf(sheet, range)
    .map((c, i) => `<c:pt idx="${i}"><c:v>${escapeText(shown(c).trim())}</c:v></c:pt>`)
    .join("");
  const count = range.bottom - range.top + 1;
  return `<c:strRef><c:f>${escapeText(absoluteRef(sheet.name, range))}</c:f><c:strCache><c:ptCount val="${count}"/>${points}</c:strCache></c:strRef>`;
}

function numRef(sheet: PlannedSheet, range: CellRange): string {
  const points = cellsOf(sheet, range)
    .map((c, i) => {
      const v = numeric(c);
      return v === null ? "" : `<c:pt idx="${i}"><c:v>${String(v)}</c:v></c:pt>`;
    })
    .join("");
  const count = range.bottom - range.top + 1;
  return (
    `<c:numRef><c:f>${escapeText(absoluteRef(sheet.name, range))}</c:f>` +
    `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${count}"/>${points}</c:numCache></c:numRef>`
  );
}

const hex = (color: string): string => color.replace(/^#/, "").toUpperCase();

function textProps(size: number, bold = false): string {
  return (
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}">` +
    `<a:latin typeface="${CHART_FONT.latin}"/><a:ea typeface="${CHART_FONT.ea}"/></a:defRPr></a:pPr>` +
    `<a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`
  );
}

function dataLabels(format: string, size: number): string {
  return (
    `<c:dLbls><c:numFmt formatCode="${escapeAttr(format)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    `${textProps(size)}<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>` +
    `<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
  );
}

/**
 * Where the axes go. A bar chart lists its categories down the left, first at the top as in the
 * table (orientation maxMin), and keeps its value axis at the foot: that axis crosses the
 * reversed category axis at its maximum, the bottom (ECMA-376 CT_Crosses; Excel's "categories in
 * reverse order, at maximum category").
 */
function axisLayout(direction: PlannedChart["direction"]): { barDir: string; catPos: string; valPos: string; catOrder: string; valCrosses: string } {
  return direction === "bar"
    ? { barDir: "bar", catPos: "l", valPos: "b", catOrder: "maxMin", valCrosses: "max" }
    : { barDir: "col", catPos: "b", valPos: "l", catOrder: "minMax", valCrosses: "autoZero" };
}

/** One chart part: a clustered bar or column chart with the title, legend below, axes in the sheet's font. */
export function chartXml(sheet: PlannedSheet, chart: PlannedChart): string {
  const axes = axisLayout(chart.direction);
  // DrawingML sizes are in hundredths of a point.
  const text = Math.round(chart.fontSize.text * 100);
  const titleSize = Math.round(chart.fontSize.title * 100);
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeText(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${hex(s.color)}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
        (chart.dataLabels ? dataLabels(chart.valueFormat, text) : "") +
        `<c:cat>${strRef(sheet, chart.categories)}</c:cat><c:val>${numRef(sheet, s.values)}</c:val></c:ser>`,
    )
    .join("");
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${titleSize}" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" sz="${titleSize}" b="1"><a:latin typeface="${CHART_FONT.latin}"/><a:ea typeface="${CHART_FONT.ea}"/></a:rPr>` +
    `<a:t>${escapeText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const gridLine = `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>`;
  return (
    DECLARATION +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:lang val="zh-CN"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${axes.barDir}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="80"/><c:axId val="100"/><c:axId val="200"/></c:barChart>` +
    `<c:catAx><c:axId val="100"/><c:scaling><c:orientation val="${axes.catOrder}"/></c:scaling><c:delete val="0"/><c:axPos val="${axes.catPos}"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `${textProps(text)}<c:crossAx val="200"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="200"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="${axes.valPos}"/>${gridLine}` +
    `<c:numFmt formatCode="${escapeAttr(chart.valueFormat)}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `${textProps(text)}<c:crossAx val="100"/><c:crosses val="${axes.valCrosses}"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProps(text)}</c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>` +
    `${textProps(text)}</c:chartSpace>`
  );
}

/** The drawing part: one two-cell anchor per chart, chart i related as rId(i+1). */
export function drawingXml(charts: PlannedChart[]): string {
  const anchors = charts
    .map((chart, i) => {
      const { top, left, bottom, right } = chart.anchor;
      const marker = (tag: string, col: number, row: number): string =>
        `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">${marker("from", left, top)}${marker("to", right + 1, bottom + 1)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeAttr(`Chart ${i + 1}`)}" descr="${escapeAttr(chart.title)}"/>` +
        `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return DECLARATION + `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors}</xdr:wsDr>`;
}

/** A relationships part listing `targets` as rId1…, all of one type. */
export function relationshipsXml(type: string, targets: string[]): string {
  const rels = targets.map((t, i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${escapeAttr(t)}"/>`).join("");
  return DECLARATION + `<Relationships xmlns="${NS.pkg}">${rels}</Relationships>`;
}

/** The worksheet's element pointing at its drawing (goes after pageSetup/headerFooter). */
export const DRAWING_ELEMENT = '<drawing r:id="rId1"/>';
