import { detectTables } from "../../../src/engine/detect";
import { parseWorkbook } from "../../../src/engine/parse";
import { cleanLineName, isTotalName } from "../../../src/engine/parse/budget";
import type { BudgetLine } from "../../../src/engine/model";
import type { Sheet } from "../../../src/engine/grid";
import { grid, sheet } from "./grid-builder";
import {
  SEED_EXPECTED,
  layoutFullWidth,
  layoutPlain,
  layoutTitled,
  layoutTotalsBelow,
  layoutYuanText,
} from "./seed-layouts";
import { isTotalLine } from "../../../src/engine/vocabulary/budget-lines";

function budgetOf(s: Sheet) {
  const g = grid(s);
  const { model, checks } = parseWorkbook(g, detectTables(g));
  return { table: model.budget!, checks: checks.filter((c) => c.code !== "NO_INDICATOR_TABLE") };
}

function summary(line: BudgetLine) {
  return {
    section: line.section,
    isTotal: isTotalLine(line),
    parent: line.parent,
    budget: line.budget?.value.toString() ?? null,
    actual: line.actual?.value.toString() ?? null,
    priorYear: line.priorYear?.value.toString() ?? null,
  };
}

describe("the seed's budget figures in five layouts", () => {
  const layouts: [string, () => Sheet][] = [
    ["(a) plain header", layoutPlain],
    ["(b) title + unit rows, reordered columns", layoutTitled],
    ["(c) amounts in 元 as text", layoutYuanText],
    ["(d) full-width digits, — blanks, 类别 column", layoutFullWidth],
    ["(e) totals below, 其中 rows", layoutTotalsBelow],
  ];

  test.each(layouts)("%s parses to the seed's lines", (_label, make) => {
    const { table, checks } = budgetOf(make());
    expect(checks).toEqual([]);
    const main = table.lines.filter((l) => l.kind !== "subItem");
    expect(Object.fromEntries(main.map((l) => [l.name, summary(l)]))).toEqual(SEED_EXPECTED);
    expect(table.lines.every((l) => l.parentIndex === null || table.lines[l.parentIndex]!.name === l.parent)).toBe(true);
  });

  test("(c) 元 amounts become 万元 exactly, keeping the divisor and whether the cell was a number", () => {
    const { table } = budgetOf(layoutYuanText());
    expect(table.sourceUnit).toBe("元");
    const general = table.lines.find((l) => l.name === "一般公共预算财政拨款补助收入")!;
    // "220,964,300.00" / 10000 = 22096.43 (text cell); 329436200 / 10000 = 32943.62 (number cell)
    expect(general.actual).toMatchObject({ divisor: 10000, numericCell: false, cell: { sheet: "data", row: 3, col: 2 } });
    expect(general.actual!.value.toString()).toBe("22096.43");
    expect(general.priorYear).toMatchObject({ divisor: 10000, numericCell: true });
    expect(general.priorYear!.value.toString()).toBe("32943.62");
    // "-" and " " in the 全年预算数 column are blanks, not errors
    expect(general.budget).toBeNull();
  });

  test("(a) number cells keep divisor 1 and name their cells", () => {
    const { table } = budgetOf(layoutPlain());
    const total = table.lines[0]!;
    expect(table.sourceUnit).toBe("万元");
    expect(total.nameCell).toEqual({ sheet: "Sheet1", row: 1, col: 0 });
    expect(total.actual).toMatchObject({ divisor: 1, numericCell: true, cell: { sheet: "Sheet1", row: 1, col: 3 } });
  });

  test("(e) 其中 rows are sub-items of the line above, prefix and numbering stripped", () => {
    const { table } = budgetOf(layoutTotalsBelow());
    expect(table.lines.map((l) => l.name)).toEqual([
      "一般公共预算财政拨款补助收入",
      "政府性基金预算财政拨款补助收入",
      "收入合计",
      "基本支出",
      "人员经费",
      "公用经费",
      "项目支出",
      "支出合计",
    ]);
    const staff = table.lines[4]!;
    expect(staff).toMatchObject({ kind: "subItem", parent: "基本支出", parentIndex: 3, section: "expenditure" });
    expect(staff.actual!.value.toString()).toBe("4000.12");
    // The notes row under the blank row is not a line.
    expect(table.range.bottom).toBe(8);
  });
});

describe("budget grouping", () => {
  test("a heading row without figures sets the section of the rows below it and is not a line", () => {
    const s = sheet("x", [
      ["项目", "全年预算数", "全年执行数"],
      ["年度资金总额", 300, 290],
      ["按收入性质分", null, null],
      ["一般公共预算", 200, 195],
      ["政府性基金预算", 100, 95],
      ["按支出性质分", "", "—"],
      ["基本支出", 120, 118],
      ["项目支出", 180, 172],
    ]);
    const { table } = budgetOf(s);
    expect(table.lines.map((l) => [l.name, l.section, l.parent])).toEqual([
      ["年度资金总额", "other", null],
      ["一般公共预算", "revenue", "年度资金总额"],
      ["政府性基金预算", "revenue", "年度资金总额"],
      ["基本支出", "expenditure", "年度资金总额"],
      ["项目支出", "expenditure", "年度资金总额"],
    ]);
  });

  test("an expenditure item listed after 收入合计 waits for 支出合计 at the bottom", () => {
    const s = sheet("x", [
      ["项目", "全年预算数", "全年执行数"],
      ["收入合计", 100, 90],
      ["财政拨款", 100, 90],
      ["基本支出", 40, 38],
      ["项目支出", 60, 52],
      ["支出合计", 100, 90],
    ]);
    const { table } = budgetOf(s);
    expect(table.lines.map((l) => [l.name, l.parent, l.section])).toEqual([
      ["收入合计", null, "revenue"],
      ["财政拨款", "收入合计", "revenue"],
      ["基本支出", "支出合计", "expenditure"],
      ["项目支出", "支出合计", "expenditure"],
      ["支出合计", null, "expenditure"],
    ]);
  });

  test("a single 合计 as the last row takes every item above it", () => {
    const s = sheet("x", [
      ["科目名称", "预算数", "执行数"],
      ["人员经费", 50, 49],
      ["公用经费", 30, 28.5],
      ["合  计", 80, 77.5],
    ]);
    const { table } = budgetOf(s);
    expect(table.lines.map((l) => [l.name, isTotalLine(l), l.parentIndex])).toEqual([
      ["人员经费", false, 2],
      ["公用经费", false, 2],
      ["合计", true, null], // padding between the characters removed
    ]);
  });

  test("totals at the bottom: each takes the items since the previous total, even without 收入/支出 in their names", () => {
    const s = sheet("x", [
      ["项目", "全年预算数", "全年执行数"],
      ["人员经费", 50, 49],
      ["公用经费", 30, 28],
      ["基本支出合计", 80, 77],
      ["办公设备购置", 20, 15],
      ["专项业务费", 40, 30],
      ["项目支出合计", 60, 45],
    ]);
    const { table } = budgetOf(s);
    expect(table.lines.map((l) => [l.name, l.parent, l.section])).toEqual([
      ["人员经费", "基本支出合计", "expenditure"],
      ["公用经费", "基本支出合计", "expenditure"],
      ["基本支出合计", null, "expenditure"],
      ["办公设备购置", "项目支出合计", "expenditure"],
      ["专项业务费", "项目支出合计", "expenditure"],
      ["项目支出合计", null, "expenditure"],
    ]);
  });

  test("text that is not a number gives INVALID_NUMBER naming the cell, and the figure is null", () => {
    const s = sheet("bad", [
      ["项目", "全年预算数", "全年执行数"],
      ["支出合计", "约100", 90],
    ]);
    const { table, checks } = budgetOf(s);
    expect(table.lines[0]!.budget).toBeNull();
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ code: "INVALID_NUMBER", severity: "warning", cell: { sheet: "bad", row: 1, col: 1 } });
    expect(checks[0]!.message.zh).toContain("bad!B2");
  });

  test("rows with neither name nor figures are skipped; two in a row end the table", () => {
    const s = sheet("x", [
      ["项目", "全年预算数", "全年执行数"],
      ["收入合计", 10, 9],
      [null, null, null],
      ["财政拨款", 10, 9],
      [null, null, null],
      [null, null, null],
      ["别的表", 1, 1],
    ]);
    const { table } = budgetOf(s);
    expect(table.lines.map((l) => l.name)).toEqual(["收入合计", "财政拨款"]);
  });
});

describe("line names", () => {
  test.each([
    ["收入合计", true],
    ["合  计", true],
    ["收入总计", true],
    ["支出总计", true],
    ["总收入", true],
    ["总支出", true],
    ["年度资金总额", true],
    ["资金总额", true],
    ["一般公共预算", false],
    ["项目支出", false],
  ])("isTotalName(%s) = %s", (name, expected) => {
    expect(isTotalName(name)).toBe(expected);
  });

  test.each([
    ["其中：人员经费", "人员经费", true],
    ["其中:公用经费", "公用经费", true],
    ["  1.一般公共预算 ", "一般公共预算", false],
    ["（一）基本支出", "基本支出", false],
    ["其中：1、三公经费", "三公经费", true],
  ])("cleanLineName(%j)", (raw, name, isSubItem) => {
    expect(cleanLineName(raw)).toEqual({ name, isSubItem });
  });
});
