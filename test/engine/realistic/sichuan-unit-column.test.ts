/**
 * D. 四川-style indicator table: 指标性质 (≥/≤/=/定性) and 度量单位 in their own columns, the
 * numbers written without units ("95" | "%", "10" | "天").
 */
import { sichuanIndicatorColumns } from "../../../scripts/realistic-fixtures";
import { categories, checkList, line, run, scores, six } from "./helpers";

const r = run(sichuanIndicatorColumns());
const indicator = (name: string) => r.evaluation.indicatorTables[0]!.indicators.find((i) => i.indicator.name === name)!;

describe("D. 四川-style 指标性质 and 度量单位 columns", () => {
  test("the unit column gives the number its unit: 95 with % is 95%, 10 with 天 is 10天", () => {
    const rate = indicator("培训合格率").indicator;
    expect([rate.target.number!.toNumber(), rate.target.isPercent, rate.actual.number!.toNumber(), rate.actual.isPercent]).toEqual([95, true, 96.5, true]);
    const days = indicator("补助资金发放时限").indicator;
    expect([days.target.unit, days.actual.unit, days.unitText]).toEqual(["天", "天", "天"]);
    // 0.95 typed beside "%" stays a bare fraction and is read on the target's scale: 95% ≥ 90%.
    expect(indicator("参训农民满意度").score.toNumber()).toBe(10);
  });

  test("directions from 指标性质", () => {
    const dirs = r.evaluation.indicatorTables[0]!.indicators.map((i) => i.direction);
    expect(dirs).toEqual([
      "positive",
      "positive",
      "positive",
      "equal",
      "negative",
      "negative",
      "positive",
      "positive",
      "qualitative",
      "positive",
    ]);
  });

  test("scores, categories and total 84.5 + round2(9.775) = 94.28", () => {
    expect(scores(r)).toMatchObject({
      补助资金拨付准确率: 5, // = 100%, 100%
      补助资金发放时限: 8, // 反向 12 in (10, 20): (1 − 2/10) × 10 = 8
      人均培训成本: 5, // 1750 ≤ 1800
      带动就业人数: 9.5, // 285 / 300 × 10
      培训长效机制: 7, // 定性 基本达成: band [6, 8)
    });
    expect(categories(r)).toEqual([
      ["产出指标", 50, 48, 0.96], // 10 + 10 + 10 + 5 + 8 + 5
      ["效益指标", 30, 26.5, 0.883333], // 10 + 9.5 + 7
      ["满意度指标", 10, 10, 1],
    ]);
    // 312.8 / 320 = 0.9775 exactly; × 10 = 9.775 → half-up 9.78
    expect(six(line(r, "合计").executionRate)).toBe("0.977500");
    expect(r.json.budget!.executionScore).toEqual({ weight: 10, score: 9.78 });
    expect(r.json.totalScore).toBe(94.28);
    expect(r.json.grade).toBe("优");
  });

  test("no checks: 其他资金 0 | 0 is not a ZERO_BUDGET, every shortfall has its reason", () => {
    expect(checkList(r)).toEqual([]);
  });

  test("entity and project from one-cell keys (实施单位：…), year from the title", () => {
    expect(r.json.entity).toBe("大英县农业技术推广中心");
    expect(r.evaluation.info!.projectName).toBe("高素质农民培育项目");
    expect(r.json.year).toBe(2023);
  });
});
