/**
 * The names a header cell gives each column role, per table kind, and the amount columns of a
 * budget table. Header texts are compared in normalizeHeader() form (vocabulary/text.ts).
 * Names are data: add a synonym here, nowhere else.
 */
import type { BudgetColumnRole, IndicatorColumnRole } from "../model";

export interface RoleNames<R extends string> {
  role: R;
  /** Earlier names are preferred when two columns claim the same role. */
  names: string[];
}

export const BUDGET_ROLE_NAMES: RoleNames<BudgetColumnRole>[] = [
  { role: "item", names: ["项目", "项目名称", "科目", "收支项目", "名称", "科目名称", "项目资金", "预算科目", "资金来源"] },
  { role: "category", names: ["类别", "收支类别", "收支类型"] },
  { role: "initialBudget", names: ["年初预算数", "年初预算", "年初预算金额"] },
  { role: "budget", names: ["全年预算数", "调整后预算数", "预算数", "调整预算数", "全年预算", "调整后预算"] },
  // 湖南 (南岳) 部门整体自评表: "年初预算资金总额： | 实际投入资金额".
  { role: "actual", names: ["全年执行数", "执行数", "决算数", "实际数", "实际完成数", "全年实际数", "本年执行数", "实际投入资金"] },
  { role: "priorYear", names: ["上年执行数", "上年决算数", "上年数", "上年实际数", "上年同期数", "上年同期执行数"] },
  // A budget block that scores its own execution (MOF 自评表): 分值 | 执行率 | 得分.
  { role: "weight", names: ["分值", "权重", "执行率分值", "执行率权重"] },
  { role: "rate", names: ["执行率", "预算执行率"] },
  { role: "statedScore", names: ["得分", "执行率得分"] },
];

export const INDICATOR_ROLE_NAMES: RoleNames<IndicatorColumnRole>[] = [
  { role: "level1", names: ["一级指标"] },
  { role: "level2", names: ["二级指标"] },
  { role: "name", names: ["三级指标", "指标名称", "绩效指标", "指标内容"] },
  { role: "nature", names: ["指标性质", "指标方向", "指标类型", "性质"] },
  { role: "unit", names: ["计量单位", "度量单位", "单位"] },
  {
    role: "target",
    // 重庆 部门整体绩效自评表: "年初指标值 | 调整指标值 | 全年完成值"; 湖北: "年初目标值".
    names: ["年度指标值", "指标值", "目标值", "年度目标值", "预期指标值", "预期目标值", "指标目标值", "年初指标值", "年初目标值"],
  },
  {
    role: "actual",
    // 山东 区级自评表: "预期指标值(A) | 实际完成指标值(B)" (the actual's name contains 指标值, so it is listed here).
    names: ["实际完成值", "实际值", "全年完成值", "完成值", "全年实际值", "实际指标值", "实际完成情况", "实际完成指标值"],
  },
  { role: "weight", names: ["分值", "权重", "指标分值", "权重分值", "指标权重"] },
  { role: "statedScore", names: ["得分", "自评得分", "评分", "实际得分", "指标得分"] },
  {
    role: "reason",
    names: ["偏差原因分析及改进措施", "偏差原因", "偏差原因分析", "未完成原因分析", "偏差原因及改进措施", "原因分析", "未完成原因及拟采取的改进措施", "未完成原因"],
  },
];

/** The four amount columns of a budget line, in the order a budget table lists them. */
export const AMOUNT_ROLES = ["initialBudget", "budget", "actual", "priorYear"] as const satisfies readonly BudgetColumnRole[];
export type AmountRole = (typeof AMOUNT_ROLES)[number];
