/**
 * Labels of the blocks a one-sheet 自评表 is made of. A row that opens with one of them starts
 * a new block, so the table above it ends there (the budget block of the MOF form is followed by
 * 年度总体目标, then 绩效指标). Provinces word these labels differently (年度总体目标完成情况,
 * 年度绩效指标完成情况, 项目资金情况, 产出指标(50分)…), so a label is known by its meaning: a
 * goals, indicators, funds or conclusion word, with only qualifiers of year, scope and state
 * around it. Compared in normalizeKey() form. Data: add a word here. See docs/forms.md.
 */
import { normalizeKey } from "./normalize";

const SECTION_LABELS = [
  "年度主要任务",
  "自评结论",
  "评价结论",
  "主要问题及改进措施",
  "存在问题",
  "改进措施",
  "项目基本情况",
  "项目实施内容及过程概述",
];

const LABELS = new Set(SECTION_LABELS.map(normalizeKey));

/** Who or when a block is about: "年度", "项目", "部门整体支出"… (any number of them, any order). */
const SCOPE = "(?:年度|本年度|本年|当年|全年|项目|部门|单位|整体|支出|总体|主要|绩效|预期|实际|年初)*";
/** What state of it is shown: "完成情况", "实现情况", "执行情况"… */
const STATE = "(?:完成情况|实现情况|执行情况|情况|完成|实现|综述|及完成情况|设定及完成情况)?";
/** A score suffix "(50分)" or "50分" left after normalisation removed the brackets. */
const SCORE = "(?:\\d+(?:\\.\\d+)?分)?";
const CORE = "(?:目标|指标|任务)";
/** Funds blocks: "项目资金", "资金情况", "项目资金使用情况" (not "单位资金", a line of the budget). */
const FUNDS = "(?:项目|年度)?资金(?:情况|使用情况|安排情况|执行情况|投入情况)?";
const BY_MEANING = new RegExp(`^(?:${SCOPE}${CORE}${STATE}|${FUNDS})${SCORE}$`);

export function isSectionLabel(text: string): boolean {
  const key = normalizeKey(text);
  if (key === "") return false;
  return LABELS.has(key) || BY_MEANING.test(key);
}
