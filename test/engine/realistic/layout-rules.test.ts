/** The layout rules behind the realistic fixtures, each on a small hand-built sheet. */
import { detectTables } from "../../../src/engine/detect";
import { parseWorkbook } from "../../../src/engine/parse";
import { withUnitColumn, readIndicatorValue } from "../../../src/engine/parse/indicator-value";
import { keyCellEntries, titleYearEntry } from "../../../src/engine/parse/key-values";
import { grid, sheet } from "../parse/grid-builder";
import { sumChecks } from "../../../src/engine/evaluate/checks-budget";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";
import { refToA1 } from "../../../src/engine/grid";
import type { Grid } from "../../../src/engine/grid";
import { separateSheetsInYuan } from "../../../scripts/realistic-fixtures";
import { run } from "./helpers";

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

describe("a header that repeats its roles (项目 | 预算数 | 决算数 | 项目 | 预算数 | 决算数)", () => {
  test("without a 收入 | 支出 label row, each half is read and takes its section from its totals", () => {
    const { lines } = budgetOf(
      ["项目", "预算数", "决算数", "项目", "预算数", "决算数"],
      ["财政拨款收入", 90, 88, "基本支出", 70, 69],
      ["其他收入", 10, 9, "项目支出", 30, 27],
      ["收入合计", 100, 97, "支出合计", 100, 96],
    );
    expect(lines.map((l) => [l.name, l.section, l.parent, l.actual?.value.toNumber()])).toEqual([
      ["财政拨款收入", "revenue", "收入合计", 88],
      ["其他收入", "revenue", "收入合计", 9],
      ["收入合计", "revenue", null, 97],
      ["基本支出", "expenditure", "支出合计", 69],
      ["项目支出", "expenditure", "支出合计", 27],
      ["支出合计", "expenditure", null, 96],
    ]);
  });

  test("a title merged across both halves is no 收入 | 支出 label", () => {
    const g = grid(
      sheet(
        "表",
        [
          ["收入支出决算表", null, null, null, null, null],
          ["项目", "预算数", "决算数", "项目", "预算数", "决算数"],
          ["财政拨款", 90, 88, "基本经费", 70, 69],
          ["合计", 90, 88, "合计", 70, 69],
        ],
        { merges: ["A1:F1"] },
      ),
    );
    const [table] = detectTables(g).filter((t) => t.kind === "budget");
    expect(table!.halves!.map((h) => [h.columns.item, h.columns.budget, h.columns.actual, h.label])).toEqual([
      [0, 1, 2, null],
      [3, 4, 5, null],
    ]);
  });
});

describe("totals inside totals (决算 总计)", () => {
  const parentsOf = (lines: { name: string; parent: string | null }[]) => lines.map((l) => [l.name, l.parent]);

  test("a 结转和结余 line with no 总计 below it stays an item of the total above", () => {
    const { lines } = budgetOf(
      ["项目", "全年预算数", "全年执行数"],
      ["收入合计", 110, 105],
      ["财政拨款收入", 100, 95],
      ["年初结转和结余", 10, 10],
    );
    expect(parentsOf(lines)).toEqual([
      ["收入合计", null],
      ["财政拨款收入", "收入合计"],
      ["年初结转和结余", "收入合计"],
    ]);
    expect(lines.some((l) => l.kind === "carryOver" || l.kind === "yearTotal")).toBe(false);
  });

  test("several totals under one 总计 are its parts; none of them is the year's own total", () => {
    const { lines } = budgetOf(
      ["项目", "全年预算数", "全年执行数"],
      ["基本支出合计", 60, 57],
      ["人员经费", 50, 48],
      ["公用经费", 10, 9],
      ["项目支出合计", 40, 33],
      ["专项业务费", 40, 33],
      ["支出总计", 100, 90],
    );
    expect(parentsOf(lines)).toEqual([
      ["基本支出合计", "支出总计"],
      ["人员经费", "基本支出合计"],
      ["公用经费", "基本支出合计"],
      ["项目支出合计", "支出总计"],
      ["专项业务费", "项目支出合计"],
      ["支出总计", null],
    ]);
    expect(lines.some((l) => l.kind === "yearTotal")).toBe(false);
  });

  test("a 总计 that does not add up to 本年收入合计 + 年初结转和结余 is still flagged, at the 总计", () => {
    // 100 + 10 = 110 ≠ 111 (全年执行数); 全年预算数 120 + 10 = 130 matches
    const g = grid(
      sheet("表", [
        ["项目", "全年预算数", "全年执行数"],
        ["本年收入合计", 120, 100],
        ["财政拨款收入", 120, 100],
        ["年初结转和结余", 10, 10],
        ["收入总计", 130, 111],
      ]),
    );
    const { model } = parseWorkbook(g, detectTables(g));
    const checks = sumChecks(model.budget!, DEFAULT_SETTINGS);
    expect(checks.map((c) => [c.code, refToA1(c.cell!)])).toEqual([["SUM_MISMATCH", "表!C5"]]);
    expect(checks[0]!.message.zh).toBe("“收入总计”全年执行数为111.00万元，但其组成项合计为110.00万元，相差1.00万元。");
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

describe("a stray cell far out on an input sheet (a port reading it sparsely)", () => {
  test("costs its own row, not the rectangle: the same results as without it", () => {
    const plain = separateSheetsInYuan();
    const stray = separateSheetsInYuan();
    const sheet = stray.sheets[0]!;
    // XFD100000: 100,000 rows, one of them 16,384 wide; read densely this would be 1.6 billion cells.
    while (sheet.cells.length < 99_999) sheet.cells.push([]);
    const far: (string | null)[] = new Array<string | null>(16_384).fill(null);
    far[16_383] = "x";
    sheet.cells.push(far);
    expect(run(stray).json).toEqual(run(plain).json);
  });
});

describe("amounts in 千元 and 亿元 are converted to 万元", () => {
  const workbook = (unitLine: string, total: number, item: number): Grid =>
    grid(
      sheet("收支表", [
        [unitLine, null, null, null],
        ["项目", "全年预算数", "全年执行数", "上年执行数"],
        ["支出合计", total, item, null],
        ["项目支出", null, item, null],
      ]),
      sheet("指标表", [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值"],
        ["产出指标", "数量指标", "步道", "≥15公里", "15公里", 100],
      ]),
    );
  test("单位：千元: 31,504 千元 = 3,150.40万元; execution 31,504 / 32,000 = 0.9845", () => {
    const r = run(workbook("单位：千元", 32000, 31504));
    expect(r.json.budget!.lines[0]).toMatchObject({ budget: 3200, actual: 3150.4, executionRate: 0.9845 });
  });
  test("金额单位：亿元: 1.25 亿元 = 12,500万元", () => {
    const r = run(workbook("金额单位：亿元", 1.3, 1.25));
    expect(r.json.budget!.lines[0]).toMatchObject({ budget: 13000, actual: 12500 });
    expect(r.json.narrative.find((s) => s.heading === "（四）部门整体收支情况")!.paragraphs.join("")).toContain("12,500.00万元");
  });
});

describe("the report shows a 反向 target as the cap it is", () => {
  test("指标性质 反向, 10天 | 12天 → “年度指标值≤10天，实际完成值12天”, (1 − 2/10) × 10 = 8", () => {
    const r = run(
      grid(
        sheet("收支表", [
          ["项目", "全年预算数", "全年执行数"],
          ["支出合计", 100, 98],
        ]),
        sheet("指标表", [
          ["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "实际完成值", "分值"],
          ["产出指标", "时效指标", "办结时限", "反向", "10天", "12天", 10],
          ["产出指标", "数量指标", "步道", "正向", "15公里", "15公里", 90],
        ]),
      ),
    );
    const text = r.json.narrative.find((s) => s.heading === "（二）绩效指标完成情况")!.paragraphs.join("");
    expect(text).toContain("“办结时限”（产出指标）：年度指标值≤10天，实际完成值12天，得分8分（满分10分）");
  });
});

describe("two indicator tables on one sheet", () => {
  test("are told apart by their titles in the report", () => {
    const indicatorRows = (title: string, name: string): (string | number | null)[][] => [
      [title, null, null, null, null, null],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值"],
      ["产出指标", "数量指标", name, "≥10个", "8个", 100],
    ];
    const r = run(
      grid(
        sheet("收支表", [
          ["项目", "全年预算数", "全年执行数"],
          ["支出合计", 100, 98],
        ]),
        // One blank row between them: the second title still belongs to the second table.
        sheet("绩效自评", [...indicatorRows("部门整体支出绩效指标表", "甲"), [null], ...indicatorRows("重点项目绩效指标表", "乙")]),
      ),
    );
    expect(r.json.indicatorTables.map((t) => [t.sheet, t.total])).toEqual([
      ["绩效自评", 80],
      ["绩效自评", 80],
    ]);
    const text = r.json.narrative.find((s) => s.heading === "（二）绩效指标完成情况")!.paragraphs[0]!;
    expect(text).toBe("“部门整体支出绩效指标”表共设置绩效指标1项，其中0项达到年度指标值，1项未得满分。“重点项目绩效指标”表共设置绩效指标1项，其中0项达到年度指标值，1项未得满分。");
  });
});

describe("report wording of units and groups", () => {
  const budgetSheet = sheet("收支表", [
    ["项目", "全年预算数", "全年执行数"],
    ["支出合计", 100, 98],
    ["基本支出", 60, 59],
    ["项目支出", 40, 39],
    ["三公经费合计", 3, 2.5],
    ["公务接待费", 1, 0.8],
    ["公务用车运行维护费", 2, 1.7],
  ]);
  const indicators = sheet("指标表", [
    ["一级指标", "二级指标", "三级指标", "计量单位", "年度指标值", "实际完成值", "分值"],
    ["产出指标", "质量指标", "合格率", "%", 0.95, 0.9, 10],
    ["产出指标", "数量指标", "步道", "公里", 15, 15, 90],
  ]);
  const r = run(grid(budgetSheet, indicators));
  const paragraphs = (heading: string) => r.json.narrative.find((s) => s.heading === heading)!.paragraphs.join("");

  test("fractions in a % column read as percentages: 0.95 | 0.9 → 年度指标值95%，实际完成值90% (0.9/0.95 × 10 = 9.47)", () => {
    expect(paragraphs("（二）绩效指标完成情况")).toContain("年度指标值95%，实际完成值90%，得分9.47分（满分10分）");
  });
  test("a 合计 line's items are of the thing it totals: “三公”经费中，…", () => {
    // Written “三公”经费 in prose, whatever the label (R8).
    expect(paragraphs("（四）部门整体收支情况")).toContain("“三公”经费中，公务接待费0.80万元；公务用车运行维护费1.70万元。");
  });
});

describe("a second budget-like table on a sheet of its own", () => {
  test("is not used, and an info check says which one was", () => {
    const g = separateSheetsInYuan();
    g.sheets.push(
      sheet("表3 三公经费", [
        ["项目", "预算数", "执行数"],
        ["三公经费合计", 38, 29.65],
        ["公务接待费", 10, 8.65],
      ]),
    );
    const r = run(g);
    const unused = r.evaluation.checks.filter((c) => c.code === "UNUSED_BUDGET_TABLE");
    expect(unused.map((c) => [c.severity, refToA1(c.cell!)])).toEqual([["info", "'表3 三公经费'!A1"]]);
    expect(unused[0]!.message.zh).toBe(
      "工作表“表3 三公经费”中的表也像收支表，但本次评价使用的是“收支情况表”中的收支表；如需改用，请在任务窗格“找到的表”中更正。",
    );
    expect(r.json.budget!.lines[0]!.cell).toBe("收支情况表!A3");
  });
});
