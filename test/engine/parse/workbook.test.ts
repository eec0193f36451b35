import { detectTables } from "../../../src/engine/detect";
import { parseWorkbook } from "../../../src/engine/parse";
import { grid, sheet } from "./grid-builder";
import { layoutPlain } from "./seed-layouts";

describe("parseWorkbook errors", () => {
  test("an empty workbook: NO_BUDGET_TABLE and NO_INDICATOR_TABLE, both errors without a cell", () => {
    const g = grid(sheet("Sheet1", [["随便写点什么"]]));
    const { model, checks } = parseWorkbook(g, detectTables(g));
    expect(model).toEqual({ budget: null, indicatorTables: [], info: null });
    expect(checks.map((c) => [c.code, c.severity, c.cell])).toEqual([
      ["NO_BUDGET_TABLE", "error", null],
      ["NO_INDICATOR_TABLE", "error", null],
    ]);
  });

  test("two identical budget sheets are truly ambiguous: DUPLICATE_TABLE naming both", () => {
    const a = layoutPlain();
    const b = { ...layoutPlain(), name: "副本" };
    const g = grid(a, b);
    const tables = detectTables(g);
    expect(tables.filter((t) => t.kind === "budget").map((t) => t.sheet)).toEqual(["Sheet1", "副本"]);
    const { model, checks } = parseWorkbook(g, tables);
    expect(model.budget!.sheet).toBe("Sheet1");
    const dup = checks.find((c) => c.code === "DUPLICATE_TABLE")!;
    expect(dup.severity).toBe("error");
    expect(dup.cell).toEqual({ sheet: "副本", row: 0, col: 0 });
    expect(dup.message.zh).toBe("工作表“Sheet1”与“副本”都像是预算收支表，请在设置中指定使用哪一个。");
  });

  test("several indicator tables are all parsed, in workbook order", () => {
    const header = ["一级指标", "三级指标", "年度指标值", "实际完成值", "分值"];
    const g = grid(
      layoutPlain(),
      sheet("A", [header, ["产出指标", "甲", "1", "1", 100]]),
      sheet("B", [header, ["效益指标", "乙", "2", "2", 100]]),
    );
    const { model, checks } = parseWorkbook(g, detectTables(g));
    expect(checks).toEqual([]);
    expect(model.indicatorTables.map((t) => [t.sheet, t.indicators[0]!.name])).toEqual([
      ["A", "甲"],
      ["B", "乙"],
    ]);
  });
});
