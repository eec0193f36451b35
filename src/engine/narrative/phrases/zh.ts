/** 简体中文报告用语：结构与措辞依照派潭镇 2023 年部门整体支出绩效自评报告。 */
import type { PhraseTable } from "../phrase-table";

export const zh: PhraseTable = {
  headings: {
    basics: "一、部门基本情况",
    functions: "（一）部门职能",
    annualWork: "（二）年度总体工作和重点工作任务",
    goals: "（三）部门整体支出绩效目标",
    finances: "（四）部门整体收支情况",
    management: "（五）部门整体绩效管理情况",
    selfEvaluation: "二、绩效自评情况",
    conclusion: "（一）自评结论",
    indicators: "（二）绩效指标完成情况",
    execution: "（三）预算执行情况",
    problems: "三、存在的主要问题",
    measures: "四、下一步改进措施",
  },

  placeholders: {
    functions: "（请在“基本信息”表填写部门职能。）",
    annualWork: "（请在“基本信息”表填写年度总体工作和重点工作任务。）",
    goals: "（请在“基本信息”表填写部门整体支出绩效目标。）",
    management: "（请在“基本信息”表填写部门整体绩效管理情况。）",
    problems: "（请在“基本信息”表填写存在的主要问题。）",
    measures: "（请在“基本信息”表填写下一步改进措施。）",
    noBudget: "（未找到预算收支数据，请补充预算收支表。）",
    noIndicators: "（未找到绩效指标表，请补充绩效指标及评分。）",
    derivedProblems: "（以上问题根据自评数据自动列出，请结合实际在“基本信息”表填写存在的主要问题。）",
    missingReason: "（请在绩效指标表填写偏差原因分析及改进措施。）",
  },

  punctuation: { clause: "，", list: "；", enumeration: "、", end: "。", betweenSentences: "" },

  yearPrefix: "{year}年，",
  sectionWord: { revenue: "收入", expenditure: "支出", combined: "收支" },

  finance: {
    overviewFull: "{yearPrefix}{self}年度预算总{kind}{budget}，全年实际总{kind}{actual}",
    overviewActualOnly: "{yearPrefix}{self}全年实际总{kind}{actual}",
    overviewBudgetOnly: "{yearPrefix}{self}年度预算总{kind}{budget}",
    sectionHeading: "{n}. 年度{kind}总体情况",
    otherHeading: "{n}. 其他收支情况",
    totalActual: "{self}本年总{kind}{amount}",
    totalBudgetOnly: "{self}年度预算总{kind}{amount}",
    itemActual: "{name}{amount}",
    itemBudgetOnly: "{name}年度预算{amount}",
    otherActual: "{name}全年执行数{amount}",
    childrenOfTotal: "其中{items}",
    childrenOfItem: "{parent}中，{items}",
    execution: "完成年度预算的{rate}",
  },

  change: {
    up: "比上年增加{amount}，增长{rate}",
    down: "比上年减少{amount}，下降{rate}",
    upAmountOnly: "比上年增加{amount}",
    downAmountOnly: "比上年减少{amount}",
    flat: "与上年持平",
    newItem: "上年无此项，为本年新增",
  },

  conclusion: {
    first: "经过综合自评，{self}部门整体支出绩效指标{phrase}，自评得分为{score}分",
    other: "“{sheet}”表所列绩效指标{phrase}，自评得分为{score}分",
    outOf: "（满分{max}分）",
    grade: "等级为“{grade}”",
    parts: "其中：{parts}",
    category: "{name}完成率为{rate}",
    executionScore: "预算执行率得分{score}分（满分{weight}分）",
  },
  grades: { 优: "优", 良: "良", 中: "中", 差: "差" },
  indicatorSuffix: "指标",

  indicators: {
    summary: "{self}共设置绩效指标{count}项，其中{met}项达到年度指标值",
    summaryForTable: "“{sheet}”表共设置绩效指标{count}项，其中{met}项达到年度指标值",
    belowFull: "{n}. “{name}”（{level1}）：年度指标值{target}，实际完成值{actual}，得分{score}分（满分{weight}分）",
    overshoot: "{n}. “{name}”（{level1}）：年度指标值{target}，实际完成值{actual}，为年度指标值的{ratio}，超过{threshold}",
    reason: "偏差原因：{reason}",
    allMet: "各项绩效指标均达到年度指标值并得满分，无明显偏差。",
  },

  execution: {
    rate: "{yearPrefix}{self}预算执行率为{rate}（{name}全年执行数{actual}，全年预算数{budget}）",
    score: "预算执行率得分{score}分（满分{weight}分）",
  },

  problems: {
    item: "{n}. {text}",
    notMet: "部分绩效指标未达到年度指标值：{names}。",
  },
};
