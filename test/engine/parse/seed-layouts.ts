/**
 * The seed's 收支 figures (docs/rules.md §2) in several layouts officers use. Every layout must
 * parse to the same lines and values.
 */
import type { CellValue, Sheet } from "../../../src/engine/grid";
import { sheet } from "./grid-builder";

/** [name, 全年预算数, 全年执行数, 上年执行数] in 万元, as the seed states them. */
export const SEED_ROWS: [string, number | null, number | null, number | null][] = [
  ["收入合计", 28564.19, 28082.29, null],
  ["一般公共预算财政拨款补助收入", null, 22096.43, 32943.62],
  ["政府性基金预算财政拨款补助收入", null, 5985.49, 36697.04],
  ["支出合计", 28564.19, 28082.29, 69640.66],
  ["基本支出", null, 5531.53, 5539.33],
  ["项目支出", null, 22550.76, 64101.33],
];

/** What every layout must give: name → section, total, parent, and the figures as decimal strings. */
export const SEED_EXPECTED: Record<string, { section: string; isTotal: boolean; parent: string | null; budget: string | null; actual: string | null; priorYear: string | null }> = {
  收入合计: { section: "revenue", isTotal: true, parent: null, budget: "28564.19", actual: "28082.29", priorYear: null },
  一般公共预算财政拨款补助收入: { section: "revenue", isTotal: false, parent: "收入合计", budget: null, actual: "22096.43", priorYear: "32943.62" },
  政府性基金预算财政拨款补助收入: { section: "revenue", isTotal: false, parent: "收入合计", budget: null, actual: "5985.49", priorYear: "36697.04" },
  支出合计: { section: "expenditure", isTotal: true, parent: null, budget: "28564.19", actual: "28082.29", priorYear: "69640.66" },
  基本支出: { section: "expenditure", isTotal: false, parent: "支出合计", budget: null, actual: "5531.53", priorYear: "5539.33" },
  项目支出: { section: "expenditure", isTotal: false, parent: "支出合计", budget: null, actual: "22550.76", priorYear: "64101.33" },
};

const HEADER = ["项目", "年初预算数", "全年预算数", "全年执行数", "上年执行数"];

/** (a) plain header at row 1, numbers as numbers. */
export function layoutPlain(): Sheet {
  return sheet("Sheet1", [HEADER, ...SEED_ROWS.map(([n, b, a, p]) => [n, null, b, a, p] as CellValue[])]);
}

/** (b) title row, unit row, header on row 3 with columns reordered and an extra column. */
export function layoutTitled(): Sheet {
  return sheet(
    "表二",
    [
      ["2023年度派潭镇部门整体支出收支情况表", null, null, null, null, null],
      [null, null, null, null, null, "单位：万元"],
      ["上年执行数", "全年执行数", "备注", "项目名称", "全年预算数（万元）", "年初预算数"],
      ...SEED_ROWS.map(([n, b, a, p]) => [p, a, null, n, b, null] as CellValue[]),
    ],
    { merges: ["A1:F1"] },
  );
}

/**
 * (c) amounts in 元 (unit line above the header): 预算数/执行数 as text with thousands separators,
 * 上年执行数 as real numbers. Hand-converted: 28,082.29万元 × 10,000 = 280,822,900.00元.
 */
export function layoutYuanText(): Sheet {
  return sheet("data", [
    ["金额单位：元"],
    ["收支项目", "全年预算数", "全年执行数", "上年执行数"],
    ["收入合计", "285,641,900.00", "280,822,900.00", null],
    ["一般公共预算财政拨款补助收入", "-", "220,964,300.00", 329436200],
    ["政府性基金预算财政拨款补助收入", "-", "59,854,900.00", 366970400],
    ["支出合计", "285,641,900.00", "280,822,900.00", 696406600],
    ["基本支出", "", "55,315,300.00", 55393300],
    ["项目支出", " ", "225,507,600.00", 641013300],
  ]);
}

const FULL_WIDTH_DIGITS = "０１２３４５６７８９";
function fullWidth(n: number | null): string {
  if (n === null) return "—";
  const [int, frac] = n.toFixed(2).split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, "，");
  return `${grouped}．${frac}`.replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)]!);
}

/** (d) full-width digits and "—" blanks, a 类别 column merged down, header split over two lines. */
export function layoutFullWidth(): Sheet {
  return sheet(
    "Sheet3",
    [
      ["类别", "项  目", "全年\n预算数", "全年执行数\n（万元）", "上年\n执行数"],
      ["收入", ...rowOf(0)],
      [null, ...rowOf(1)],
      [null, ...rowOf(2)],
      ["支出", ...rowOf(3)],
      [null, ...rowOf(4)],
      [null, ...rowOf(5)],
    ],
    { merges: ["A2:A4", "A5:A7"] },
  );
  function rowOf(i: number): CellValue[] {
    const [n, b, a, p] = SEED_ROWS[i]!;
    return [n, fullWidth(b), fullWidth(a), fullWidth(p)];
  }
}

/** (e) totals at the bottom of each group, "其中：" sub-items, numbered names, a notes row below. */
export function layoutTotalsBelow(): Sheet {
  const r = (i: number): CellValue[] => {
    const [n, b, a, p] = SEED_ROWS[i]!;
    return [n, b, a, p];
  };
  return sheet("zb", [
    ["项目", "调整后预算数", "决算数", "上年决算数"],
    ["1.一般公共预算财政拨款补助收入", ...r(1).slice(1)],
    ["2.政府性基金预算财政拨款补助收入", ...r(2).slice(1)],
    ["一、收入合计", ...r(0).slice(1)],
    ["（一）基本支出", ...r(4).slice(1)],
    ["其中：人员经费", null, 4000.12, 4100],
    ["其中：公用经费", null, 1531.41, 1439.33],
    ["（二）项目支出", ...r(5).slice(1)],
    ["二、支出合计", ...r(3).slice(1)],
    [null, null, null, null],
    ["注：本表根据决算报表填列。", null, null, null],
  ]);
}
