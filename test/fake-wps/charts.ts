/**
 * Charts in the fake WPS 表格 object model: Worksheet.ChartObjects().Add(Left, Top, Width,
 * Height).Chart, then ChartType, title, legend, SeriesCollection().NewSeries() with Name,
 * Values and XValues (a Range of one row or column, as VBA documents), fill colour (BGR),
 * data labels and the value axis. Every setter is a counted write, so failure injection
 * reaches each; values WPS refuses raise 1004. Positions are in points, as in WPS.
 */
import type { CellRange } from "../../src/engine/grid";
import { a1 } from "../../src/engine/grid";
import { failed } from "./errors";
import type { FakeWpsBook } from "./model";
import type { FakeSheetState } from "./state";

export interface FakeSeriesState {
  name: string;
  /**
   * The range given, by sheet identity and absolute address, or null until set. By identity
   * because a series reference follows its sheet when the sheet is renamed, as in WPS.
   */
  values: SeriesRef | null;
  xValues: SeriesRef | null;
  color: number | null;
  dataLabels: boolean;
  labelFormat: string | null;
}

export interface SeriesRef {
  uid: number;
  range: string;
}

export interface FakeChartState {
  left: number;
  top: number;
  width: number;
  height: number;
  type: number;
  title: string | null;
  legendPosition: number | null;
  series: FakeSeriesState[];
  valueAxis: { minimum: number | null; format: string | null };
  /** ChartArea.Font.Size and ChartTitle.Font.Size, in points (1–409 as in WPS), or null until set. */
  fontSize: number | null;
  titleFontSize: number | null;
  /** Axes(xlCategory): ReversePlotOrder and Crosses (xlAxisCrosses: 1 custom, 2 maximum, -4114 minimum, -4105 automatic). */
  categoryAxis: { reversed: boolean; crosses: number | null };
}

/** The chart types the port may ask for: clustered column/bar and line (WPS refuses unknown codes). */
const CHART_TYPES = new Set([51, 52, 57, 4, 65]);
/** xlAxisCrosses: automatic, custom, maximum, minimum. */
const AXIS_CROSSES = new Set([-4105, 1, 2, -4114]);
/** xlLegendPosition: bottom, corner, left, right, top. */
const LEGEND_POSITIONS = new Set([-4107, 2, -4131, -4152, -4160]);

/** What a range given to Values/XValues must be: one row or column, cells of a live sheet. */
export interface RangeLike {
  sheet: FakeSheetState;
  area: CellRange;
}

function seriesAddress(book: FakeWpsBook, v: unknown): SeriesRef {
  const r = v as Partial<RangeLike> | null;
  if (!r || typeof r !== "object" || !r.sheet || !r.area || !book.sheets.includes(r.sheet)) throw failed("无法设置 Series 类的 Values 属性");
  const { top, left, bottom, right } = r.area;
  if (top !== bottom && left !== right) throw failed("无法设置 Series 类的 Values 属性");
  const abs = (row: number, col: number): string => a1(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return { uid: r.sheet.uid, range: `${abs(top, left)}:${abs(bottom, right)}` };
}

function checkColor(v: unknown): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 0xffffff) throw failed("颜色值无效");
  return v;
}

function checkSize(v: unknown): number {
  if (typeof v !== "number" || !(v >= 1 && v <= 409)) throw failed("无法设置 Font 类的 Size 属性");
  return v;
}

function checkFormat(v: unknown): string {
  if (typeof v !== "string" || v.length > 255) throw failed("无法设置 NumberFormat 属性");
  return v;
}

function series(book: FakeWpsBook, s: FakeSeriesState): unknown {
  return {
    get Name(): string {
      return s.name;
    },
    set Name(v: string) {
      if (typeof v !== "string" || v.length > 255) throw failed("无法设置 Series 类的 Name 属性");
      book.write("Series.Name");
      s.name = v;
    },
    set Values(v: unknown) {
      const address = seriesAddress(book, v);
      book.write("Series.Values");
      s.values = address;
    },
    set XValues(v: unknown) {
      const address = seriesAddress(book, v);
      book.write("Series.XValues");
      s.xValues = address;
    },
    get HasDataLabels(): boolean {
      return s.dataLabels;
    },
    set HasDataLabels(v: boolean) {
      book.write("Series.HasDataLabels");
      s.dataLabels = v === true;
    },
    DataLabels(): unknown {
      return {
        set NumberFormat(v: string) {
          if (!s.dataLabels) throw failed("无法设置 DataLabels 类的 NumberFormat 属性");
          const f = checkFormat(v);
          book.write("DataLabels.NumberFormat");
          s.labelFormat = f;
        },
      };
    },
    Format: {
      Fill: {
        ForeColor: {
          set RGB(v: number) {
            const c = checkColor(v);
            book.write("Series.Fill.ForeColor");
            s.color = c;
          },
        },
      },
    },
  };
}

function chart(book: FakeWpsBook, c: FakeChartState): unknown {
  return {
    get ChartType(): number {
      return c.type;
    },
    set ChartType(v: number) {
      if (!CHART_TYPES.has(v)) throw failed("无法设置 Chart 类的 ChartType 属性");
      book.write("Chart.ChartType");
      c.type = v;
    },
    get HasTitle(): boolean {
      return c.title !== null;
    },
    set HasTitle(v: boolean) {
      book.write("Chart.HasTitle");
      c.title = v ? (c.title ?? "") : null;
    },
    ChartTitle: {
      set Text(v: string) {
        if (c.title === null) throw failed("无法设置 ChartTitle 类的 Text 属性");
        book.write("ChartTitle.Text");
        c.title = String(v);
      },
      Font: {
        set Size(v: number) {
          if (c.title === null) throw failed("无法设置 Font 类的 Size 属性");
          const size = checkSize(v);
          book.write("ChartTitle.Font.Size");
          c.titleFontSize = size;
        },
      },
    },
    ChartArea: {
      Font: {
        set Size(v: number) {
          const size = checkSize(v);
          book.write("ChartArea.Font.Size");
          c.fontSize = size;
        },
      },
    },
    set HasLegend(v: boolean) {
      book.write("Chart.HasLegend");
      c.legendPosition = v ? (c.legendPosition ?? -4152) : null;
    },
    Legend: {
      set Position(v: number) {
        if (c.legendPosition === null || !LEGEND_POSITIONS.has(v)) throw failed("无法设置 Legend 类的 Position 属性");
        book.write("Legend.Position");
        c.legendPosition = v;
      },
    },
    SeriesCollection(index?: number): unknown {
      if (index !== undefined) {
        const s = c.series[index - 1];
        if (!s) throw failed("SeriesCollection 方法无效");
        return series(book, s);
      }
      return {
        get Count(): number {
          return c.series.length;
        },
        NewSeries(): unknown {
          book.write("SeriesCollection.NewSeries");
          const s: FakeSeriesState = { name: `系列${c.series.length + 1}`, values: null, xValues: null, color: null, dataLabels: false, labelFormat: null };
          c.series.push(s);
          return series(book, s);
        },
      };
    },
    /** Axes(2) is the value axis (xlValue); Axes(1) the category axis. */
    Axes(type: number): unknown {
      if (type !== 2 && type !== 1) throw failed("Axes 方法无效");
      if (type === 1) {
        return {
          set ReversePlotOrder(v: boolean) {
            if (typeof v !== "boolean") throw failed("无法设置 Axis 类的 ReversePlotOrder 属性");
            book.write("Axis.ReversePlotOrder");
            c.categoryAxis.reversed = v;
          },
          set Crosses(v: number) {
            if (!AXIS_CROSSES.has(v)) throw failed("无法设置 Axis 类的 Crosses 属性");
            book.write("Axis.Crosses");
            c.categoryAxis.crosses = v;
          },
        };
      }
      return {
        set MinimumScale(v: number) {
          if (typeof v !== "number" || !Number.isFinite(v)) throw failed("无法设置 Axis 类的 MinimumScale 属性");
          book.write("Axis.MinimumScale");
          c.valueAxis.minimum = v;
        },
        TickLabels: {
          set NumberFormat(v: string) {
            const f = checkFormat(v);
            book.write("TickLabels.NumberFormat");
            c.valueAxis.format = f;
          },
        },
      };
    },
  };
}

/** A series reference as WPS shows it now: "'sheet'!$E$21:$E$26" (#REF! once the sheet is gone). */
export function seriesReference(book: FakeWpsBook, ref: SeriesRef | null): string | null {
  if (!ref) return null;
  const sheet = book.sheetByUid(ref.uid);
  return sheet ? `'${sheet.name.replace(/'/g, "''")}'!${ref.range}` : "#REF!";
}

/** Worksheet.ChartObjects(): the collection of the sheet's embedded charts. */
export function chartObjects(book: FakeWpsBook, sheet: FakeSheetState): unknown {
  return {
    get Count(): number {
      return sheet.charts.length;
    },
    Add(left: number, top: number, width: number, height: number): unknown {
      for (const v of [left, top, width, height]) if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw failed("ChartObjects 类的 Add 方法无效");
      if (width === 0 || height === 0) throw failed("ChartObjects 类的 Add 方法无效");
      book.write("ChartObjects.Add");
      // A new chart is a clustered column with no series, no title and a legend on the right.
      const c: FakeChartState = { left, top, width, height, type: 51, title: null, legendPosition: -4152, series: [], valueAxis: { minimum: null, format: null }, categoryAxis: { reversed: false, crosses: null }, fontSize: null, titleFontSize: null };
      sheet.charts.push(c);
      return { Left: left, Top: top, Width: width, Height: height, Chart: chart(book, c) };
    },
  };
}
