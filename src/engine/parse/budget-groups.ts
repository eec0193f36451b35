/**
 * Which line belongs to which: totals and their items, 小计 and their groups, "其中：" sub-items,
 * and the section (revenue / expenditure / other) of every line.
 *
 * Grouping: when the table opens with a total ("收入合计" on top), items below a total belong to
 * it; when it opens with items, each total at the bottom ("…合计" last) takes the items above it.
 * An item whose own section (类别 column or name) contradicts the current total's waits for the
 * next total instead ("基本支出" listed under "收入合计" until "支出合计" comes).
 * A 小计 takes the items of its group (since the previous 小计, total or heading) and is itself an
 * item of the total. A memo line (三公经费) heads the lines below it. After "其中：" under a total
 * (MOF form: "年度资金总额 / 其中：当年财政拨款 / 上年结转资金"), the plain rows that follow are
 * sub-items of that total too, until the next total or heading.
 * A total can contain another total (决算 tables): a …总计 takes the section's totals before it
 * (本年收入合计) and the carry-over lines (年初结转和结余) that wait for it, so 收入总计 =
 * 本年收入合计 + 年初结转和结余 and the year's total keeps only the year's own items.
 */
import type { BudgetLine, Section } from "../model";
import { isTotalLine, sectionFromText } from "../vocabulary/budget-lines";

export type LineKind = "item" | "total" | "subtotal" | "memo";

export interface RowFacts {
  kind: LineKind;
  /** Section stated by the 类别 column. */
  category: Section | null;
  /** Section of the nearest heading above ("按收入性质分"), or of the half the line is in. */
  heading: Section | null;
  /** The run of rows the line was read from (whole rows, left half, right half). */
  run: number;
  /** A heading row came between this line and the previous one. */
  afterHeading: boolean;
  /** A …总计 that may hold the year's total beside the carry-overs. */
  grand?: boolean;
  /** A 结转结余 line, part of the 总计 below it rather than of the year's total above. */
  carry?: boolean;
}

/** The section a line states itself: 类别 column first, then its name. */
function ownSection(line: BudgetLine, f: RowFacts): Section | null {
  return f.category ?? sectionFromText(line.name);
}

function totalSection(line: BudgetLine, f: RowFacts): Section {
  if (f.kind === "memo") return "other";
  return ownSection(line, f) ?? f.heading ?? "other";
}

/** Where the grouping stands as it walks down the lines (see assignParents). */
interface Grouping {
  lines: BudgetLine[];
  facts: RowFacts[];
  /** The table opens with a total (or memo): items below a total belong to it. */
  totalsOnTop: boolean;
  /** The total (or memo) items are given to when totals are on top. */
  current: number | null;
  /** The last line that was not a sub-item: the parent of a "其中：" line below it. */
  lastMain: number | null;
  /** A total whose "其中：" sub-items continue with the plain rows below it. */
  continuation: number | null;
  /** Items waiting for a total (or 小计) below them. */
  pending: number[];
  /** Items given to `current` since the last total, 小计 or heading: a 小计 below takes them. */
  group: number[];
  run: number;
  /** Carry-over lines that wait for the next 总计 (see carryOversWaiting). */
  waitsForGrand: Set<number>;
  /** Top-level totals of the run since its last 总计, and carry-overs waiting for the next. */
  runTotals: number[];
  waiting: number[];
}

function setParent(g: Grouping, i: number, p: number): void {
  g.lines[i]!.parentIndex = p;
  g.lines[i]!.parent = g.lines[p]!.name;
}

/** The line's own section contradicts the target total's. */
function conflicts(g: Grouping, i: number, target: number): boolean {
  const own = ownSection(g.lines[i]!, g.facts[i]!);
  const cur = totalSection(g.lines[target]!, g.facts[target]!);
  return own !== null && cur !== "other" && own !== cur;
}

/**
 * The totals a 总计 holds: the run's top-level totals since the previous 总计 that do not name
 * another section; none when they are revenue and expenditure both (that 总计 is neither's).
 */
function nestedTotals(g: Grouping, candidates: number[], grand: number): number[] {
  const own = candidates.filter((t) => g.lines[t]!.parentIndex === null && !conflicts(g, t, grand));
  const sections = new Set(own.map((t) => ownSection(g.lines[t]!, g.facts[t]!) ?? g.facts[t]!.heading));
  return sections.size > 1 ? [] : own;
}

/** A new run of rows (the other half of a side-by-side table) starts afresh; so does a heading. */
function startRunOrHeading(g: Grouping, f: RowFacts): void {
  if (f.run !== g.run) {
    g.run = f.run;
    g.lastMain = null;
    g.continuation = null;
    g.group = [];
    g.runTotals = [];
    g.waiting = [];
  }
  if (f.afterHeading) {
    g.continuation = null;
    g.group = [];
  }
}

/** A "其中：" line belongs to the line above; after a total, plain rows may continue it. True when placed. */
function placeSubItem(g: Grouping, i: number): boolean {
  const line = g.lines[i]!;
  if (line.kind === "subItem") {
    if (g.lastMain === null) return true;
    setParent(g, i, g.lastMain);
    if (isTotalLine(g.lines[g.lastMain]!)) g.continuation = g.lastMain;
    return true;
  }
  if (g.facts[i]!.kind === "item" && g.continuation !== null && !conflicts(g, i, g.continuation)) {
    line.kind = "subItem";
    setParent(g, i, g.continuation);
    return true;
  }
  return false;
}

/** A 总计 takes the carry-overs waiting for it and the year's total(s) before it. */
function takeIntoGrandTotal(g: Grouping, i: number): void {
  for (const c of g.waiting) {
    setParent(g, c, i);
    g.lines[c]!.kind = "carryOver";
  }
  const nested = nestedTotals(g, g.runTotals, i);
  for (const t of nested) setParent(g, t, i);
  // One total beside the carry-overs is the year's own (本年收入合计); several (基本支出合计,
  // 项目支出合计 under 支出总计) are parts, and the 总计 stays the year's figure.
  if (nested.length === 1) g.lines[nested[0]!]!.kind = "yearTotal";
  g.waiting = [];
  g.runTotals = [];
}

/** A 小计 takes its group (totals on top) or the items pending above it (totals at the bottom). */
function placeSubtotal(g: Grouping, i: number): void {
  if (g.totalsOnTop) {
    for (const k of g.group) setParent(g, k, i);
    if (g.current !== null && !conflicts(g, i, g.current)) setParent(g, i, g.current);
    else g.pending.push(i);
  } else {
    for (const p of g.pending) if (g.facts[p]!.kind !== "subtotal") setParent(g, p, i);
    g.pending = [...g.pending.filter((p) => g.facts[p]!.kind === "subtotal"), i];
  }
  g.group = [];
}

/** A total takes the lines pending above it and, with totals on top, the items below. */
function placeTotal(g: Grouping, i: number): void {
  for (const p of g.pending) setParent(g, p, i);
  g.pending = [];
  g.group = [];
  if (g.totalsOnTop) g.current = i;
  if (!g.facts[i]!.grand) g.runTotals.push(i);
}

/** An item goes to the current total unless its section says otherwise; else it waits. */
function placeItem(g: Grouping, i: number): void {
  if (g.current !== null && !conflicts(g, i, g.current)) {
    setParent(g, i, g.current);
    g.group.push(i);
  } else {
    g.pending.push(i);
  }
}

export function assignParents(lines: BudgetLine[], facts: RowFacts[]): void {
  const first = facts[0]?.kind;
  const g: Grouping = {
    lines,
    facts,
    totalsOnTop: first === "total" || first === "memo",
    current: null,
    lastMain: null,
    continuation: null,
    pending: [],
    group: [],
    run: 0,
    waitsForGrand: carryOversWaiting(lines, facts),
    runTotals: [],
    waiting: [],
  };
  lines.forEach((_line, i) => {
    const f = facts[i]!;
    startRunOrHeading(g, f);
    if (placeSubItem(g, i)) return;
    g.continuation = null;
    g.lastMain = i;
    if (g.waitsForGrand.has(i)) {
      g.waiting.push(i);
      return;
    }
    if (f.grand) takeIntoGrandTotal(g, i);
    if (f.kind === "subtotal") placeSubtotal(g, i);
    else if (f.kind === "memo") {
      g.current = i;
      g.group = [];
    } else if (f.kind === "total") placeTotal(g, i);
    else placeItem(g, i);
  });
}

/**
 * The carry-over lines that wait for a 总计: those with one further down in the same run (of no
 * other section). Without a 总计 below, a 结转 line stays an ordinary item.
 */
function carryOversWaiting(lines: BudgetLine[], facts: RowFacts[]): Set<number> {
  const waiting = new Set<number>();
  let next: number | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
    const f = facts[i]!;
    if (next !== null && facts[next]!.run !== f.run) next = null;
    if (f.grand) {
      next = i;
      continue;
    }
    if (next === null || f.kind !== "item" || !f.carry || lines[i]!.kind === "subItem") continue;
    const own = ownSection(lines[i]!, f);
    const grand = totalSection(lines[next]!, facts[next]!);
    if (own === null || grand === "other" || own === grand) waiting.add(i);
  }
  return waiting;
}

export function assignSections(lines: BudgetLine[], facts: RowFacts[]): void {
  // Totals first: a total at the bottom gives its section to the items above it.
  lines.forEach((line, i) => {
    if (isTotalLine(line)) line.section = totalSection(line, facts[i]!);
  });
  lines.forEach((line, i) => {
    const f = facts[i]!;
    const parent = line.parentIndex === null ? null : lines[line.parentIndex]!;
    if (f.category) line.section = f.category;
    else if (isTotalLine(line)) return;
    else if (parent && (line.kind === "subItem" || parent.section !== "other")) line.section = parent.section;
    else line.section = sectionFromText(line.name) ?? f.heading ?? "other";
  });
  // A total that names no section ("合计" under 小计s of 基本支出 and 项目支出) is of its items' section.
  const items = new Map<number, BudgetLine[]>();
  for (const l of lines) {
    if (l.parentIndex === null || l.kind === "subItem") continue;
    const list = items.get(l.parentIndex);
    if (list) list.push(l);
    else items.set(l.parentIndex, [l]);
  }
  // Two passes: a total may come before (on top) or after (at the bottom) the 小计 it takes a section from.
  for (let pass = 0; pass < 2; pass++) {
    lines.forEach((line, i) => {
      const f = facts[i]!;
      if (!isTotalLine(line) || line.section !== "other" || f.kind === "memo" || ownSection(line, f) !== null) return;
      const kids = new Set((items.get(i) ?? []).map((l) => l.section));
      const [only] = [...kids];
      if (kids.size === 1 && only !== "other") line.section = only!;
    });
  }
}
