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
    childrenOfTotal: "of this, {items}",
    childrenOfItem: "within {parent}, {items}",
    execution: "{rate} of the annual budget",
  },

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
    parts: "of which {parts}",
    category: "{name} completion {rate}",
    executionScore: "budget execution {score} (out of {weight})",
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
  },

  execution: {
    rate: "{yearPrefix}the budget execution rate was {rate} ({name}: actual {actual} against a budget of {budget})",
    score: "budget execution scored {score} (out of {weight})",
  },

  problems: {
    item: "{n}. {text}",
    notMet: "Some performance indicators missed their targets: {names}.",
  },
};
