/** Per budget line: execution rate, change and change rate against last year, share of its parent. */
import type { Dec } from "../decimal";
import type { BudgetLine, BudgetTable, Figure } from "../model";
import type { Check, LineResult } from "../evaluation";
import { makeCheck } from "../messages";
import { isTotalLine } from "../vocabulary/budget-lines";

/** a / b, or null when either is missing or b is 0 (a rate against nothing is no rate). */
function ratio(a: Figure | null, b: Figure | null): Dec | null {
  if (!a || !b || b.value.isZero()) return null;
  return a.value.dividedBy(b.value);
}

function changeOf(line: BudgetLine): { change: Dec | null; changeRate: Dec | null } {
  if (!line.actual || !line.priorYear) return { change: null, changeRate: null };
  const change = line.actual.value.minus(line.priorYear.value);
  const changeRate = line.priorYear.value.isZero() ? null : change.dividedBy(line.priorYear.value);
  return { change, changeRate };
}

/**
 * Share of the parent's 执行数; when neither the line nor its parent has an 执行数 (a budget
 * without results yet), the share of the parent's 全年预算数 instead.
 */
function shareOf(line: BudgetLine, parent: BudgetLine | null): Dec | null {
  if (!parent) return null;
  if (line.actual || parent.actual) return ratio(line.actual, parent.actual);
  return ratio(line.budget, parent.budget);
}

export function evaluateBudgetLines(table: BudgetTable): { lines: LineResult[]; checks: Check[] } {
  const checks: Check[] = [];
  const lines = table.lines.map((line): LineResult => {
    const parent = line.parentIndex === null ? null : (table.lines[line.parentIndex] ?? null);
    // Nothing budgeted and nothing spent ("其他资金 0 | 0") is no finding.
    if (line.budget && line.budget.value.isZero() && line.actual && !line.actual.value.isZero()) {
      checks.push(makeCheck("ZERO_BUDGET", line.budget.cell, { name: line.name }));
    }
    // A balance carried over is not spending against a budget: 年末结转和结余 has no execution rate.
    const executionRate = line.kind === "carryOver" ? null : ratio(line.actual, line.budget);
    return { line, executionRate, ...changeOf(line), share: shareOf(line, parent) };
  });
  return { lines, checks };
}

/**
 * The line that stands for the whole budget: the expenditure total, else the revenue total, else
 * the first total; totals that belong to no other line (not a 小计) first. A block of one line
 * (重庆 部门预算资金) is its own total. A total left 0 or blank above the one part that carries
 * the money stands aside for that part (docs/rules.md §3.1).
 */
export function headlineIndex(table: BudgetTable): number | null {
  const all = table.lines.map((line, index) => ({ line, index })).filter((x) => isTotalLine(x.line));
  const roots = all.filter((x) => x.line.parentIndex === null);
  const totals = roots.length > 0 ? roots : all;
  const pick =
    totals.find((x) => x.line.section === "expenditure") ?? totals.find((x) => x.line.section === "revenue") ?? totals[0];
  const index = pick ? pick.index : soleLineIndex(table.lines);
  return index === null ? null : standInIndex(table.lines, yearTotalIndex(table.lines, index));
}

/** The only line of a block with no total, when it has a budget of its own (docs/rules.md §3.1). */
function soleLineIndex(lines: readonly BudgetLine[]): number | null {
  const roots = lines.map((line, index) => ({ line, index })).filter((x) => x.line.parentIndex === null && x.line.kind === "item");
  const only = roots.length === 1 ? roots[0]! : null;
  return only && only.line.budget !== null ? only.index : null;
}

const hasMoney = (f: Figure | null): boolean => f !== null && !f.value.isZero();

/**
 * The one part that carries a total's money when the total row itself is 0 or blank in both
 * 全年预算数 and 执行数 (安徽 棠溪: 年度资金总额 0 | 0 | 0 above 其中：本年财政拨款 89.974 |
 * 89.974): the form's total row is the slip, and the rate is the part's. Null otherwise.
 */
export function standInPart(lines: readonly BudgetLine[], index: number): number | null {
  const total = lines[index];
  if (!total || hasMoney(total.budget) || hasMoney(total.actual)) return null;
  const parts = lines.map((line, i) => ({ line, i })).filter((x) => x.line.parentIndex === index && hasMoney(x.line.budget));
  return parts.length === 1 ? parts[0]!.i : null;
}

export function standInIndex(lines: readonly BudgetLine[], index: number): number {
  return standInPart(lines, index) ?? index;
}

/**
 * The line with the year's own figures for a total: a 总计 holding the year's total beside the
 * carry-overs (支出总计 = 本年支出合计 + 年末结转和结余) stands for that total, since execution and
 * the year's spending exclude balances carried over; any other line stands for itself.
 */
export function yearTotalIndex(lines: readonly BudgetLine[], index: number): number {
  const inner = lines.findIndex((l) => l.parentIndex === index && l.kind === "yearTotal");
  return inner >= 0 ? inner : index;
}
