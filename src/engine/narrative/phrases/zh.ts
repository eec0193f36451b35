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
    otherFull: "{name}全年预算数{budget}，全年执行数{actual}",
    otherLead: "{yearPrefix}{self}{text}",
    childrenOfTotal: "其中{items}",
    childrenOfItem: "{parent}中，{items}",
    byRevenue: "按收入性质分：{items}",
    byExpenditure: "按支出性质分：{items}",
    execution: "完成年度预算的{rate}",
    grandTotal: "加上{items}，{name}为{amount}",
    carryItem: "{name}{amount}",
  },

  bareTotal: { revenue: "收入合计", expenditure: "支出合计", other: "资金合计" },
  bareGrandTotal: { revenue: "收入总计", expenditure: "支出总计", other: "总计" },

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
    notFilled: "未填写",
  },

  execution: {
    rate: "{yearPrefix}{self}预算执行率为{rate}（{name}全年执行数{actual}，全年预算数{budget}）",
    score: "预算执行率得分{score}分（满分{weight}分）",
  },

  problems: {
    item: "{n}. {text}",
    notMet: "部分绩效指标未达到年度指标值：{names}。",
  },

  project: {
    headings: {
      basics: "一、项目基本情况",
      overview: "（一）项目概况",
      funds: "（二）资金情况",
      goals: "（三）绩效目标",
      selfEvaluation: "二、绩效自评情况",
      conclusion: "（一）自评结论",
      indicators: "（二）指标完成情况",
      execution: "（三）预算执行情况",
      problems: "三、存在的问题",
      measures: "四、改进措施",
    },
    placeholders: {
      overview: "（请在“基本信息”表填写项目概况：立项依据、主要内容、实施单位和实施期限。）",
      goals: "（请在“基本信息”表填写项目年度绩效目标。）",
      problems: "（请在“基本信息”表填写项目实施中存在的问题。）",
      measures: "（请在“基本信息”表填写改进措施。）",
      derivedProblems: "（以上问题根据自评数据自动列出，请结合项目实施情况在“基本信息”表填写存在的问题。）",
    },
    named: "{name}",
    self: "本项目",
    fundsFull: "{project}年度资金总额{budget}，全年执行{actual}，预算执行率为{rate}",
    fundsNoRate: "{project}年度资金总额{budget}，全年执行{actual}",
    fundsActualOnly: "{project}年度资金全年执行{actual}",
    fundsBudgetOnly: "{project}年度资金总额{budget}",
    sources: "其中{items}",
    sourceFull: "{name}{budget}，执行{actual}，执行率为{rate}",
    sourceNoRate: "{name}{budget}，执行{actual}",
    sourceAmount: "{name}{amount}",
    conclusion: "经过综合自评，{project}绩效目标{phrase}，自评得分为{score}分",
    indicatorsSummary: "{project}共设置绩效指标{count}项，其中{met}项达到年度指标值",
    executionRate: "{yearPrefix}{project}预算执行率为{rate}（全年执行数{actual}，全年预算数{budget}）",
  },
};
