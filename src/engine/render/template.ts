/**
 * The blank input workbook a new user starts from: an info sheet, a budget sheet and an
 * indicator sheet with the headers the detector looks for. Headers stay Chinese in every
 * language (they are what the detector matches); only the instructions follow `lang`.
 * No example figures: anything numeric left in a template would be evaluated by mistake.
 */
import type { CellRange } from "../grid";
import type { OutputPlan, PlannedSheet } from "../plan";
import type { Lang } from "../settings";
import { DEFAULT_SETTINGS, GRADES } from "../settings";
import { D } from "../decimal";
import {
  GRADE_KEY_ENDINGS,
  GRADE_KEY_NAMES,
  GRADE_WORDS_KEYS,
  QUALITATIVE_WORD_KEYS,
  RULE_SET_WORDS,
  SETTING_KEY_NAMES,
} from "../vocabulary/info-keys";
import { textCell } from "./cells";
import { HEADER_STYLE, SheetDraft, columnRange, rowRange } from "./sheet-draft";

export const TEMPLATE_SHEET_NAMES = { info: "基本信息", budget: "收支情况表", indicators: "绩效指标表" } as const;

/** Rows below each header that get the input formats and borders. */
export const TEMPLATE_INPUT_ROWS = 100;

const INFO_HEADER = ["事项", "填写内容"];

/** A settings row of the template: its key (as the reader knows it) and its default, in words. */
interface SettingLine {
  key: string;
  /** The row takes a number (its cell is formatted "0", not text). */
  number?: boolean;
  default: Record<Lang, string>;
}

const percent = (x: number): string => `${new D(x).times(100).toString()}%`;
const bandWords = (band: "top" | "middle" | "bottom"): string => {
  const b = DEFAULT_SETTINGS.qualitativeBands.find((q) => (band === "top" ? q.max >= 1 : band === "bottom" ? q.min === 0 : q.min > 0 && q.max < 1));
  return [...(b?.keywords.slice(0, 3) ?? []), ...(b?.exact ?? [])].join("、");
};
const first = (names: readonly string[]): string => names[0]!;
const ruleSetWord = (rule: string): string => RULE_SET_WORDS.find(([, r]) => r === rule)?.[0] ?? rule;

/**
 * Every optional settings row with its default: the keys come from vocabulary/info-keys.ts (the
 * first name of each) and the defaults from DEFAULT_SETTINGS, so the template, the reader and the
 * engine cannot disagree (docs/rules.md §8). 预算执行率分值 and 自称 are info rows above these.
 */
function settingLines(): SettingLine[] {
  const s = DEFAULT_SETTINGS;
  const words = GRADES.map((g) => s.gradeWords[g]).join("、");
  const bandKey = (band: "top" | "middle" | "bottom"): string => first(QUALITATIVE_WORD_KEYS.find((q) => q.band === band)!.keys);
  return [
    {
      key: first(SETTING_KEY_NAMES.ruleSet),
      default: {
        zh: `“${ruleSetWord(s.ruleSet)}”（按表格判断；可填“项目支出”——预算执行率计10分、“部门整体”或“自定义”）`,
        en: `${ruleSetWord(s.ruleSet)} (by the form; 项目支出 scores execution 10 points, 部门整体, 自定义)`,
      },
    },
    ...GRADE_KEY_NAMES.map(([grade, names]): SettingLine => {
      const min = s.gradeBands.find((b) => b.grade === grade)?.min ?? 0;
      return { key: `${first(names)}${first(GRADE_KEY_ENDINGS)}`, number: true, default: { zh: `${min}分`, en: `${min}` } };
    }),
    {
      key: first(GRADE_WORDS_KEYS),
      default: {
        zh: `“${words}”（从高到低四个用语，以顿号分隔，如“优秀、良好、合格、不合格”）`,
        en: `${words} (four words, best first, separated by 、, e.g. 优秀、良好、合格、不合格)`,
      },
    },
    { key: first(SETTING_KEY_NAMES.overshootRatio), default: { zh: percent(s.overshootRatio), en: percent(s.overshootRatio) } },
    { key: first(SETTING_KEY_NAMES.executionLagThreshold), default: { zh: percent(s.executionLagThreshold), en: percent(s.executionLagThreshold) } },
    { key: first(SETTING_KEY_NAMES.lowExecutionThreshold), default: { zh: percent(s.lowExecutionThreshold), en: percent(s.lowExecutionThreshold) } },
    { key: first(SETTING_KEY_NAMES.sumTolerance), default: { zh: `${s.sumTolerance}万元`, en: `${s.sumTolerance} (10k yuan)` } },
    ...(["top", "middle", "bottom"] as const).map(
      (band): SettingLine => ({
        key: bandKey(band),
        default: { zh: `含${bandWords(band)}等，可补充用语，以顿号分隔`, en: `${bandWords(band)}…; add words separated by 、` },
      }),
    ),
    { key: first(SETTING_KEY_NAMES.lang), default: { zh: s.lang === "zh" ? "中文" : "英文", en: s.lang === "zh" ? "中文 (zh)" : "英文 (en)" } },
    { key: first(SETTING_KEY_NAMES.writeFormulas), default: { zh: s.writeFormulas ? "“是”" : "“否”", en: s.writeFormulas ? "是 (yes)" : "否 (no)" } },
  ];
}

const SETTING_LINES = settingLines();
export const INFO_KEYS = [
  "单位名称",
  "年度",
  "自称",
  "预算执行率分值",
  "部门职能",
  "年度总体工作和重点工作任务",
  "部门整体支出绩效目标",
  "部门整体绩效管理情况",
  "存在的主要问题",
  "下一步改进措施",
  ...SETTING_LINES.map((l) => l.key),
];
const INFO_NUMBER_KEYS = new Set(["年度", "预算执行率分值", ...SETTING_LINES.filter((l) => l.number).map((l) => l.key)]);

/** The notes' list of optional settings, one line each, with its default. */
function settingDefaults(lang: Lang): string[] {
  const lead = lang === "zh" ? "6. 以下为可选设置，留空按默认：" : "6. Optional settings (blank keeps the default):";
  return [lead, ...SETTING_LINES.map((l) => (lang === "zh" ? `  ${l.key}：默认${l.default.zh}` : `  ${l.key}: default ${l.default.en}`))];
}

const INFO_INSTRUCTIONS: Record<Lang, string[]> = {
  zh: [
    "填写说明：",
    "1. 在“填写内容”列填写各项。单位名称、年度必填；自称（如“我镇”“我局”）可不填，默认由单位名称推出。",
    "2. 预算执行率分值：预算执行率计入总分的分值（通常为10分），不计入填0；不填时，指标分值合计为90分则按10分计。",
    "3. 部门职能至下一步改进措施为报告正文，可直接粘贴多段文字。",
    "4. 金额填在“收支情况表”（单位：万元；按元填写时把“单位：万元”改为“单位：元”），指标逐行填在“绩效指标表”。",
    "5. 填好后运行 Zipin 自评，结果写入“绩效自评结果”“自评报告”两张表，本工作簿的输入表不会被修改。",
    ...settingDefaults("zh"),
  ],
  en: [
    "How to fill in:",
    "1. Fill in the 填写内容 column. 单位名称 and 年度 are required; 自称 (我镇, 我局…) is optional and derived from the unit's name.",
    "2. 预算执行率分值: points for budget execution (usually 10), 0 for none; left blank, 10 when the indicator weights add up to 90.",
    "3. 部门职能 to 下一步改进措施 are the report's text; paste several paragraphs if needed.",
    "4. Amounts go in 收支情况表 (单位：万元; change it to 单位：元 for amounts in yuan); indicators, one per row, in 绩效指标表.",
    "5. Then run Zipin: results go to the sheets 绩效自评结果 and 自评报告; the input sheets are never changed.",
    ...settingDefaults("en"),
  ],
};

const BUDGET_HEADER = ["项目", "类别", "年初预算数", "全年预算数", "全年执行数", "上年执行数"];
const BUDGET_EXAMPLE_ROWS: [string, string][] = [
  ["收入合计", "收入"],
  ["一般公共预算财政拨款补助收入", "收入"],
  ["政府性基金预算财政拨款补助收入", "收入"],
  ["支出合计", "支出"],
  ["基本支出", "支出"],
  ["项目支出", "支出"],
];

const INDICATOR_HEADER = [
  "一级指标",
  "二级指标",
  "三级指标",
  "指标性质",
  "年度指标值",
  "实际完成值",
  "分值",
  "得分",
  "偏差原因分析及改进措施",
];
/** Only the category names: a row needs a 三级指标 and figures before it counts. */
const INDICATOR_EXAMPLE_ROWS: [string, string][] = [
  ["产出指标", "数量指标"],
  ["效益指标", "社会效益"],
  ["满意度指标", "服务对象满意度"],
];
const INDICATOR_INSTRUCTIONS: Record<Lang, string> = {
  zh: "填写说明：年度指标值、实际完成值按文字填写，可带比较符和单位，如“≥95%”“≤10天”“15公里”“逐步完善”；指标性质填“正向”“反向”“定性”（或“≥”“≤”“=”）；分值填数字；得分只需为定性指标填写；未得满分或超额完成的指标请填写偏差原因。",
  en: "How to fill in: write targets and results as text with comparator and unit, e.g. “≥95%”, “≤10天”, “15公里”, “逐步完善”; 指标性质 is 正向, 反向 or 定性 (or ≥, ≤, =); 分值 is a number; 得分 only for qualitative indicators; give a deviation reason for any indicator below full marks or far above target.",
};

const TITLE_STYLE = { bold: true, fontSize: 14 } as const;
const INPUT_STYLE = { border: "thin", vertical: "top", wrap: true } as const;

function header(draft: SheetDraft, row: number, labels: string[]): void {
  labels.forEach((label, c) => draft.set(row, c, textCell(label)));
  draft.format(rowRange(row, 0, labels.length - 1), "@", HEADER_STYLE);
}

function inputArea(headerRow: number, col: number): CellRange {
  return columnRange(col, headerRow + 1, headerRow + TEMPLATE_INPUT_ROWS);
}

function infoSheet(lang: Lang): PlannedSheet {
  const draft = new SheetDraft();
  header(draft, 0, INFO_HEADER);
  INFO_KEYS.forEach((key, i) => draft.set(1 + i, 0, textCell(key)));
  const lastKey = INFO_KEYS.length;
  draft.format(columnRange(0, 1, lastKey), "@", { bold: true, border: "thin", vertical: "top" });
  // Narrative answers are text; 年度 and 预算执行率分值 are numbers and must not be forced to text.
  INFO_KEYS.forEach((key, i) => draft.format(rowRange(1 + i, 1, 1), INFO_NUMBER_KEYS.has(key) ? "0" : "@", INPUT_STYLE));
  const notesTop = lastKey + 2;
  const notes = [...INFO_INSTRUCTIONS.zh, ...(lang === "en" ? INFO_INSTRUCTIONS.en : [])];
  notes.forEach((line, i) => {
    draft.set(notesTop + i, 0, textCell(line));
    draft.merge(rowRange(notesTop + i, 0, 1));
  });
  draft.format({ top: notesTop, left: 0, bottom: notesTop + notes.length - 1, right: 1 }, "@", { wrap: true, vertical: "top" });
  draft.format(rowRange(notesTop, 0, 0), undefined, { bold: true });
  return draft.finish({
    name: TEMPLATE_SHEET_NAMES.info,
    columnWidths: [30, 80],
    freeze: { rows: 1, columns: 0 },
    print: { orientation: "portrait", fitToWidth: true },
  });
}

function budgetSheet(): PlannedSheet {
  const draft = new SheetDraft();
  const last = BUDGET_HEADER.length - 1;
  draft.set(0, 0, textCell("XXXX年度收支情况表"));
  draft.merge(rowRange(0, 0, last));
  draft.format(rowRange(0, 0, last), "@", { ...TITLE_STYLE, horizontal: "center" });
  draft.set(1, 0, textCell("单位：万元"));
  draft.format(rowRange(1, 0, 0), "@", undefined);
  const headerRow = 2;
  header(draft, headerRow, BUDGET_HEADER);
  BUDGET_EXAMPLE_ROWS.forEach(([item, kind], i) => {
    draft.set(headerRow + 1 + i, 0, textCell(item));
    draft.set(headerRow + 1 + i, 1, textCell(kind));
  });
  BUDGET_HEADER.forEach((_, c) => draft.format(inputArea(headerRow, c), c < 2 ? "@" : "#,##0.00", INPUT_STYLE));
  return draft.finish({
    name: TEMPLATE_SHEET_NAMES.budget,
    columnWidths: [36, 8, 14, 14, 14, 14],
    freeze: { rows: headerRow + 1, columns: 0 },
    print: { orientation: "portrait", fitToWidth: true },
  });
}

/** Columns of the indicator template holding numbers (分值, 得分); every other column is text. */
const INDICATOR_NUMBER_COLUMNS = new Set(["分值", "得分"]);

function indicatorSheet(lang: Lang): PlannedSheet {
  const draft = new SheetDraft();
  const last = INDICATOR_HEADER.length - 1;
  draft.set(0, 0, textCell("XXXX年度绩效指标表"));
  draft.merge(rowRange(0, 0, last));
  draft.format(rowRange(0, 0, last), "@", { ...TITLE_STYLE, horizontal: "center" });
  draft.set(1, 0, textCell(INDICATOR_INSTRUCTIONS[lang]));
  draft.merge(rowRange(1, 0, last));
  draft.format(rowRange(1, 0, last), "@", { wrap: true, vertical: "top", fontColor: "#595959" });
  const headerRow = 2;
  header(draft, headerRow, INDICATOR_HEADER);
  INDICATOR_EXAMPLE_ROWS.forEach(([level1, level2], i) => {
    draft.set(headerRow + 1 + i, 0, textCell(level1));
    draft.set(headerRow + 1 + i, 1, textCell(level2));
  });
  // "≥95%" typed into a General cell may turn into a number or a formula; "@" keeps it as written.
  INDICATOR_HEADER.forEach((label, c) =>
    draft.format(inputArea(headerRow, c), INDICATOR_NUMBER_COLUMNS.has(label) ? "0.00" : "@", INPUT_STYLE),
  );
  return draft.finish({
    name: TEMPLATE_SHEET_NAMES.indicators,
    columnWidths: [12, 14, 28, 10, 14, 14, 8, 8, 40],
    freeze: { rows: headerRow + 1, columns: 0 },
    print: { orientation: "landscape", fitToWidth: true },
  });
}

/** The blank input workbook's three sheets, in order. */
export function renderTemplatePlan(lang: Lang): OutputPlan {
  return { sheets: [infoSheet(lang), budgetSheet(), indicatorSheet(lang)] };
}
