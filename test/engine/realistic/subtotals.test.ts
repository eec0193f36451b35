/**
 * F. 类别 column, 上年执行数 left of this year's columns, 小计 rows and a 合计 at the bottom.
 * Rule: a 小计 totals the items above it back to the previous 小计 (or heading, or the top), and
 * 合计 totals the 小计s.
 */
import { subtotalsAtBottom } from "../../../scripts/realistic-fixtures";
import { categories, checkList, line, run, six } from "./helpers";
import { isTotalLine } from "../../../src/engine/vocabulary/budget-lines";

const r = run(subtotalsAtBottom());

describe("F. 小计 rows and a 合计 at the bottom", () => {
  test("each 小计 takes its group and is named after its 类别; 合计 takes the 小计s", () => {
    const rows = r.evaluation.budget!.lines.map((l) => [l.line.name, isTotalLine(l.line), l.line.section, l.line.parent]);
    expect(rows).toEqual([
      ["人员经费", false, "expenditure", "基本支出小计"],
      ["公用经费", false, "expenditure", "基本支出小计"],
      ["基本支出小计", true, "expenditure", "合计"],
      ["农业农村发展专项", false, "expenditure", "项目支出小计"],
      ["城乡社区建设专项", false, "expenditure", "项目支出小计"],
      ["社会保障和就业专项", false, "expenditure", "项目支出小计"],
      ["项目支出小计", true, "expenditure", "合计"],
      ["合计", true, "expenditure", null],
    ]);
  });

  test("上年执行数 on the left still is last year's: 合计 (5,329.53 − 4,523.72) / 4,523.72 = 0.178130", () => {
    expect(line(r, "合计").change!.toString()).toBe("805.81");
    expect(six(line(r, "合计").changeRate)).toBe("0.178130");
  });

  test("the headline is 合计, not the first 小计: 5,329.53 / 5,558.66 = 0.958780", () => {
    expect(r.evaluation.budget!.headlineIndex).toBe(7);
    expect(six(line(r, "合计").executionRate)).toBe("0.958780");
  });

  test("one mistyped 小计, one finding: 项目支出小计 3,252.95 vs 1,418.35 + 1,290.12 + 544.12 = 3,252.59 (+0.36); 合计 5,329.53 vs 2,076.94 + 3,252.95 = 5,329.89 (−0.36), and 2,076.94 + 3,252.59 = 5,329.53 agrees", () => {
    // Was two SUM_MISMATCH (F10, F11); the same 0.36 both ways points at F10 alone (REVIEW R22).
    expect(checkList(r)).toEqual(["SUBTOTAL_MISTYPED@收支决算表!F10"]);
    expect(r.evaluation.checks.map((c) => c.message.zh)).toEqual([
      "“项目支出小计”全年执行数为3,252.95万元，与其组成项合计3,252.59万元相差0.36万元，“合计”与各项之和也相差0.36万元：疑为该格录入有误（按组成项应为3,252.59万元），“合计”与组成项一致。",
    ]);
    // The prose is told which figure not to build on (index 6 = 项目支出小计).
    expect(r.evaluation.budget!.mistyped!.map((m) => [m.lineIndex, m.column, m.typed.toString(), m.likely.toString()])).toEqual([
      [6, "actual", "3252.95", "3252.59"],
    ]);
  });

  test("weights 100 leave no execution points: 60 + 30 + 9.56 = 99.56 (86 / 90 × 10 = 9.5556 → 9.56)", () => {
    expect(categories(r)).toEqual([
      ["产出指标", 60, 60, 1],
      ["效益指标", 30, 30, 1],
      ["满意度指标", 10, 9.56, 0.956],
    ]);
    expect(r.json.budget!.executionScore).toBeNull();
    expect(r.json.totalScore).toBe(99.56);
    expect(r.json.grade).toBe("优");
  });

  test("no info sheet or key cell: entity and year from the title “石门镇2023年支出决算对比表”", () => {
    expect([r.json.entity, r.json.year]).toEqual(["石门镇", 2023]);
    // The entity names the speaker: 石门镇 → 我镇.
    expect(r.evaluation.selfReference).toBe("我镇");
  });
});
