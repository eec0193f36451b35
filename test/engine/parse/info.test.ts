import { detectTables } from "../../../src/engine/detect";
import { parseWorkbook } from "../../../src/engine/parse";
import { parseYear } from "../../../src/engine/parse/info";
import { grid, sheet } from "./grid-builder";

describe("info sheet", () => {
  const functions = "1. 统筹全镇经济社会发展和基层治理。\n2. 抓好辖区党组织建设。";
  const s = sheet(
    "基本信息",
    [
      ["填报信息", null, null, null],
      ["单位名称：", "广州市增城区派潭镇人民政府 ", null, null],
      ["年 度", "2023年", null, null],
      ["自称", "我镇", null, null],
      ["预算执行率分值", 10, null, null],
      ["一、部门职能", functions, null, null],
      ["年度总体工作和重点工作任务", "全年工作……", null, null],
      ["部门整体支出绩效目标", "目标……", null, null],
      ["绩效管理情况", null, null, null],
      ["存在的主要问题", "问题……", null, null],
      ["下一步改进措施", "措施……", null, null],
      ["语言", "zh", null, null],
    ],
    { merges: ["B6:D6"] },
  );

  test("fills entity, year, self-reference and narrative; keeps every row as an entry", () => {
    const g = grid(s);
    const tables = detectTables(g);
    const info = tables.find((t) => t.kind === "info")!;
    expect(info).toMatchObject({ sheet: "基本信息", headerRow: 1, columns: { key: 0, value: 1 } });
    const { model } = parseWorkbook(g, tables);
    const m = model.info!;
    expect(m.entity).toBe("广州市增城区派潭镇人民政府");
    expect(m.year).toBe(2023);
    expect(m.selfReference).toBe("我镇");
    expect(m.narrative).toEqual({
      functions,
      annualWork: "全年工作……",
      goals: "目标……",
      management: null,
      problems: "问题……",
      measures: "措施……",
    });
    expect(m.entries.map((e) => e.key)).toEqual([
      "单位名称",
      "年度",
      "自称",
      "预算执行率分值",
      "部门职能",
      "年度总体工作和重点工作任务",
      "部门整体支出绩效目标",
      "绩效管理情况",
      "存在的主要问题",
      "下一步改进措施",
      "语言",
    ]);
    expect(m.entries.find((e) => e.key === "预算执行率分值")).toEqual({
      key: "预算执行率分值",
      value: 10,
      cell: { sheet: "基本信息", row: 4, col: 1 },
    });
    expect(m.entries.find((e) => e.key === "语言")!.value).toBe("zh");
  });

  test("a value right of a merged key cell is found", () => {
    const t = sheet("i", [
      ["单位名称", null, "某局"],
      ["年度", null, 2024],
    ], { merges: ["A1:B1", "A2:B2"] });
    const g = grid(t);
    const { model } = parseWorkbook(g, detectTables(g));
    expect(model.info).toMatchObject({ entity: "某局", year: 2024 });
    expect(model.info!.entries[1]!.cell).toEqual({ sheet: "i", row: 1, col: 2 });
  });

  test.each([
    [2023, 2023],
    ["2023", 2023],
    ["2023年", 2023],
    ["２０２３年度", 2023],
    ["二〇二三", null],
    [23, null],
    [null, null],
  ])("parseYear(%j) → %j", (v, expected) => {
    expect(parseYear(v)).toBe(expected);
  });
});

describe("info keys", () => {
  test("a longer key containing a known name fills that field; short names only match exactly", () => {
    const s = sheet("i", [
      ["部门整体绩效管理情况", "管理……"],
      ["单位名称", "某镇"],
      ["单位地址", "某路1号"],
    ]);
    const g = grid(s);
    const { model } = parseWorkbook(g, detectTables(g));
    expect(model.info!.narrative.management).toBe("管理……");
    // "单位地址" contains "单位" but is not the entity
    expect(model.info!.entity).toBe("某镇");
    expect(model.info!.entries.map((e) => e.key)).toEqual(["部门整体绩效管理情况", "单位名称", "单位地址"]);
  });
});
