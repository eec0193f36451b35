/**
 * The summary's native charts: budget against execution by line, this year against last year,
 * and completion by indicator category. Each series points at the summary's own cells, so a
 * chart redraws when a figure changes. Colours follow the sheet's header blue. Bars run left to
 * right with the names down the side: a budget line's name is up to 15 characters, which under
 * upright bars was printed slanted and took most of the chart (docs/print-and-charts.md).
 */
import type { Evaluation } from "../evaluation";
import type { BudgetLine } from "../model";
import type { CellRange } from "../grid";
import type { PlannedChart } from "../plan";
import type { Lang } from "../settings";
import { columnRange } from "./sheet-draft";

/** The height of a row under a chart, set so every host draws the chart the same size. */
export const CHART_ROW_HEIGHT = 15;
/** Rows a chart covers besides its bars: the 14 pt title, the value axis, the legend and margins. */
const CHART_FRAME_ROWS = 7;
/** Rows per bar: a bar and its gap, with room for an 11 pt name beside a pair of bars. */
const ROWS_PER_BAR = 1;
const MIN_CHART_ROWS = 11;
/**
 * Sheet rows of charts one portrait page holds at 85 %: A4's 842 pt less 0.75-inch margins is
 * 734 pt, 863 pt of sheet; less the repeated 22 pt title and the heading that is 55 rows of 15 pt,
 * taken as 52. A chart that would pass this row starts the next page.
 */
const CHART_PAGE_ROWS = 52;

/** The rows a chart of `bars` bars (categories × series) needs. */
const chartRows = (bars: number): number => Math.max(MIN_CHART_ROWS, CHART_FRAME_ROWS + Math.ceil(bars * ROWS_PER_BAR));

/**
 * The sheet's 11 pt body for names, figures and legend (9.35 pt printed at 85 %, like the
 * tables), 14 pt titles; hosts' own default (10 pt) would print below 9 pt.
 */
const FONT_SIZE = { text: 11, title: 14 } as const;

const COLOR = { budget: "#9DC3E6", actual: "#2E75B6", prior: "#A5A5A5", completion: "#2E75B6" } as const;

const TEXT = {
  zh: {
    budgetVsActual: "预算数与执行数（万元）",
    yearOnYear: "本年与上年执行数（万元）",
    completion: "各类指标得分率",
    budget: "全年预算数",
    actual: "全年执行数",
    prior: "上年执行数",
    completionSeries: "得分率",
    heading: "图表",
  },
  en: {
    budgetVsActual: "Budget and execution (10k yuan)",
    yearOnYear: "Execution this year and last (10k yuan)",
    completion: "Score rate by indicator category",
    budget: "Budget",
    actual: "Execution",
    prior: "Last year",
    completionSeries: "Score rate",
    heading: "Charts",
  },
} as const;

export const chartsHeading = (lang: Lang): string => TEXT[lang].heading;

/**
 * The budget lines the charts draw: the totals and their parts, not a memo line (三公经费,
 * 政府采购金额, reported beside the totals on a scale of their own: on 支出合计's they were bars
 * too short to see) nor what lies under one, nor a 其中 line (part of a part: drawn beside its
 * total it counted twice to the eye), nor a carry-over (no execution of its own). R34.
 */
export function chartedLines(lines: readonly BudgetLine[]): number[] {
  const excluded = (i: number | null, depth = 0): boolean => {
    if (i === null || depth > lines.length) return false;
    const line = lines[i]!;
    return line.kind === "memo" || line.kind === "subItem" || line.kind === "carryOver" || excluded(line.parentIndex, depth + 1);
  };
  return lines.flatMap((_, i) => (excluded(i) ? [] : [i]));
}

/** Where the summary put the tables the charts read. */
export interface ChartSources {
  /** First and last data row of the budget table, or null. */
  budgetRows: { first: number; last: number } | null;
  budgetColumns: { item: number; budget: number; actual: number; priorYear: number };
  /** First and last data row of the first category table, or null. */
  categoryRows: { first: number; last: number } | null;
  categoryColumns: { name: number; completion: number };
}

const column = (col: number, rows: { first: number; last: number }): CellRange => columnRange(col, rows.first, rows.last);

/**
 * The charts stacked from row `top` down with a row between, each across columns 0…`right` and
 * as tall as its bars need; none for data the workbook lacks (no prior year, no categories).
 */
export function summaryCharts(e: Evaluation, sources: ChartSources, top: number, right: number, lang: Lang): PlannedChart[] {
  const t = TEXT[lang];
  const charts: Omit<PlannedChart, "anchor" | "fontSize">[] = [];
  const budget = sources.budgetRows;
  const charted = chartedLines((e.budget?.lines ?? []).map((l) => l.line));
  const lines = (e.budget?.lines ?? []).filter((_, i) => charted.includes(i));
  const bc = sources.budgetColumns;
  // The two budget charts: each drawn when some charted line has both of its figures.
  const budgetCharts: { title: string; series: ["budget" | "actual" | "priorYear", string, string][] }[] = [
    { title: t.budgetVsActual, series: [["budget", t.budget, COLOR.budget], ["actual", t.actual, COLOR.actual]] },
    { title: t.yearOnYear, series: [["actual", t.actual, COLOR.actual], ["priorYear", t.prior, COLOR.prior]] },
  ];
  for (const chart of budgetCharts) {
    if (!budget || !lines.some((l) => chart.series.every(([role]) => l.line[role] !== null))) continue;
    charts.push({
      title: chart.title,
      categories: column(bc.item, budget),
      series: chart.series.map(([role, name, color]) => ({ name, values: column(bc[role], budget), color })),
      valueFormat: "#,##0",
      dataLabels: false,
      direction: "bar",
    });
  }
  const categories = sources.categoryRows;
  if (categories && (e.indicatorTables[0]?.categories.length ?? 0) > 0) {
    const cc = sources.categoryColumns;
    charts.push({
      title: t.completion,
      categories: column(cc.name, categories),
      series: [{ name: t.completionSeries, values: column(cc.completion, categories), color: COLOR.completion }],
      valueFormat: "0%",
      dataLabels: true,
      direction: "bar",
    });
  }
  let next = top;
  return charts.map((chart) => {
    const bars = (chart.categories.bottom - chart.categories.top + 1) * chart.series.length;
    const chartTop = next;
    next += chartRows(bars) + 1;
    return { ...chart, fontSize: { ...FONT_SIZE }, anchor: { top: chartTop, left: 0, bottom: chartTop + chartRows(bars) - 1, right } };
  });
}

/**
 * Rows (0-based) where a new page starts so no chart is cut by a page break: before the first
 * chart's heading (`headingRow`), and before any chart that would pass CHART_PAGE_ROWS rows of
 * its page.
 */
export function chartPageBreaks(charts: PlannedChart[], headingRow: number): number[] {
  const breaks = [headingRow];
  let pageTop = headingRow;
  for (const chart of charts) {
    if (chart.anchor.bottom + 1 - pageTop > CHART_PAGE_ROWS && chart.anchor.top > pageTop + 1) {
      breaks.push(chart.anchor.top);
      pageTop = chart.anchor.top;
    }
  }
  return breaks;
}
