/**
 * B. 部门整体支出绩效自评表 (池州/贵池): under 年度资金总额, "按收入性质分：" and "按支出性质分："
 * open two halves side by side in the same rows; each half must add up to the total on its own.
 */
import { departmentWholeForm } from "../../../scripts/realistic-fixtures";
import { buildReport } from "../../../src/engine/narrative";
import { categories, checkList, line, run, six } from "./helpers";

const r = run(departmentWholeForm());

describe("B. 部门整体支出 form with revenue and expenditure side by side", () => {
  test("both halves are read: revenue on the left (column B), expenditure on the right (column E)", () => {
    const lines = r.evaluation.budget!.lines.map((l) => [
      l.line.name,
      l.line.section,
      l.line.parent,
      l.line.actual?.value.toNumber() ?? null,
      `${l.line.nameCell.col}`,
    ]);
    expect(lines).toEqual([
      ["年度资金总额", "other", null, 3015.27, "1"],
      ["一般公共预算", "revenue", "年度资金总额", 2680.15, "1"],
      ["政府性基金预算", "revenue", "年度资金总额", 260, "1"],
      ["国有资本经营预算", "revenue", "年度资金总额", 0, "1"],
      ["财政专户管理资金", "revenue", "年度资金总额", 0, "1"],
      ["单位资金", "revenue", "年度资金总额", 74.92, "1"],
      ["基本支出", "expenditure", "年度资金总额", 1422.36, "4"],
      ["人员经费", "expenditure", "基本支出", 1198.74, "4"],
      ["公用经费", "expenditure", "基本支出", 223.62, "4"],
      ["项目支出", "expenditure", "年度资金总额", 1592.91, "4"],
    ]);
  });

  test("execution: 3,015.27 / 3,124.86 = 0.964930 → round2(9.6493) = 9.65 points (stated 9.65)", () => {
    expect(six(line(r, "年度资金总额").executionRate)).toBe("0.964930");
    expect(r.json.budget!.executionScore).toEqual({ weight: 10, score: 9.65 });
  });

  test("SUM_MISMATCH on the revenue half only: 2,680.15 + 260 + 0 + 0 + 74.92 = 3,015.07 ≠ 3,015.27", () => {
    // Expenditure: 1,422.36 + 1,592.91 = 3,015.27 (matches); 人员 1,198.74 + 公用 223.62 = 1,422.36 (matches).
    expect(checkList(r)).toEqual(["SUM_MISMATCH@部门整体支出绩效自评表!E5"]);
    expect(r.evaluation.checks[0]!.message.zh).toBe(
      "“年度资金总额”全年执行数为3,015.27万元，但其组成项合计为3,015.07万元，相差0.20万元。",
    );
  });

  test("scores: 89.92 + 9.65 = 99.57 (优), as stated", () => {
    // 登记业务按时办结率 97.2 / 98 × 10 = 9.918… → 9.92; every other indicator full marks.
    expect(categories(r)).toEqual([
      ["产出指标", 50, 49.92, 0.9984],
      ["效益指标", 30, 30, 1],
      ["满意度指标", 10, 10, 1],
    ]);
    expect(r.json.totalScore).toBe(99.57);
    expect(r.json.grade).toBe("优");
  });

  test("the 收支 paragraph opens with the year and the unit, as the seed does, when 年度资金总额 heads it", () => {
    // 3,015.27 / 3,124.86 = 0.964930 → 96.49%
    const zh = r.json.narrative.find((s) => s.heading === "（四）部门整体收支情况")!.paragraphs;
    expect(zh[0]).toMatch(/^2023年，我局年度资金总额全年预算数3,124\.86万元，全年执行数3,015\.27万元，为年度预算的96\.49%。按收入性质分：/);
    const en = buildReport(r.evaluation, "en").find((s) => s.heading === "(4) Revenue and expenditure")!.paragraphs;
    // Amounts in yuan (3,124.86万元 = RMB 31,248,600), the line named after "the item" (R14).
    expect(en[0]).toMatch(/^In 2023, the item 年度资金总额 had a budget of RMB 31,248,600 and came to RMB 30,152,700, 96\.49% of the annual budget\./);
  });

  test("entity from 部门名称, year from （2023年度）", () => {
    expect(r.json.entity).toBe("池州市贵池区自然资源和规划局");
    expect(r.json.year).toBe(2023);
  });
});
