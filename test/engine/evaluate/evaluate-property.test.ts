/** Random indicator tables and budgets: evaluate() never throws, scores stay within [0, w], checks name cells. */
import fc from "fast-check";
import { evaluate } from "../../../src/engine/evaluate";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";
import type { IndicatorSpec, LineSpec } from "./build-model";
import { budgetTable, indicatorTable } from "./build-model";

const valueText = fc.oneof(
  fc.constantFrom("", "达成", "未达成", "部分达成", "逐步完善", "见附件", "完成"),
  fc
    .tuple(fc.constantFrom("", "≥", "≤", "=", ">", "<"), fc.integer({ min: -50, max: 500 }), fc.constantFrom("", "%", "天", "个", "万元"))
    .map(([c, n, u]) => `${c}${n}${u}`),
);

const indicatorSpec: fc.Arbitrary<IndicatorSpec> = fc.record({
  level1: fc.constantFrom("产出指标", "效益指标", "满意度指标"),
  level2: fc.constantFrom("数量指标", "成本指标", null),
  name: fc.constantFrom("指标", "预算执行率"),
  nature: fc.constantFrom(null, "正向", "反向", "定性", "等于"),
  target: valueText,
  actual: valueText,
  weight: fc.integer({ min: 0, max: 30 }),
  stated: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  reason: fc.option(fc.constant("原因"), { nil: undefined }),
});

const amount = fc.option(fc.integer({ min: 0, max: 100000 }).map((n) => (n / 100).toFixed(2)), { nil: undefined });
const lineSpec = (i: number): fc.Arbitrary<LineSpec> =>
  fc.record({
    name: fc.constant(i === 0 ? "支出合计" : `项目${i}`),
    section: fc.constant("expenditure" as const),
    kind: fc.constant(i === 0 ? ("total" as const) : ("item" as const)),
    parentIndex: fc.constant(i === 0 ? null : 0),
    budget: amount,
    actual: amount,
    priorYear: amount,
  });

describe("evaluate on random input", () => {
  it("never throws; every score lies in [0, weight]; every check names a cell", () => {
    fc.assert(
      fc.property(fc.array(indicatorSpec, { minLength: 1, maxLength: 8 }), fc.tuple(lineSpec(0), lineSpec(1), lineSpec(2)), (specs, lines) => {
        const ev = evaluate({ budget: budgetTable(lines), indicatorTables: [indicatorTable(specs)], info: null }, DEFAULT_SETTINGS);
        for (const r of ev.indicatorTables[0]!.indicators) {
          expect(r.score.gte(0) && r.score.lte(r.indicator.weight.value)).toBe(true);
          expect(r.score.decimalPlaces()).toBeLessThanOrEqual(2);
        }
        for (const c of ev.checks) expect(c.cell).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
