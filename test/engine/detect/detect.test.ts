import { runEngine } from "../../../src/engine";
import { detectTables } from "../../../src/engine/detect";
import { parseWorkbook } from "../../../src/engine/parse";
import { OUTPUT_SHEET_NAMES } from "../../../src/engine/plan";
import { grid, sheet } from "../parse/grid-builder";
import { layoutFullWidth, layoutPlain, layoutTitled, layoutYuanText } from "../parse/seed-layouts";
import { isTotalLine } from "../../../src/engine/vocabulary/budget-lines";

const INDICATOR_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值"];

describe("detectTables", () => {
  test("finds tables by content: a budget table on a sheet called 指标 is a budget table", () => {
    const s = { ...layoutPlain(), name: "指标" };
    const tables = detectTables(grid(s));
    expect(tables.map((t) => [t.kind, t.sheet, t.headerRow])).toEqual([["budget", "指标", 0]]);
  });

  test("title and unit rows above the header: (b) layout", () => {
    const [t] = detectTables(grid(layoutTitled()));
    expect(t).toMatchObject({
      kind: "budget",
      headerRow: 2,
      title: "2023年度派潭镇部门整体支出收支情况表",
      unit: "万元",
      // columns as the sheet orders them: 上年执行数 A, 全年执行数 B, 备注 C, 项目名称 D, 全年预算数 E, 年初预算数 F
      columns: { priorYear: 0, actual: 1, item: 3, budget: 4, initialBudget: 5 },
      range: { top: 2, left: 0, bottom: 8, right: 5 },
    });
  });

  test("unit 元 from a unit line, 万元 from a header suffix", () => {
    expect(detectTables(grid(layoutYuanText()))[0]!.unit).toBe("元");
    expect(detectTables(grid(layoutFullWidth()))[0]!).toMatchObject({ unit: "万元", columns: { category: 0, item: 1 } });
  });

  test("unit inside the title row", () => {
    const s = sheet("s", [
      ["2023年度收支情况表（单位：元）"],
      ["项目", "预算数", "执行数"],
      ["合计", 100, 90],
    ]);
    expect(detectTables(grid(s))[0]).toMatchObject({ title: "2023年度收支情况表（单位：元）", unit: "元", headerRow: 1 });
  });

  test("no unit stated → null (parsing reads 万元)", () => {
    expect(detectTables(grid(layoutPlain()))[0]!.unit).toBeNull();
  });

  test("our own output sheets (an output name and our title first) are never read as input", () => {
    const titled = (name: string, title: string) => {
      const s = layoutPlain();
      return { ...s, name, cells: [[title], ...s.cells] };
    };
    const out = titled(OUTPUT_SHEET_NAMES.summary, "派潭镇2023年度绩效自评结果");
    const report = titled(OUTPUT_SHEET_NAMES.report, "派潭镇2023年度部门整体支出绩效自评报告");
    expect(detectTables(grid(out, report))).toEqual([]);
  });

  test("a user's sheet that only shares an output's name is read, and the run stops before overwriting it", () => {
    const users = { ...layoutPlain(), name: OUTPUT_SHEET_NAMES.report };
    expect(detectTables(grid(users)).map((t) => t.sheet)).toContain(OUTPUT_SHEET_NAMES.report);
    const result = runEngine(grid(users));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const taken = result.errors.find((c) => c.code === "OUTPUT_NAME_TAKEN")!;
      expect(taken.cell).toEqual({ sheet: "自评报告", row: 0, col: 0 });
      expect(taken.message.zh).toBe("工作表“自评报告”与评价结果表同名，评价会整表替换它，但它不是以前的评价结果：请先把它改名。");
    }
  });

  test("a two-row header with merged group labels finds the roles in the lower row", () => {
    const s = sheet(
      "m",
      [
        ["项目", "预算数", null, "全年执行数"],
        [null, "年初预算数", "全年预算数", null],
        ["支出合计", 100, 120, 110],
      ],
      { merges: ["A1:A2", "B1:C1", "D1:D2"] },
    );
    const [t] = detectTables(grid(s));
    expect(t).toMatchObject({
      headerRow: 1,
      range: { top: 0, bottom: 2 },
      columns: { item: 0, initialBudget: 1, budget: 2, actual: 3 },
    });
    const line = parseWorkbook(grid(s), [t!]).model.budget!.lines[0]!;
    expect([line.initialBudget!.value.toNumber(), line.budget!.value.toNumber(), line.actual!.value.toNumber()]).toEqual([
      100, 120, 110,
    ]);
  });

  test("a two-row header without merges (labels only in the upper row) combines both rows", () => {
    const s = sheet("m", [
      ["项目", "预算", null, "执行情况"],
      [null, "年初预算数", "全年预算数", "全年执行数"],
      ["支出合计", 100, 120, 110],
    ]);
    const [t] = detectTables(grid(s));
    expect(t).toMatchObject({ headerRow: 1, columns: { item: 0, initialBudget: 1, budget: 2, actual: 3 } });
  });

  test("an indicator header split over two rows (指标值 over 年度指标值 | 实际完成值)", () => {
    const s = sheet(
      "i",
      [
        ["一级指标", "二级指标", "三级指标", "指标值", null, "分值"],
        [null, null, null, "年度指标值", "实际完成值", null],
        ["产出指标", "数量指标", "步道", "15公里", "15公里", 100],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:F2"] },
    );
    const [t] = detectTables(grid(s));
    expect(t).toMatchObject({ kind: "indicator", headerRow: 1, columns: { level1: 0, level2: 1, name: 2, target: 3, actual: 4, weight: 5 } });
  });

  test("a project self-evaluation sheet: a budget block and an indicator block on one sheet", () => {
    const s = sheet("项目自评表", [
      ["项目支出绩效自评表"],
      ["项目名称", "乡村振兴项目"],
      ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      ["年度资金总额", 100, 100, 95, 10, 0.95, 9.5],
      ["其中：当年财政拨款", 100, 100, 95, null, null, null],
      [null],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
      ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", 50, 50, null],
      ["效益指标", "社会效益指标", "群众满意度", "≥90%", "95%", 40, 40, null],
    ]);
    const tables = detectTables(grid(s));
    expect(tables.map((t) => [t.kind, t.headerRow, t.range.bottom])).toEqual([
      ["budget", 2, 4],
      ["indicator", 6, 8],
    ]);
    const { model } = parseWorkbook(grid(s), tables);
    expect(model.budget!.lines.map((l) => [l.name, isTotalLine(l), l.kind === "subItem", l.parent])).toEqual([
      ["年度资金总额", true, false, null],
      ["当年财政拨款", false, true, "年度资金总额"],
    ]);
    expect(model.indicatorTables[0]!.indicators).toHaveLength(2);
  });

  test("an info sheet is found by its keys", () => {
    const info = sheet("Sheet9", [
      ["单位名称", "派潭镇"],
      ["年度", 2023],
      ["备注", "无"],
    ]);
    const tables = detectTables(grid(layoutPlain(), info));
    expect(tables.map((t) => t.kind)).toEqual(["budget", "info"]);
    expect(tables[1]).toMatchObject({ sheet: "Sheet9", headerRow: 0, range: { top: 0, left: 0, bottom: 2, right: 1 } });
  });

  test("one recognised key makes a sheet of its own an info sheet, but not a sheet beside tables", () => {
    expect(detectTables(grid(sheet("x", [["单位名称", "派潭镇"], ["电话", "123"]]))).map((t) => t.kind)).toEqual(["info"]);
    const beside = sheet("y", [["单位名称", "派潭镇"], [null, null], ...layoutPlain().cells]);
    expect(detectTables(grid(beside)).map((t) => t.kind)).not.toContain("info");
  });

  test("of two different budget tables the more complete one is taken, without a duplicate", () => {
    const weak = sheet("weak", [
      ["项目", "预算数", "执行数"],
      ["三公经费合计", 10, 9],
    ]);
    const tables = detectTables(grid(weak, layoutPlain()));
    expect(tables.filter((t) => t.kind === "budget").map((t) => t.sheet)).toEqual(["Sheet1"]);
  });

  describe("overrides", () => {
    test("ignore: the sheet is skipped", () => {
      const tables = detectTables(grid(layoutPlain()), [{ sheet: "Sheet1", kind: "ignore" }]);
      expect(tables).toEqual([]);
    });

    test("force budget: a weak header still becomes the budget table, with low confidence", () => {
      const weak = sheet("weak", [
        ["说明文字"],
        ["项目", "执行数"],
        ["支出合计", 90],
      ]);
      const tables = detectTables(grid(weak, layoutPlain()), [{ sheet: "weak", kind: "budget" }]);
      const budgets = tables.filter((t) => t.kind === "budget");
      expect(budgets).toHaveLength(1);
      // item + actual only: 2 of 6 roles found → 0.3 × 2 / 6 = 0.1
      expect(budgets[0]).toMatchObject({ sheet: "weak", headerRow: 1, columns: { item: 0, actual: 1 }, confidence: 0.1 });
      const line = parseWorkbook(grid(weak), budgets).model.budget!.lines[0]!;
      expect(line.actual!.value.toNumber()).toBe(90);
    });

    test("force indicator on a sheet with no header at all: an empty table with confidence 0", () => {
      const tables = detectTables(grid(sheet("blank", [["x"]])), [{ sheet: "blank", kind: "indicator" }]);
      expect(tables).toEqual([
        {
          kind: "indicator",
          sheet: "blank",
          headerRow: 0,
          range: { top: 0, left: 0, bottom: 0, right: 0 },
          columns: {},
          confidence: 0,
          title: null,
          unit: null,
        },
      ]);
    });

    test("force info on a sheet with a single key", () => {
      const s = sheet("cfg", [["自称", "我局"], ["语言", "en"]]);
      const [t] = detectTables(grid(s), [{ sheet: "cfg", kind: "info" }]);
      expect(t).toMatchObject({ kind: "info", headerRow: 0, columns: { key: 0, value: 1 } });
    });

    test("forced sheets do not also yield other kinds", () => {
      const s = sheet("both", [
        ["项目", "预算数", "执行数"],
        ["合计", 1, 1],
        [null],
        [null],
        INDICATOR_HEADER,
        ["产出指标", "数量", "甲", "1", "1", 100],
      ]);
      expect(detectTables(grid(s)).map((t) => t.kind)).toEqual(["budget", "indicator"]);
      expect(detectTables(grid(s), [{ sheet: "both", kind: "indicator" }]).map((t) => t.kind)).toEqual(["indicator"]);
    });
  });
});

describe("budget ties", () => {
  const block = (name: string) => [
    ["项目", "全年预算数", "全年执行数"],
    [name, 10, 9],
  ];

  test("two equal tables on one sheet: the first, no duplicate (the user could not pick between them)", () => {
    const s = sheet("one", [...block("收入合计"), [null], [null], ...block("支出合计")]);
    const budgets = detectTables(grid(s)).filter((t) => t.kind === "budget");
    expect(budgets.map((t) => t.headerRow)).toEqual([0]);
  });

  test("a forced sheet settles a tie between sheets", () => {
    const a = sheet("a", block("合计"));
    const b = sheet("b", block("合计"));
    expect(detectTables(grid(a, b)).map((t) => t.sheet)).toEqual(["a", "b"]);
    expect(detectTables(grid(a, b), [{ sheet: "b", kind: "budget" }]).map((t) => t.sheet)).toEqual(["b"]);
  });
});
