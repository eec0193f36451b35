import { indicatorDirection } from "../../../src/engine/evaluate/direction";
import type { IndicatorSpec } from "./build-model";
import { indicator } from "./build-model";

const dir = (spec: Partial<IndicatorSpec>) => indicatorDirection(indicator({ target: "10", actual: "10", weight: 10, ...spec }));

describe("indicatorDirection", () => {
  it.each([
    ["反向", "negative"],
    ["逆向", "negative"],
    ["≤", "negative"],
    ["越低越好", "negative"],
    ["小于等于", "negative"],
    ["正向", "positive"],
    ["≥", "positive"],
    ["大于等于", "positive"],
    ["等于", "equal"],
    ["=", "equal"],
    ["定性", "qualitative"],
    ["不小于", "positive"],
    ["不大于", "negative"],
    ["不多于", "negative"],
    ["低于", "negative"],
    ["＜", "negative"],
    ["≦", "negative"],
    ["＞", "positive"],
    ["正向指标（≥）", "positive"],
  ])("指标性质 %s → %s", (nature, expected) => {
    expect(dir({ nature, target: "10" })).toBe(expected);
  });
  it("the 指标性质 cell wins over the comparator", () => {
    expect(dir({ nature: "反向", target: "≥10" })).toBe("negative");
  });
  it("without 指标性质 the comparator decides", () => {
    expect(dir({ target: "≤10天" })).toBe("negative");
    expect(dir({ target: "<10天" })).toBe("negative");
    expect(dir({ target: "≥10" })).toBe("positive");
    expect(dir({ target: ">10" })).toBe("positive");
    expect(dir({ target: "=10" })).toBe("equal");
  });
  it("a target without a number is 定性", () => {
    expect(dir({ target: "逐步完善" })).toBe("qualitative");
  });
  it("成本指标 without a comparator is 反向, with one follows it", () => {
    expect(dir({ level2: "成本指标", target: "100万元" })).toBe("negative");
    expect(dir({ level2: "成本指标", target: "≥100万元" })).toBe("positive");
  });
  it("otherwise 正向; a 定量 nature falls through to the comparator", () => {
    expect(dir({ target: "15公里" })).toBe("positive");
    expect(dir({ nature: "定量", target: "≤5" })).toBe("negative");
  });
});
