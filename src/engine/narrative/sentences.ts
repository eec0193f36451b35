/**
 * Clauses about one budget line: its change against last year, its execution, its figure.
 * Each picks a whole variant from the phrase table by sign and zero (DOMAIN.md §5).
 */
import { round2 } from "../decimal";
import type { LineResult } from "../evaluation";
import { formatPercent } from "../format";
import { fill, join, type Voice } from "./voice";

/**
 * "比上年减少7.80万元，下降0.14%" and its variants; null when last year (or this year) is
 * unknown, so the sentence then says nothing of the change.
 */
export function changeClause(v: Voice, r: LineResult): string | null {
  const c = v.t.change;
  if (r.change === null) return null;
  // What the reader sees decides "unchanged": a change printed as 0.00 is no change.
  if (round2(r.change).isZero()) return c.flat;
  const prior = r.line.priorYear?.value;
  if (prior !== undefined && prior.isZero()) return c.newItem;
  const amount = v.amount(r.change.abs());
  const up = r.change.isPositive();
  if (r.changeRate === null || !r.changeRate.isFinite()) {
    return fill(up ? c.upAmountOnly : c.downAmountOnly, { amount });
  }
  return fill(up ? c.up : c.down, { amount, rate: formatPercent(r.changeRate.abs()) });
}

/** "完成年度预算的98.31%"; null when the rate cannot be computed (no budget, budget 0). */
export function executionClause(v: Voice, r: LineResult): string | null {
  if (r.executionRate === null || !r.executionRate.isFinite()) return null;
  return fill(v.t.finance.execution, { rate: formatPercent(r.executionRate) });
}

/**
 * An item inside a list: "项目支出22,550.76万元，比上年减少…". Uses the budget when there is
 * no actual figure; null when the line has neither (nothing to say).
 */
export function itemClause(v: Voice, r: LineResult): string | null {
  const f = v.t.finance;
  const { actual, budget } = r.line;
  if (actual) {
    return join(v, [fill(f.itemActual, { name: r.line.name, amount: v.amount(actual.value) }), changeClause(v, r)]);
  }
  if (budget) return fill(f.itemBudgetOnly, { name: r.line.name, amount: v.amount(budget.value) });
  return null;
}

/** A total's own clauses: "我镇本年总收入…，完成年度预算的…，比上年…". */
export function totalClauses(v: Voice, r: LineResult, kind: string): (string | null)[] {
  const f = v.t.finance;
  const { actual, budget } = r.line;
  if (actual) {
    return [
      fill(f.totalActual, { self: v.self, kind, amount: v.amount(actual.value) }),
      executionClause(v, r),
      changeClause(v, r),
    ];
  }
  if (budget) return [fill(f.totalBudgetOnly, { self: v.self, kind, amount: v.amount(budget.value) })];
  return [];
}

/** A line outside revenue/expenditure (三公经费): its figure, execution and change. */
export function otherClauses(v: Voice, r: LineResult): (string | null)[] {
  const { actual, budget } = r.line;
  if (actual) {
    return [
      fill(v.t.finance.otherActual, { name: r.line.name, amount: v.amount(actual.value) }),
      executionClause(v, r),
      changeClause(v, r),
    ];
  }
  if (budget) return [fill(v.t.finance.itemBudgetOnly, { name: r.line.name, amount: v.amount(budget.value) })];
  return [];
}
