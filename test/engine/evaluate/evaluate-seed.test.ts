/** The seed report's figures end to end through evaluate() (docs/rules.md §6). */
import { evaluate } from "../../../src/engine/evaluate";
import { DEFAULT_SETTINGS } from "../../../src/engine/settings";
import { infoSheet, seedBudget, seedIndicators } from "./build-model";

const info = infoSheet([], {
  entity: "广州市增城区派潭镇人民政府",
  year: 2023,
  narrative: { functions: "统筹全镇经济社会发展和基层治理", annualWork: null, goals: null, management: null, problems: null, measures: null },
});
const ev = evaluate({ budget: seedBudget(), indicatorTables: [seedIndicators()], info }, DEFAULT_SETTINGS);

describe("evaluate: the seed", () => {
  it("names the unit and derives 我镇 from its name", () => {
    expect(ev.entity).toBe("广州市增城区派潭镇人民政府");
    expect(ev.year).toBe(2023);
    expect(ev.selfReference).toBe("我镇");
    expect(ev.narrativeInputs.functions).toBe("统筹全镇经济社会发展和基层治理");
    expect(ev.settings).toBe(DEFAULT_SETTINGS);
  });

  it("headline is 支出合计 with rate 28,082.29 / 28,564.19 = 0.98313…", () => {
    expect(ev.budget!.headlineIndex).toBe(3);
    expect(ev.budget!.lines[3]!.executionRate!.toDecimalPlaces(5).toString()).toBe("0.98313");
  });

  it("weights add up to 100, so no execution score is added (auto)", () => {
    expect(ev.budget!.executionScore).toBeNull();
    expect(ev.indicatorTables[0]!.includesExecutionScore).toBe(false);
  });

  it("scores 92 = 产出 42/50 (0.84) + 效益 50/50 (1), grade 优", () => {
    const t = ev.indicatorTables[0]!;
    expect(t.indicators.map((r) => r.score.toString())).toEqual(["10", "10", "6", "6", "10", "20", "30"]);
    expect(t.total.toString()).toBe("92");
    expect(t.maxTotal.toString()).toBe("100");
    expect(t.grade).toBe("优");
    expect(ev.totalScore!.toString()).toBe("92");
    expect(ev.grade).toBe("优");
    const [output, outcome] = t.categories;
    expect(output).toMatchObject({ name: "产出指标", count: 5, metCount: 3 });
    expect(output!.weight.toString()).toBe("50");
    expect(output!.score.toString()).toBe("42");
    expect(output!.completionRate!.toString()).toBe("0.84");
    expect(outcome).toMatchObject({ name: "效益指标", count: 2, metCount: 2 });
    expect(outcome!.completionRate!.toString()).toBe("1");
  });

  it("the 三公经费控制率 (≤100%, 96%) is 反向 and met", () => {
    const r = ev.indicatorTables[0]!.indicators[4]!;
    expect(r.direction).toBe("negative");
    expect(r.met).toBe(true);
  });

  it("raises exactly one check: SUM_MISMATCH of 0.37 on the revenue total's actual (28,082.29 vs 22,096.43 + 5,985.49 = 28,081.92)", () => {
    expect(ev.checks.map((c) => c.code)).toEqual(["SUM_MISMATCH"]);
    const c = ev.checks[0]!;
    expect(c.cell).toEqual({ sheet: "收支表", row: 1, col: 3 });
    expect(c.message.zh).toBe("“收入合计”全年执行数为28,082.29万元，但其组成项合计为28,081.92万元，相差0.37万元。");
    expect(c.message.en).toBe(
      "“收入合计” actual is 28,082.29 (10k yuan), but its items add up to 28,081.92 (10k yuan), a difference of 0.37 (10k yuan).",
    );
  });
});
