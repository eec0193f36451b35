/**
 * Keys of the info/settings sheet that the engine knows, by the field they fill (compared in
 * normalizeKey() form; any other key is still kept as a settings entry); the keys of the settings
 * rows (compared in normalizeSettingKey() form); and the labels of the blocks a one-sheet form is
 * made of. Keys are data: add a synonym here, nowhere else.
 */
import type { NarrativeInputs } from "../model";
import type { Grade, Settings } from "../settings";
import { normalizeKey } from "./text";

/** 预算执行率分值: read both as an info key and as a setting (the setting knows two more names). */
const EXECUTION_WEIGHT_KEYS = ["预算执行率分值", "执行率分值"];

export type InfoField =
  | "entity"
  | "implementer"
  | "supervisor"
  | "project"
  | "year"
  | "selfReference"
  | "executionWeight"
  | keyof NarrativeInputs;

/**
 * The unit speaking is the 单位/部门 named as such; on a project form, the 实施单位, else the
 * 主管部门 (see entityOf in parse/info.ts).
 */
export const INFO_KEY_NAMES: Record<InfoField, string[]> = {
  entity: [
    "单位名称",
    "部门名称",
    "单位",
    "预算单位",
    "部门",
    "单位全称",
    "预算单位名称",
    "部门单位名称",
    "编制单位",
    "填报单位",
    "评价单位",
  ],
  implementer: ["实施单位", "项目实施单位", "执行单位"],
  supervisor: ["主管部门", "项目主管部门", "主管单位"],
  project: ["项目名称"],
  year: ["年度", "年份", "评价年度", "预算年度", "自评年度", "所属年度"],
  selfReference: ["自称", "单位自称"],
  executionWeight: EXECUTION_WEIGHT_KEYS,
  functions: ["部门职能", "主要职能", "单位职能", "部门主要职能", "职能"],
  annualWork: ["年度总体工作和重点工作任务", "年度工作", "重点工作任务", "年度总体工作", "年度主要工作", "年度重点工作"],
  goals: [
    "绩效目标",
    "部门整体支出绩效目标",
    "年度绩效目标",
    "整体绩效目标",
    "部门整体绩效目标",
    "年度总体目标",
    "总体目标",
    // 四川 (青神) project form: "项目年度目标 | … | 年度目标完成情况 | …".
    "项目年度目标",
    "年度目标",
  ],
  management: ["绩效管理情况", "绩效管理工作情况", "绩效管理工作开展情况", "部门整体绩效管理情况"],
  problems: ["存在问题", "存在的主要问题", "存在的问题", "主要问题"],
  measures: ["改进措施", "下一步改进措施", "改进意见", "有关建议"],
  overview: ["项目概况", "项目简介", "项目基本情况", "项目基本概况"],
};

const FIELD_BY_KEY: Map<string, InfoField> = (() => {
  const m = new Map<string, InfoField>();
  for (const [field, names] of Object.entries(INFO_KEY_NAMES) as [InfoField, string[]][]) {
    for (const n of names) m.set(normalizeKey(n), field);
  }
  return m;
})();

/** Names long enough to be recognised inside a longer key ("部门整体绩效管理情况" → 绩效管理情况). */
const MIN_CONTAINED_LENGTH = 4;
/** Longer texts are values or paragraphs, not keys. */
const MAX_KEY_LENGTH = 24;

/**
 * A key about what was achieved ("年度目标完成情况", "总体目标实现情况") holds the result, not the
 * goal, though it contains a goal's name.
 */
const RESULT_KEY = /(完成|实现|达成)(情况)?$/;

/** The field a key fills, or null for keys we do not know (they stay settings entries). */
export function infoFieldOf(key: string): InfoField | null {
  const k = normalizeKey(key);
  const exact = FIELD_BY_KEY.get(k);
  if (exact) return exact;
  if (k.length > MAX_KEY_LENGTH) return null;
  let best: { field: InfoField; length: number } | null = null;
  for (const [name, field] of FIELD_BY_KEY) {
    if (name.length >= MIN_CONTAINED_LENGTH && k.includes(name) && (!best || name.length > best.length)) {
      best = { field, length: name.length };
    }
  }
  if (best?.field === "goals" && RESULT_KEY.test(k)) return null;
  return best?.field ?? null;
}

/**
 * Labels of the blocks a one-sheet 自评表 is made of. A row that opens with one of them starts
 * a new block, so the table above it ends there (the budget block of the MOF form is followed by
 * 年度总体目标, then 绩效指标). Compared in normalizeKey() form. Data: add a label here.
 */

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

/** The keys of the settings rows, by the setting they set, in normalizeSettingKey() form. */
export const SETTING_KEY_NAMES = {
  executionWeight: [...EXECUTION_WEIGHT_KEYS, "预算执行率权重", "执行率得分分值"],
  selfReference: ["自称"],
  lang: ["报告语言", "语言"],
  writeFormulas: ["公式", "写入公式", "公式是/否", "写入公式是/否"],
  overshootRatio: ["超额完成阈值"],
  executionLagThreshold: ["执行率偏离阈值"],
  lowExecutionThreshold: ["未执行比例阈值"],
  sumTolerance: ["合计容差"],
} satisfies Partial<Record<keyof Settings, string[]>>;

/** A grade's lower bound is set by a row named after the grade with one of these endings ("优秀等级下限"). */
export const GRADE_KEY_ENDINGS = ["等级下限", "下限", "最低分", "分数线"];
/** The names a grade goes by in those rows. */
export const GRADE_KEY_NAMES: [Grade, string[]][] = [
  ["优", ["优", "优秀"]],
  ["良", ["良", "良好"]],
  ["中", ["中", "中等", "合格"]],
];
