/**
 * A hand-built Evaluation for the render tests: what evaluate() would produce for a small
 * workbook, every figure with its source cell. The derived figures (rates, changes, scores)
 * are written out here as the engine would compute them, so render is tested on its own.
 */
import type { Dec } from "../../../src/engine/decimal";
import { D } from "../../../src/engine/decimal";
import type {
  BudgetResult,
  Direction,
  Evaluation,
  IndicatorResult,
  IndicatorTableResult,
} from "../../../src/engine/evaluation";
import type { CellRef } from "../../../src/engine/grid";
import type { Figure, Indicator, IndicatorValue } from "../../../src/engine/model";
import { makeCheck } from "../../../src/engine/messages";
import type { Settings } from "../../../src/engine/settings";
import { budgetResult as linesResult, categoriesOf, evaluation, type LineSpec } from "../narrative/fixtures";

export const BUDGET_SHEET = "收支表";
export const INDICATOR_SHEET = "Indicators 2023";

export const d = (x: string | number): Dec => new D(x);
const ref = (sheet: string, row: number, col: number): CellRef => ({ sheet, row, col });

/** A figure in 万元; `divisor` 10000 says the cell holds 元. */
export function fig(value: string, cell: CellRef, divisor = 1, numericCell = true): Figure {
  return { value: d(value), cell, divisor, numericCell };
}

// 收支表: header on row 4 (index 3), data from row 5; columns A 项目, B 类别, C 年初, D 全年预算, E 全年执行, F 上年.
const A = 0;
const RENDER_LAYOUT = { headerRow: 3, columns: { item: A, category: 1, initialBudget: 2, budget: 3, actual: 4, priorYear: 5 } };

/**
 * The seed's 收支 figures (万元); the cells hold 元 when `divisor` is 10000. Built by the narrative
 * fixture's budgetResult, which derives (docs/rules.md §3):
 * 收入合计 / 支出合计: execution 28,082.29 / 28,564.19 = 0.98312922…, change 28,082.29 − 69,640.66 = −41,558.37 (−0.59675…);
 * 一般公共预算财政拨款补助收入: change −10,847.19, share 22,096.43 / 28,082.29 = 0.78684…;
 * 基本支出: change −7.80; 项目支出: change −41,550.57 (−0.6482…), its prior-year cell holds text.
 */
export function budgetResult(divisor: number): BudgetResult {
  const specs: LineSpec[] = [
    { name: "收入合计", section: "revenue", kind: "total", budget: "28564.19", actual: "28082.29", priorYear: "69640.66" },
    { name: "一般公共预算财政拨款补助收入", section: "revenue", parentIndex: 0, actual: "22096.43", priorYear: "32943.62" },
    { name: "支出合计", section: "expenditure", kind: "total", budget: "28564.19", actual: "28082.29", priorYear: "69640.66" },
    { name: "基本支出", section: "expenditure", parentIndex: 2, actual: "5531.53", priorYear: "5539.33" },
    { name: "项目支出", section: "expenditure", parentIndex: 2, actual: "22550.76", priorYear: "64101.33", priorIsText: true },
  ];
  // min(0.98312…, 1) × 10 = 9.8312… → 9.83
  const executionScore = { weight: d(10), score: d("9.83"), rate: d("28082.29").div("28564.19"), lineIndex: 2 };
  return linesResult(specs, { layout: { ...RENDER_LAYOUT, divisor }, headlineIndex: 2, executionScore });
}

// Indicator sheet: header on row 3 (index 2), data from row 4; columns A..I as in the MOF 自评表.
export interface IndicatorSpec {
  level1: string;
  level2: string | null;
  name: string;
  direction: Direction;
  target: string;
  actual: string;
  weight: string;
  /** The weight cell holds text ("5分"), so it cannot be referenced. */
  weightIsText?: boolean;
  stated?: string;
  reason?: string;
  score: string;
  completion: Dec | null;
  met: boolean;
}

function value(text: string, cell: CellRef): IndicatorValue {
  return { text, comparator: null, number: null, unit: null, isPercent: false, cell };
}

function indicatorResult(spec: IndicatorSpec, index: number): IndicatorResult {
  const row = 3 + index;
  const at = (col: number): CellRef => ref(INDICATOR_SHEET, row, col);
  const indicator: Indicator = {
    level1: spec.level1,
    level2: spec.level2,
    name: spec.name,
    natureText: null,
    unitText: null,
    target: value(spec.target, at(4)),
    actual: value(spec.actual, at(5)),
    weight: fig(spec.weight, at(6), 1, !spec.weightIsText),
    statedScore: spec.stated === undefined ? null : fig(spec.stated, at(7)),
    reason: spec.reason ?? null,
    nameCell: at(2),
    reasonCell: at(8),
  };
  return { indicator, direction: spec.direction, completion: spec.completion, score: d(spec.score), met: spec.met, checked: true };
}

/** Four indicators; 产出指标 rows are 1st, 3rd and 4th (not contiguous). */
export const MIXED_INDICATORS: IndicatorSpec[] = [
  {
    level1: "产出指标", level2: "数量指标", name: "新建森林登山步道", direction: "positive",
    target: "15公里", actual: "15公里", weight: "10", score: "10", completion: d(1), met: true,
  },
  {
    level1: "效益指标", level2: "社会效益", name: "群众满意度", direction: "positive",
    target: "≥90%", actual: "95%", weight: "10", score: "10", completion: d(95).div(90), met: true,
  },
  {
    level1: "产出指标", level2: "质量指标", name: "国考断面水质达标率", direction: "positive",
    target: "≥100%", actual: "92%", weight: "10", score: "9.2", completion: d("0.92"), met: false,
    reason: "-受上游来水影响", // starts with "-": must stay text
  },
  {
    level1: "产出指标", level2: "成本指标", name: '=HYPERLINK("http://x","y")', direction: "negative",
    target: "@≤100%", actual: "+96%", weight: "5", weightIsText: true, stated: "5", score: "5",
    completion: d(1), met: true,
  },
];

export function indicatorTableResult(specs: IndicatorSpec[], includesExecutionScore: boolean): IndicatorTableResult {
  const indicators = specs.map(indicatorResult);
  const categories = categoriesOf(indicators);
  const scores = categories.reduce((acc, c) => acc.plus(c.score), d(0));
  const weights = categories.reduce((acc, c) => acc.plus(c.weight), d(0));
  return {
    table: {
      sheet: INDICATOR_SHEET,
      range: { top: 2, left: 0, bottom: 2 + specs.length, right: 8 },
      headerRow: 2,
      columns: { level1: 0, level2: 1, name: 2, nature: 3, target: 4, actual: 5, weight: 6, statedScore: 7, reason: 8 },
      indicators: indicators.map((r) => r.indicator),
      statedTotal: null,
      statedWeightTotal: null,
    },
    indicators,
    categories,
    total: includesExecutionScore ? scores.plus("9.83") : scores,
    maxTotal: includesExecutionScore ? weights.plus(10) : weights,
    grade: "优",
    includesExecutionScore,
  };
}

export interface EvaluationOptions {
  divisor?: number;
  indicators?: IndicatorSpec[];
  includesExecutionScore?: boolean;
  settings?: Partial<Settings>;
}

/**
 * The default: 元 cells (divisor 10000), MIXED_INDICATORS, execution score counted.
 * Total = 产出 (10 + 9.2 + 5 = 24.2) + 效益 10 + 执行率得分 9.83 = 44.03.
 */
export function buildEvaluation(options: EvaluationOptions = {}): Evaluation {
  const divisor = options.divisor ?? 10000;
  const includes = options.includesExecutionScore ?? true;
  const table = indicatorTableResult(options.indicators ?? MIXED_INDICATORS, includes);
  const budget = budgetResult(divisor);
  return evaluation({
    entity: "派潭镇人民政府",
    year: 2023,
    selfReference: "我镇",
    settings: options.settings,
    budget: includes ? budget : { ...budget, executionScore: null },
    indicatorTables: [table],
    checks: [
      makeCheck("SUM_MISMATCH", ref(BUDGET_SHEET, 4, A), {
        name: "收入合计",
        column: { zh: "全年执行数", en: "actual" },
        stated: "28,082.29万元",
        sum: "28,081.92万元",
        diff: "0.37万元",
      }),
      makeCheck("MISSING_DEVIATION_REASON", ref(INDICATOR_SHEET, 5, 2), {
        name: "国考断面水质达标率",
        state: { zh: "未得满分", en: "is below full marks" },
        score: "9.2",
        weight: "10",
        ask: { zh: "需填写偏差原因分析及改进措施", en: "a deviation analysis is required" },
      }),
    ],
  });
}
