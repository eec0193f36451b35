import { D } from "../../../src/engine/decimal";
import { evaluateBudgetLines, headlineIndex } from "../../../src/engine/evaluate/budget-rates";
import { budgetTable, seedBudget } from "./build-model";

const six = (x: { toDecimalPlaces(n: number): { toString(): string } } | null): string | null =>
  x === null ? null : x.toDecimalPlaces(6).toString();

describe("the seed's figures (docs/rules.md §6)", () => {
  const { lines } = evaluateBudgetLines(seedBudget());
  const byName = (name: string) => lines.find((l) => l.line.name === name)!;

  it("execution rate 28,082.29 / 28,564.19 = 0.983129… (98.31%)", () => {
    expect(six(byName("支出合计").executionRate)).toBe("0.983129");
    expect(six(byName("收入合计").executionRate)).toBe("0.983129");
  });
  it("项目支出: change 22,550.76 − 64,101.33 = −41,550.57; rate −41,550.57 / 64,101.33 = −0.648201… (−64.82%, not −54.82%)", () => {
    expect(byName("项目支出").change!.toString()).toBe("-41550.57");
    expect(six(byName("项目支出").changeRate)).toBe("-0.648201");
  });
  it("一般公共预算: −10,847.19 / 32,943.62 = −0.329265… (−32.93%)", () => {
    expect(byName("一般公共预算财政拨款补助收入").change!.toString()).toBe("-10847.19");
    expect(six(byName("一般公共预算财政拨款补助收入").changeRate)).toBe("-0.329265");
  });
  it("政府性基金: −30,711.55 / 36,697.04 = −0.836894… (−83.69%)", () => {
    expect(byName("政府性基金预算财政拨款补助收入").change!.toString()).toBe("-30711.55");
    expect(six(byName("政府性基金预算财政拨款补助收入").changeRate)).toBe("-0.836894");
  });
  it("基本支出: −7.80 / 5,539.33 = −0.001408… (−0.14%)", () => {
    expect(byName("基本支出").change!.toString()).toBe("-7.8");
    expect(six(byName("基本支出").changeRate)).toBe("-0.001408");
  });
  it("shares of the parent's actual: 22,550.76 / 28,082.29 = 0.803024…; totals have none", () => {
    expect(six(byName("项目支出").share)).toBe("0.803024");
    expect(six(byName("一般公共预算财政拨款补助收入").share)).toBe("0.786846");
    expect(byName("支出合计").share).toBeNull();
  });
  it("lines without a budget have no execution rate; lines without last year no change", () => {
    expect(byName("项目支出").executionRate).toBeNull();
    expect(byName("收入合计").change).toBeNull();
    expect(byName("收入合计").changeRate).toBeNull();
  });
  it("keeps full precision (no rounding): the rate is not 0.98", () => {
    expect(byName("支出合计").executionRate!.equals(new D("28082.29").dividedBy("28564.19"))).toBe(true);
  });
});

describe("edge cases", () => {
  it("budget 0 with an actual: no rate and a ZERO_BUDGET warning at the budget cell", () => {
    const { lines, checks } = evaluateBudgetLines(budgetTable([{ name: "新增项目", budget: 0, actual: 5 }]));
    expect(lines[0]!.executionRate).toBeNull();
    expect(checks.map((c) => c.code)).toEqual(["ZERO_BUDGET"]);
    expect(checks[0]!.cell).toEqual({ sheet: "收支表", row: 1, col: 2 });
  });
  it("budget 0 without an actual raises nothing", () => {
    expect(evaluateBudgetLines(budgetTable([{ name: "空项目", budget: 0 }])).checks).toEqual([]);
  });
  it("last year 0: change 5 − 0 = 5 but no change rate", () => {
    const { lines } = evaluateBudgetLines(budgetTable([{ name: "新增项目", actual: 5, priorYear: 0 }]));
    expect(lines[0]!.change!.toString()).toBe("5");
    expect(lines[0]!.changeRate).toBeNull();
  });
  it("a parent with actual 0 gives no share", () => {
    const t = budgetTable([
      { name: "合计", kind: "total", actual: 0 },
      { name: "甲", parentIndex: 0, actual: 0 },
    ]);
    expect(evaluateBudgetLines(t).lines[1]!.share).toBeNull();
  });
  it("with no actuals at all, the share is of the budget: 30 / 120 = 0.25", () => {
    const t = budgetTable([
      { name: "合计", kind: "total", budget: 120 },
      { name: "甲", parentIndex: 0, budget: 30 },
    ]);
    expect(evaluateBudgetLines(t).lines[1]!.share!.toString()).toBe("0.25");
  });
});

describe("headlineIndex", () => {
  it("prefers the expenditure total", () => {
    expect(headlineIndex(seedBudget())).toBe(3);
  });
  it("else the revenue total, else the first total, else null", () => {
    const revenueOnly = budgetTable([
      { name: "年度资金总额", kind: "total", actual: 1 },
      { name: "收入合计", section: "revenue", kind: "total", actual: 1 },
    ]);
    expect(headlineIndex(revenueOnly)).toBe(1);
    expect(headlineIndex(budgetTable([{ name: "甲" }, { name: "年度资金总额", kind: "total" }]))).toBe(1);
    expect(headlineIndex(budgetTable([{ name: "甲" }]))).toBeNull();
  });
});
