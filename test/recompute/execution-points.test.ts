/**
 * The execution points on the sheet and in the engine, case by case (docs/rules.md §3.2): a small
 * department workbook under each rule set and execution setting, with and without a 预算执行率 row
 * of its own or a budget block stating its 分值, at 90 points of weights and not. Its first
 * indicator's weight is raised by 2 (it is at full marks, so its score follows), or its budget set
 * to 0 (no rate, so no points); the sheet's total
 * recomputed by a formula engine must be the engine's total on the changed workbook, and both the
 * hand-computed figure. (The 重庆 common-indicators workbook once failed this: the sheet kept a
 * block's stated 10 points the engine dropped once the weights no longer made 100 with them.)
 *
 * Budget: 支出合计 200 budgeted, 190 spent → 95%; 10 points of execution give 9.5, 20 give 19.
 * Indicators at full marks: 完成数量 (w1), 服务对象满意度 (w2), and a 预算执行率 row (w3, scored
 * min(95%, 1) × w3) when the case has one.
 */
import { runEngine } from "../../src/engine";
import type { CellValue, Grid } from "../../src/engine/grid";
import { OUTPUT_SHEET_NAMES } from "../../src/engine/plan";
import { LABELS } from "../../src/engine/render/labels";
import { summaryAddresses } from "../../src/engine/render/summary";
import { recompute } from "./recompute";

const _ = null;

interface Case {
  name: string;
  /** Settings rows of the info sheet (评分规则, 预算执行率分值). */
  settings: [string, CellValue][];
  weights: [number, number];
  /** A 预算执行率 / 预算完成率 row of the table's own, with its weight. */
  own?: { name: string; weight: number; /** Its 实际完成值; blank: scored from the budget's rate. */ actual?: CellValue };
  /** The budget block states this 分值 on its 支出合计 row. */
  stated?: number;
  /** The change: the first weight raised by 2 (default), or the 支出合计 budget set to 0 (no rate, ZERO_BUDGET). */
  change?: "weight" | "zeroBudget";
  /** Hand-computed totals before and after the change. */
  before: number;
  after: number;
  /** The execution points the engine counts before and after. */
  points: [number | null, number | null];
}

const CASES: Case[] = [
  // auto: 10 points complete a 90-point table. 90 + 9.5; then 92 points of weights → none: 42 + 50.
  { name: "auto, weights 90 → 92", settings: [], weights: [40, 50], before: 99.5, after: 92, points: [10, null] },
  // auto at 88: none (88); corrected to 90 the points appear: 90 + 9.5.
  { name: "auto, weights 88 → 90", settings: [], weights: [40, 48], before: 88, after: 99.5, points: [null, 10] },
  // The table scores execution itself: 40 + 40 + 9.5; then 42 + 40 + 9.5. Never extra points.
  { name: "auto, own 预算执行率 row", settings: [], weights: [40, 40], own: { name: "预算执行率", weight: 10 }, before: 89.5, after: 91.5, points: [null, null] },
  // A stated 分值 counts whatever the weights, beside a 预算完成率 row too (重庆 共性指标):
  // 40 + 40 + 9.5 + 9.5 = 99; then 42 + 40 + 9.5 + 9.5 = 101 (of 102, WEIGHTS_TOTAL).
  { name: "auto, block states 10, own 预算完成率 row", settings: [], weights: [40, 40], own: { name: "预算完成率", weight: 10 }, stated: 10, before: 99, after: 101, points: [10, 10] },
  // 90 + 9.5; then 92 + 9.5.
  { name: "auto, block states 10", settings: [], weights: [40, 50], stated: 10, before: 99.5, after: 101.5, points: [10, 10] },
  // A stated 0 turns them off: 90; then 92.
  { name: "auto, block states 0", settings: [], weights: [40, 50], stated: 0, before: 90, after: 92, points: [null, null] },
  // 项目支出: 10 points whatever the weights: 88 + 9.5; then 90 + 9.5.
  { name: "rule set 项目支出, weights 88", settings: [["评分规则", "项目支出"]], weights: [40, 48], before: 97.5, after: 99.5, points: [10, 10] },
  { name: "rule set 项目支出, weights 90", settings: [["评分规则", "项目支出"]], weights: [40, 50], before: 99.5, after: 101.5, points: [10, 10] },
  // 部门整体 keeps "auto": as the first case.
  { name: "rule set 部门整体, weights 90 → 92", settings: [["评分规则", "部门整体"]], weights: [40, 50], before: 99.5, after: 92, points: [10, null] },
  // 自定义 with 20 points: 80 + 0.95 × 20 = 99; then 82 + 19.
  { name: "rule set 自定义, 20 points", settings: [["评分规则", "自定义"], ["预算执行率分值", 20]], weights: [40, 40], before: 99, after: 101, points: [20, 20] },
  // A setting of 0: none, at 90 too: 90; then 92.
  { name: "预算执行率分值 0, weights 90", settings: [["预算执行率分值", 0]], weights: [40, 50], before: 90, after: 92, points: [null, null] },
  // A number setting beside a 预算执行率 row counts both: 40 + 40 + 9.5 + 9.5; then 42 + 40 + 9.5 + 9.5.
  { name: "预算执行率分值 10, own 预算执行率 row", settings: [["预算执行率分值", 10]], weights: [40, 40], own: { name: "预算执行率", weight: 10 }, before: 99, after: 101, points: [10, 10] },
  // A budget of 0 leaves no rate, so no points (the sheet's rate cell shows ""): 99.5, then 90 of 90.
  { name: "auto, weights 90, budget set to 0", settings: [], weights: [40, 50], change: "zeroBudget", before: 99.5, after: 90, points: [10, null] },
  { name: "auto, block states 10, budget set to 0", settings: [], weights: [40, 50], stated: 10, change: "zeroBudget", before: 99.5, after: 90, points: [10, null] },
  // The table's own 预算执行率 row, its actual blank, scored from the budget (40 + 40 + 9.5); with no rate
  // left it keeps its stated 9.5 unchecked, as any row without an actual (the sheet's MIN("",1) once
  // gave it full marks, 90): 89.5, then 89.5.
  { name: "auto, own 预算执行率 row from the budget, budget set to 0", settings: [], weights: [40, 40], own: { name: "预算执行率", weight: 10, actual: _ }, change: "zeroBudget", before: 89.5, after: 89.5, points: [null, null] },
  { name: "rule set 项目支出, budget set to 0", settings: [["评分规则", "项目支出"]], weights: [40, 50], change: "zeroBudget", before: 99.5, after: 90, points: [10, null] },
];

const INDICATOR_SHEET = "绩效指标";
const BUDGET_SHEET = "收支情况";
/** Row and column (0-based) of 支出合计's 全年预算数. */
const TOTAL_BUDGET = { row: 2, col: 1 };
/** Row and column (0-based) of the first indicator's weight: raised by 2. */
const FIRST_WEIGHT = { row: 2, col: 5 };

function workbook(c: Case): Grid {
  const info: CellValue[][] = [["项目", "内容"], ["单位名称", "测试县农业农村局"], ["年度", "2023年"], ...c.settings];
  const head = ["项目", "全年预算数", "全年执行数", "上年执行数", ...(c.stated === undefined ? [] : ["分值", "得分"])];
  const block = (row: CellValue[], stated: CellValue[]): CellValue[] => (c.stated === undefined ? row : [...row, ...stated]);
  const budget: CellValue[][] = [
    ["2023年度收支情况表", _, _, _],
    head,
    block(["支出合计", 200, 190, 180], [c.stated ?? _, _]),
    block(["基本支出", 80, 78, 75], [_, _]),
    block(["项目支出", 120, 112, 105], [_, _]),
  ];
  const [w1, w2] = c.weights;
  const indicators: CellValue[][] = [
    ["2023年度绩效指标自评表", _, _, _, _, _, _],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "完成数量", "≥100件", "100件", w1, w1],
    ...(c.own ? [["产出指标", "质量指标", c.own.name, "100%", c.own.actual === undefined ? "95%" : c.own.actual, c.own.weight, c.own.weight * 0.95] as CellValue[]] : []),
    ["效益指标", "满意度指标", "服务对象满意度", "≥90%", "95%", w2, w2],
  ];
  return {
    sheets: [
      { name: "基本信息", cells: info, merges: [] },
      { name: BUDGET_SHEET, cells: budget, merges: [] },
      { name: INDICATOR_SHEET, cells: indicators, merges: [] },
    ],
  };
}

function ran(grid: Grid) {
  const r = runEngine(grid);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message.zh).join("; "));
  return r;
}

describe.each(CASES)("execution points: $name", (c) => {
  const grid = workbook(c);
  const base = ran(grid);
  const changed = structuredClone(grid);
  if (c.change === "zeroBudget") {
    changed.sheets.find((s) => s.name === BUDGET_SHEET)!.cells[TOTAL_BUDGET.row]![TOTAL_BUDGET.col] = 0;
  } else {
    const weightRow = changed.sheets.find((s) => s.name === INDICATOR_SHEET)!.cells[FIRST_WEIGHT.row]!;
    weightRow[FIRST_WEIGHT.col] = (weightRow[FIRST_WEIGHT.col] as number) + 2;
  }
  const after = ran(changed);

  test("the engine's totals and points are the hand-computed ones", () => {
    const points = (r: typeof base) => r.evaluation.budget?.executionScore?.weight.toNumber() ?? null;
    expect([base.evaluation.totalScore?.toNumber(), after.evaluation.totalScore?.toNumber()]).toEqual([c.before, c.after]);
    expect([points(base), points(after)]).toEqual(c.points);
  });

  test("the sheet's total and grade recompute to the engine's, before and after the change", () => {
    const at = summaryAddresses(base.evaluation);
    const summary = OUTPUT_SHEET_NAMES.summary;
    for (const [input, expected] of [
      [grid, base],
      [changed, after],
    ] as const) {
      const hf = recompute(input, base.plan);
      const grade = expected.evaluation.grade;
      expect([hf.value(summary, at.total), hf.value(summary, at.grade)]).toEqual([
        expected.evaluation.totalScore!.toNumber(),
        grade === null ? "" : LABELS.zh.grade[grade],
      ]);
      hf.destroy();
    }
  });
});
