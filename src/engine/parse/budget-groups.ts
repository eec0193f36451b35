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

export function assignParents(lines: BudgetLine[], facts: RowFacts[]): void {
  const first = facts[0]?.kind;
  const totalsOnTop = first === "total" || first === "memo";
  let current: number | null = null;
  let lastMain: number | null = null;
  let continuation: number | null = null;
  let pending: number[] = [];
  /** Items given to `current` since the last total, 小计 or heading: a 小计 below takes them. */
  let group: number[] = [];
  let run = 0;
  const setParent = (i: number, p: number): void => {
    lines[i]!.parentIndex = p;
    lines[i]!.parent = lines[p]!.name;
  };
  const conflicts = (i: number, target: number): boolean => {
    const own = ownSection(lines[i]!, facts[i]!);
    const cur = totalSection(lines[target]!, facts[target]!);
    return own !== null && cur !== "other" && own !== cur;
  };
  /**
   * The totals a 总计 holds: the run's top-level totals since the previous 总计 that do not name
   * another section; none when they are revenue and expenditure both (that 总计 is neither's).
   */
  const nestedTotals = (candidates: number[], grand: number): number[] => {
    const own = candidates.filter((t) => lines[t]!.parentIndex === null && !conflicts(t, grand));
    const sections = new Set(own.map((t) => ownSection(lines[t]!, facts[t]!) ?? facts[t]!.heading));
    return sections.size > 1 ? [] : own;
  };

  const waitsForGrand = carryOversWaiting(lines, facts);
  /** Top-level totals of the run since its last 总计, and carry-overs waiting for the next. */
  let runTotals: number[] = [];
  let waiting: number[] = [];

  lines.forEach((line, i) => {
    const f = facts[i]!;
    if (f.run !== run) {
      run = f.run;
      lastMain = null;
      continuation = null;
      group = [];
      runTotals = [];
      waiting = [];
    }
    if (f.afterHeading) {
      continuation = null;
      group = [];
    }
    if (line.kind === "subItem") {
      if (lastMain === null) return;
      setParent(i, lastMain);
      if (isTotalLine(lines[lastMain]!)) continuation = lastMain;
      return;
    }
    if (f.kind === "item" && continuation !== null && !conflicts(i, continuation)) {
      line.kind = "subItem";
      setParent(i, continuation);
      return;
    }
    continuation = null;
    lastMain = i;

    if (waitsForGrand.has(i)) {
      waiting.push(i);
      return;
    }
    if (f.grand) {
      for (const c of waiting) {
        setParent(c, i);
        lines[c]!.kind = "carryOver";
      }
      const nested = nestedTotals(runTotals, i);
      for (const t of nested) setParent(t, i);
      // One total beside the carry-overs is the year's own (本年收入合计); several (基本支出合计,
      // 项目支出合计 under 支出总计) are parts, and the 总计 stays the year's figure.
      if (nested.length === 1) lines[nested[0]!]!.kind = "yearTotal";
      waiting = [];
      runTotals = [];
    }

    if (f.kind === "subtotal") {
      if (totalsOnTop) {
        for (const g of group) setParent(g, i);
        if (current !== null && !conflicts(i, current)) setParent(i, current);
        else pending.push(i);
      } else {
        for (const p of pending) if (facts[p]!.kind !== "subtotal") setParent(p, i);
        pending = [...pending.filter((p) => facts[p]!.kind === "subtotal"), i];
      }
      group = [];
      return;
    }
    if (f.kind === "memo") {
      current = i;
      group = [];
      return;
    }
    if (f.kind === "total") {
      for (const p of pending) setParent(p, i);
      pending = [];
      group = [];
      if (totalsOnTop) current = i;
      if (!f.grand) runTotals.push(i);
      return;
    }
    if (current !== null && !conflicts(i, current)) {
      setParent(i, current);
      group.push(i);
    } else {
      pending.push(i);
    }
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
