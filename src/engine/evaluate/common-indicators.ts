/**
 * Common indicators computed from the budget table (财预〔2013〕53号; see docs/forms.md): an
 * indicator named 预算调整率, 公用经费控制率, "三公"经费控制率 / 变动率, 政府采购执行率 or 结转结余率
 * takes its value from the budget rows when the table has them. Blank in the indicator table,
 * the computed value (with its cell) is used; typed, it is checked against the computation.
 */
import type { CellRef } from "../grid";
import type { Dec } from "../decimal";

import type { BudgetResult, LineResult } from "../evaluation";
import type { CommonIndicator } from "../vocabulary/indicator-words";
import { CARRY_OVER_LINE, PROCUREMENT_LINE, PUBLIC_EXPENSE_LINE, THREE_PUBLIC_LINE, commonIndicatorOf } from "../vocabulary/indicator-words";

export interface CommonValue {
  /** The rate as a fraction (0.9240 for 92.40%). */
  rate: Dec;
  /** The budget cell it was computed from (the numerator's). */
  cell: CellRef;
  /** What it was computed as, for the check messages. */
  formula: { zh: string; en: string };
}

const lineNamed = (budget: BudgetResult, pattern: RegExp): LineResult | undefined => budget.lines.find((l) => pattern.test(l.line.name));

function ratio(line: LineResult | undefined, formula: CommonValue["formula"]): CommonValue | null {
  const actual = line?.line.actual;
  const planned = line?.line.budget;
  if (!actual || !planned || planned.value.isZero()) return null;
  return { rate: actual.value.dividedBy(planned.value), cell: actual.cell, formula };
}

function computed(kind: CommonIndicator, budget: BudgetResult): CommonValue | null {
  const headline = budget.headlineIndex === null ? undefined : budget.lines[budget.headlineIndex];
  switch (kind) {
    case "budgetAdjustment": {
      const initial = headline?.line.initialBudget;
      const planned = headline?.line.budget;
      if (!initial || !planned || initial.value.isZero()) return null;
      return {
        rate: planned.value.minus(initial.value).dividedBy(initial.value),
        cell: planned.cell,
        formula: { zh: "（全年预算数−年初预算数）÷年初预算数", en: "(full-year budget − initial budget) ÷ initial budget" },
      };
    }
    case "publicExpenseControl":
      return ratio(lineNamed(budget, PUBLIC_EXPENSE_LINE), { zh: "公用经费执行数÷预算数", en: "public expenses spent ÷ budgeted" });
    case "threePublicControl":
      return ratio(lineNamed(budget, THREE_PUBLIC_LINE), { zh: "“三公”经费执行数÷预算数", en: "三公 expenses spent ÷ budgeted" });
    case "procurement":
      return ratio(lineNamed(budget, PROCUREMENT_LINE), { zh: "政府采购执行数÷预算数", en: "procurement spent ÷ budgeted" });
    case "threePublicChange": {
      // The line's change rate against last year, as every budget line has it (budget-rates.ts).
      const line = lineNamed(budget, THREE_PUBLIC_LINE);
      const actual = line?.line.actual;
      if (!line || !actual || line.changeRate === null) return null;
      return {
        rate: line.changeRate,
        cell: actual.cell,
        formula: { zh: "（本年“三公”经费−上年“三公”经费）÷上年“三公”经费", en: "(this year's 三公 − last year's) ÷ last year's" },
      };
    }
    case "carryOver": {
      const line = lineNamed(budget, CARRY_OVER_LINE);
      const amount = line?.line.actual ?? line?.line.budget;
      const planned = headline?.line.budget;
      if (!amount || !planned || planned.value.isZero()) return null;
      return { rate: amount.value.dividedBy(planned.value), cell: amount.cell, formula: { zh: "结转结余÷支出预算", en: "carry-over ÷ budget" } };
    }
    case "budgetCompletion":
    case "staffControl":
      // 预算完成率 is scored from the headline rate (score-indicator.ts); staff numbers are not budget rows.
      return null;
  }
}

/** The value a common indicator takes from the budget, or null (not a common indicator, or rows missing). */
export function commonIndicatorValue(name: string, budget: BudgetResult | null): CommonValue | null {
  const common = commonIndicatorOf(name);
  if (!common || !budget) return null;
  return computed(common.kind, budget);
}

