/**
 * Keys of the info/settings sheet that the engine knows, by the field they fill (compared in
 * normalizeKey() form; any other key is still kept as a settings entry); the keys of the settings
 * rows (compared in normalizeSettingKey() form); and the labels of the blocks a one-sheet form is
 * made of. Keys are data: add a synonym here, nowhere else.
 */
import type { NarrativeInputs } from "../model";
import type { Grade, QualitativeBandName, RuleSet, Settings } from "../settings";
import { normalizeKey, normalizeSettingKey } from "./text";

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
  | "statedTotal"
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
  // The total a form states in its head rather than in a 总分 row (宁夏 银川 "自评得分 | 98",
  // 重庆 "自评总分（分）| 97.6"): compared with the computed total like a 总分 row.
  statedTotal: ["自评得分", "自评总分", "自评总得分", "自评分数"],
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
    // 安徽 (天长) project form: "年度总体目标完成情况 | 预期目标 | 实际完成情况".
    "年度总体目标完成情况",
  ],
  management: ["绩效管理情况", "绩效管理工作情况", "绩效管理工作开展情况", "部门整体绩效管理情况"],
  problems: ["存在问题", "存在的主要问题", "存在的问题", "主要问题"],
  measures: ["改进措施", "下一步改进措施", "改进意见", "有关建议"],
  overview: ["项目概况", "项目简介", "项目基本情况", "项目基本概况"],
  // Key of an info sheet's row ("年度总体目标实际完成情况 | …"); on a form it is read under its
  // column head beside the goal's (GOAL_RESULT_HEADS).
  goalsAchieved: ["目标实际完成情况", "年度目标实际完成情况", "总体目标实际完成情况", "绩效目标实际完成情况"],
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
 * 年度总体目标, then 绩效指标). Provinces word these labels differently (年度总体目标完成情况,
 * 年度绩效指标完成情况, 项目资金情况, 产出指标(50分)…), so a label is known by its meaning: a
 * goals, indicators, funds or conclusion word, with only qualifiers of year, scope and state
 * around it. Compared in normalizeKey() form. Data: add a word here. See docs/forms.md.
 */
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
  ruleSet: ["评分规则", "规则集", "评分规则集", "自评规则"],
} satisfies Partial<Record<keyof Settings, string[]>>;

/** A grade's lower bound is set by a row named after the grade with one of these endings ("优秀等级下限"). */
export const GRADE_KEY_ENDINGS = ["等级下限", "下限", "最低分", "分数线"];
/** The names a grade goes by in those rows; the first is the one the template writes ("优秀等级下限"). */
export const GRADE_KEY_NAMES: [Grade, string[]][] = [
  ["优", ["优秀", "优"]],
  ["良", ["良好", "良"]],
  ["中", ["中", "中等", "合格"]],
];

/**
 * The grade words, all four in one row ("等级用语：优秀、良好、合格、不合格", best first,
 * separated by 、，; / or spaces). Not "评价等级" or "自评等级": on a form those cells hold the
 * unit's own grade ("优"), not the names of the grades.
 */
export const GRADE_WORDS_KEYS = ["等级用语", "等级名称", "等次用语", "等次名称", "评价等级用语", "评价等次用语", "等级称谓"];
/** One grade's word in a row of its own: its name with one of these endings ("差等级用语：不合格"). */
export const GRADE_WORD_KEY_ENDINGS = ["等级用语", "等级名称", "等次用语", "用语"];
/** The names a grade goes by in those rows: the lower-bound names, and the bottom grade's. */
export const GRADE_WORD_KEY_NAMES: [Grade, string[]][] = [...GRADE_KEY_NAMES, ["差", ["差", "较差", "不合格"]]];

/**
 * The 年度主要任务 block of a department form (任务名称 | 主要内容 | 预算数 | 执行数): the year's
 * tasks, told in the report's 重点工作任务 section. Its 预算数 | 执行数 columns make it look like
 * a budget table; it is not one.
 */
const TASK_LABEL = /^(?:年度|本年度)?(?:主要|重点)(?:工作)?任务(?:完成情况)?$/;
export function isTaskLabel(text: string): boolean {
  return TASK_LABEL.test(normalizeKey(text));
}
/** The task block's column heads: the task's name and what it was. */
export const TASK_NAME_HEADS = ["任务名称", "任务", "重点任务"];
export const TASK_CONTENT_HEADS = ["主要内容", "任务内容", "内容", "主要工作内容"];

/**
 * Column heads inside a block ("年度总体目标 | 预期目标 | 实际完成情况"): the value is the cell
 * below the head, not the head itself. 四川 (中江) prints "年初设定目标".
 */
export const GOAL_SUB_HEADS = ["预期目标", "年度目标", "目标", "预期目标值", "年初设定目标", "年初目标"];

/**
 * The column head beside the goal's that holds what was achieved ("年度总体目标 | 预期目标 |
 * 实际完成情况"; 四川 "年度总体目标完成情况综述"; 青神 "年度目标完成情况"). Compared in
 * normalizeKey() form; read only in the row of a goal's head (parse/key-values.ts).
 */
export const GOAL_RESULT_HEADS = [
  "实际完成情况",
  "实际完成情况综述",
  "年度总体目标完成情况综述",
  "年度总体目标完成情况",
  "总体目标完成情况",
  "年度目标完成情况",
  "目标完成情况",
  "全年实际完成情况",
];

/** The words of each rule set as typed in its settings row. */
export const RULE_SET_WORDS: readonly [string, RuleSet][] = [
  ["项目支出", "project"],
  ["项目", "project"],
  ["部门整体", "department"],
  ["部门整体支出", "department"],
  ["部门", "department"],
  ["自定义", "custom"],
  ["自动", "auto"],
  ["按表格", "auto"],
];

/**
 * Settings rows that add words to a 定性 band ("定性达成用语：好、优"): top band (达成), middle
 * (部分达成/基本达成), bottom (未达成). Words are separated by 、，, ; or spaces.
 */
export const QUALITATIVE_WORD_KEYS: { band: QualitativeBandName; keys: string[] }[] = [
  { band: "top", keys: ["定性达成用语", "达成用语", "定性达成词"] },
  { band: "middle", keys: ["定性部分达成用语", "部分达成用语", "基本达成用语", "定性基本达成用语"] },
  { band: "bottom", keys: ["定性未达成用语", "未达成用语", "定性未达成词"] },
];

/**
 * Every settings row's key (normalizeSettingKey form), from the lists above: a sheet of its own
 * holding only settings rows ("设置 | 等级用语 | 优秀、良好、合格、不合格") is an info sheet too.
 * evaluate/settings-from-info.ts builds its rows from the same lists.
 */
const SETTING_KEYS: ReadonlySet<string> = new Set(
  [
    ...Object.values(SETTING_KEY_NAMES).flat(),
    ...GRADE_KEY_NAMES.flatMap(([, names]) => names.flatMap((n) => GRADE_KEY_ENDINGS.map((e) => n + e))),
    ...GRADE_WORDS_KEYS,
    ...GRADE_WORD_KEY_NAMES.flatMap(([, names]) => names.flatMap((n) => GRADE_WORD_KEY_ENDINGS.map((e) => n + e))),
    ...QUALITATIVE_WORD_KEYS.flatMap((q) => q.keys),
  ].map(normalizeSettingKey),
);

export function isSettingKey(key: string): boolean {
  return SETTING_KEYS.has(normalizeSettingKey(key));
}
