/** The layout rules behind the realistic fixtures, each on a small hand-built sheet. */
import { detectTables } from "../../../src/engine/detect";
import { parseWorkbook } from "../../../src/engine/parse";
import { withUnitColumn, readIndicatorValue } from "../../../src/engine/parse/indicator-value";
import { keyCellEntries, titleYearEntry } from "../../../src/engine/parse/key-values";
import { grid, sheet } from "../parse/grid-builder";

const budgetOf = (...rows: (string | number | null)[][]) => {
  const g = grid(sheet("表", rows));
  const parsed = parseWorkbook(g, detectTables(g));
  return { lines: parsed.model.budget?.lines ?? [], checks: parsed.checks };
};

describe("item column with a blank header", () => {
  test("no label at all: the text column left of the first amount column holds the names", () => {
    const { lines } = budgetOf(
      [null, "全年预算数", "全年执行数"],
      ["支出合计", 100, 90],
      ["基本支出", 60, 55],
      ["项目支出", 40, 35],
    );
    expect(lines.map((l) => [l.name, l.parent])).toEqual([
      ["支出合计", null],
      ["基本支出", "支出合计"],
      ["项目支出", "支出合计"],
    ]);
  });
});

describe("end of a block", () => {
  test("a 绩效目标 row ends the budget block: its text is no INVALID_NUMBER", () => {
    const { lines, checks } = budgetOf(
      ["项目", "全年预算数", "全年执行数"],
      ["资金总额", 100, 90],
      ["绩效目标", "完成年度任务", "基本完成"],
    );
    expect(lines.map((l) => l.name)).toEqual(["资金总额"]);
    // (The sheet has no indicator table; that error aside, nothing was read from the 绩效目标 row.)
    expect(checks.map((c) => c.code)).toEqual(["NO_INDICATOR_TABLE"]);
  });
});

describe("小计 with the total on top", () => {
  test("合计 on top, headings over groups: each 小计 takes its group's items and is named after the heading", () => {
    const { lines } = budgetOf(
      ["项目", "全年预算数", "全年执行数"],
      ["合计", 100, 90],
      ["基本支出", null, null],
      ["人员经费", 50, 48],
      ["公用经费", 10, 9],
      ["小计", 60, 57],
      ["项目支出", null, null],
      ["专项业务费", 40, 33],
      ["小计", 40, 33],
    );
    expect(lines.map((l) => [l.name, l.parent])).toEqual([
      ["合计", null],
      ["人员经费", "基本支出小计"],
      ["公用经费", "基本支出小计"],
      ["基本支出小计", "合计"],
      ["专项业务费", "项目支出小计"],
      ["项目支出小计", "合计"],
    ]);
  });
});

describe("unit column", () => {
  const cell = { sheet: "s", row: 0, col: 0 };
  test("“95” | “%” is 95%; “0.95” | “%” stays a bare fraction; “10” | “天” takes the unit; written units win", () => {
    const v = (x: string | number, unit: string) => withUnitColumn(readIndicatorValue(x, null, cell), unit);
    expect([v("95", "%").isPercent, v("95", "%").number!.toNumber()]).toEqual([true, 95]);
    expect([v(0.95, "%").isPercent, v(0.95, "%").unit]).toEqual([false, null]);
    expect(v("10", "天").unit).toBe("天");
    expect(v("2个月", "天").unit).toBe("个月");
    expect(v("逐步完善", "%").number).toBeNull();
  });
});

describe("key cells and title years", () => {
  test("“单位：万元” is a unit line, not an entity; “填报单位：X” in one cell is", () => {
    const s = sheet("表", [["填报单位：某某局", null, "单位：万元"]]);
    expect(keyCellEntries(s, []).map((e) => [e.key, e.value])).toEqual([["填报单位", "某某局"]]);
  });
  test("a key whose neighbour is another key has no value", () => {
    const s = sheet("表", [["主管部门", "实施单位", "某中心"]]);
    expect(keyCellEntries(s, []).map((e) => [e.key, e.value])).toEqual([["实施单位", "某中心"]]);
  });
  test("years: “（2023年度）” and “2023年…” count, “填报日期：2024年3月” does not", () => {
    expect(titleYearEntry(sheet("a", [["自评表"], ["（2023年度）"]]), 5)?.value).toBe(2023);
    expect(titleYearEntry(sheet("b", [["石门镇2023年支出决算表"]]), 5)?.value).toBe(2023);
    expect(titleYearEntry(sheet("c", [["填报日期：2024年3月15日"]]), 5)).toBeNull();
  });
});
