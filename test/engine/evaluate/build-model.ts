/** Hand-built models for the evaluation tests (independent of the parser). */
import { D } from "../../../src/engine/decimal";
import type { CellRef } from "../../../src/engine/grid";
import type {
  BudgetLine,
  BudgetLineKind,
  BudgetTable,
  Comparator,
  Figure,
  Indicator,
  IndicatorTable,
  IndicatorValue,
  InfoSheet,
  Section,
} from "../../../src/engine/model";

export const BUDGET_SHEET = "收支表";
export const INDICATOR_SHEET = "指标表";
export const INFO_SHEET = "基本信息";

/** Budget columns: A 项目, B 年初预算数, C 全年预算数, D 全年执行数, E 上年执行数. */
export const BUDGET_COL = { item: 0, initialBudget: 1, budget: 2, actual: 3, priorYear: 4 } as const;
/** Indicator columns: A 一级 … I 偏差原因. */
export const IND_COL = { level1: 0, level2: 1, name: 2, nature: 3, target: 4, actual: 5, weight: 6, statedScore: 7, reason: 8 } as const;

export const ref = (sheet: string, row: number, col: number): CellRef => ({ sheet, row, col });

export function fig(value: number | string, cell: CellRef): Figure {
  return { value: new D(value), cell, divisor: 1, numericCell: true };
}

export interface LineSpec {
  name: string;
  section?: Section;
  /** "item" when not given. */
  kind?: BudgetLineKind;
  parentIndex?: number | null;
  initialBudget?: number | string;
  budget?: number | string;
  actual?: number | string;
  priorYear?: number | string;
}

/** Lines in order from row 2 (0-based 1) down; parents named from parentIndex. */
export function budgetTable(specs: LineSpec[]): BudgetTable {
  const lines: BudgetLine[] = specs.map((s, i) => {
    const row = i + 1;
    const f = (v: number | string | undefined, col: number): Figure | null => (v === undefined ? null : fig(v, ref(BUDGET_SHEET, row, col)));
    const parentIndex = s.parentIndex ?? null;
    return {
      name: s.name,
      section: s.section ?? "other",
      kind: s.kind ?? "item",
      parent: parentIndex === null ? null : specs[parentIndex]!.name,
      parentIndex,
      nameCell: ref(BUDGET_SHEET, row, BUDGET_COL.item),
      initialBudget: f(s.initialBudget, BUDGET_COL.initialBudget),
      budget: f(s.budget, BUDGET_COL.budget),
      actual: f(s.actual, BUDGET_COL.actual),
      priorYear: f(s.priorYear, BUDGET_COL.priorYear),
    };
  });
  return {
    sheet: BUDGET_SHEET,
    range: { top: 0, left: 0, bottom: specs.length, right: 4 },
    headerRow: 0,
    columns: { ...BUDGET_COL },
    sourceUnit: "万元",
    lines,
  };
}

/** Reads "≥95%", "≤10天", "15公里", "逐步完善" into an IndicatorValue (a test stand-in for the parser). */
export function value(text: string, cell: CellRef): IndicatorValue {
  const m = /^\s*(≥|≤|=|>|<)?\s*(-?\d+(?:\.\d+)?)?\s*(.*?)\s*$/.exec(text)!;
  const number = m[2] === undefined ? null : new D(m[2]);
  const rest = m[3] ?? "";
  const isPercent = number !== null && rest === "%";
  const unit = number === null || isPercent || rest === "" ? null : rest;
  return { text, comparator: (m[1] as Comparator | undefined) ?? null, number, unit, isPercent, cell };
}

export interface IndicatorSpec {
  level1?: string;
  level2?: string | null;
  name?: string;
  nature?: string | null;
  target: string;
  actual: string;
  weight: number | string;
  stated?: number | string;
  reason?: string;
}

export function indicator(spec: IndicatorSpec, row = 1): Indicator {
  const at = (col: number): CellRef => ref(INDICATOR_SHEET, row, col);
  return {
    level1: spec.level1 ?? "产出指标",
    level2: spec.level2 === undefined ? "数量指标" : spec.level2,
    name: spec.name ?? "测试指标",
    natureText: spec.nature ?? null,
    unitText: null,
    target: value(spec.target, at(IND_COL.target)),
    actual: value(spec.actual, at(IND_COL.actual)),
    weight: fig(spec.weight, at(IND_COL.weight)),
    statedScore: spec.stated === undefined ? null : fig(spec.stated, at(IND_COL.statedScore)),
    reason: spec.reason ?? null,
    nameCell: at(IND_COL.name),
    reasonCell: at(IND_COL.reason),
  };
}

/** Indicators from row 2 down; statedTotal / statedWeightTotal on the row after them. */
export function indicatorTable(specs: IndicatorSpec[], stated: { total?: number; weights?: number } = {}): IndicatorTable {
  const totalRow = specs.length + 1;
  return {
    sheet: INDICATOR_SHEET,
    range: { top: 0, left: 0, bottom: totalRow, right: 8 },
    headerRow: 0,
    columns: { ...IND_COL },
    indicators: specs.map((s, i) => indicator(s, i + 1)),
    statedTotal: stated.total === undefined ? null : fig(stated.total, ref(INDICATOR_SHEET, totalRow, IND_COL.statedScore)),
    statedWeightTotal: stated.weights === undefined ? null : fig(stated.weights, ref(INDICATOR_SHEET, totalRow, IND_COL.weight)),
  };
}

export function infoSheet(entries: [string, string | number | boolean | null][], extra: Partial<InfoSheet> = {}): InfoSheet {
  return {
    sheet: INFO_SHEET,
    entity: null,
    year: null,
    selfReference: null,
    entries: entries.map(([key, v], i) => ({ key, value: v, cell: ref(INFO_SHEET, i, 1) })),
    narrative: { functions: null, annualWork: null, goals: null, management: null, problems: null, measures: null },
    ...extra,
  };
}

/** docs/rules.md §2/§6: the seed's 收支 figures (万元). Revenue items add to 28,081.92, 0.37 short of the total. */
export function seedBudget(): BudgetTable {
  return budgetTable([
    { name: "收入合计", section: "revenue", kind: "total", budget: "28564.19", actual: "28082.29" },
    { name: "一般公共预算财政拨款补助收入", section: "revenue", parentIndex: 0, actual: "22096.43", priorYear: "32943.62" },
    { name: "政府性基金预算财政拨款补助收入", section: "revenue", parentIndex: 0, actual: "5985.49", priorYear: "36697.04" },
    { name: "支出合计", section: "expenditure", kind: "total", budget: "28564.19", actual: "28082.29", priorYear: "69640.66" },
    { name: "基本支出", section: "expenditure", parentIndex: 3, actual: "5531.53", priorYear: "5539.33" },
    { name: "项目支出", section: "expenditure", parentIndex: 3, actual: "22550.76", priorYear: "64101.33" },
  ]);
}

/**
 * An indicator table consistent with the seed's results: 产出 50 points scored 42, 效益 50 scored 50.
 * 产出: 10 + 10 + 6 (3/5 个) + 6 (60/100%) + 10 (反向 96% ≤ 100%) = 42.
 * 效益: 20 (95% ≥ 90%) + 30 (定性 达成, no stated score → full) = 50.
 */
export function seedIndicators(): IndicatorTable {
  return indicatorTable(
    [
      { level1: "产出指标", level2: "数量指标", name: "新建森林登山步道", target: "≥15公里", actual: "15公里", weight: 10 },
      { level1: "产出指标", level2: "数量指标", name: "新建绿（碧）道", target: "≥4公里", actual: "4公里", weight: 10 },
      { level1: "产出指标", level2: "数量指标", name: "入河排污口溯源整治", target: "5个", actual: "3个", weight: 10, reason: "2个排污口涉及跨镇协调，顺延至下年" },
      { level1: "产出指标", level2: "质量指标", name: "国考断面水质达标率", target: "≥100%", actual: "60%", weight: 10, reason: "上游来水影响" },
      { level1: "产出指标", level2: "成本指标", name: "三公经费控制率", target: "≤100%", actual: "96%", weight: 10 },
      { level1: "效益指标", level2: "社会效益", name: "群众满意度", target: "≥90%", actual: "95%", weight: 20 },
      { level1: "效益指标", level2: "可持续影响", name: "长效管理机制", nature: "定性", target: "逐步完善", actual: "达成", weight: 30 },
    ],
    { total: 92, weights: 100 },
  );
}
