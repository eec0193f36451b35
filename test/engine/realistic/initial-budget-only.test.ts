/**
 * I. A budget table with 年初预算数 but no 全年预算数 / 调整后预算数 column: no adjustment is known,
 * so the initial budget is the execution denominator, and an info check says so.
 */
import { initialBudgetOnly, chongqingRepeatedLevels } from "../../../scripts/realistic-fixtures";
import { checkList, line, run, six } from "./helpers";

describe("I. only 年初预算数", () => {
  const r = run(initialBudgetOnly());

  test("execution = 全年执行数 / 年初预算数: 8,415.36 / 8,640 = 0.974 exactly → 9.74 points, total 99.74", () => {
    expect(six(line(r, "支出合计").executionRate)).toBe("0.974000");
    expect(six(line(r, "基本支出").executionRate)).toBe("0.994794"); // 6,088.14 / 6,120
    expect(six(line(r, "项目支出").executionRate)).toBe("0.923500"); // 2,327.22 / 2,520
    expect(r.json.budget!.executionScore).toEqual({ weight: 10, score: 9.74 });
    expect(r.json.totalScore).toBe(99.74); // 90 (every indicator full) + 9.74
    expect(r.json.grade).toBe("优");
  });

  test("the budget figure keeps its source: the 年初预算数 cell", () => {
    const total = line(r, "支出合计").line;
    expect(total.budget).toBe(total.initialBudget);
    expect(r.json.budget!.lines[3]).toMatchObject({ name: "支出合计", initialBudget: 8640, budget: 8640, cell: "收支情况!A6" });
  });

  test("one info check, at the 年初预算数 header, in both languages; no WEIGHTS_TOTAL (90 + 10)", () => {
    expect(checkList(r)).toEqual(["INITIAL_BUDGET_AS_BUDGET@收支情况!B2"]);
    const check = r.evaluation.checks[0]!;
    expect(check.severity).toBe("info");
    expect(check.message.zh).toBe("收支表没有全年预算数（调整后预算数）列，预算执行率以年初预算数（收支情况!B2所在列）为分母计算，视为年内未调整预算。");
    expect(check.message.en).toBe(
      "The budget table has no full-year (adjusted) budget column; execution rates use the initial budget (the column at 收支情况!B2), taken as unadjusted.",
    );
  });

  test("the report gives the execution: overview and （三）预算执行情况", () => {
    const finances = r.json.narrative.find((s) => s.heading === "（四）部门整体收支情况")!.paragraphs;
    expect(finances[0]).toBe("2023年，我局年度收入预算和支出预算均为8,640.00万元，实际收入和实际支出均为8,415.36万元，为年度预算的97.40%。");
    const execution = r.json.narrative.find((s) => s.heading === "（三）预算执行情况")!.paragraphs;
    expect(execution[0]).toMatch(/^2023年，我局预算执行率为97\.40%/);
  });

  test("a table with a 全年预算数 column keeps it as the denominator, without the info check", () => {
    const other = run(chongqingRepeatedLevels());
    expect(checkList(other).some((c) => c.startsWith("INITIAL_BUDGET_AS_BUDGET"))).toBe(false);
    expect(six(line(other, "支出合计").executionRate)).toBe("0.977900"); // 6,012.47 / 6,148.35 = 0.9778999…
  });
});
