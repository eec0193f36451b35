/**
 * Labels of the blocks a one-sheet 自评表 is made of. A row that opens with one of them starts
 * a new block, so the table above it ends there (the budget block of the MOF form is followed by
 * 年度总体目标, then 绩效指标). Compared in normalizeKey() form. Data: add a label here.
 */
import { normalizeKey } from "./normalize";

const SECTION_LABELS = [
  "年度总体目标",
  "总体目标",
  "年度目标",
  "年度绩效目标",
  "绩效目标",
  "项目绩效目标",
  "预期目标",
  "总体目标完成情况",
  "年度目标完成情况",
  "年度主要任务",
  "绩效指标",
  "年度绩效指标",
  "项目绩效指标",
  "自评结论",
  "评价结论",
  "主要问题及改进措施",
];

const LABELS = new Set(SECTION_LABELS.map(normalizeKey));

export function isSectionLabel(text: string): boolean {
  return LABELS.has(normalizeKey(text));
}
