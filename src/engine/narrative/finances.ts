/**
 * （四）部门整体收支情况: an opening sentence on the totals, then one numbered part per section
 * (revenue, expenditure, other), each naming every line with its change against last year.
 */
import type { BudgetResult, Check, LineResult } from "../evaluation";
import type { CellRef } from "../grid";
import { formatNumber, formatPercent } from "../format";
import type { BudgetLine, Section } from "../model";
import { yearTotalIndex } from "../evaluate/budget-rates";
import { isBareGrandTotalName, isTotalLine, withoutTotalEnding } from "../vocabulary/budget-lines";
import {
  changeClause,
  executionClause,
  isAllZero,
  itemClause,
  lineName,
  otherClauses,
  sourceClause,
  totalClauses,
} from "./sentences";
import { fill, sentence, yearPrefix, type Voice } from "./voice";

/** The line tree: children by parent index, and the lines with no parent. */
interface Tree {
  /** Lines with a figure the sum checks found mistyped (SUBTOTAL_MISTYPED): told with a note. */
  mistyped: ReadonlySet<number>;
  results: LineResult[];
  lines: BudgetLine[];
  children: Map<number, number[]>;
  roots: number[];
}

function treeOf(budget: BudgetResult): Tree {
  const results = budget.lines;
  const children = new Map<number, number[]>();
  const roots: number[] = [];
  results.forEach((r, i) => {
    const p = r.line.parentIndex;
    if (p === null || p === i || p < 0 || p >= results.length) {
      roots.push(i);
    } else {
      const siblings = children.get(p);
      if (siblings) siblings.push(i);
      else children.set(p, [i]);
    }
  });
  return { mistyped: new Set((budget.mistyped ?? []).map((m) => m.lineIndex)), results, lines: results.map((r) => r.line), children, roots };
}

/**
 * The section's total for the year: its first top-level total line, or the year's total inside it
 * when that is a 总计 over the carry-overs (本年收入合计 within 收入总计).
 */
function sectionTotal(tree: Tree, section: Section): number | null {
  const i = tree.roots.find((k) => tree.results[k]!.line.section === section && isTotalLine(tree.results[k]!.line));
  return i === undefined ? null : yearOf(tree, i);
}

function yearOf(tree: Tree, i: number): number {
  return yearTotalIndex(tree.lines, i);
}

export function financeParagraphs(v: Voice, budget: BudgetResult | null): string[] {
  if (!budget || budget.lines.length === 0) return [v.t.placeholders.noBudget];
  const tree = treeOf(budget);
  const paragraphs: string[] = [];
  const overview = overviewSentences(v, tree);
  if (overview !== "") paragraphs.push(overview);

  let n = 0;
  for (const section of ["revenue", "expenditure"] as const) {
    const body = sectionBody(v, tree, section);
    if (body === "") continue;
    n += 1;
    paragraphs.push(fill(v.t.finance.sectionHeading, { n: String(n), kind: v.t.sectionWord[section] }));
    paragraphs.push(body);
  }
  const other = otherBody(v, tree, overview === "");
  if (other !== "") {
    // A numbered "其他收支情况" only beside numbered revenue/expenditure parts; alone, it is the whole text.
    if (n > 0) paragraphs.push(fill(v.t.finance.otherHeading, { n: String(n + 1) }));
    paragraphs.push(other);
  }
  return paragraphs.length > 0 ? paragraphs : [v.t.placeholders.noBudget];
}

/**
 * "2023年，我镇年度收入预算和支出预算均为…，实际收入和实际支出均为…，为年度预算的…。" when
 * revenue and expenditure totals read the same; otherwise one sentence per total.
 */
function overviewSentences(v: Voice, tree: Tree): string {
  const rev = sectionTotal(tree, "revenue");
  const exp = sectionTotal(tree, "expenditure");
  const revR = rev === null ? null : tree.results[rev]!;
  const expR = exp === null ? null : tree.results[exp]!;
  if (revR && expR && sameFigures(revR, expR)) {
    const { budget, actual } = expR.line;
    const both = fill(v.t.finance.overviewBoth, { yearPrefix: yearPrefix(v), self: v.self, budget: v.amount(budget!.value), actual: v.amount(actual!.value) });
    return sentence(v, [both, executionClause(v, expR)]);
  }
  const parts: string[] = [];
  for (const [r, kind] of [
    [revR, v.t.sectionWord.revenue],
    [expR, v.t.sectionWord.expenditure],
  ] as const) {
    if (!r) continue;
    // The year opens only the first sentence.
    const s = overviewSentence(v, r, kind, parts.length === 0 ? yearPrefix(v) : "");
    if (s !== "") parts.push(s);
  }
  return parts.join(v.t.punctuation.betweenSentences);
}

/** Both totals show the same budget and actual as printed (2 decimals). */
function sameFigures(a: LineResult, b: LineResult): boolean {
  const { budget: ab, actual: aa } = a.line;
  const { budget: bb, actual: ba } = b.line;
  if (!ab || !aa || !bb || !ba) return false;
  return formatNumber(ab.value) === formatNumber(bb.value) && formatNumber(aa.value) === formatNumber(ba.value);
}

function overviewSentence(v: Voice, r: LineResult, kind: string, prefix: string): string {
  const f = v.t.finance;
  const { budget, actual } = r.line;
  const base = { yearPrefix: prefix, self: v.self, kind };
  if (budget && actual) {
    const lead = fill(f.overviewFull, { ...base, budget: v.amount(budget.value), actual: v.amount(actual.value) });
    return sentence(v, [lead, executionClause(v, r)]);
  }
  if (actual) return sentence(v, [fill(f.overviewActualOnly, { ...base, actual: v.amount(actual.value) })]);
  if (budget) return sentence(v, [fill(f.overviewBudgetOnly, { ...base, budget: v.amount(budget.value) })]);
  return "";
}

/** The paragraph of one section: its total with its items, and any items without a total. */
function sectionBody(v: Voice, tree: Tree, section: "revenue" | "expenditure"): string {
  const kind = v.t.sectionWord[section];
  const roots = tree.roots.filter((i) => tree.results[i]!.line.section === section);
  const sentences: string[] = [];
  const loose: number[] = [];
  for (const i of roots) {
    const r = tree.results[i]!;
    if (isTotalLine(r.line)) {
      // The year's own total speaks for the section; the 总计 above it adds the carry-overs after.
      const year = yearOf(tree, i);
      sentences.push(sentence(v, totalClauses(v, tree.results[year]!, kind)));
      sentences.push(...childSentences(v, tree, year, v.t.finance.childrenOfTotal, new Set([i, year])));
      if (year !== i) sentences.push(grandSentence(v, tree, i, year));
    } else {
      loose.push(i);
    }
  }
  if (loose.length > 0) {
    // Lines with no total above them: listed as they are, each followed by its sub-items.
    const items = loose.map((i) => itemClause(v, tree.results[i]!)).filter((c): c is string => c !== null);
    if (items.length > 0) sentences.push(sentence(v, [items.join(v.t.punctuation.list)]));
    for (const i of loose) sentences.push(...childSentences(v, tree, i, null, new Set([i])));
  }
  return sentences.filter((s) => s !== "").join(v.t.punctuation.betweenSentences);
}

/**
 * Lines outside revenue and expenditure (三公经费, 年度资金总额…): one sentence each, then their
 * items. A total whose items are revenue and expenditure both (年度资金总额 over 按收入性质分 and
 * 按支出性质分) names each half in a sentence of its own. With `lead` (no overview sentence came
 * before), the first total opens with the year and the unit: "2024年，我局年度资金总额…".
 */
function otherBody(v: Voice, tree: Tree, lead: boolean): string {
  const sentences: string[] = [];
  let opened = !lead;
  for (const i of tree.roots.filter((k) => tree.results[k]!.line.section === "other")) {
    const clauses = otherClauses(v, tree.results[i]!);
    // The first line opens with the year and the unit even when it is no total (重庆 "部门预算资金").
    if (!opened && clauses[0]) {
      clauses[0] = fill(v.t.finance.otherLead, { yearPrefix: yearPrefix(v), self: v.self, text: clauses[0] });
    }
    opened = true;
    sentences.push(sentence(v, clauses));
    const kids = tree.children.get(i) ?? [];
    const revenue = kids.filter((k) => tree.results[k]!.line.section === "revenue");
    const expenditure = kids.filter((k) => tree.results[k]!.line.section === "expenditure");
    if (revenue.length === 0 || expenditure.length === 0) {
      sentences.push(...childSentences(v, tree, i, null, new Set([i])));
      continue;
    }
    const seen = new Set([i, ...kids]);
    const rest = kids.filter((k) => !revenue.includes(k) && !expenditure.includes(k));
    sentences.push(listSentence(v, tree, revenue, (items) => fill(v.t.finance.byRevenue, { items })));
    sentences.push(listSentence(v, tree, expenditure, (items) => fill(v.t.finance.byExpenditure, { items })));
    if (rest.length > 0) sentences.push(listSentence(v, tree, rest, itemsOf(v, tree, i)));
    for (const k of kids) sentences.push(...childSentences(v, tree, k, null, seen));
  }
  return sentences.filter((s) => s !== "").join(v.t.punctuation.betweenSentences);
}

/**
 * "加上年初结转和结余25.60万元，收入总计为1,397.75万元。": the 总计 after the year's total, with
 * the balances carried over that make the difference; "" without a figure to give.
 */
function grandSentence(v: Voice, tree: Tree, grand: number, year: number): string {
  const f = v.t.finance;
  const total = tree.results[grand]!.line;
  if (!total.actual) return "";
  const carried = (tree.children.get(grand) ?? []).filter((k) => k !== year);
  const items = carried
    .map((k) => tree.results[k]!.line)
    .filter((l) => l.actual !== null)
    .map((l) => fill(f.carryItem, { name: lineName(v, l), amount: v.amount(l.actual!.value) }));
  if (items.length === 0) return "";
  const name = isBareGrandTotalName(total.name) ? v.t.bareGrandTotal[total.section] : lineName(v, total);
  return sentence(v, [fill(f.grandTotal, { items: items.join(v.t.punctuation.enumeration), name, amount: v.amount(total.actual.value) })]);
}

/** The lines' clauses as one list, worded by `wrap`; "" when none has a figure. */
function listSentence(v: Voice, tree: Tree, lines: number[], wrap: (items: string) => string): string {
  // A 小计 off its items and its total by the same amount is probably mistyped: its figure is the
  // form's, told with a note rather than as fact (review R22, SUBTOTAL_MISTYPED).
  const items = lines
    .map((k) => itemClause(v, tree.results[k]!, tree.mistyped.has(k) ? v.t.finance.mistypedNote : ""))
    .filter((c): c is string => c !== null);
  return items.length === 0 ? "" : sentence(v, [wrap(items.join(v.t.punctuation.list))]);
}

/** "A中，{items}": the sub-items of a line that is not a section total. */
function itemsOf(v: Voice, tree: Tree, parent: number): (items: string) => string {
  // "三公经费合计中，…" says 合计 twice over: the items are of 三公经费.
  const name = withoutTotalEnding(lineName(v, tree.results[parent]!.line));
  return (items) => fill(v.t.finance.childrenOfItem, { parent: name, items });
}

/**
 * "其中A…；B…。" after a total (template given), or "A中，a1…；a2…。" after an item
 * (template null), then the same for each child that has children of its own.
 */
function childSentences(v: Voice, tree: Tree, parent: number, template: string | null, seen: Set<number>): string[] {
  const kids = (tree.children.get(parent) ?? []).filter((k) => !seen.has(k));
  if (kids.length === 0) return [];
  kids.forEach((k) => seen.add(k));
  const wrap = template !== null ? (items: string) => fill(template, { items }) : itemsOf(v, tree, parent);
  const out = [listSentence(v, tree, kids, wrap)].filter((s) => s !== "");
  for (const k of kids) out.push(...childSentences(v, tree, k, null, seen));
  return out;
}

/**
 * （二）资金情况 of a project: the line standing for all its funds (年度资金总额), its execution,
 * then its sources (当年财政拨款, 上年结转资金, 其他资金) and any further lines. Without such a
 * total, the lines are told as in the department report.
 */
export function projectFundsParagraphs(v: Voice, budget: BudgetResult | null, checks: readonly Check[] = []): string[] {
  if (!budget || budget.lines.length === 0) return [v.t.placeholders.noBudget];
  // The line standing for all the funds: the headline, or the total row a funded part stands in for
  // (a 0 年度资金总额 over its 本年财政拨款, RATE_FROM_PART), which is then told as contradicted.
  const standIn = budget.headlineIndex;
  const parent = standIn === null ? null : budget.lines[standIn]?.line.parentIndex ?? null;
  const h = standIn !== null && !isTotalLine(budget.lines[standIn]!.line) && parent !== null && budget.lines[parent] && isTotalLine(budget.lines[parent]!.line) ? parent : standIn;
  const headline = h === null ? undefined : budget.lines[h];
  if (h === null || !headline || !isTotalLine(headline.line)) return financeParagraphs(v, budget);
  const tree = treeOf(budget);
  const kids = tree.children.get(h) ?? [];
  const sources = kids.map((k) => sourceClause(v, tree.results[k]!)).filter((c): c is string => c !== null);
  const sentences: string[] = [];
  if (contradicted(headline, checks) && sources.length > 0) {
    // A 合计 row its parts contradict (SUM_MISMATCH: "0.00" over 89.97) is not stated as fact: the
    // parts are, with a word that the total row disagrees (docs/rules.md §2).
    sentences.push(sentence(v, [fill(v.t.project.fundsInconsistent, { project: v.project, name: lineName(v, headline.line), items: sources.join(v.t.punctuation.list) })]));
  } else {
    sentences.push(sentence(v, [fundsLead(v, headline), changeClause(v, headline)]));
    if (sources.length > 0) sentences.push(sentence(v, [fill(v.t.project.sources, { items: sources.join(v.t.punctuation.list) })]));
  }
  const seen = new Set([h, ...kids]);
  for (const k of kids) sentences.push(...childSentences(v, tree, k, null, seen));
  // Lines of only zeros (an unused 财政专户管理资金 row) are left out of the funds text.
  for (const k of tree.roots.filter((r) => r !== h && !isAllZero(tree.results[r]!.line))) {
    sentences.push(sentence(v, otherClauses(v, tree.results[k]!)));
    sentences.push(...childSentences(v, tree, k, null, seen));
  }
  return [sentences.filter((s) => s !== "").join(v.t.punctuation.betweenSentences)];
}

/** A SUM_MISMATCH check stands on one of the line's own figures. */
function contradicted(r: LineResult, checks: readonly Check[]): boolean {
  const cells = [r.line.budget?.cell, r.line.actual?.cell].filter((c): c is CellRef => c !== undefined);
  return checks.some((c) => c.code === "SUM_MISMATCH" && c.cell !== null && c.cell !== undefined && cells.some((x) => x.sheet === c.cell!.sheet && x.row === c.cell!.row && x.col === c.cell!.col));
}

/** "××项目年度资金总额1,260.00万元，全年执行1,187.34万元，预算执行率为94.23%". */
function fundsLead(v: Voice, r: LineResult): string | null {
  const p = v.t.project;
  const { budget, actual } = r.line;
  const project = v.project;
  if (budget && actual) {
    const figures = { project, budget: v.amount(budget.value), actual: v.amount(actual.value) };
    const rate = r.executionRate;
    return rate !== null && rate.isFinite() ? fill(p.fundsFull, { ...figures, rate: formatPercent(rate) }) : fill(p.fundsNoRate, figures);
  }
  if (actual) return fill(p.fundsActualOnly, { project, actual: v.amount(actual.value) });
  if (budget) return fill(p.fundsBudgetOnly, { project, budget: v.amount(budget.value) });
  return null;
}
