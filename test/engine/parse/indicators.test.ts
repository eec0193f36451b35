import { detectTables } from "../../../src/engine/detect";
import { parseWorkbook } from "../../../src/engine/parse";
import type { Sheet } from "../../../src/engine/grid";
import { grid, sheet } from "./grid-builder";

function indicatorsOf(s: Sheet) {
  const g = grid(s);
  const { model, checks } = parseWorkbook(g, detectTables(g));
  return { table: model.indicatorTables[0]!, checks: checks.filter((c) => c.code !== "NO_BUDGET_TABLE") };
}

const HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

/** docs/rules.md §2's indicator table, 一级/二级 merged down, then a 合计 row. */
function domainTable(): Sheet {
  return sheet(
    "绩效",
    [
      HEADER,
      ["产出指标", "数量指标", "新建森林登山步道", "≥", "15公里", "15公里", 10, null, null],
      [null, "质量指标", "国考断面水质达标率", "≥", "100%", "92%", 10, null, "受上游来水影响"],
      [null, "成本指标", "三公经费控制率", "≤", "100%", "96%", 5, null, null],
      ["效益指标", "社会效益", "群众满意度", "≥", "90%", "95%", 10, null, null],
      [null, "可持续影响", "长效管理机制", "定性", "逐步完善", "达成", 10, 9, null],
      ["合计", null, null, null, null, null, 45, 43.2, null],
    ],
    { merges: ["A2:A4", "A5:A6", "A7:C7"] },
  );
}

describe("indicator table", () => {
  test("DOMAIN §2 table: merged 一级 inherited, 合计 row is the stated total", () => {
    const { table, checks } = indicatorsOf(domainTable());
    expect(checks).toEqual([]);
    expect(table.indicators.map((i) => [i.level1, i.level2, i.name, i.natureText, i.weight.value.toString()])).toEqual([
      ["产出指标", "数量指标", "新建森林登山步道", "≥", "10"],
      ["产出指标", "质量指标", "国考断面水质达标率", "≥", "10"],
      ["产出指标", "成本指标", "三公经费控制率", "≤", "5"],
      ["效益指标", "社会效益", "群众满意度", "≥", "10"],
      ["效益指标", "可持续影响", "长效管理机制", "定性", "10"],
    ]);
    expect(table.statedTotal!.value.toString()).toBe("43.2");
    expect(table.statedTotal!.cell).toEqual({ sheet: "绩效", row: 6, col: 7 });
    expect(table.statedWeightTotal!.value.toString()).toBe("45");

    const water = table.indicators[1]!;
    expect(water.target).toMatchObject({ text: "100%", isPercent: true, comparator: null });
    expect(water.actual.number!.toString()).toBe("92");
    expect(water.reason).toBe("受上游来水影响");
    expect(water.nameCell).toEqual({ sheet: "绩效", row: 2, col: 2 });
    expect(water.reasonCell).toEqual({ sheet: "绩效", row: 2, col: 8 });
    expect(water.statedScore).toBeNull();

    const trail = table.indicators[0]!;
    expect(trail.target).toMatchObject({ text: "15公里", unit: "公里", isPercent: false });
    const lasting = table.indicators[4]!;
    expect(lasting.target.number).toBeNull();
    expect(lasting.actual.text).toBe("达成");
    expect(lasting.statedScore!.value.toString()).toBe("9");
  });

  test("comparators in the target text, no 指标性质 column, blanks (not merges) below 一级/二级, percent cells", () => {
    const s = sheet(
      "项目自评",
      [
        ["一级指标", "二级指标", "指标名称", "指标值", "实际值", "权重", "自评得分"],
        ["产出指标", "数量指标", "培训人次", "≥1,200人次", "1,350人次", "20分", "20"],
        [null, null, "覆盖村数", "不少于30个", 28, "20分", "18.67"],
        [null, "时效指标", "完成及时率", "≥95%", 0.9, 10, 9.47],
        ["满意度指标", "服务对象满意度", "群众满意度", "≥90%", 0.955, 10, 10],
      ],
      { formats: { E4: "0%", E5: "0.0%" } },
    );
    const { table, checks } = indicatorsOf(s);
    expect(checks).toEqual([]);
    expect(table.columns.nature).toBeUndefined();
    const [train, villages, timely, satisfied] = table.indicators;
    expect(train!.natureText).toBeNull();
    expect(train!.target).toMatchObject({ comparator: "≥", unit: "人次" });
    expect(train!.target.number!.toString()).toBe("1200");
    expect(train!.weight.value.toString()).toBe("20");
    expect(train!.weight.numericCell).toBe(false);
    expect([villages!.level1, villages!.level2]).toEqual(["产出指标", "数量指标"]);
    expect(villages!.target).toMatchObject({ comparator: "≥", unit: "个" });
    expect(villages!.actual.number!.toString()).toBe("28");
    // 二级 changes under the same 一级; 一级 still inherited
    expect([timely!.level1, timely!.level2]).toEqual(["产出指标", "时效指标"]);
    expect(timely!.actual).toMatchObject({ text: "90%", isPercent: true });
    expect(timely!.statedScore!.value.toString()).toBe("9.47");
    // 0.955 with 0.0% → 95.5
    expect(satisfied!.actual.number!.toString()).toBe("95.5");
    expect(satisfied!.level1).toBe("满意度指标");
  });

  test("a 预算执行率 row with its own 分值 stays an indicator", () => {
    const s = sheet("x", [
      HEADER,
      ["预算执行率", null, "预算执行率", null, "100%", "98.31%", 10, 9.83, null],
      ["产出指标", "数量指标", "步道", "≥", "15公里", "15公里", 40, 40, null],
    ]);
    const { table } = indicatorsOf(s);
    expect(table.indicators.map((i) => [i.level1, i.name, i.weight.value.toString()])).toEqual([
      ["预算执行率", "预算执行率", "10"],
      ["产出指标", "步道", "40"],
    ]);
  });

  test("a 预算执行率 written only in the 一级 cell still becomes an indicator named by it", () => {
    const s = sheet("x", [HEADER, ["预算执行率", null, null, null, "100%", "98%", 10, null, null]]);
    const { table } = indicatorsOf(s);
    expect(table.indicators).toHaveLength(1);
    expect(table.indicators[0]).toMatchObject({ name: "预算执行率", nameCell: { row: 1, col: 0 } });
  });

  test("weights: non-numeric → INVALID_WEIGHT at the cell; blank with a target → MISSING_WEIGHT; blank row skipped", () => {
    const s = sheet("w", [
      HEADER,
      ["产出指标", "数量指标", "甲", "≥", "10个", "10个", "十", null, null],
      [null, null, "乙", "≥", "5个", "5个", null, null, null],
      [null, null, "丙（备注行）", null, null, null, null, null, null],
      [null, null, "丁", "≥", "1个", "1个", 5, null, null],
    ]);
    const { table, checks } = indicatorsOf(s);
    expect(table.indicators.map((i) => i.name)).toEqual(["丁"]);
    expect(checks.map((c) => [c.code, c.severity, c.cell])).toEqual([
      ["INVALID_WEIGHT", "error", { sheet: "w", row: 1, col: 6 }],
      ["MISSING_WEIGHT", "error", { sheet: "w", row: 2, col: 6 }],
    ]);
    expect(checks[0]!.message.zh).toContain("十");
    expect(checks[0]!.message.zh).toContain("甲");
    // Said once, in words; the cell is the check's own (shown beside it), not repeated in the text.
    expect(checks[1]!.message.zh).toBe("指标“乙”填写了年度指标值或实际完成值，但分值未填写。");
  });

  test("a negative weight is INVALID_WEIGHT (−3 of 100 points would reward a miss)", () => {
    const s = sheet("w", [HEADER, ["产出指标", "数量指标", "甲", "≥", "10个", "8个", -3, null, null]]);
    const { table, checks } = indicatorsOf(s);
    expect(table.indicators).toEqual([]);
    expect(checks.map((c) => [c.code, c.cell])).toEqual([["INVALID_WEIGHT", { sheet: "w", row: 1, col: 6 }]]);
    expect(checks[0]!.message.zh).toBe("w!G2 的分值“-3”不是有效数字（指标“甲”）。");
  });

  test("a table without a 一级 column takes 一级 from the 二级 name", () => {
    const s = sheet("x", [
      ["二级指标", "三级指标", "目标值", "完成值", "分值"],
      ["数量指标", "步道", "15公里", "15公里", 50],
      ["社会效益指标", "满意度", "≥90%", "95%", 50],
    ]);
    const { table } = indicatorsOf(s);
    expect(table.indicators.map((i) => [i.level1, i.level2])).toEqual([
      ["产出指标", "数量指标"],
      ["效益指标", "社会效益指标"],
    ]);
  });

  test("a notes row ends the table", () => {
    const s = sheet("x", [
      HEADER,
      ["产出指标", "数量指标", "步道", "≥", "15公里", "15公里", 50, null, null],
      ["注：分值合计100分。", null, null, null, null, null, null, null, null],
      ["产出指标", "数量指标", "不该读到", "≥", "1", "1", 50, null, null],
    ]);
    const { table } = indicatorsOf(s);
    expect(table.indicators.map((i) => i.name)).toEqual(["步道"]);
  });
});
