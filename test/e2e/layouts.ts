/**
 * The bundled example's figures (scripts/build-example.ts) laid out the many ways officers keep
 * them: column order, title and unit rows, amounts in 元 as text, merged or repeated category
 * cells, full-width digits. Every layout must give the same JSON, cell addresses aside.
 */
import ExcelJS from "exceljs";
import { D } from "../../src/engine/decimal";
import { formatNumber } from "../../src/engine/format";
import {
  BUDGET_ROWS,
  BUDGET_TITLE,
  INDICATOR_ROWS,
  INDICATOR_TITLE,
  SHEET_NAMES,
  STATED_TOTAL,
  infoRows,
} from "../../scripts/build-example";
import type { ExampleBudgetRow, ExampleIndicatorRow } from "../../scripts/build-example";

type BudgetField = "item" | "initialBudget" | "budget" | "actual" | "priorYear" | "remark";
type IndicatorField = "level1" | "level2" | "name" | "nature" | "target" | "actual" | "weight" | "score" | "reason" | "remark";

export interface Layout {
  budgetColumns: BudgetField[];
  indicatorColumns: IndicatorField[];
  /** Header text per field (lets a layout add line breaks or unit suffixes). */
  budgetHeader?: Partial<Record<BudgetField, string>>;
  /** Title row and "单位：…" row above the budget header; null leaves them out. */
  budgetTitle: boolean;
  unitRow: "万元" | "元" | null;
  /** How an amount (in 万元) is written into its cell. */
  amount: (wan: number) => number | string;
  /** How a weight or score is written. */
  points: (x: number) => number | string;
  mergeCategories: boolean;
  indicatorTitle: boolean;
  /** Empty rows and columns before each table. */
  offset: { rows: number; cols: number };
  sheetOrder: (keyof typeof SHEET_NAMES)[];
}

const BUDGET_HEADER: Record<BudgetField, string> = {
  item: "项目",
  initialBudget: "年初预算数",
  budget: "全年预算数",
  actual: "全年执行数",
  priorYear: "上年执行数",
  remark: "备注",
};

const INDICATOR_HEADER: Record<IndicatorField, string> = {
  level1: "一级指标",
  level2: "二级指标",
  name: "三级指标",
  nature: "指标性质",
  target: "年度指标值",
  actual: "实际完成值",
  weight: "分值",
  score: "得分",
  reason: "偏差原因分析及改进措施",
  remark: "备注",
};

/** The layout of examples/paitan-2023.xlsx. */
export const BASE_LAYOUT: Layout = {
  budgetColumns: ["item", "initialBudget", "budget", "actual", "priorYear"],
  indicatorColumns: ["level1", "level2", "name", "nature", "target", "actual", "weight", "score", "reason"],
  budgetTitle: true,
  unitRow: "万元",
  amount: (x) => x,
  points: (x) => x,
  mergeCategories: true,
  indicatorTitle: true,
  offset: { rows: 0, cols: 0 },
  sheetOrder: ["info", "budget", "indicators"],
};

/** 28082.29 → "280,822,900.00" (元, as text with separators). */
export function yuanText(wan: number): string {
  return formatNumber(D(wan).times(10000));
}

/** "28,082.29" → "２８，０８２．２９" */
export function fullWidth(text: string): string {
  return text.replace(/[0-9.,]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

export const VARIANTS: Record<string, Layout> = {
  "columns reordered, extra columns": {
    ...BASE_LAYOUT,
    budgetColumns: ["item", "priorYear", "actual", "remark", "budget", "initialBudget"],
    indicatorColumns: ["name", "level1", "level2", "weight", "target", "actual", "nature", "remark", "reason", "score"],
  },
  "no title or unit row, header with units and line breaks, moved tables and sheets": {
    ...BASE_LAYOUT,
    budgetTitle: false,
    unitRow: null,
    budgetHeader: {
      item: "项 目",
      initialBudget: "年初\n预算数（万元）",
      budget: "全年\n预算数（万元）",
      actual: "全年\n执行数（万元）",
      priorYear: "上年\n执行数（万元）",
    },
    indicatorTitle: false,
    offset: { rows: 2, cols: 1 },
    sheetOrder: ["indicators", "budget", "info"],
  },
  "amounts in 元 as text": {
    ...BASE_LAYOUT,
    unitRow: "元",
    amount: yuanText,
  },
  "category cells repeated instead of merged": {
    ...BASE_LAYOUT,
    mergeCategories: false,
  },
  "full-width digits": {
    ...BASE_LAYOUT,
    amount: (x) => fullWidth(formatNumber(D(x))),
    points: (x) => fullWidth(String(x)),
  },
};

function budgetValue(field: BudgetField, row: ExampleBudgetRow, layout: Layout): ExcelJS.CellValue {
  if (field === "item") return row.name;
  if (field === "remark") return null;
  const v = row[field];
  return v === null ? null : layout.amount(v);
}

function indicatorValue(field: IndicatorField, row: ExampleIndicatorRow, index: number, layout: Layout): ExcelJS.CellValue {
  const above = INDICATOR_ROWS[index - 1];
  switch (field) {
    case "level1":
      return layout.mergeCategories && above?.level1 === row.level1 ? null : row.level1;
    case "level2":
      return layout.mergeCategories && above?.level1 === row.level1 && above.level2 === row.level2 ? null : row.level2;
    case "weight":
      return layout.points(row.weight);
    case "score":
      return layout.points(row.score);
    case "remark":
      return null;
    default:
      return row[field];
  }
}

function addBudget(wb: ExcelJS.Workbook, layout: Layout): void {
  const ws = wb.addWorksheet(SHEET_NAMES.budget);
  const { rows: r0, cols: c0 } = layout.offset;
  let r = r0 + 1;
  const width = layout.budgetColumns.length;
  if (layout.budgetTitle) {
    ws.getCell(r, c0 + 1).value = BUDGET_TITLE;
    ws.mergeCells(r, c0 + 1, r, c0 + width);
    r++;
  }
  if (layout.unitRow) {
    ws.getCell(r, c0 + width).value = `单位：${layout.unitRow}`;
    r++;
  }
  layout.budgetColumns.forEach((f, i) => (ws.getCell(r, c0 + 1 + i).value = layout.budgetHeader?.[f] ?? BUDGET_HEADER[f]));
  for (const row of BUDGET_ROWS) {
    r++;
    layout.budgetColumns.forEach((f, i) => (ws.getCell(r, c0 + 1 + i).value = budgetValue(f, row, layout)));
  }
}

function addIndicators(wb: ExcelJS.Workbook, layout: Layout): void {
  const ws = wb.addWorksheet(SHEET_NAMES.indicators);
  const { rows: r0, cols: c0 } = layout.offset;
  const cols = layout.indicatorColumns;
  let r = r0 + 1;
  if (layout.indicatorTitle) {
    ws.getCell(r, c0 + 1).value = INDICATOR_TITLE;
    ws.mergeCells(r, c0 + 1, r, c0 + cols.length);
    r++;
  }
  cols.forEach((f, i) => (ws.getCell(r, c0 + 1 + i).value = INDICATOR_HEADER[f]));
  const first = r + 1;
  INDICATOR_ROWS.forEach((row, index) => {
    r++;
    cols.forEach((f, i) => (ws.getCell(r, c0 + 1 + i).value = indicatorValue(f, row, index, layout)));
  });
  if (layout.mergeCategories) {
    mergeRuns(ws, first, c0 + 1 + cols.indexOf("level1"), (i) => INDICATOR_ROWS[i]!.level1);
    mergeRuns(ws, first, c0 + 1 + cols.indexOf("level2"), (i) => `${INDICATOR_ROWS[i]!.level1}/${INDICATOR_ROWS[i]!.level2}`);
  }
  r++;
  // The 合计 row: label in the first column, stated weight and score under their headers.
  ws.getCell(r, c0 + 1).value = "合计";
  ws.getCell(r, c0 + 1 + cols.indexOf("weight")).value = layout.points(STATED_TOTAL.weight);
  ws.getCell(r, c0 + 1 + cols.indexOf("score")).value = layout.points(STATED_TOTAL.score);
}

function mergeRuns(ws: ExcelJS.Worksheet, firstRow: number, column: number, key: (i: number) => string): void {
  let start = 0;
  for (let i = 1; i <= INDICATOR_ROWS.length; i++) {
    if (i === INDICATOR_ROWS.length || key(i) !== key(start)) {
      if (i - 1 > start) ws.mergeCells(firstRow + start, column, firstRow + i - 1, column);
      start = i;
    }
  }
}

function addInfo(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEET_NAMES.info);
  ws.addRow(["事项", "填写内容"]);
  for (const row of infoRows()) ws.addRow(row);
}

export function buildLayout(layout: Layout): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const sheet of layout.sheetOrder) {
    if (sheet === "info") addInfo(wb);
    else if (sheet === "budget") addBudget(wb, layout);
    else addIndicators(wb, layout);
  }
  return wb;
}

/** The JSON with every `cell` field removed: what must not depend on where the data sits. */
export function withoutCells(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutCells);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => k !== "cell")
        .map(([k, v]) => [k, withoutCells(v)]),
    );
  }
  return value;
}
