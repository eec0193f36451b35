/**
 * The summary's native charts: budget against execution by line, this year against last year,
 * and completion by indicator category. Each series points at the summary's own cells, so a
 * chart redraws when a figure changes. Colours follow the sheet's header blue.
 */
import type { Evaluation } from "../evaluation";
import type { CellRange } from "../grid";
import type { PlannedChart } from "../plan";
import type { Lang } from "../settings";

/** Rows each chart covers at the default 15 pt row height (about 5.8 cm): three fit one printed page. */
export const CHART_ROWS = 11;

const COLOR = { budget: "#9DC3E6", actual: "#2E75B6", prior: "#A5A5A5", completion: "#2E75B6" } as const;

const TEXT = {
  zh: {
    budgetVsActual: "预算数与执行数（万元）",
    yearOnYear: "本年与上年执行数（万元）",
    completion: "各类指标完成率",
    budget: "全年预算数",
    actual: "全年执行数",
    prior: "上年执行数",
    completionSeries: "完成率",
    heading: "图表",
  },
  en: {
    budgetVsActual: "Budget and execution (10k yuan)",
    yearOnYear: "Execution this year and last (10k yuan)",
    completion: "Completion by indicator category",
    budget: "Budget",
    actual: "Execution",
    prior: "Last year",
    completionSeries: "Completion",
    heading: "Charts",
  },
} as const;

export const chartsHeading = (lang: Lang): string => TEXT[lang].heading;

/** Where the summary put the tables the charts read. */
export interface ChartSources {
  /** First and last data row of the budget table, or null. */
  budgetRows: { first: number; last: number } | null;
  budgetColumns: { item: number; budget: number; actual: number; priorYear: number };
  /** First and last data row of the first category table, or null. */
  categoryRows: { first: number; last: number } | null;
  categoryColumns: { name: number; completion: number };
}

const column = (col: number, rows: { first: number; last: number }): CellRange => ({
  top: rows.first,
  left: col,
  bottom: rows.last,
  right: col,
});

/**
 * The charts stacked from row `top` down, each across columns 0…`right`; none for data the
 * workbook lacks (no prior year, no categories).
 */
export function summaryCharts(e: Evaluation, sources: ChartSources, top: number, right: number, lang: Lang): PlannedChart[] {
  const t = TEXT[lang];
  const charts: Omit<PlannedChart, "anchor">[] = [];
  const budget = sources.budgetRows;
  const lines = e.budget?.lines ?? [];
  const bc = sources.budgetColumns;
  if (budget && lines.some((l) => l.line.budget !== null && l.line.actual !== null)) {
    charts.push({
      title: t.budgetVsActual,
      categories: column(bc.item, budget),
      series: [
        { name: t.budget, values: column(bc.budget, budget), color: COLOR.budget },
        { name: t.actual, values: column(bc.actual, budget), color: COLOR.actual },
      ],
      valueFormat: "#,##0",
      dataLabels: false,
    });
  }
  if (budget && lines.some((l) => l.line.priorYear !== null && l.line.actual !== null)) {
    charts.push({
      title: t.yearOnYear,
      categories: column(bc.item, budget),
      series: [
        { name: t.actual, values: column(bc.actual, budget), color: COLOR.actual },
        { name: t.prior, values: column(bc.priorYear, budget), color: COLOR.prior },
      ],
      valueFormat: "#,##0",
      dataLabels: false,
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
    });
  }
  return charts.map((chart, i) => {
    const chartTop = top + i * (CHART_ROWS + 1);
    return { ...chart, anchor: { top: chartTop, left: 0, bottom: chartTop + CHART_ROWS - 1, right } };
  });
}
