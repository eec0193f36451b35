import { D } from "../../../src/engine/decimal";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";
import { scoreIndicator } from "../../../src/engine/evaluate/score-indicator";
import { quantitativeOutcome } from "../../../src/engine/evaluate/scoring-rules";
import type { IndicatorSpec } from "./build-model";
import { indicator } from "./build-model";
import { readIndicatorValue } from "../../../src/engine/parse/indicator-value";

const score = (spec: IndicatorSpec, headlineRate: string | null = null) =>
  scoreIndicator(indicator(spec), DEFAULT_SETTINGS, headlineRate === null ? null : new D(headlineRate));
const points = (spec: IndicatorSpec): string => score(spec).result.score.toString();

describe("正向 (≥)", () => {
  it("below target earns a/t of the weight: 12/15 × 10 = 8", () => {
    const s = score({ target: "≥15公里", actual: "12公里", weight: 10 });
    expect(s.result.direction).toBe("positive");
    expect(s.result.score.toString()).toBe("8");
    expect(s.result.completion!.toString()).toBe("0.8");
    expect(s.result.met).toBe(false);
    expect(s.method).toBe("formula");
  });
  it("at target earns full marks", () => {
    const s = score({ target: "≥15公里", actual: "15公里", weight: 10 });
    expect(s.result.score.toString()).toBe("10");
    expect(s.result.completion!.toString()).toBe("1");
    expect(s.result.met).toBe(true);
  });
  it("above target is capped at the weight; completion keeps the ratio 18/15 = 1.2", () => {
    const s = score({ target: "≥15公里", actual: "18公里", weight: 10 });
    expect(s.result.score.toString()).toBe("10");
    expect(s.result.completion!.toString()).toBe("1.2");
  });
  it("percent target: ≥95% vs 92% → 92/95 × 10 = 9.6842… → 9.68", () => {
    expect(points({ target: "≥95%", actual: "92%", weight: 10 })).toBe("9.68");
  });
  it("no comparator and no 指标性质 is 正向: 3/5 × 10 = 6", () => {
    const s = score({ target: "5个", actual: "3个", weight: 10 });
    expect(s.result.direction).toBe("positive");
    expect(s.result.score.toString()).toBe("6");
  });
  it("rounds half-up at .005: 65/80 × 10 = 0.8125 × 10 = 8.125 → 8.13", () => {
    expect(points({ target: "≥80", actual: "65", weight: 10 })).toBe("8.13");
  });
  it("rounds down below .005: 2/3 × 10 = 6.666… → 6.67; 1/3 × 10 = 3.333… → 3.33", () => {
    expect(points({ target: "3", actual: "2", weight: 10 })).toBe("6.67");
    expect(points({ target: "3", actual: "1", weight: 10 })).toBe("3.33");
  });
  it("t = 0: full marks when a ≥ 0", () => {
    expect(points({ target: "≥0", actual: "0", weight: 5 })).toBe("5");
    expect(points({ target: "≥0", actual: "3", weight: 5 })).toBe("5");
  });
  it("a negative actual earns nothing, never a negative score: -2/10 → 0", () => {
    expect(points({ target: "≥10", actual: "-2", weight: 5 })).toBe("0");
  });
});

describe("反向 (≤)", () => {
  it("a ≤ t → full marks, completion 1", () => {
    const s = score({ target: "≤10天", actual: "8天", weight: 10 });
    expect(s.result.direction).toBe("negative");
    expect(s.result.score.toString()).toBe("10");
    expect(s.result.completion!.toString()).toBe("1");
  });
  it("t < a < 2t → (1 − (a−t)/t) × w: t=10, a=13 → (1 − 3/10) × 10 = 7", () => {
    const s = score({ target: "≤10天", actual: "13天", weight: 10 });
    expect(s.result.score.toString()).toBe("7");
    expect(s.result.completion!.toString()).toBe("0.7");
  });
  it("a ≥ 2t → 0: t=10, a=20 and a=25", () => {
    expect(points({ target: "≤10天", actual: "20天", weight: 10 })).toBe("0");
    const s = score({ target: "≤10天", actual: "25天", weight: 10 });
    expect(s.result.score.toString()).toBe("0");
    expect(s.result.completion!.toString()).toBe("0");
  });
  it("t = 0: full marks when a ≤ 0, else 0", () => {
    expect(points({ target: "≤0起", actual: "0起", weight: 5 })).toBe("5");
    expect(points({ target: "≤0起", actual: "1起", weight: 5 })).toBe("0");
  });
  it("a 成本指标 without comparator is 反向: t=100万元, a=115万元 → (1 − 15/100) × 10 = 8.5", () => {
    const s = score({ level2: "成本指标", target: "100万元", actual: "115万元", weight: 10 });
    expect(s.result.direction).toBe("negative");
    expect(s.result.score.toString()).toBe("8.5");
  });
  it("the 指标性质 cell wins over the comparator: 反向 with '≥' target", () => {
    expect(score({ nature: "反向", target: "≥10", actual: "12", weight: 10 }).result.score.toString()).toBe("8");
  });
});

describe("等于 (=)", () => {
  it("is scored like 正向: =12 vs 9 → 9/12 × 10 = 7.5; vs 12 → 10", () => {
    const s = score({ target: "=12次", actual: "9次", weight: 10 });
    expect(s.result.direction).toBe("equal");
    expect(s.result.score.toString()).toBe("7.5");
    expect(points({ target: "=12次", actual: "12次", weight: 10 })).toBe("10");
  });
});

describe("scales and units", () => {
  it("a fraction beside a percent is read as a fraction: ≥95% vs 0.92 → 92/95 × 10 → 9.68", () => {
    expect(points({ target: "≥95%", actual: "0.92", weight: 10 })).toBe("9.68");
  });
  it("a bare number above 1 beside a percent is the percent number: ≥95% vs 92 → 9.68", () => {
    expect(points({ target: "≥95%", actual: "92", weight: 10 })).toBe("9.68");
  });
  it("different units are compared as written and flagged UNIT_MISMATCH at the actual cell", () => {
    const s = score({ target: "≤10天", actual: "1月", weight: 10 });
    expect(s.result.score.toString()).toBe("10");
    expect(s.checks.map((c) => c.code)).toEqual(["UNIT_MISMATCH"]);
    expect(s.checks[0]!.cell).toEqual({ sheet: "指标表", row: 1, col: 5 });
    expect(s.checks[0]!.message.zh).toBe("指标“测试指标”的年度指标值单位“天”与实际完成值单位“月”不一致。");
  });
});

describe("worded results", () => {
  it("a numeric target met in words ('完成') earns full marks (top 定性 band, no stated score)", () => {
    const s = score({ target: "100%", actual: "完成", weight: 10 });
    expect(s.result.direction).toBe("positive");
    expect(s.result.score.toString()).toBe("10");
    expect(s.method).toBe("band");
    expect(s.checks).toEqual([]);
  });
  it("a numeric target with '未完成' falls in the bottom band: 0 × 10 = 0, flagged", () => {
    const s = score({ target: "100%", actual: "未完成", weight: 10 });
    expect(s.result.score.toString()).toBe("0");
    expect(s.checks.map((c) => c.code)).toEqual(["QUALITATIVE_SCORE_OUT_OF_BAND"]);
  });
  it("an unreadable actual is UNSCORABLE_INDICATOR, scored 0", () => {
    const s = score({ target: "≥95%", actual: "见附件", weight: 10 });
    expect(s.result.score.toString()).toBe("0");
    expect(s.method).toBe("unscorable");
    expect(s.checks.map((c) => c.code)).toEqual(["UNSCORABLE_INDICATOR"]);
    expect(s.checks[0]!.message.zh).toBe("指标“测试指标”的年度指标值或实际完成值无法识别（≥95% / 见附件），按0分计，请核实。");
  });
  it("a blank actual names itself 空 in the message", () => {
    const s = score({ target: "≥95%", actual: "", weight: 10 });
    expect(s.checks[0]!.message.zh).toContain("（≥95% / 空）");
    expect(s.checks[0]!.message.en).toContain("(≥95% / blank)");
  });
});

describe("预算执行率 indicator", () => {
  it("with a blank actual it is scored from the budget's rate: min(0.9831…, 1) × 10 = 9.831… → 9.83", () => {
    const s = score({ name: "预算执行率", target: "100%", actual: "", weight: 10 }, "0.98313");
    expect(s.method).toBe("execution");
    expect(s.result.score.toString()).toBe("9.83");
    expect(s.result.completion!.toString()).toBe("0.98313");
  });
  it("overspending is capped at the weight: min(1.05, 1) × 10 = 10", () => {
    expect(score({ name: "预算执行率", target: "", actual: "", weight: 10 }, "1.05").result.score.toString()).toBe("10");
  });
  it("with numbers of its own that agree with the budget it is scored normally: 98.31/100 × 10 = 9.83", () => {
    const s = score({ name: "预算执行率", target: "≥100%", actual: "98.31%", weight: 10 }, "0.98313");
    expect(s.method).toBe("formula");
    expect(s.result.score.toString()).toBe("9.83");
    expect(s.checks).toEqual([]);
  });
  it("a stated 98.3% agrees with the budget's 98.313% at the precision typed: no warning", () => {
    expect(score({ name: "预算执行率", target: "≥100%", actual: "98.3%", weight: 10 }, "0.98313").checks).toEqual([]);
  });
  it("a stated 90% against the budget's 98.313%: scored on the budget's figure (9.83), flagged at the actual cell", () => {
    const s = score({ name: "预算执行率", target: "≥100%", actual: "90%", weight: 10 }, "0.98313");
    expect(s.method).toBe("formula");
    expect(s.result.score.toString()).toBe("9.83");
    expect(s.result.indicator.actual.text).toBe("90%");
    expect(s.checks.map((c) => c.code)).toEqual(["EXECUTION_RATE_MISMATCH"]);
    expect(s.checks[0]!.message.zh).toBe("指标“预算执行率”填报的实际完成值90%与收支表计算的预算执行率98.31%不一致，按98.31%计分。");
  });
});

describe("quantitativeOutcome (the formulas alone)", () => {
  it("反向 at exactly 1.5t: completion 1 − 0.5 = 0.5", () => {
    expect(quantitativeOutcome("negative", new D(10), new D(15)).completion.toString()).toBe("0.5");
  });
  it("a negative target is all-or-nothing: 正向 ≥ −5 met by −3, missed by −8", () => {
    expect(quantitativeOutcome("positive", new D(-5), new D(-3)).fraction.toString()).toBe("1");
    expect(quantitativeOutcome("positive", new D(-5), new D(-8)).fraction.toString()).toBe("0");
  });
});

describe("values an officer writes in words around the number (read by the real parser)", () => {
  /** The spec's target and actual read as the parser reads cells, not by the test stand-in. */
  const parsed = (spec: Partial<IndicatorSpec>) => {
    const ind = indicator({ target: "10", actual: "10", weight: 10, ...spec });
    return {
      ...ind,
      target: readIndicatorValue(spec.target ?? "10", null, ind.target.cell),
      actual: readIndicatorValue(spec.actual ?? "10", null, ind.actual.cell),
    };
  };
  const score = (spec: Partial<IndicatorSpec>) => scoreIndicator(parsed(spec), DEFAULT_SETTINGS, null).result;
  it("完成95% against ≥98%: 95/98 × 10 = 9.69", () => {
    expect(score({ target: "≥98%", actual: "完成95%" }).score.toString()).toBe("9.69");
  });
  it("8天 against 10天内: 反向, full marks", () => {
    const r = score({ target: "10天内", actual: "8天" });
    expect(r.direction).toBe("negative");
    expect(r.score.toString()).toBe("10");
  });
  it("反向 range 3-5天: 4天 is within the cap, 6天 → (1 − 1/5) × 10 = 8", () => {
    expect(score({ nature: "反向", target: "3-5天", actual: "4天" }).score.toString()).toBe("10");
    expect(score({ nature: "反向", target: "3-5天", actual: "6天" }).score.toString()).toBe("8");
  });
  it("指标性质 不小于 is 正向: 90 against 95 → 9.47", () => {
    expect(score({ nature: "不小于", target: "95", actual: "90" }).score.toString()).toBe("9.47");
  });
  it("元 against 万元: 9,500,000元 = 950万元 ≤ 1000万元 → full, no unit warning", () => {
    const s = scoreIndicator(parsed({ target: "≤1000万元", actual: "9,500,000元" }), DEFAULT_SETTINGS, null);
    expect(s.result.score.toString()).toBe("10");
    expect(s.checks).toEqual([]);
  });
  it("1.1万人次 against 12000人次: 11000/12000 × 10 = 9.17", () => {
    expect(score({ target: "12000人次", actual: "1.1万人次" }).score.toString()).toBe("9.17");
  });
  it("天 against 月 cannot be converted: compared as written and flagged", () => {
    const s = scoreIndicator(parsed({ target: "≤3个月", actual: "80天" }), DEFAULT_SETTINGS, null);
    expect(s.checks.map((c) => c.code)).toEqual(["UNIT_MISMATCH"]);
  });
  it("a deadline kept (11月底 by 12月底前) earns full marks; one missed (2024年1月 by 2023年12月底前) none", () => {
    const kept = score({ target: "12月底前完成", actual: "11月底完成" });
    expect(kept.score.toString()).toBe("10");
    expect(kept.met).toBe(true);
    expect(score({ target: "2023年12月底前", actual: "2024年1月" }).score.toString()).toBe("0");
  });
  it("a deadline missed with the evaluator's 3 of 10 keeps the 3; without a score it earns none", () => {
    const late = parsed({ target: "2023年11月底前", actual: "2023年12月15日" });
    const stated = scoreIndicator({ ...late, statedScore: { ...late.weight, value: new D(3) } }, DEFAULT_SETTINGS, null);
    expect(stated.result.score.toString()).toBe("3");
    expect(stated.result.met).toBe(false);
    expect(stated.checks).toEqual([]);
    expect(score({ target: "2023年11月底前", actual: "2023年12月15日" }).score.toString()).toBe("0");
  });
  it("a deadline met in words (12月底前 / 已完成) is scored by the 定性 bands: full marks", () => {
    expect(score({ target: "12月底前", actual: "已完成" }).score.toString()).toBe("10");
  });
});
