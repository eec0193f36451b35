/** Checks on the budget table: items against their totals, and execution that is too low. */
import type { Dec } from "../decimal";
import { D, HUNDRED, ONE, sumDec } from "../decimal";
import type { Check, LineResult, LocalizedText } from "../evaluation";
import { formatAmountEn, formatAmountZh, formatPercent } from "../format";
import { makeCheck } from "../messages";
import type { BudgetLine, BudgetTable, Figure } from "../model";
import type { Settings } from "../settings";
import { isWholeBreakdown } from "./funding-sources";
import type { AmountRole } from "../vocabulary/header-roles";
import { isTotalLine } from "../vocabulary/budget-lines";
import { standInPart } from "./budget-rates";

export const FIGURE_COLUMNS: { key: AmountRole; label: LocalizedText }[] = [
  { key: "initialBudget", label: { zh: "年初预算数", en: "initial budget" } },
  { key: "budget", label: { zh: "全年预算数", en: "full-year budget" } },
  { key: "actual", label: { zh: "全年执行数", en: "actual" } },
  { key: "priorYear", label: { zh: "上年执行数", en: "prior-year actual" } },
];

const amount = (x: Dec): LocalizedText => ({ zh: formatAmountZh(x), en: formatAmountEn(x) });

function sumMismatch(line: BudgetLine, stated: Figure, label: LocalizedText, sum: Dec): Check {
  return makeCheck("SUM_MISMATCH", stated.cell, {
    name: line.name,
    column: label,
    stated: amount(stated.value),
    sum: amount(sum),
    diff: amount(sum.minus(stated.value).abs()),
  });
}

/** Lines grouped by parent index, once, so the checks stay linear in the number of lines. */
function childrenByParent(table: BudgetTable, subItems: boolean): Map<number, BudgetLine[]> {
  const groups = new Map<number, BudgetLine[]>();
  for (const line of table.lines) {
    if (line.parentIndex === null || (line.kind === "subItem") !== subItems) continue;
    const group = groups.get(line.parentIndex);
    if (group) group.push(line);
    else groups.set(line.parentIndex, [line]);
  }
  return groups;
}

/**
 * A total's items as one group; or two when it has both revenue and expenditure items
 * (年度资金总额 broken down 按收入性质分 and 按支出性质分): each must add up to it on its own.
 */
function bySection(items: BudgetLine[]): BudgetLine[][] {
  const revenue = items.filter((l) => l.section === "revenue");
  const expenditure = items.filter((l) => l.section === "expenditure");
  return revenue.length > 0 && expenditure.length > 0 ? [revenue, expenditure] : [items];
}

/** A total whose items do not add up to it in one column. */
export interface Mismatch {
  index: number;
  key: AmountRole;
  label: LocalizedText;
  stated: Figure;
  sum: Dec;
}

/** Items (not "其中" sub-items) must add up to their total, in every column where all have a figure. */
function totalMismatches(table: BudgetTable, tolerance: Dec): Mismatch[] {
  const found: Mismatch[] = [];
  const itemsOf = childrenByParent(table, false);
  table.lines.forEach((total, index) => {
    if (!isTotalLine(total)) return;
    const items = itemsOf.get(index) ?? [];
    if (items.length === 0) return;
    for (const group of bySection(items)) {
      for (const { key, label } of FIGURE_COLUMNS) {
        const stated = total[key];
        const figures = group.map((l) => l[key]);
        if (!stated || figures.some((f) => f === null)) continue;
        const sum = sumDec(figures.map((f) => f!.value));
        if (sum.minus(stated.value).abs().gt(tolerance)) found.push({ index, key, label, stated, sum });
      }
    }
  });
  return found;
}

/**
 * A 小计 typed wrong (3,252.95 for 3,252.59) breaks two sums by the same amount: its own items
 * and the 合计 above it, which agrees with the items. Such a pair is one finding at the 小计's
 * cell, with the figure its items give (docs/rules.md §7.1). Returned as [subtotal, its total].
 */
export function mistypedSubtotals(table: BudgetTable, tolerance: Dec): [Mismatch, Mismatch][] {
  const found = totalMismatches(table, tolerance);
  const pairs: [Mismatch, Mismatch][] = [];
  for (const sub of found) {
    const parentIndex = table.lines[sub.index]?.parentIndex ?? null;
    const parent = found.find((m) => m.index === parentIndex && m.key === sub.key);
    if (!parent) continue;
    const subExcess = sub.stated.value.minus(sub.sum);
    const parentExcess = parent.sum.minus(parent.stated.value);
    if (subExcess.minus(parentExcess).abs().lte(tolerance)) pairs.push([sub, parent]);
  }
  return pairs;
}

function totalChecks(table: BudgetTable, tolerance: Dec): Check[] {
  const pairs = mistypedSubtotals(table, tolerance);
  return totalMismatches(table, tolerance).flatMap((m) => {
    const same = (x: Mismatch): boolean => x.index === m.index && x.key === m.key;
    // The total of a mistyped 小计 agrees with the items: its mismatch is the 小计's, told once.
    if (pairs.some(([, parent]) => same(parent))) return [];
    const pair = pairs.find(([sub]) => same(sub));
    if (!pair) return [sumMismatch(table.lines[m.index]!, m.stated, m.label, m.sum)];
    return [
      makeCheck("SUBTOTAL_MISTYPED", m.stated.cell, {
        name: table.lines[m.index]!.name,
        total: table.lines[pair[1].index]!.name,
        column: m.label,
        stated: amount(m.stated.value),
        sum: amount(m.sum),
        diff: amount(m.stated.value.minus(m.sum).abs()),
      }),
    ];
  });
}

/**
 * "其中" sub-items name only part of their line, so they need not add up to it, but may not exceed
 * it; when they are the line's complete list of fund sources (funding-sources.ts) they must add up
 * to it, a blank counting as nothing, and a gap either way is flagged.
 */
function subItemChecks(table: BudgetTable, tolerance: Dec): Check[] {
  const checks: Check[] = [];
  const subsOf = childrenByParent(table, true);
  table.lines.forEach((parent, index) => {
    const subs = subsOf.get(index) ?? [];
    if (subs.length === 0) return;
    for (const group of bySection(subs)) {
      const whole = isWholeBreakdown(group.map((l) => l.name));
      for (const { key, label } of FIGURE_COLUMNS) {
        const stated = parent[key];
        const figures = group.map((l) => l[key]).filter((f): f is Figure => f !== null);
        if (!stated || figures.length === 0) continue;
        const sum = sumDec(figures.map((f) => f.value));
        const gap = sum.minus(stated.value);
        if ((whole ? gap.abs() : gap).gt(tolerance)) checks.push(sumMismatch(parent, stated, label, sum));
      }
    }
  });
  return checks;
}

export function sumChecks(table: BudgetTable, settings: Settings): Check[] {
  const tolerance = new D(settings.sumTolerance);
  return [...totalChecks(table, tolerance), ...subItemChecks(table, tolerance)];
}

/**
 * A revenue or expenditure total (or the headline line) that left more than the threshold of
 * its budget unspent (双监控). Memo totals such as 三公经费 are left out: spending less there is
 * the aim, not a lag.
 */
export function lowExecutionChecks(lines: LineResult[], settings: Settings, headline: number | null = null): Check[] {
  const floor = ONE.minus(settings.lowExecutionThreshold);
  return lines
    .filter((r, i) => i === headline || (isTotalLine(r.line) && r.line.section !== "other"))
    .filter((r) => r.executionRate !== null && r.executionRate.lt(floor))
    .map((r) =>
      makeCheck("LOW_EXECUTION", r.line.actual?.cell ?? r.line.nameCell, {
        name: r.line.name,
        rate: formatPercent(r.executionRate!),
        threshold: formatPercent(new D(settings.lowExecutionThreshold)),
      }),
    );
}

/**
 * A total row left 0 or blank above the one part that carries the money: the rate is the part's
 * (docs/rules.md §3.1), and the unit is told so at the total's cell.
 */
export function standInChecks(lines: LineResult[]): Check[] {
  const table = lines.map((r) => r.line);
  return lines.flatMap(({ line }, index) => {
    if (line.parentIndex !== null || !isTotalLine(line)) return [];
    const part = standInPart(table, index);
    const r = part === null ? null : lines[part]!;
    if (!r || !r.executionRate || !r.line.budget || !r.line.actual) return [];
    return [
      makeCheck("RATE_FROM_PART", line.budget?.cell ?? line.nameCell, {
        name: line.name,
        part: r.line.name,
        actual: amount(r.line.actual.value),
        budget: amount(r.line.budget.value),
        rate: formatPercent(r.executionRate),
      }),
    ];
  });
}

/**
 * Spending above the year's budget on the headline line (超预算支出): the unit is asked for the
 * budget adjustment behind it (docs/rules.md §7.3). Revenue above its budget is no overspending.
 */
export function overBudgetChecks(lines: LineResult[], headline: number | null): Check[] {
  const r = headline === null ? undefined : lines[headline];
  if (!r || r.line.section === "revenue" || !r.line.budget || !r.line.actual || !r.line.actual.value.gt(r.line.budget.value)) return [];
  return [
    makeCheck("OVER_BUDGET", r.line.actual.cell, {
      name: r.line.name,
      actual: amount(r.line.actual.value),
      budget: amount(r.line.budget.value),
      excess: amount(r.line.actual.value.minus(r.line.budget.value)),
    }),
  ];
}

const HALF = new D("0.5");
const TEN = new D(10);

/**
 * The 执行率 a form prints on a line against 执行数 ÷ 预算数, at the places it was printed to
 * ("86%" for 86.20% is a rounding; "86.19%" for 86.18% is not). A printed 100% for a line spent
 * beyond its budget is the form's cap, not a slip. See docs/forms.md.
 */
export function statedRateChecks(lines: LineResult[]): Check[] {
  const checks: Check[] = [];
  for (const { line, executionRate } of lines) {
    const stated = line.statedRate;
    if (!stated || !executionRate) continue;
    const exact = executionRate.times(HUNDRED);
    // Within half a unit of the last place printed: a rounding (86.185 → "86.19%"), and a
    // formula's stored 0.8620370370370371 is 86.20370370370370… with float noise, not a slip.
    if (exact.minus(stated.percent).abs().lte(HALF.times(TEN.pow(-stated.places)))) continue;
    if (stated.percent.equals(HUNDRED) && executionRate.gte(ONE)) continue;
    const computed = `${exact.toDecimalPlaces(stated.places).toFixed(stated.places)}%`;
    checks.push(makeCheck("STATED_RATE_MISMATCH", stated.cell, { name: line.name, stated: stated.text, computed }));
  }
  return checks;
}
