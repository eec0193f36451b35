/**
 * Budget table rows → BudgetLines: totals, their items, 小计, "其中：" sub-items, headings,
 * sections, and the block's own execution points (分值 | 得分) where it has them.
 * Grouping rules: see budget-groups.ts; reading rows (and side-by-side halves): budget-rows.ts.
 */
import type { CellRef, Sheet } from "../grid";
import type { BudgetExecutionCells, BudgetLine, BudgetLineKind, BudgetTable, MoneyUnit, Section } from "../model";
import type { Check } from "../evaluation";
import type { DetectedBudgetTable } from "../detect/types";
import { mergeReader } from "../detect/merges";
import type { RawLine } from "./budget-rows";
import { hasAmounts, readBudgetRows } from "./budget-rows";
import type { LineKind, RowFacts } from "./budget-groups";
import { assignParents, assignSections } from "./budget-groups";
import {
  cleanLineName,
  isCarryOverName,
  isGrandTotalName,
  isMemoName,
  isSubtotalName,
  isTotalName,
  sectionFromText,
} from "../vocabulary/budget-lines";

export { cleanLineName, isTotalName, sectionFromText } from "../vocabulary/budget-lines";

function kindOf(name: string, isSubItem: boolean): LineKind {
  if (isSubItem) return "item";
  if (isSubtotalName(name)) return "subtotal";
  if (isTotalName(name)) return "total";
  if (isMemoName(name)) return "memo";
  return "item";
}

/** The line's kind as its row says it; grouping may still make an item a sub-item or carry-over. */
function lineKind(kind: LineKind, isSubItem: boolean, name: string): BudgetLineKind {
  if (isSubItem) return "subItem";
  if (kind === "total" && isGrandTotalName(name)) return "grandTotal";
  return kind;
}

/** What a source amount is divided by to give 万元. */
const DIVISOR_TO_WAN: Record<MoneyUnit, number> = { 元: 10_000, 千元: 10, 万元: 1, 亿元: 0.0001 };

/** "小计" named after its group: the 类别 cell ("基本支出小计"), else the heading above it. */
function subtotalName(raw: RawLine, name: string, headingLabel: string | null): string {
  const label = raw.categoryText !== "" && !isTotalName(raw.categoryText) ? raw.categoryText : headingLabel;
  return label ? `${cleanLineName(label).name}${name}` : name;
}

/** The table's lines, grouped and placed in sections, with the checks its cells raised (as evaluate/ returns them). */
export function parseBudgetTable(sheet: Sheet, table: DetectedBudgetTable): { table: BudgetTable; checks: Check[] } {
  const checks: Check[] = [];
  const columns = table.columns;
  const sourceUnit: MoneyUnit = table.unit ?? "万元";
  const divisor = DIVISOR_TO_WAN[sourceUnit];
  const reader = mergeReader(sheet);
  const width = sheet.cells.reduce((w, r) => Math.max(w, Array.isArray(r) ? r.length : 0), 0);
  const raws = readBudgetRows(
    { sheet, reader, columns, divisor, checks },
    table.headerRow + 1,
    table.range.bottom,
    width,
    table.halves ?? null,
  );
  const ref = (row: number, col: number): CellRef => ({ sheet: sheet.name, row, col });

  const lines: BudgetLine[] = [];
  const facts: RowFacts[] = [];
  const scored: { line: number; raw: RawLine }[] = [];
  let run = -1;
  let heading: { section: Section | null; label: string | null } = { section: null, label: null };
  let afterHeading = false;

  for (const raw of raws) {
    if (raw.run !== run) {
      run = raw.run;
      heading = { section: raw.runSection, label: null };
      afterHeading = false;
    }
    const hasFigures = hasAmounts(raw.figures);
    const cleaned = cleanLineName(raw.rawName);
    // A figure with no name cannot be reported or checked against anything: skip it.
    if (cleaned.name === "") continue;
    const kind = kindOf(cleaned.name, cleaned.isSubItem);
    if (!hasFigures && kind === "item" && !cleaned.isSubItem) {
      // "按收入性质分", "一、收入", "基本支出" over its 小计 group: a heading, not a line.
      heading = { section: sectionFromText(cleaned.name) ?? heading.section, label: cleaned.name };
      afterHeading = true;
      continue;
    }
    const name = kind === "subtotal" ? subtotalName(raw, cleaned.name, heading.label) : cleaned.name;
    lines.push({
      name,
      section: "other",
      kind: lineKind(kind, cleaned.isSubItem, name),
      parent: null,
      parentIndex: null,
      nameCell: ref(raw.row, raw.nameCol),
      ...raw.figures,
      ...(raw.statedRate ? { statedRate: raw.statedRate } : {}),
    });
    facts.push({
      kind,
      category: sectionFromText(raw.categoryText),
      heading: heading.section,
      run: raw.run,
      afterHeading,
      grand: kind === "total" && isGrandTotalName(name),
      carry: kind === "item" && isCarryOverName(name),
    });
    if (raw.weight) scored.push({ line: lines.length - 1, raw });
    afterHeading = false;
    if (kind === "total" || kind === "subtotal") heading = { ...heading, label: null };
  }

  assignParents(lines, facts);
  assignSections(lines, facts);
  const parsed: BudgetTable = {
    sheet: sheet.name,
    range: table.range,
    headerRow: table.headerRow,
    columns,
    sourceUnit,
    lines,
    execution: executionCells(scored),
  };
  return { table: parsed, checks };
}

/** The first line with a 分值: its points and stated 得分 score that line's execution. */
function executionCells(scored: { line: number; raw: RawLine }[]): BudgetExecutionCells | null {
  const first = scored[0];
  if (!first || !first.raw.weight) return null;
  return { lineIndex: first.line, weight: first.raw.weight, statedScore: first.raw.statedScore };
}
