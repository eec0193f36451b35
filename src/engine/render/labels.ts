/**
 * Every word the output sheets show, as data in zh-CN and en. Sheet names are not here:
 * they stay Chinese in both languages (OUTPUT_SHEET_NAMES) so a re-run finds and replaces them.
 */
import type { Direction, Evaluation, Severity } from "../evaluation";
import { reportKindOf } from "../narrative/variant";
import type { Section } from "../model";
import type { Grade, GradeWords, Lang } from "../settings";
import { DEFAULT_GRADE_WORDS } from "../settings";
import { fill } from "../l10n/template";
import { gradeWordsFor } from "../l10n/words";

export interface RenderLabels {
  /** "{entity}{year}绩效自评结果": {entity}/{year} become entityPart/yearPart, or "" when unknown. */
  summaryTitle: string;
  /**
   * How the summary's title joins unit and year to its words, when not as the report's does:
   * English "派潭镇人民政府, 2023: performance self-evaluation results" (R33), where the report's
   * "派潭镇人民政府 2023 Performance…" ran a Chinese name into English words with no separator.
   */
  summaryParts?: { entity: string; year: string; before: string };
  reportTitle: string;
  /**
   * A project's titles (see reportKindOf): {subject} is the project's name, else the unit's, in
   * entityPart form; {year} is left out when the project's name already holds the year.
   */
  projectSummaryTitle: string;
  projectReportTitle: string;
  /** Words a subject may end with that the title goes on with ("…改造项目" + "项目支出…"): said once. */
  sharedWords: string[];
  yearPart: string;
  entityPart: string;
  key: {
    entity: string;
    year: string;
    total: string;
    /** Beside a headline scaled to 100: the label of the raw sum of scores. */
    rawTotal: string;
    grade: string;
    executionRate: string;
    executionScore: string;
    reportStatus: string;
  };
  /** What the report-status row shows when the figures no longer match the report. */
  staleReport: string;
  /** The report status while the sheet's figures are those the report was written from. */
  currentReport: string;
  /** The note under the key block: one for live formulas, one for plain values. */
  noteFormulas: string;
  noteValues: string;
  categoryHeading: string;
  budgetHeading: string;
  indicatorHeading: string;
  /** The explanation block under the indicator table: each 偏差原因 in full. */
  reasonHeading: string;
  checksHeading: string;
  /** Heads the block the budget charts read when they draw only some of the lines (summary-charts.ts). */
  chartData: string;
  /** Appended to a heading when there are several indicator tables: "{sheet}". */
  sheetSuffix: string;
  categoryColumns: {
    name: string;
    weight: string;
    score: string;
    completion: string;
    count: string;
    met: string;
  };
  budgetColumns: {
    item: string;
    section: string;
    initialBudget: string;
    budget: string;
    actual: string;
    priorYear: string;
    rate: string;
    change: string;
    changeRate: string;
    share: string;
    source: string;
  };
  indicatorColumns: {
    level1: string;
    level2: string;
    name: string;
    direction: string;
    target: string;
    actual: string;
    targetNumber: string;
    actualNumber: string;
    weight: string;
    score: string;
    rule: string;
    statedScore: string;
    completion: string;
    met: string;
    reason: string;
    source: string;
  };
  checkColumns: { severity: string; code: string; message: string; cell: string };
  direction: Record<Direction, string>;
  section: Record<Section, string>;
  severity: Record<Severity, string>;
  /** The grade cell's words: the default ones in LABELS, the settings' in labelsFor(). */
  grade: Record<Grade, string>;
  yes: string;
  no: string;
  /** 达标 of an indicator whose target or actual is missing: neither yes nor no. */
  unchecked: string;
}

export const LABELS: Record<Lang, RenderLabels> = {
  zh: {
    summaryTitle: "{entity}{year}绩效自评结果",
    reportTitle: "{entity}{year}部门整体支出绩效自评报告",
    projectSummaryTitle: "{year}{subject}项目支出绩效自评结果",
    projectReportTitle: "{entity}{year}{subject}项目支出绩效自评报告",
    sharedWords: ["项目"],
    yearPart: "{year}年度",
    entityPart: "{entity}",
    key: {
      entity: "单位",
      year: "年度",
      total: "自评总分",
      rawTotal: "得分合计",
      grade: "等级",
      executionRate: "预算执行率",
      executionScore: "执行率得分",
      reportStatus: "报告状态",
    },
    staleReport: "报告需重新生成",
    currentReport: "已是最新",
    noteFormulas: "由Zipin自评生成；公式引用输入表单元格，可在Excel中追溯",
    noteValues: "由Zipin自评生成；数值取自输入表，出处见“来源单元格”列",
    categoryHeading: "一级指标",
    budgetHeading: "预算收支情况（万元）",
    indicatorHeading: "绩效指标",
    reasonHeading: "偏差原因说明",
    checksHeading: "检查结果",
    chartData: "图表数据",
    sheetSuffix: "（{sheet}）",
    categoryColumns: { name: "名称", weight: "分值", score: "得分", completion: "得分率", count: "指标数", met: "达标数" },
    budgetColumns: {
      item: "项目",
      section: "类别",
      initialBudget: "年初预算数",
      budget: "全年预算数",
      actual: "全年执行数",
      priorYear: "上年执行数",
      rate: "执行率",
      change: "增减额",
      changeRate: "增减率",
      share: "占比",
      source: "来源单元格",
    },
    indicatorColumns: {
      level1: "一级指标",
      level2: "二级指标",
      name: "三级指标",
      direction: "方向",
      target: "年度指标值",
      actual: "实际完成值",
      targetNumber: "目标取数",
      actualNumber: "实际取数",
      weight: "分值",
      score: "得分",
      rule: "评分规则",
      statedScore: "填报得分",
      completion: "完成率",
      met: "是否达标",
      reason: "偏差原因",
      source: "来源单元格",
    },
    checkColumns: { severity: "级别", code: "代码", message: "说明", cell: "单元格" },
    direction: { positive: "正向", negative: "反向", equal: "等于", qualitative: "定性" },
    section: { revenue: "收入", expenditure: "支出", other: "其他" },
    severity: { error: "错误", warning: "警告", info: "提示" },
    grade: gradeWordsFor(DEFAULT_GRADE_WORDS, "zh", "cell"),
    yes: "是",
    no: "否",
    unchecked: "未核验",
  },
  en: {
    summaryTitle: "{entity}{year}performance self-evaluation results",
    summaryParts: { entity: "{entity}", year: ", {year}", before: ": " },
    reportTitle: "{entity}{year}Whole-department expenditure performance self-evaluation report",
    projectSummaryTitle: "{year}{subject}Project performance self-evaluation results",
    projectReportTitle: "{entity}{year}{subject}Project expenditure performance self-evaluation report",
    sharedWords: [],
    yearPart: "{year} ",
    entityPart: "{entity} ",
    key: {
      entity: "Unit",
      year: "Year",
      total: "Self-evaluation score",
      rawTotal: "Sum of scores",
      grade: "Grade",
      executionRate: "Budget execution rate",
      executionScore: "Execution score",
      reportStatus: "Report status",
    },
    staleReport: "Report needs regenerating",
    currentReport: "Up to date",
    noteFormulas: "Generated by Zipin; formulas reference the input cells and can be traced in Excel",
    noteValues: "Generated by Zipin; values are taken from the input sheets, see the Source cells column",
    categoryHeading: "Categories",
    budgetHeading: "Budget (10k yuan)",
    indicatorHeading: "Indicators",
    reasonHeading: "Deviation reasons",
    checksHeading: "Checks",
    chartData: "Chart data",
    sheetSuffix: " ({sheet})",
    categoryColumns: {
      name: "Category",
      weight: "Weight",
      score: "Score",
      completion: "Score rate",
      count: "Indicators",
      met: "Met",
    },
    budgetColumns: {
      item: "Item",
      section: "Type",
      initialBudget: "Initial budget",
      budget: "Full-year budget",
      actual: "Actual",
      priorYear: "Prior-year actual",
      rate: "Execution rate",
      change: "Change",
      changeRate: "Change rate",
      share: "Share",
      source: "Source cells",
    },
    indicatorColumns: {
      level1: "Level 1",
      level2: "Level 2",
      name: "Indicator",
      direction: "Direction",
      target: "Target",
      actual: "Actual",
      targetNumber: "Target (number)",
      actualNumber: "Actual (number)",
      weight: "Weight",
      score: "Score",
      rule: "Scoring rule",
      statedScore: "Stated score",
      completion: "Completion",
      met: "Met",
      reason: "Deviation reason",
      source: "Source cells",
    },
    checkColumns: { severity: "Severity", code: "Code", message: "Message", cell: "Cell" },
    direction: { positive: "positive", negative: "negative", equal: "equal", qualitative: "qualitative" },
    section: { revenue: "revenue", expenditure: "expenditure", other: "other" },
    severity: { error: "error", warning: "warning", info: "info" },
    grade: gradeWordsFor(DEFAULT_GRADE_WORDS, "en", "cell"),
    yes: "yes",
    no: "no",
    unchecked: "unchecked",
  },
};

/** The labels of a sheet in `lang`, with the grade words the settings give (docs/rules.md §8). */
export function labelsFor(lang: Lang, gradeWords: GradeWords): RenderLabels {
  return { ...LABELS[lang], grade: gradeWordsFor(gradeWords, lang, "cell") };
}

/** Fills a title template; an unknown entity or year simply drops out. */
export function titleText(template: string, labels: RenderLabels, entity: string | null, year: number | null): string {
  const yearText = year === null ? "" : fill(labels.yearPart, { year });
  const entityText = entity === null ? "" : fill(labels.entityPart, { entity });
  return fill(template, { entity: entityText, year: yearText });
}

/** The year as a number of its own in a name ("綦江区2023年…"), not inside a longer number (a project code). */
function namesYear(name: string, year: number): boolean {
  // (?:^|\D) rather than a lookbehind, which Safari before 16.4 cannot parse.
  return new RegExp(`(?:^|\\D)${year}(?!\\d)`).test(name.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

/**
 * A project title: the unit (report title only), the year unless the project's name states it, the
 * project's name (else the unit's, then the year), the kind of report; a word the name ends with
 * and the title goes on with is said once ("2022年度委托业务项目支出…", never "…项目2022年度项目支出").
 */
function projectTitleText(template: string, labels: RenderLabels, project: string | null, entity: string | null, year: number | null): string {
  const subject = project ?? entity;
  const subjectText = subject === null ? "" : fill(labels.entityPart, { entity: subject });
  // The unit before its project ("池州市…人民政府2022年度委托业务项目支出…"), unless the project's name holds it.
  const owner = project !== null && entity !== null && !project.includes(entity) ? fill(labels.entityPart, { entity }) : "";
  const yearText = year === null || (project !== null && namesYear(project, year)) ? "" : fill(labels.yearPart, { year });
  const at = template.indexOf("{subject}");
  // Without a project the unit is the subject and the year follows it, as in a department title.
  if (project === null) return subjectText + yearText + template.slice(at + "{subject}".length);
  const head = fill(template.slice(0, at), { entity: owner, year: yearText });
  let rest = template.slice(at + "{subject}".length);
  // Said once: "…改造项目" + "项目支出…".
  for (const word of labels.sharedWords) {
    if (subjectText.endsWith(word) && rest.startsWith(word)) rest = rest.slice(word.length);
  }
  return head + subjectText + rest;
}

/** The title of an output sheet: the department's, or a project's when the report is one (reportKindOf). */
export function sheetTitle(which: "summary" | "report", e: Evaluation, labels: RenderLabels): string {
  if (reportKindOf(e) === "project") {
    const project = e.info?.projectName?.trim() || null;
    const template = which === "summary" ? labels.projectSummaryTitle : labels.projectReportTitle;
    return projectTitleText(template, labels, project, e.entity, e.year);
  }
  const parts = which === "summary" ? labels.summaryParts : undefined;
  if (parts && (e.entity !== null || e.year !== null)) {
    const head = (e.entity === null ? "" : fill(parts.entity, { entity: e.entity })) + (e.year === null ? "" : fill(parts.year, { year: e.year }));
    const title = fill(labels.summaryTitle, { entity: "", year: "" });
    return `${head.replace(/^, /, "")}${parts.before}${title}`;
  }
  return titleText(which === "summary" ? labels.summaryTitle : labels.reportTitle, labels, e.entity, e.year);
}
