/**
 * Key cells written "键：值" in one cell ("项目名称：綦江区…") on a one-sheet project form, and
 * the unit line ("单位：元") beside them: never an info block of the form sheet, never a value.
 */
import type { CellValue } from "../../../src/engine/grid";
import { detectTables } from "../../../src/engine/detect";
import { splitKeyCell } from "../../../src/engine/detect/key-cell";
import { parseWorkbook } from "../../../src/engine/parse";
import { projectNameOf } from "../../../src/engine/parse/info";
import { grid, sheet } from "./grid-builder";

const _ = null;

/** The budget and indicator blocks of a small project form, from row `top` (0-based) on, 8 columns. */
function formBlocks(): CellValue[][] {
  return [
    ["项目资金（万元）", _, "年初预算数", "全年预算数", "全年执行数", "执行率", _, _],
    [_, "年度资金总额", 300, 320, 291.52, 0.911, _, _],
    [_, "其中：当年财政拨款", 300, 300, 280.32, 0.9344, _, _],
    ["年度总体目标", "预期目标", _, _, "实际完成情况", _, _, _],
    [_, "完成8所学校校舍维修改造12000平方米。", _, _, "完成8所学校维修改造16200平方米。", _, _, _],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "校舍维修改造面积", "≥12000平方米", "16200平方米", 50, 50, _],
    ["效益指标", "社会效益指标", "校舍使用年限延长", "≥10年", "10年", 40, 40, _],
  ];
}

/** The 重庆-style form of the red-team workbook w3: every key line "键：值" in one (merged) cell. */
function chongqingForm() {
  const rows: CellValue[][] = [
    ["2023年度项目支出绩效自评表", _, _, _, _, _, _, _],
    ["项目名称：綦江区2023年中小学校舍维修改造项目", _, _, _, "主管部门：重庆市綦江区教育委员会", _, _, _],
    ["实施单位：重庆市綦江区古南中学校", _, _, _, _, _, _, _],
    ...formBlocks(),
  ];
  return grid(sheet("古南中学校舍维修", rows, { merges: ["A1:H1", "A2:D2", "E2:H2", "A3:H3", "A4:A6", "A7:A8", "B7:D7", "E7:H7", "B8:D8", "E8:H8"] }));
}

describe("key cells written 键：值 in one cell", () => {
  test("splitKeyCell: a known key and its value as written; unit lines, bare keys and unknown keys are none", () => {
    expect(splitKeyCell("项目名称：綦江区2023年中小学校舍维修改造项目")).toEqual({ key: "项目名称", value: "綦江区2023年中小学校舍维修改造项目" });
    // The value keeps its full-width brackets (the unit's own name).
    expect(splitKeyCell(" 填报单位:  某市（区）环卫所 ")).toEqual({ key: "填报单位", value: "某市（区）环卫所" });
    expect(splitKeyCell("单位：元")).toBeNull();
    expect(splitKeyCell("金额单位：万元")).toBeNull();
    expect(splitKeyCell("单位名称：")).toBeNull();
    expect(splitKeyCell("联系电话：12345678")).toBeNull();
  });

  test("重庆 form: no info block on the form sheet; project from 项目名称, entity the 实施单位 (no 单位/部门 key)", () => {
    const g = chongqingForm();
    const tables = detectTables(g);
    expect(tables.map((t) => t.kind)).toEqual(["budget", "indicator"]);
    const info = parseWorkbook(g, tables).model.info!;
    expect(info.projectName).toBe("綦江区2023年中小学校舍维修改造项目");
    // entity ?? 实施单位 ?? 主管部门: the 实施单位 speaks, not the 主管部门 of the same row.
    expect(info.entity).toBe("重庆市綦江区古南中学校");
    expect(info.year).toBe(2023);
    const byKey = Object.fromEntries(info.entries.map((e) => [e.key, e.value]));
    expect(byKey).toMatchObject({
      项目名称: "綦江区2023年中小学校舍维修改造项目",
      主管部门: "重庆市綦江区教育委员会",
      实施单位: "重庆市綦江区古南中学校",
    });
    expect(info.entries.find((e) => e.key === "主管部门")!.cell).toEqual({ sheet: "古南中学校舍维修", row: 1, col: 4 });
  });

  test("广州 form: 填报单位：… beside 单位：元 is the entity; the unit line is no value", () => {
    const rows: CellValue[][] = [
      ["2023年度项目支出绩效自评表", _, _, _, _, _, _, _, _, _],
      ["填报单位：广州市番禺区环境卫生管理所", _, _, _, _, _, _, _, "单位：元", _],
      ["项目名称", "番禺区2023年生活垃圾分类处理项目", _, _, _, _, _, _, _, _],
      ["主管部门", "广州市番禺区城市管理和综合执法局", _, _, _, "实施单位", "广州市番禺区环境卫生管理所", _, _, _],
      ...formBlocks().map((r) => [...r, _, _]),
    ];
    const g = grid(sheet("垃圾分类", rows, { merges: ["A1:J1", "A2:H2", "I2:J2", "B3:J3", "B4:E4", "G4:J4"] }));
    const tables = detectTables(g);
    const info = parseWorkbook(g, tables).model.info!;
    expect(info.entity).toBe("广州市番禺区环境卫生管理所");
    expect(info.projectName).toBe("番禺区2023年生活垃圾分类处理项目");
    expect(info.entries.some((e) => e.value === "单位：元")).toBe(false);
    // The plain key | value lines still form a block (rows 3–4); the 填报单位 line above it is no row of it.
    const block = tables.find((t) => t.kind === "info")!;
    expect([block.range.top, block.range.bottom]).toEqual([2, 3]);
  });

  test("a key's value is never the unit line, a 键：值 cell or another key further right", () => {
    const rows: CellValue[][] = [
      ["项目名称", _, _, "金额单位：万元", _, _, _, _],
      ["主管部门", _, "实施单位：某中学", _, _, _, _, _],
      ["年度", _, _, "项目概况", "（略）", _, _, _],
      ...formBlocks(),
    ];
    const g = grid(sheet("表", rows, { merges: ["A1:B1"] }));
    const info = parseWorkbook(g, detectTables(g)).model.info!;
    expect(info.projectName).toBeNull();
    expect(info.entity).toBe("某中学");
    const values = info.entries.filter((e) => ["项目名称", "主管部门", "年度"].includes(e.key)).map((e) => e.value);
    expect(values).toEqual([null, null, null]);
  });

  test("a key the form's block leaves blank takes its value from a 键：值 cell elsewhere on the sheet", () => {
    const rows: CellValue[][] = [
      ["项目名称", "某项目", _, _, "实施单位：某中心", _, _, _],
      ["主管部门", "某局", _, _, _, _, _, _],
      ["实施单位", _, _, _, _, _, _, _],
      ...formBlocks(),
    ];
    const g = grid(sheet("表", rows));
    const tables = detectTables(g);
    expect(tables.find((t) => t.kind === "info")!.range).toMatchObject({ top: 0, bottom: 2, left: 0 });
    const info = parseWorkbook(g, tables).model.info!;
    // Before: the block's blank 实施单位 row shut out the key cell, and the 主管部门 spoke.
    expect(info.entity).toBe("某中心");
    expect(info.entries.filter((e) => e.key === "实施单位")).toEqual([
      { key: "实施单位", value: "某中心", cell: { sheet: "表", row: 0, col: 4 } },
    ]);
  });
});

describe("the 年度总体目标 block", () => {
  test("the goal under 预期目标 is the goal even when it reads like a key, and is no key itself", () => {
    const rows: CellValue[][] = [
      ["项目名称：某项目", _, _, _, _, _, _, _],
      ...formBlocks().slice(0, 3),
      ["年度总体目标", "预期目标", _, _, "实际完成情况", _, _, _],
      // "重点工作任务" is a key name (年度总体工作和重点工作任务) inside the goal's text.
      [_, "完成年度重点工作任务", _, _, "全部完成", _, _, _],
      ...formBlocks().slice(5),
    ];
    const g = grid(sheet("表", rows, { merges: ["A5:A6", "B5:D5", "E5:H5", "B6:D6", "E6:H6"] }));
    const info = parseWorkbook(g, detectTables(g)).model.info!;
    expect(info.narrative.goals).toBe("完成年度重点工作任务");
    expect(info.narrative.annualWork).toBeNull();
    // Its 实际完成情况 (E6, under the head beside 预期目标) is read too, for the report (R29).
    expect(info.narrative.goalsAchieved).toBe("全部完成");
    expect(info.entries.filter((e) => e.key !== "项目名称" && e.key !== "年度")).toEqual([
      { key: "年度总体目标", value: "完成年度重点工作任务", cell: { sheet: "表", row: 5, col: 1 } },
      { key: "目标实际完成情况", value: "全部完成", cell: { sheet: "表", row: 5, col: 4 } },
    ]);
  });
});

describe("project names", () => {
  test("a budget system's project code before the name is left out; the entry keeps the cell as written", () => {
    const rows: CellValue[][] = [
      ["项目名称：51142500T000000123456-农村公路日常养护经费", _, _, _, _, _, _, _],
      ["实施单位：青神县农村公路养护中心", _, _, _, _, _, _, _],
      ...formBlocks(),
    ];
    const g = grid(sheet("项目自评表", rows));
    const info = parseWorkbook(g, detectTables(g)).model.info!;
    expect(info.projectName).toBe("农村公路日常养护经费");
    expect(info.entries[0]!.value).toBe("51142500T000000123456-农村公路日常养护经费");
    expect(projectNameOf("5114252023001：农村公路养护")).toBe("农村公路养护");
    // Names that start with a year or a short number keep it.
    expect(projectNameOf("2023年耕地地力保护补贴项目")).toBe("2023年耕地地力保护补贴项目");
    expect(projectNameOf("2023-2025年农村公路提升行动")).toBe("2023-2025年农村公路提升行动");
    expect(projectNameOf("51142500T000000123456")).toBe("51142500T000000123456");
  });
});

describe("an info sheet of 键：值 lines", () => {
  test("the first filled key of a field names the unit: a blank 单位名称 does not hide 部门名称", () => {
    const g = grid(sheet("基本信息", [["单位名称", null], ["部门名称", "某局"], ["年度", 2023]]));
    expect(parseWorkbook(g, detectTables(g)).model.info).toMatchObject({ entity: "某局", year: 2023 });
  });


  test("a one-column info sheet: each line holds its own value", () => {
    const g = grid(
      sheet("基本信息", [["单位名称：某县卫生健康局"], ["年度：2023年"], ["自称：我局"]]),
    );
    const tables = detectTables(g);
    expect(tables.map((t) => t.kind)).toEqual(["info"]);
    const info = parseWorkbook(g, tables).model.info!;
    expect(info).toMatchObject({ entity: "某县卫生健康局", year: 2023, selfReference: "我局" });
    expect(info.entries[0]).toEqual({ key: "单位名称", value: "某县卫生健康局", cell: { sheet: "基本信息", row: 0, col: 0 } });
  });

  test("notes under a key | value block explain keys, they do not fill them", () => {
    const g = grid(
      sheet("基本信息", [
        ["单位名称", "某镇"],
        ["预算执行率分值", null],
        [null, null],
        ["填写说明：", null],
        ["2. 预算执行率分值：通常为10分，不计入填0。", null],
      ]),
    );
    const info = parseWorkbook(g, detectTables(g)).model.info!;
    expect(info.entity).toBe("某镇");
    const weights = info.entries.filter((e) => e.key === "预算执行率分值");
    expect(weights).toEqual([{ key: "预算执行率分值", value: null, cell: { sheet: "基本信息", row: 1, col: 1 } }]);
  });
});
