import { matchHeaderRow, matchRole } from "../../../src/engine/detect/header-roles";

describe("matchRole: the most specific name wins", () => {
  test.each([
    ["上年执行数", "priorYear"], // contains 执行数, but is the exact 上年执行数
    ["全年执行数", "actual"],
    ["年初预算数", "initialBudget"], // contains 预算数
    ["全年预算数", "budget"],
    ["调整后预算数", "budget"],
    ["预算数", "budget"],
    ["决算数", "actual"],
    ["上年决算数", "priorYear"],
    ["上年同期执行数", "priorYear"],
    ["2023年全年执行数", "actual"],
    ["收支项目", "item"],
    ["科目名称", "item"],
    ["类别", "category"],
  ])("budget %s → %s", (text, role) => {
    expect(matchRole("budget", text)?.role).toBe(role);
  });

  test.each([
    ["项目支出"], // a data row, not the item header
    ["基本支出"],
    ["2023年度派潭镇部门整体支出收支情况表"],
  ])("budget %s → nothing", (text) => {
    expect(matchRole("budget", text)).toBeNull();
  });

  test.each([
    ["一级指标", "level1"],
    ["三级指标", "name"],
    ["指标名称", "name"],
    ["年度指标值", "target"],
    ["实际完成值", "actual"],
    ["实际指标值", "actual"], // contains 指标值 (target) but names the result
    ["全年完成值", "actual"],
    ["分值", "weight"],
    ["权重", "weight"],
    ["得分", "statedScore"],
    ["自评得分", "statedScore"],
    ["偏差原因分析及改进措施", "reason"],
    ["指标性质", "nature"],
    ["计量单位", "unit"],
  ])("indicator %s → %s", (text, role) => {
    expect(matchRole("indicator", text)?.role).toBe(role);
  });
});

describe("matchHeaderRow", () => {
  test("budget needs an item column and two amount columns", () => {
    expect(matchHeaderRow("budget", ["项目", "全年预算数", "全年执行数"]).meets).toBe(true);
    expect(matchHeaderRow("budget", ["项目", "全年执行数", "备注"]).meets).toBe(false);
    expect(matchHeaderRow("budget", ["全年预算数", "全年执行数"]).meets).toBe(false);
  });

  test("years instead of 本年/上年: the earlier year's amount column is last year's", () => {
    const m = matchHeaderRow("budget", ["项目", "2023年预算数", "2023年执行数", "2022年执行数"]);
    expect(m.columns).toEqual({ item: 0, budget: 1, actual: 2, priorYear: 3 });
  });

  test("indicator needs 一级 (or 二级), name, target, actual and weight", () => {
    const full = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值"];
    expect(matchHeaderRow("indicator", full).meets).toBe(true);
    expect(matchHeaderRow("indicator", full.filter((t) => t !== "分值")).meets).toBe(false);
    expect(matchHeaderRow("indicator", full.filter((t) => t !== "一级指标")).meets).toBe(true);
  });

  test("two columns for one role: the better name wins (三级指标 over a 绩效指标 label column)", () => {
    const m = matchHeaderRow("indicator", ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值"]);
    expect(m.columns.name).toBe(3);
  });

  test("confidence: all four amount columns with exact names is surest", () => {
    const best = matchHeaderRow("budget", ["项目", "年初预算数", "全年预算数", "全年执行数", "上年执行数"]);
    const two = matchHeaderRow("budget", ["项目", "全年预算数", "全年执行数"]);
    // 0.6 + 0.1 × (4 − 2) + 0.2 × 1 = 1.0; 0.6 + 0 + 0.2 × 1 = 0.8
    expect(best.confidence).toBe(1);
    expect(two.confidence).toBe(0.8);
  });
});
