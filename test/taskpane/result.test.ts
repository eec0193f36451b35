import { D } from "../../src/engine/decimal";
import { resultSummary } from "../../src/taskpane/view/result";
import type { ResultInput } from "../../src/taskpane/view/result";

const base: ResultInput = {
  entity: "广州市增城区派潭镇人民政府",
  year: 2023,
  totalScore: new D(92),
  grade: "优",
  budget: {
    headlineIndex: 1,
    lines: [
      { executionRate: null },
      // 28,082.29 / 28,564.19 = 0.983129… → 98.31%
      { executionRate: new D("28082.29").dividedBy("28564.19") },
    ],
  },
  indicatorTables: [
    {
      categories: [
        // 42 / 50 = 0.84 → 84.00%
        { name: "产出指标", score: new D(42), weight: new D(50), completionRate: new D(42).dividedBy(50) },
        { name: "效益指标", score: new D(50), weight: new D(50), completionRate: new D(1) },
        { name: "空类", score: new D(0), weight: new D(0), completionRate: null },
      ],
    },
  ],
};

describe("resultSummary", () => {
  it("formats the seed's figures as the report prints them", () => {
    expect(resultSummary(base)).toEqual({
      entity: "广州市增城区派潭镇人民政府",
      year: 2023,
      total: "92",
      grade: "优",
      executionRate: "98.31%",
      categories: [
        { name: "产出指标", scoreOfWeight: "42 / 50", completion: "84.00%" },
        { name: "效益指标", scoreOfWeight: "50 / 50", completion: "100.00%" },
        { name: "空类", scoreOfWeight: "0 / 0", completion: null },
      ],
    });
  });

  it("keeps a fractional score's decimals and leaves missing figures empty", () => {
    const s = resultSummary({ ...base, totalScore: new D("93.905"), grade: null, budget: null, indicatorTables: [] });
    // 93.905 rounds half-up to 93.91
    expect([s.total, s.grade, s.executionRate, s.categories]).toEqual(["93.91", null, null, []]);
  });

  it("shows no execution rate when the budget has no headline line", () => {
    expect(resultSummary({ ...base, budget: { headlineIndex: null, lines: [] } }).executionRate).toBeNull();
  });
});
