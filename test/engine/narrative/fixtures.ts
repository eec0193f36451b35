/**
 * Hand-built Evaluations for narrative, JSON and render tests (render/fixtures.ts lays out its own
 * cells but builds on categoriesOf and evaluation() here), independent of the parser and
 * evaluator. Derived figures (rates, changes, totals) are computed here with D from the
 * stated amounts, exactly as docs/rules.md §3 defines them; tests assert on hand-written text.
 */
import { D, type Dec } from "../../../src/engine/decimal";
import type {
  BudgetResult,
  CategoryResult,
  Check,
  Direction,
  Evaluation,
  ExecutionScore,
  IndicatorResult,
  IndicatorTableResult,
  LineResult,
} from "../../../src/engine/evaluation";
import type { CellRef } from "../../../src/engine/grid";
import type {
  BudgetLine,
  BudgetLineKind,
  Figure,
  Indicator,
  IndicatorTable,
  IndicatorValue,
  NarrativeInputs,
  Section,
} from "../../../src/engine/model";
import { isTotalLine } from "../../../src/engine/vocabulary/budget-lines";
import { DEFAULT_SETTINGS, type Grade, type Settings } from "../../../src/engine/settings";

export const BUDGET_SHEET = "收支表";
export const INDICATOR_SHEET = "绩效指标";

/** Where a hand-built budget table sits on its sheet. */
export interface BudgetLayout {
  /** 0-based header row; the lines start on the row below it. */
  headerRow: number;
  columns: { item: number; category?: number; initialBudget: number; budget: number; actual: number; priorYear: number };
  /** 10000 when the cells hold 元 (the figures stay in 万元). */
  divisor: number;
}

/** The narrative tests' sheet: row 0 title, row 1 header; A item, B 年初预算数, C 全年预算数, D 全年执行数, E 上年执行数. */
const NARRATIVE_LAYOUT: BudgetLayout = { headerRow: 1, columns: { item: 0, initialBudget: 1, budget: 2, actual: 3, priorYear: 4 }, divisor: 1 };

function fig(value: string | null | undefined, cell: CellRef, divisor = 1, numericCell = true): Figure | null {
  if (value === null || value === undefined) return null;
  return { value: new D(value), cell, divisor, numericCell };
}

export interface LineSpec {
  name: string;
  section: Section;
  /** "item" when not given. */
  kind?: BudgetLineKind;
  /** Index of the parent line (total, or the line above for "其中："). */
  parentIndex?: number | null;
  initialBudget?: string | null;
  budget?: string | null;
  actual?: string | null;
  priorYear?: string | null;
  /** The prior-year cell holds text, so it cannot be referenced. */
  priorIsText?: boolean;
}

/**
 * Lines on the rows below the layout's header (rows 2.. of 收支表 by default). LineResult figures per docs/rules.md §3:
 * execution = actual / budget, change = actual − prior, rate = change / prior, share = actual / parent actual.
 */
export function budgetResult(
  specs: LineSpec[],
  options: { headlineIndex?: number | null; executionScore?: ExecutionScore | null; layout?: BudgetLayout } = {},
): BudgetResult {
  const { headerRow, columns, divisor } = options.layout ?? NARRATIVE_LAYOUT;
  const lines: BudgetLine[] = specs.map((s, i) => {
    const row = headerRow + 1 + i;
    const at = (col: number): CellRef => ({ sheet: BUDGET_SHEET, row, col });
    const parentIndex = s.parentIndex ?? null;
    return {
      name: s.name,
      section: s.section,
      kind: s.kind ?? "item",
      parent: parentIndex === null ? null : specs[parentIndex]!.name,
      parentIndex,
      nameCell: at(columns.item),
      initialBudget: fig(s.initialBudget, at(columns.initialBudget), divisor),
      budget: fig(s.budget, at(columns.budget), divisor),
      actual: fig(s.actual, at(columns.actual), divisor),
      priorYear: fig(s.priorYear, at(columns.priorYear), divisor, !s.priorIsText),
    };
  });
  const results: LineResult[] = lines.map((line) => {
    const actual = line.actual?.value ?? null;
    const budget = line.budget?.value ?? null;
    const prior = line.priorYear?.value ?? null;
    const parentActual = line.parentIndex === null ? null : (lines[line.parentIndex]!.actual?.value ?? null);
    const change = actual && prior ? actual.minus(prior) : null;
    return {
      line,
      executionRate: actual && budget && !budget.isZero() ? actual.dividedBy(budget) : null,
      change,
      changeRate: change && prior && !prior.isZero() ? change.dividedBy(prior) : null,
      share: actual && parentActual && !parentActual.isZero() ? actual.dividedBy(parentActual) : null,
    };
  });
  const firstExpenditureTotal = lines.findIndex((l) => isTotalLine(l) && l.section === "expenditure");
  return {
    table: {
      sheet: BUDGET_SHEET,
      range: { top: headerRow, left: 0, bottom: headerRow + specs.length, right: Math.max(...Object.values(columns)) },
      headerRow,
      columns: { ...columns },
      sourceUnit: divisor === 1 ? "万元" : "元",
      lines,
    },
    lines: results,
    headlineIndex: options.headlineIndex !== undefined ? options.headlineIndex : firstExpenditureTotal >= 0 ? firstExpenditureTotal : null,
    executionScore: options.executionScore ?? null,
  };
}

export interface IndicatorSpec {
  level1: string;
  level2?: string | null;
  name: string;
  target: string;
  actual: string;
  weight: string;
  /** The score as the evaluator would give it (hand-computed by the test). */
  score: string;
  direction?: Direction;
  completion?: string | null;
  met?: boolean;
  statedScore?: string | null;
  reason?: string | null;
}

function value(text: string, cell: CellRef): IndicatorValue {
  // Only the text matters to the narrative and JSON; numbers are left to the evaluator's own tests.
  return { text, comparator: null, number: null, unit: null, isPercent: text.includes("%"), cell };
}

/** Indicators on rows 1.. of 绩效指标 (row 0 header): A 一级, B 二级, C 三级, D 目标, E 实际, F 分值, G 得分, H 偏差原因. */
export function indicatorTableResult(
  specs: IndicatorSpec[],
  options: { sheet?: string; executionScore?: ExecutionScore | null; grade?: Grade | null } = {},
): IndicatorTableResult {
  const sheet = options.sheet ?? INDICATOR_SHEET;
  const indicators: IndicatorResult[] = specs.map((s, i) => {
    const row = i + 1;
    const at = (col: number): CellRef => ({ sheet, row, col });
    const weight = new D(s.weight);
    const score = new D(s.score);
    const indicator: Indicator = {
      level1: s.level1,
      level2: s.level2 ?? null,
      name: s.name,
      natureText: null,
      unitText: null,
      target: value(s.target, at(3)),
      actual: value(s.actual, at(4)),
      weight: { value: weight, cell: at(5), divisor: 1, numericCell: true },
      statedScore: fig(s.statedScore, at(6)),
      reason: s.reason ?? null,
      nameCell: at(2),
      reasonCell: at(7),
    };
    return {
      indicator,
      direction: s.direction ?? "positive",
      completion: s.completion === undefined || s.completion === null ? null : new D(s.completion),
      score,
      met: s.met ?? score.equals(weight),
      checked: true,
    };
  });

  const categories = categoriesOf(indicators);

  const exec = options.executionScore ?? null;
  let total: Dec = indicators.reduce((acc, r) => acc.plus(r.score), new D(0));
  let maxTotal: Dec = indicators.reduce((acc, r) => acc.plus(r.indicator.weight.value), new D(0));
  if (exec) {
    total = total.plus(exec.score);
    maxTotal = maxTotal.plus(exec.weight);
  }
  const table: IndicatorTable = {
    sheet,
    range: { top: 0, left: 0, bottom: specs.length, right: 7 },
    headerRow: 0,
    columns: { level1: 0, level2: 1, name: 2, target: 3, actual: 4, weight: 5, statedScore: 6, reason: 7 },
    indicators: indicators.map((r) => r.indicator),
    statedTotal: null,
    statedWeightTotal: null,
  };
  return {
    table,
    indicators,
    categories,
    total,
    maxTotal,
    grade: options.grade !== undefined ? options.grade : gradeOf(total.dividedBy(maxTotal).times(100)),
    includesExecutionScore: exec !== null,
  };
}

/**
 * Categories as the engine totals them (docs/rules.md §4): by 一级指标 in order of first appearance,
 * weight and score summed, completion = score / weight. Shared with the render fixtures.
 */
export function categoriesOf(indicators: IndicatorResult[]): CategoryResult[] {
  const categories: CategoryResult[] = [];
  for (const r of indicators) {
    let c = categories.find((x) => x.name === r.indicator.level1);
    if (!c) {
      c = { name: r.indicator.level1, weight: new D(0), score: new D(0), completionRate: null, count: 0, metCount: 0 };
      categories.push(c);
    }
    c.weight = c.weight.plus(r.indicator.weight.value);
    c.score = c.score.plus(r.score);
    c.count += 1;
    if (r.met) c.metCount += 1;
  }
  for (const c of categories) c.completionRate = c.weight.isZero() ? null : c.score.dividedBy(c.weight);
  return categories;
}

function gradeOf(scaled: Dec): Grade {
  const band = DEFAULT_SETTINGS.gradeBands.find((b) => scaled.greaterThanOrEqualTo(b.min));
  return band ? band.grade : "差";
}

export const EMPTY_NARRATIVE: NarrativeInputs = {
  functions: null,
  annualWork: null,
  goals: null,
  management: null,
  problems: null,
  measures: null,
};

export interface EvaluationSpec {
  entity?: string | null;
  year?: number | null;
  selfReference?: string;
  settings?: Partial<Settings>;
  budget?: BudgetResult | null;
  indicatorTables?: IndicatorTableResult[];
  checks?: Check[];
  narrative?: Partial<NarrativeInputs>;
}

export function evaluation(spec: EvaluationSpec = {}): Evaluation {
  const tables = spec.indicatorTables ?? [];
  const first = tables[0] ?? null;
  return {
    entity: spec.entity ?? null,
    year: spec.year === undefined ? null : spec.year,
    selfReference: spec.selfReference ?? "我单位",
    settings: { ...DEFAULT_SETTINGS, ...spec.settings },
    budget: spec.budget ?? null,
    indicatorTables: tables,
    totalScore: first ? first.total : null,
    grade: first ? first.grade : null,
    checks: spec.checks ?? [],
    info: null,
    narrativeInputs: { ...EMPTY_NARRATIVE, ...spec.narrative },
  };
}

/**
 * The seed report (派潭镇 2023) figures of docs/rules.md §2/§6. Totals' last-year amounts are left
 * unknown here, as in the seed's text, so section （四） reads exactly like the seed.
 * Set `priorTotals` to add them (收入合计/支出合计 上年 69,640.66 = 32,943.62 + 36,697.04).
 */
export function paitanBudget(options: { priorTotals?: boolean; executionScore?: boolean } = {}): BudgetResult {
  const prior = options.priorTotals ? "69640.66" : null;
  const specs: LineSpec[] = [
    { name: "收入合计", section: "revenue", kind: "total", budget: "28564.19", actual: "28082.29", priorYear: prior },
    { name: "一般公共预算财政拨款补助收入", section: "revenue", parentIndex: 0, actual: "22096.43", priorYear: "32943.62" },
    { name: "政府性基金预算财政拨款补助收入", section: "revenue", parentIndex: 0, actual: "5985.49", priorYear: "36697.04" },
    { name: "支出合计", section: "expenditure", kind: "total", budget: "28564.19", actual: "28082.29", priorYear: prior },
    { name: "基本支出", section: "expenditure", parentIndex: 3, actual: "5531.53", priorYear: "5539.33" },
    { name: "项目支出", section: "expenditure", parentIndex: 3, actual: "22550.76", priorYear: "64101.33" },
  ];
  // 执行率得分 = min(28082.29 / 28564.19, 1) × 10 = 9.8312937… → 9.83 once rounded.
  const rate = new D("28082.29").dividedBy("28564.19");
  const executionScore: ExecutionScore | null = options.executionScore
    ? { weight: new D(10), score: rate.times(10).toDecimalPlaces(2), rate, lineIndex: 3 }
    : null;
  return budgetResult(specs, { executionScore });
}

/** 产出 50 scored 42 (84%), 效益 50 scored 50 (100%): total 92, 优 — the seed's indicator score. */
export function paitanIndicators(): IndicatorTableResult {
  return indicatorTableResult([
    // ≥15公里, 15 → full 10.
    { level1: "产出指标", level2: "数量指标", name: "新建森林登山步道", target: "≥15公里", actual: "15公里", weight: "10", score: "10", completion: "1" },
    // ≥100%, 80% → 80/100 × 20 = 16.
    {
      level1: "产出指标",
      level2: "质量指标",
      name: "国考断面水质达标率",
      target: "≥100%",
      actual: "80%",
      weight: "20",
      score: "16",
      completion: "0.8",
      reason: "受上游来水影响，部分月份水质未达标，将加强入河排污口溯源整治",
    },
    // ≥4公里, 2.4 → 2.4/4 × 10 = 6; no reason given.
    { level1: "产出指标", level2: "数量指标", name: "新建绿（碧）道", target: "≥4公里", actual: "2.4公里", weight: "10", score: "6", completion: "0.6" },
    // ≤100%, 96% → 反向, within target: full 10.
    { level1: "产出指标", level2: "成本指标", name: "三公经费控制率", target: "≤100%", actual: "96%", weight: "10", score: "10", direction: "negative", completion: "1" },
    // ≥90%, 95% → 95/90 = 1.0555… ≥ 1: full 25 (below the 130% overshoot line).
    { level1: "效益指标", level2: "社会效益", name: "群众满意度", target: "≥90%", actual: "95%", weight: "25", score: "25", completion: "1.0555555555555555555555555555555555555556" },
    { level1: "效益指标", level2: "可持续影响", name: "长效管理机制", target: "逐步完善", actual: "达成", weight: "25", score: "25", direction: "qualitative" },
  ]);
}

export function paitanEvaluation(lang: "zh" | "en" = "zh"): Evaluation {
  return evaluation({
    entity: "广州市增城区派潭镇人民政府",
    year: 2023,
    selfReference: "我镇",
    settings: { lang },
    budget: paitanBudget(),
    indicatorTables: [paitanIndicators()],
  });
}
