/**
 * Clauses about one budget line: its change against last year, its execution, its figure.
 * Each picks a whole variant from the phrase table by sign and zero (docs/rules.md §5).
 */
import { round2 } from "../decimal";
import type { LineResult } from "../evaluation";
import type { BudgetLine } from "../model";
import { formatPercent } from "../format";
import { AMOUNT_ROLES } from "../vocabulary/header-roles";
import { isBareTotalName, subtotalGroupName } from "../vocabulary/budget-lines";
import { fill, join, type Voice } from "./voice";
import { proseName } from "../vocabulary/prose-names";

/** A line's name as the report says it: "基本支出小计" → 基本支出, a bare "合计" → 支出合计. */
export function lineName(v: Voice, line: BudgetLine): string {
  if (isBareTotalName(line.name)) return v.t.bareTotal[line.section];
  return proseName(subtotalGroupName(line.name) ?? line.name);
}

/**
 * "较上年减少7.80万元，降幅0.14%" and its variants; null when last year (or this year) is
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
  if (round2(r.changeRate.abs().times(100)).isZero()) return fill(up ? c.upTiny : c.downTiny, { amount });
  return fill(up ? c.up : c.down, { amount, rate: formatPercent(r.changeRate.abs()) });
}

/** "完成年度预算的98.31%"; null when the rate cannot be computed (no budget, budget 0). */
export function executionClause(v: Voice, r: LineResult): string | null {
  if (r.executionRate === null || !r.executionRate.isFinite()) return null;
  return fill(v.t.finance.execution, { rate: formatPercent(r.executionRate) });
}

/**
 * An item inside a list: "项目支出22,550.76万元，较上年减少…". Uses the budget when there is
 * no actual figure; null when the line has neither (nothing to say). `note` follows the figure.
 */
export function itemClause(v: Voice, r: LineResult, note = ""): string | null {
  // "国有资本经营预算收入0.00万元，与上年持平" tells a reader nothing: an all-zero item is left out.
  if (isAllZero(r.line)) return null;
  const f = v.t.finance;
  const { actual, budget } = r.line;
  if (actual) {
    return join(v, [fill(f.itemActual, { name: lineName(v, r.line), amount: v.amount(actual.value) }) + note, changeClause(v, r)]);
  }
  if (budget) return fill(f.itemBudgetOnly, { name: lineName(v, r.line), amount: v.amount(budget.value) }) + note;
  return null;
}

/** A total's own clauses: "我镇本年收入合计…，为年度预算的…，较上年…". */
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
  const name = lineName(v, r.line);
  if (actual) {
    const figure = budget
      ? fill(v.t.finance.otherFull, { name, budget: v.amount(budget.value), actual: v.amount(actual.value) })
      : fill(v.t.finance.otherActual, { name, amount: v.amount(actual.value) });
    return [
      figure,
      executionClause(v, r),
      changeClause(v, r),
    ];
  }
  if (budget) return [fill(v.t.finance.itemBudgetOnly, { name, amount: v.amount(budget.value) })];
  return [];
}

/** Every figure of the line is blank or zero ("财政专户管理资金 0 | 0 | 0"): nothing to tell. */
export function isAllZero(line: BudgetLine): boolean {
  return AMOUNT_ROLES.map((role) => line[role]).every((f) => f === null || f.value.isZero());
}

/**
 * A source of a project's funds: "当年财政拨款1,200.00万元，执行1,131.84万元，执行率为94.32%";
 * null when the line has no figure, or only zeros (a form's empty 单位资金 row says nothing).
 */
export function sourceClause(v: Voice, r: LineResult): string | null {
  if (isAllZero(r.line)) return null;
  const p = v.t.project;
  const name = lineName(v, r.line);
  const { actual, budget } = r.line;
  if (budget && actual) {
    // Nothing budgeted and nothing spent: one figure says it ("其他资金0.00万元").
    if (budget.value.isZero() && actual.value.isZero()) return fill(p.sourceAmount, { name, amount: v.amount(actual.value) });
    const figures = { name, budget: v.amount(budget.value), actual: v.amount(actual.value) };
    const rate = r.executionRate;
    return rate !== null && rate.isFinite() ? fill(p.sourceFull, { ...figures, rate: formatPercent(rate) }) : fill(p.sourceNoRate, figures);
  }
  if (actual) return fill(p.sourceAmount, { name, amount: v.amount(actual.value) });
  if (budget) return fill(v.t.finance.itemBudgetOnly, { name, amount: v.amount(budget.value) });
  return null;
}
