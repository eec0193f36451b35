/**
 * Budget table rows → BudgetLines: totals, their items, "其中：" sub-items, headings, sections.
 *
 * Grouping: when the table opens with a total ("收入合计" on top), items below a total belong to
 * it; when it opens with items, each total at the bottom ("…合计" last) takes the items above it.
 * An item whose own section (类别 column or name) contradicts the current total's waits for the
 * next total instead ("基本支出" listed under "收入合计" until "支出合计" comes).
 */
import type { CellRef, Sheet } from "../grid";
import { cellAt } from "../grid";
import type { BudgetColumnRole, BudgetLine, BudgetTable, Figure, MoneyUnit, Section } from "../model";
import type { Check } from "../evaluation";
import type { DetectedTable } from "../detect/types";
import { mergeReader } from "../detect/merges";
import { cellText, isNoteText, removeSpaces, stripNumbering, toHalfWidth } from "../detect/normalize";
import { readFigure } from "./numbers";

const AMOUNT_ROLES = ["initialBudget", "budget", "actual", "priorYear"] as const;
type AmountRole = (typeof AMOUNT_ROLES)[number];

const TOTAL_NAME = /(合计|总计|资金总额|收入总额|支出总额)$|^总(收入|支出)/;
const SUB_ITEM_PREFIX = /^其中[:：]\s*/;
const BLANK_RUN_END = 2;
const CJK_PADDING = /(?<=[\u4e00-\u9fff])[\s\u3000]+(?=[\u4e00-\u9fff])/g;

export function isTotalName(name: string): boolean {
  return TOTAL_NAME.test(removeSpaces(toHalfWidth(name)));
}

/** 收入 → revenue, 支出 → expenditure, from a name, heading or 类别 cell. */
export function sectionFromText(text: string): Section | null {
  if (text.includes("收入")) return "revenue";
  if (text.includes("支出")) return "expenditure";
  return null;
}

/** A line's name as shown: no "其中：" marker, no outline numbering. */
export function cleanLineName(raw: string): { name: string; isSubItem: boolean } {
  const trimmed = raw.trim();
  const isSubItem = SUB_ITEM_PREFIX.test(trimmed);
  // "合  计", "基本\u3000支出": padding between Chinese characters is layout, not part of the name.
  const name = stripNumbering(trimmed.replace(SUB_ITEM_PREFIX, "")).replace(CJK_PADDING, "");
  return { name, isSubItem };
}

/** What grouping needs besides the line itself. */
interface RowFacts {
  /** Section stated by the 类别 column. */
  category: Section | null;
  /** Section of the nearest heading above ("按收入性质分"). */
  heading: Section | null;
}

export function parseBudgetTable(sheet: Sheet, table: DetectedTable, checks: Check[]): BudgetTable {
  const columns = table.columns as Partial<Record<BudgetColumnRole, number>>;
  const sourceUnit: MoneyUnit = table.unit ?? "万元";
  const divisor = sourceUnit === "元" ? 10000 : 1;
  const reader = mergeReader(sheet);
  const ref = (row: number, col: number): CellRef => ({ sheet: sheet.name, row, col });

  const lines: BudgetLine[] = [];
  const facts: RowFacts[] = [];
  let heading: Section | null = null;
  let blanks = 0;

  for (let r = table.headerRow + 1; r <= table.range.bottom; r++) {
    const nameCol = columns.item;
    const rawName = nameCol === undefined ? "" : cellText(reader.sameRow(r, nameCol));
    if (isNoteText(rawName)) break;

    const figures: Record<AmountRole, Figure | null> = { initialBudget: null, budget: null, actual: null, priorYear: null };
    for (const role of AMOUNT_ROLES) {
      const col = columns[role];
      if (col !== undefined) figures[role] = readFigure(cellAt(sheet, r, col), ref(r, col), divisor, checks);
    }
    const hasFigures = AMOUNT_ROLES.some((role) => figures[role] !== null);
    const { name, isSubItem } = cleanLineName(rawName);

    if (name === "" && !hasFigures) {
      if (++blanks >= BLANK_RUN_END) break;
      continue;
    }
    blanks = 0;
    // A figure with no name cannot be reported or checked against anything: skip it.
    if (name === "") continue;

    const categoryCol = columns.category;
    const category = categoryCol === undefined ? null : sectionFromText(cellText(reader.resolved(r, categoryCol)));
    const isTotal = !isSubItem && isTotalName(name);
    if (!hasFigures && !isTotal && !isSubItem) {
      // "按收入性质分", "一、收入": a heading, not a line.
      heading = sectionFromText(name) ?? heading;
      continue;
    }
    lines.push({
      name,
      section: "other",
      isTotal,
      parent: null,
      parentIndex: null,
      isSubItem,
      nameCell: ref(r, nameCol as number),
      ...figures,
    });
    facts.push({ category, heading });
  }

  assignParents(lines, facts);
  assignSections(lines, facts);
  return {
    sheet: sheet.name,
    range: table.range,
    headerRow: table.headerRow,
    columns,
    sourceUnit,
    lines,
  };
}

/** The section a line states itself: 类别 column first, then its name. */
function ownSection(line: BudgetLine, f: RowFacts): Section | null {
  return f.category ?? sectionFromText(line.name);
}

function totalSection(line: BudgetLine, f: RowFacts): Section {
  return ownSection(line, f) ?? f.heading ?? "other";
}

function assignParents(lines: BudgetLine[], facts: RowFacts[]): void {
  const totalsOnTop = lines[0]?.isTotal ?? false;
  let current: number | null = null;
  let lastMain: number | null = null;
  let pending: number[] = [];
  const setParent = (i: number, p: number): void => {
    lines[i]!.parentIndex = p;
    lines[i]!.parent = lines[p]!.name;
  };

  lines.forEach((line, i) => {
    const f = facts[i]!;
    if (line.isSubItem) {
      if (lastMain !== null) setParent(i, lastMain);
      return;
    }
    lastMain = i;
    if (line.isTotal) {
      for (const p of pending) setParent(p, i);
      pending = [];
      if (totalsOnTop) current = i;
      return;
    }
    const own = ownSection(line, f);
    const cur = current === null ? null : totalSection(lines[current]!, facts[current]!);
    const conflicts = own !== null && cur !== null && cur !== "other" && own !== cur;
    if (current !== null && !conflicts) setParent(i, current);
    else pending.push(i);
  });
}

function assignSections(lines: BudgetLine[], facts: RowFacts[]): void {
  // Totals first: a total at the bottom gives its section to the items above it.
  lines.forEach((line, i) => {
    if (line.isTotal) line.section = totalSection(line, facts[i]!);
  });
  lines.forEach((line, i) => {
    const f = facts[i]!;
    const parent = line.parentIndex === null ? null : lines[line.parentIndex]!;
    if (f.category) line.section = f.category;
    else if (line.isTotal) return;
    else if (parent && (line.isSubItem || parent.section !== "other")) line.section = parent.section;
    else line.section = sectionFromText(line.name) ?? f.heading ?? "other";
  });
}
