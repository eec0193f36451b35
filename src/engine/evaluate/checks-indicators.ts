/** Checks on scored indicators and their table: stated scores, reasons, weights, execution lag. */
import type { Dec } from "../decimal";
import { D, HUNDRED, ZERO, round2, sumDec } from "../decimal";
import type { BudgetResult, CategoryResult, Check, IndicatorResult, LocalizedText } from "../evaluation";
import { formatNumber, formatPercent, formatScore, printedGap } from "../format";
import { makeCheck } from "../messages";
import type { Indicator, IndicatorTable } from "../model";
import type { Settings } from "../settings";
import type { ScoredIndicator } from "./score-indicator";
import { isExecutionIndicator } from "./execution-score";

const hasReason = (ind: Indicator): boolean => (ind.reason ?? "").trim() !== "";

/** "指标“X”" / "Indicator “X”": the subject of a check about one indicator row. */
function indicatorSubject(name: string): LocalizedText {
  return { zh: `指标“${name}”`, en: `Indicator “${name}”` };
}

/** A stated 得分 is compared only where a rule computed the score (bands judge their own). */
export function statedScoreCheck(s: ScoredIndicator): Check[] {
  const stated = s.result.indicator.statedScore;
  if (!stated || (s.method !== "formula" && s.method !== "execution")) return [];
  if (round2(stated.value).equals(s.result.score)) return [];
  return [
    makeCheck("STATED_SCORE_MISMATCH", stated.cell, {
      subject: indicatorSubject(s.result.indicator.name),
      stated: formatScore(stated.value),
      computed: formatScore(s.result.score),
    }),
  ];
}

/**
 * A 正向 result at or above overshootRatio × target needs a 偏差原因 (OVERSHOOT); any result
 * below full marks needs one too (MISSING_DEVIATION_REASON). One check per indicator at most,
 * none when a reason is written.
 */
export function reasonCheck(s: ScoredIndicator, settings: Settings): Check[] {
  const { indicator: ind, completion, score, direction } = s.result;
  // An unscorable indicator is already flagged; its 0 is not a result to explain.
  if (hasReason(ind) || s.method === "unscorable") return [];
  const overshoot = s.method === "formula" && direction === "positive" && completion !== null && completion.gte(settings.overshootRatio);
  if (overshoot) {
    return [
      makeCheck("OVERSHOOT", ind.reasonCell ?? ind.actual.cell, {
        name: ind.name,
        ratio: formatPercent(completion),
        threshold: formatPercent(new D(settings.overshootRatio)),
      }),
    ];
  }
  if (score.gte(ind.weight.value)) return [];
  return [
    makeCheck("MISSING_DEVIATION_REASON", ind.reasonCell ?? ind.nameCell, {
      name: ind.name,
      state: sameAsTarget(ind) ? DEVIATION_WORDS.sameAsTarget : DEVIATION_WORDS.belowFull,
      score: formatScore(score),
      weight: formatScore(ind.weight.value),
      ask: !ind.reasonCell ? DEVIATION_WORDS.noColumn : sameAsTarget(ind) ? DEVIATION_WORDS.explainDeduction : DEVIATION_WORDS.fillColumn,
    }),
  ];
}

/** The actual typed the same as the target ("改善学校的办学条件" both): achieved, yet docked. */
function sameAsTarget(ind: Indicator): boolean {
  const norm = (t: string): string => t.replace(/\s+/g, "");
  return norm(ind.target.text) !== "" && norm(ind.target.text) === norm(ind.actual.text);
}

/**
 * What MISSING_DEVIATION_REASON says: a deduction beside an actual equal to its target asks why
 * points were taken (docs/rules.md §4.5); a form with no 偏差原因 column (重庆 部门整体, 岳阳) is
 * not asked to fill one in, but to explain in the report (docs/rules.md §7.2).
 */
const DEVIATION_WORDS = {
  belowFull: { zh: "未得满分", en: "is below full marks" },
  sameAsTarget: { zh: "实际完成值与年度指标值相同，但未得满分", en: "has an actual value equal to its target, yet is below full marks" },
  fillColumn: { zh: "需填写偏差原因分析及改进措施", en: "a deviation analysis is required" },
  explainDeduction: { zh: "请在偏差原因栏说明扣分理由", en: "explain the deduction in the deviation column" },
  noColumn: {
    zh: "表中无偏差原因栏，请在自评报告“存在的问题”中说明扣分原因及改进措施",
    en: "the form has no deviation column, so explain the deduction and the remedy under the report's problems",
  },
} as const;

/**
 * The table's own 总分/合计 row against the computed total. Where the execution points come from
 * the budget table, the row may state either the indicators' sum alone (a 90-point 合计) or the
 * total with execution: both are right, and the one its 分值 cell points to is shown when neither is.
 */
export function statedTotalCheck(table: IndicatorTable, total: Dec, indicatorSum: Dec | null): Check[] {
  const stated = table.statedTotal;
  if (!stated) return [];
  const value = round2(stated.value);
  if (value.equals(total) || (indicatorSum !== null && value.equals(indicatorSum))) return [];
  const weights = sumDec(table.indicators.map((i) => i.weight.value));
  const statesIndicatorsOnly = indicatorSum !== null && table.statedWeightTotal?.value.equals(weights) === true;
  const computed = statesIndicatorsOnly ? indicatorSum : total;
  // Said which sum it is, so 88.94 beside the report's 98.7 (with execution) is no contradiction.
  const sum = statesIndicatorsOnly
    ? { zh: "指标得分合计（不含预算执行率）", en: "the indicator scores' sum (without budget execution)" }
    : { zh: "各项得分合计", en: "the sum of scores" };
  return [makeCheck("STATED_TOTAL_MISMATCH", stated.cell, { stated: formatScore(stated.value), sum, computed: formatScore(computed) })];
}

/** The primary table's weights plus the execution points it counts should make 100. */
export function weightsTotalCheck(table: IndicatorTable, executionWeight: Dec | null): Check[] {
  const first = table.indicators[0];
  if (!first) return [];
  const all = sumDec(table.indicators.map((i) => i.weight.value));
  // A 预算执行率 row among the indicators (宁夏 项目管理, 重庆) is the execution points: said as such,
  // not as "加预算执行率0分" on top of weights that already hold it.
  const inTable = executionWeight === null ? sumDec(table.indicators.filter((i) => isExecutionIndicator(i.name)).map((i) => i.weight.value)) : ZERO;
  const weights = all.minus(inTable);
  const execution = executionWeight ?? inTable;
  const total = weights.plus(execution);
  if (total.equals(HUNDRED)) return [];
  return [
    makeCheck("WEIGHTS_TOTAL", table.statedWeightTotal?.cell ?? first.weight.cell, {
      weights: formatScore(weights),
      execution: formatScore(execution),
      total: formatScore(total),
    }),
  ];
}

const LAG_STATES = {
  allMet: { zh: "资金未用完而目标已完成", en: "money unspent while every target was met" },
  ahead: { zh: "指标完成进度快于资金使用进度", en: "results ran ahead of spending" },
};

/**
 * Indicator completion (Σ scores / Σ weights of the indicators alone) more than the threshold
 * above the budget's headline execution rate: results claimed while money went unspent.
 */
export function executionLagCheck(results: IndicatorResult[], budget: BudgetResult | null, settings: Settings): Check[] {
  if (!budget || budget.headlineIndex === null) return [];
  const headline = budget.lines[budget.headlineIndex];
  const rate = headline?.executionRate ?? null;
  const weights = sumDec(results.map((r) => r.indicator.weight.value));
  if (!headline || !rate || weights.isZero()) return [];
  const completion = sumDec(results.map((r) => r.score)).dividedBy(weights);
  const threshold = new D(settings.executionLagThreshold);
  if (!completion.minus(rate).gt(threshold)) return [];
  // Told as it is: "目标已完成" only when every indicator was checked and met.
  const state = results.every((r) => r.met) ? LAG_STATES.allMet : LAG_STATES.ahead;
  return [
    makeCheck("EXECUTION_LAGS_RESULTS", headline.line.actual?.cell ?? headline.line.nameCell, {
      completion: formatPercent(completion),
      execution: formatPercent(rate),
      gap: formatNumber(printedGap(completion, rate)),
      threshold: formatScore(threshold.times(HUNDRED)),
      state,
    }),
  ];
}

/**
 * A 一级 label's own points ("项目效益(35分)") against the 分值 of the indicators under it: a
 * form whose label and rows disagree has one of them wrong, and the total is off by the gap.
 */
export function levelPointsChecks(table: IndicatorTable, categories: CategoryResult[]): Check[] {
  return (table.levelPoints ?? []).flatMap((stated) => {
    const sum = categories.find((c) => c.name === stated.name)?.weight ?? ZERO;
    if (sum.equals(stated.points)) return [];
    return [makeCheck("LEVEL_POINTS_MISMATCH", stated.cell, { name: stated.name, stated: formatScore(stated.points), sum: formatScore(sum) })];
  });
}
