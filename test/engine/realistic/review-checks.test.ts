/**
 * Checks the finance reviewer found missing or mis-worded (session 6 review), on the fixtures the
 * review named. Every figure is worked out by hand in the comments.
 */
import { resolve } from "path";
import * as forms from "../../../scripts/provincial-fixtures";
import { subtotalsAtBottom } from "../../../scripts/realistic-fixtures";
import { runEngine } from "../../../src/engine";
import type { Grid } from "../../../src/engine/grid";
import { refToA1 } from "../../../src/engine/grid";
import { loadWorkbook, workbookToGrid } from "../../../src/node/xlsx-read";

const EXAMPLE = resolve(__dirname, "..", "..", "..", "examples", "paitan-2023.xlsx");

function ran(grid: Grid) {
  const r = runEngine(grid);
  if (!r.ok) throw new Error(`engine stopped: ${r.errors.map((c) => c.message.zh).join("; ")}`);
  return r;
}

const found = (r: ReturnType<typeof ran>, code: string): string[] =>
  r.evaluation.checks.filter((c) => c.code === code).map((c) => `${c.cell ? refToA1(c.cell) : "-"} ${c.message.zh}`);

function setCell(grid: Grid, sheet: string, row: number, col: number, v: string | number): void {
  const s = grid.sheets.find((x) => x.name === sheet)!;
  const cells = s.cells[row] as (string | number | null)[];
  cells[col] = v;
}

describe("a one-line budget block is its own headline (重庆 R: 部门预算资金 1,250 → 950)", () => {
  const r = ran(forms.chongqingDepartmentCommon());

  test("the summary's 预算执行率 cell is filled with 950 / 1,250 = 0.76", () => {
    const rows = r.plan.sheets[0]!.rows;
    const row = rows.find((cells) => cells.some((c) => c !== null && c.t === "text" && c.v === "预算执行率"))!;
    const value = row.find((c) => c !== null && (c.t === "formula" || c.t === "number") && typeof c.v === "number");
    expect(value).toBeDefined();
    expect(value!.v).toBeCloseTo(0.76, 6);
  });

  test("no year anywhere: one info telling where to write it", () => {
    expect(found(r, "YEAR_MISSING")).toEqual([
      "- 未找到评价年度，报告标题和收支情况中不写年度：请在表头标题中写明年度（如“2023年度”），或在“基本信息”表填写“年度”。",
    ]);
  });
});

describe("spending above budget (超预算支出) on the headline", () => {
  test.each([
    // F: 合计 全年预算数 5,558.66 → 5,300.00; 执行数 5,329.53 − 5,300.00 = 29.53 over.
    ["F 合计 at 5,300", 10, 4, 5300, "收支决算表!F11", "“合计”全年执行数5,329.53万元超过全年预算数5,300.00万元，超出29.53万元"],
    // F: the budget set equal to the actual: not over, nothing said.
    ["F 合计 at 5,329.53", 10, 4, 5329.53, null, null],
  ] as const)("%s", (_name, row, col, budget, cell, text) => {
    const grid = subtotalsAtBottom();
    setCell(grid, "收支决算表", row, col, budget);
    const checks = found(ran(grid), "OVER_BUDGET");
    if (cell === null) expect(checks).toEqual([]);
    else expect(checks).toEqual([`${cell} ${text}：请核实是否有预算调整（追加）批复，并按调整后的预算数填写。`]);
  });

  test("revenue above its budget is no overspending: 收入合计 110 of 100 raises nothing", () => {
    const grid = subtotalsAtBottom();
    const sheet = grid.sheets.find((x) => x.name === "收支决算表")!;
    sheet.cells = [
      ["项目", "全年预算数", "全年执行数"],
      ["财政拨款收入", 80, 85],
      ["其他收入", 20, 25],
      ["收入合计", 100, 110],
    ];
    sheet.merges = [];
    const r = ran(grid);
    expect(r.evaluation.budget!.lines[r.evaluation.budget!.headlineIndex!]!.line.name).toBe("收入合计");
    expect(found(r, "OVER_BUDGET")).toEqual([]);
  });

  test("the bundled example is within its budget (28,082.29 ≤ 28,564.19): no finding", async () => {
    const r = ran(workbookToGrid((await loadWorkbook(EXAMPLE)).workbook));
    expect(found(r, "OVER_BUDGET")).toEqual([]);
  });
});

describe("the unit's own narrative (基本信息) and a category's score in the text audit", () => {
  let base: Grid;
  beforeAll(async () => {
    base = workbookToGrid((await loadWorkbook(EXAMPLE)).workbook);
  });

  test("the bundled example's narrative raises nothing", () => {
    expect(ran(structuredClone(base)).evaluation.checks.filter((c) => c.code.startsWith("TEXT_"))).toEqual([]);
  });

  test("wrong figures in 部门整体绩效管理情况 (基本信息!B8) are told at that cell", () => {
    const grid = structuredClone(base);
    // 支出合计 28,082.29; 28,082.29 / 28,564.19 = 98.31%; 基本支出 5,531.53 vs 5,539.33 → 下降0.14%;
    // 15 indicators; 42 + 50 = 92.
    setCell(grid, "基本信息", 7, 1, "支出合计28,080.29万元，预算执行率为99.31%，基本支出较上年增长0.14%，共设置绩效指标16项，自评得分93分。");
    const checks = ran(grid).evaluation.checks.filter((c) => c.code.startsWith("TEXT_"));
    expect(checks.map((c) => `${c.code}@${refToA1(c.cell!)}`)).toEqual(Array(5).fill("TEXT_FIGURE_MISMATCH@基本信息!B8"));
    expect(checks.map((c) => c.message.zh.replace(/^.*?与数据不符：/, ""))).toEqual([
      "应为28,082.29万元（全年执行数，四舍五入到所写位数，容差±0.005万元）。",
      "应为98.31%（全年执行数 ÷ 全年预算数，四舍五入到所写位数，容差±0.005%）。",
      "应为下降0.14%（(全年执行数 − 上年执行数) ÷ 上年执行数，四舍五入到所写位数，容差±0.005%）。",
      "应为15项（指标个数）。",
      "应为92分（自评总分，四舍五入到所写位数，容差±0.5分）。",
    ]);
  });

  test.each([
    // 产出 42 of 50, 效益 50 of 50: a category's score is that category's, not the total 92.
    ["我镇产出指标得分42分，效益指标得分50分。", []],
    ["我镇产出指标的得分为42分。", []],
    ["我镇产出指标得分40分，自评得分92分。", ["应为42分（该类指标得分之和，四舍五入到所写位数，容差±0.5分）。"]],
  ] as const)("%s", (text, expected) => {
    const grid = structuredClone(base);
    grid.sheets.push({ name: "单位报告", cells: [[text], ["全年共设置绩效指标15项，支出合计28,082.29万元，执行率98.31%。"]], merges: [] });
    const checks = ran(grid).evaluation.checks.filter((c) => c.code.startsWith("TEXT_"));
    expect(checks.map((c) => c.message.zh.replace(/^.*?与数据不符：/, ""))).toEqual(expected);
  });
});
