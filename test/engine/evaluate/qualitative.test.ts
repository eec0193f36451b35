import { D } from "../../../src/engine/decimal";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";
import { findBand, inBand } from "../../../src/engine/evaluate/qualitative";
import { scoreIndicator } from "../../../src/engine/evaluate/score-indicator";
import type { IndicatorSpec } from "./build-model";
import { indicator } from "./build-model";

const bands = DEFAULT_SETTINGS.qualitativeBands;
const [bottom, middle, top] = bands as [(typeof bands)[0], (typeof bands)[0], (typeof bands)[0]];
const qual = (spec: Omit<IndicatorSpec, "target" | "weight"> & { target?: string; weight?: number }) =>
  scoreIndicator(indicator({ nature: "定性", target: "逐步完善", weight: 10, ...spec }), DEFAULT_SETTINGS, null);

describe("findBand", () => {
  it("reads 未达成 as the bottom band, not as 达成", () => {
    expect(findBand("未达成", bands)).toBe(bottom);
    expect(findBand("部分达成", bands)).toBe(middle);
    expect(findBand("达成", bands)).toBe(top);
    expect(findBand("效果较差", bands)).toBe(bottom);
    expect(findBand("见附件", bands)).toBeNull();
  });
  it.each([
    "未按期完成", "未能按期完成", "未按时完成", "效果不明显", "无明显效果", "未达到预期", "未实现", "尚未实现",
    "没有完成", "不是", "不完善", "有待完善", "不满意", "否", "差", "不合格", "无效", "未达标",
  ])("a negated or failed result %s is the bottom band", (text) => {
    expect(findBand(text, bands)).toBe(bottom);
  });
  it.each(["基本达到预期", "基本实现", "偏差较小，基本实现", "已完成，但效果不明显", "部分未完成"])("%s is the middle band", (text) => {
    expect(findBand(text, bands)).toBe(middle);
  });
  it.each([
    "达标", "优良", "合格", "是", "按期完成", "效果明显", "不断完善", "无差错", "准确无差错", "无偏差", "未发生安全事故",
    "已完成，未发现问题", "零投诉", "无重大安全事故", "没有发生安全事故", "不同程度提升",
  ])("an achieved result %s is the top band", (text) => {
    expect(findBand(text, bands)).toBe(top);
  });
  it("a word inside another word is no result: 是否 / 偏差 alone do not pick a band", () => {
    expect(findBand("偏差较大原因待查", bands)).toBeNull();
  });
});

describe("inBand (points, w = 10)", () => {
  it("[6, 8) excludes 8 and includes 6", () => {
    expect(inBand(new D(6), middle, new D(10))).toBe(true);
    expect(inBand(new D("7.99"), middle, new D(10))).toBe(true);
    expect(inBand(new D(8), middle, new D(10))).toBe(false);
  });
  it("the top band [8, 10] includes full marks", () => {
    expect(inBand(new D(10), top, new D(10))).toBe(true);
    expect(inBand(new D(8), top, new D(10))).toBe(true);
    expect(inBand(new D("7.99"), top, new D(10))).toBe(false);
  });
});

describe("定性 scoring", () => {
  it("a stated score inside the band stands: 达成 with 9 → 9", () => {
    const s = qual({ actual: "达成", stated: 9 });
    expect(s.result.direction).toBe("qualitative");
    expect(s.result.score.toString()).toBe("9");
    expect(s.result.completion).toBeNull();
    expect(s.checks).toEqual([]);
  });
  it("达成 without a score earns full marks, no warning", () => {
    const s = qual({ actual: "达成" });
    expect(s.result.score.toString()).toBe("10");
    expect(s.result.met).toBe(true);
    expect(s.checks).toEqual([]);
  });
  it("a stated score outside the band → the band's lower bound (0.6 × 10 = 6) and a warning at the score cell", () => {
    const s = qual({ actual: "部分达成", stated: 9 });
    expect(s.result.score.toString()).toBe("6");
    expect(s.checks).toHaveLength(1);
    expect(s.checks[0]!.code).toBe("QUALITATIVE_SCORE_OUT_OF_BAND");
    expect(s.checks[0]!.cell).toEqual({ sheet: "指标表", row: 1, col: 7 });
    expect(s.checks[0]!.message.zh).toBe("定性指标“测试指标”完成情况为“部分达成”，填报得分9不在[6, 8)分值区间内，按6分计。");
  });
  it("达成 with a score below the top band → 0.8 × 10 = 8, flagged", () => {
    const s = qual({ actual: "达成", stated: 5 });
    expect(s.result.score.toString()).toBe("8");
    expect(s.checks.map((c) => c.code)).toEqual(["QUALITATIVE_SCORE_OUT_OF_BAND"]);
  });
  it("a middle-band result without a score → lower bound 6 and a warning at the actual cell", () => {
    const s = qual({ actual: "部分完成" });
    expect(s.result.score.toString()).toBe("6");
    expect(s.checks[0]!.code).toBe("QUALITATIVE_SCORE_OUT_OF_BAND");
    expect(s.checks[0]!.cell).toEqual({ sheet: "指标表", row: 1, col: 5 });
    expect(s.checks[0]!.message.zh).toContain("填报得分（未填）");
  });
  it("band bounds scale with the weight: 部分达成 with w = 15 → 0.6 × 15 = 9", () => {
    expect(qual({ actual: "部分达成", weight: 15 }).result.score.toString()).toBe("9");
  });
  it("no band matched but a stated score → the evaluator's score stands, flagged at the actual cell", () => {
    const s = qual({ actual: "见附件", stated: "7.5" });
    expect(s.result.score.toString()).toBe("7.5");
    expect(s.checks.map((c) => [c.code, c.cell])).toEqual([["UNCHECKED_STATED_SCORE", { sheet: "指标表", row: 1, col: 5 }]]);
    expect(s.checks[0]!.message.zh).toBe("指标“测试指标”的实际完成值“见附件”无法判断是否达成，沿用填报得分7.5分，请核实。");
  });
  it("no band matched and no stated score → UNSCORABLE_INDICATOR, 0", () => {
    const s = qual({ actual: "见附件" });
    expect(s.result.score.toString()).toBe("0");
    expect(s.checks.map((c) => c.code)).toEqual(["UNSCORABLE_INDICATOR"]);
  });
});

describe("定性 scoring: results in words", () => {
  it("未按期完成 without a score → bottom band 0, flagged, not met", () => {
    const s = qual({ target: "按期完成", actual: "未按期完成" });
    expect(s.result.score.toString()).toBe("0");
    expect(s.result.met).toBe(false);
    expect(s.checks.map((c) => c.code)).toEqual(["QUALITATIVE_SCORE_OUT_OF_BAND"]);
  });
  it("效果不明显 with a stated 5 of 10 stands (inside [0, 6))", () => {
    const s = qual({ target: "效果明显", actual: "效果不明显", stated: 5 });
    expect(s.result.score.toString()).toBe("5");
    expect(s.checks).toEqual([]);
  });
  it.each([
    ["不发生", "未发生"],
    ["不发生", "没有发生"],
    ["不出现", "未出现"],
    ["按规定执行", "已按规定执行"],
    ["无重大事故", "无"],
    ["不发生安全事故", "未发生"],
  ])("target %s answered by %s is achieved: full marks", (target, actual) => {
    expect(qual({ target, actual }).result.score.toString()).toBe("10");
  });
  it("有 against a negated target (无重大事故) is a failure: bottom band, 0", () => {
    expect(qual({ target: "无重大事故", actual: "有" }).result.score.toString()).toBe("0");
  });
  it("无 against a positive target is still 否: bottom band", () => {
    expect(qual({ target: "建立长效机制", actual: "无" }).result.score.toString()).toBe("0");
  });
  it("a result repeating its target (按季度拨付) achieved it: full marks, met", () => {
    const s = qual({ target: "按季度拨付", actual: "按季度拨付" });
    expect(s.result.score.toString()).toBe("10");
    expect(s.result.met).toBe(true);
    expect(s.checks).toEqual([]);
  });
  it("达成 with a stated 9 (inside the top band) is met though below full marks", () => {
    const s = qual({ actual: "达成", stated: 9 });
    expect(s.result.score.toString()).toBe("9");
    expect(s.result.met).toBe(true);
  });
  it("a numeric target with 未达到 as the result: bottom band, 0", () => {
    const s = scoreIndicator(indicator({ target: "≥95%", actual: "未达到", weight: 10 }), DEFAULT_SETTINGS, null);
    expect(s.result.score.toString()).toBe("0");
    expect(s.checks.map((c) => c.code)).toEqual(["QUALITATIVE_SCORE_OUT_OF_BAND"]);
  });
});

describe("定性 scoring: a stated score above the weight", () => {
  it("with no band matched is not kept: 12 of 10 → UNSCORABLE_INDICATOR, 0", () => {
    const s = qual({ actual: "见附件", stated: 12 });
    expect(s.result.score.toString()).toBe("0");
    expect(s.checks.map((c) => c.code)).toEqual(["UNSCORABLE_INDICATOR"]);
  });
});
