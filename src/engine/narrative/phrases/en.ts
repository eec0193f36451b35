/** English report phrasing: plain public-finance English; amounts in 10k yuan. */
import type { PhraseTable } from "../phrase-table";

export const en: PhraseTable = {
  headings: {
    basics: "1. About the unit",
    functions: "(1) Functions",
    annualWork: "(2) Annual work and key tasks",
    goals: "(3) Performance goals for overall expenditure",
    finances: "(4) Revenue and expenditure",
    management: "(5) Performance management",
    selfEvaluation: "2. Self-evaluation",
    conclusion: "(1) Conclusion",
    indicators: "(2) Performance indicators",
    execution: "(3) Budget execution",
    problems: "3. Main problems",
    measures: "4. Next steps",
  },

  placeholders: {
    functions: "(Fill in the unit's functions in the 基本信息 sheet.)",
    annualWork: "(Fill in the annual work and key tasks in the 基本信息 sheet.)",
    goals: "(Fill in the performance goals in the 基本信息 sheet.)",
    management: "(Fill in how performance is managed in the 基本信息 sheet.)",
    problems: "(Fill in the main problems in the 基本信息 sheet.)",
    measures: "(Fill in the next steps in the 基本信息 sheet.)",
    noBudget: "(No budget figures were found; add a budget table.)",
    noIndicators: "(No indicator table was found; add the performance indicators and their scores.)",
    derivedProblems: "(These problems were derived from the figures; describe the main problems in the 基本信息 sheet.)",
    missingReason: "(Fill in the deviation analysis in the indicator table.)",
  },

  punctuation: { clause: ", ", list: "; ", enumeration: ", ", end: ".", betweenSentences: " " },

  yearPrefix: "In {year}, ",
  sectionWord: { revenue: "revenue", expenditure: "expenditure", combined: "revenue and expenditure" },

  finance: {
    overviewFull: "{yearPrefix}the annual budget for total {kind} was {budget} and actual total {kind} was {actual}",
    overviewActualOnly: "{yearPrefix}actual total {kind} was {actual}",
    overviewBudgetOnly: "{yearPrefix}the annual budget for total {kind} was {budget}",
    sectionHeading: "{n}. Overall {kind}",
    otherHeading: "{n}. Other items",
    totalActual: "total {kind} was {amount}",
    totalBudgetOnly: "the annual budget for total {kind} was {amount}",
    itemActual: "{name} was {amount}",
    itemBudgetOnly: "the annual budget for {name} was {amount}",
    otherActual: "{name} came to {amount}",
    otherFull: "{name} had a budget of {budget} and came to {actual}",
    otherLead: "{yearPrefix}{text}",
    childrenOfTotal: "of this, {items}",
    childrenOfItem: "within {parent}, {items}",
    byRevenue: "by source of funds: {items}",
    byExpenditure: "by type of expenditure: {items}",
    execution: "{rate} of the annual budget",
    grandTotal: "adding {items}, {name} came to {amount}",
    carryItem: "{name} of {amount}",
  },

  bareTotal: { revenue: "total revenue", expenditure: "total expenditure", other: "total funds" },
  bareGrandTotal: { revenue: "grand total revenue", expenditure: "grand total expenditure", other: "the grand total" },

  change: {
    up: "up {amount}, or {rate}, on last year",
    down: "down {amount}, or {rate}, on last year",
    upAmountOnly: "up {amount} on last year",
    downAmountOnly: "down {amount} on last year",
    flat: "unchanged from last year",
    newItem: "a new item this year (none last year)",
  },

  conclusion: {
    first: "after a comprehensive self-evaluation, the performance indicators for overall expenditure were {phrase}, with a score of {score}",
    other: "the indicators in sheet “{sheet}” were {phrase}, with a score of {score}",
    outOf: " (out of {max})",
    grade: "graded {grade}",
    parts: "with {parts}",
    category: "{name} at {rate} completion",
    executionScore: "budget execution scoring {score} (out of {weight})",
  },
  grades: { 优: "优 (excellent)", 良: "良 (good)", 中: "中 (fair)", 差: "差 (poor)" },
  indicatorSuffix: "指标",

  indicators: {
    summary: "{count} performance indicators were set, of which {met} met their targets",
    summaryForTable: "sheet “{sheet}” sets {count} performance indicators, of which {met} met their targets",
    belowFull: "{n}. “{name}” ({level1}): target {target}, actual {actual}, scored {score} (out of {weight})",
    overshoot: "{n}. “{name}” ({level1}): target {target}, actual {actual}, {ratio} of the target, above {threshold}",
    reason: "Reason for the deviation: {reason}",
    allMet: "All performance indicators met their targets with full marks; there are no deviations to explain.",
    notFilled: "not filled in",
  },

  execution: {
    rate: "{yearPrefix}the budget execution rate was {rate}: {name} came to {actual} against a budget of {budget}",
    score: "scoring {score} (out of {weight}) for budget execution",
  },

  problems: {
    item: "{n}. {text}",
    notMet: "Some performance indicators missed their targets: {names}.",
  },

  project: {
    headings: {
      basics: "1. About the project",
      overview: "(1) Overview",
      funds: "(2) Funding",
      goals: "(3) Performance goals",
      selfEvaluation: "2. Self-evaluation",
      conclusion: "(1) Conclusion",
      indicators: "(2) Performance indicators",
      execution: "(3) Budget execution",
      problems: "3. Problems",
      measures: "4. Improvements",
    },
    placeholders: {
      overview: "(Describe the project in the 基本信息 sheet: its basis, content, implementing unit and period.)",
      goals: "(Fill in the project's annual performance goals in the 基本信息 sheet.)",
      problems: "(Fill in the problems met in carrying out the project in the 基本信息 sheet.)",
      measures: "(Fill in the improvements in the 基本信息 sheet.)",
      derivedProblems: "(These problems were derived from the figures; describe the project's problems in the 基本信息 sheet.)",
    },
    named: "the project “{name}”",
    self: "the project",
    fundsFull: "{project} had total annual funds of {budget}, of which {actual} was spent, an execution rate of {rate}",
    fundsNoRate: "{project} had total annual funds of {budget}, of which {actual} was spent",
    fundsActualOnly: "{project} spent {actual} in the year",
    fundsBudgetOnly: "{project} had total annual funds of {budget}",
    sources: "of this, {items}",
    sourceFull: "{name}: {budget}, of which {actual} spent ({rate})",
    sourceNoRate: "{name}: {budget}, of which {actual} spent",
    sourceAmount: "{name}: {amount}",
    conclusion: "after a comprehensive self-evaluation, the performance goals of {project} were {phrase}, with a score of {score}",
    indicatorsSummary: "{project} set {count} performance indicators, of which {met} met their targets",
    executionRate: "{yearPrefix}the budget execution rate of {project} was {rate}: {actual} was spent against a budget of {budget}",
  },
};
