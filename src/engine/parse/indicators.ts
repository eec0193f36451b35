/**
 * Indicator table rows → Indicators. 一级/二级 cells merged down (or left blank) inherit from
 * above; a 总分/合计 row is the table's stated total, not an indicator; a 预算执行率 row is kept
 * as an indicator (evaluation decides how to score it).
 */
import type { CellRef, Sheet } from "../grid";
import { cellAt, formatAt } from "../grid";
import type { Figure, Indicator, IndicatorColumnRole, IndicatorTable } from "../model";
import type { Check } from "../evaluation";
import type { DetectedTable } from "../detect/types";
import { mergeReader } from "../detect/merges";
import { BLANK_RUN_END, cellText, isNoteText } from "../vocabulary/text";
import { makeCheck } from "../messages";
import { HUNDRED } from "../decimal";
import { readFigure, readNumber } from "./numbers";
import { isStatedTotalLabel, level1From } from "../vocabulary/indicator-words";
import { hasPercentFormat, readIndicatorValue, withUnitColumn } from "./indicator-value";
import { BLANK_WORDS } from "../l10n/words";

/** Scores and weights are often written "10分"; weights sometimes "10%". */
const SCORE_SUFFIX = /分$/;
const WEIGHT_SUFFIX = /(分|%)$/;


export function parseIndicatorTable(sheet: Sheet, table: DetectedTable, checks: Check[]): IndicatorTable {
  const columns = table.columns as Partial<Record<IndicatorColumnRole, number>>;
  const reader = mergeReader(sheet);
  const ref = (row: number, col: number): CellRef => ({ sheet: sheet.name, row, col });
  /** The cell's own text (a merge's value only on the merge's first row). */
  const own = (r: number, role: IndicatorColumnRole): string => {
    const c = columns[role];
    return c === undefined ? "" : cellText(reader.sameRow(r, c)).trim();
  };
  /** The cell's text read through merges: a 一级 merged down reads on every row. */
  const through = (r: number, role: IndicatorColumnRole): string => {
    const c = columns[role];
    return c === undefined ? "" : cellText(reader.resolved(r, c)).trim();
  };

  const indicators: Indicator[] = [];
  let statedTotal: Figure | null = null;
  let statedWeightTotal: Figure | null = null;
  let carried1 = "";
  let carried2 = "";
  let blanks = 0;

  for (let r = table.headerRow + 1; r <= table.range.bottom; r++) {
    const labels = [own(r, "level1"), own(r, "level2"), own(r, "name"), cellText(reader.sameRow(r, 0)).trim()];
    const first = labels.find((t) => t !== "") ?? "";
    if (isNoteText(first)) break;
    if (labels.every((t) => t === "") && rowIsBlank(sheet, r, columns)) {
      if (++blanks >= BLANK_RUN_END) break;
      continue;
    }
    blanks = 0;

    const weightCol = columns.weight;
    const scoreCol = columns.statedScore;
    if (labels.some(isStatedTotalLabel)) {
      if (scoreCol !== undefined) statedTotal = readFigure(cellAt(sheet, r, scoreCol), ref(r, scoreCol), 1, checks, SCORE_SUFFIX);
      if (weightCol !== undefined) {
        statedWeightTotal = readFigure(cellAt(sheet, r, weightCol), ref(r, weightCol), 1, checks, WEIGHT_SUFFIX);
      }
      continue;
    }

    const level1Here = through(r, "level1");
    if (level1Here !== "" && level1Here !== carried1) {
      carried1 = level1Here;
      carried2 = "";
    }
    const level2Here = through(r, "level2");
    if (level2Here !== "") carried2 = level2Here;

    const weightValue = weightCol === undefined ? null : cellAt(sheet, r, weightCol);
    let name = own(r, "name");
    let nameCol = columns.name;
    if (name === "" && weightValue !== null && cellText(weightValue).trim() !== "") {
      // "预算执行率" written in the 一级/二级 cell of its own row, with the name cell left blank.
      if (own(r, "level2") !== "") [name, nameCol] = [own(r, "level2"), columns.level2];
      else if (own(r, "level1") !== "") [name, nameCol] = [own(r, "level1"), columns.level1];
    }
    if (name === "" || nameCol === undefined) continue;
    const nameCell = ref(r, nameCol);

    const targetCol = columns.target;
    const actualCol = columns.actual;
    const unit = own(r, "unit");
    const unitText = unit === "" ? null : unit;
    const target = withUnitColumn(
      readIndicatorValue(
        targetCol === undefined ? null : cellAt(sheet, r, targetCol),
        targetCol === undefined ? null : formatAt(sheet, r, targetCol),
        targetCol === undefined ? nameCell : ref(r, targetCol),
      ),
      unitText,
    );
    const actual = withUnitColumn(
      readIndicatorValue(
        actualCol === undefined ? null : cellAt(sheet, r, actualCol),
        actualCol === undefined ? null : formatAt(sheet, r, actualCol),
        actualCol === undefined ? nameCell : ref(r, actualCol),
      ),
      unitText,
    );

    const weightCell = weightCol === undefined ? nameCell : ref(r, weightCol);
    const weight = readWeight(sheet, weightValue, weightCell);
    if (weight === "blank") {
      // A name with nothing else is a note or a placeholder row; with a target or result it needs a weight.
      if (target.text === "" && actual.text === "") continue;
      checks.push(makeCheck("INVALID_WEIGHT", weightCell, { value: BLANK_WORDS.asValue, name }));
      continue;
    }
    if (weight === "invalid") {
      checks.push(makeCheck("INVALID_WEIGHT", weightCell, { value: cellText(weightValue), name }));
      continue;
    }

    const level2 = carried2 === "" ? null : carried2;
    const level1 = carried1 !== "" ? carried1 : (level1From(level2) ?? level2 ?? "");
    const reasonCol = columns.reason;
    const nature = own(r, "nature");
    const reason = own(r, "reason");
    indicators.push({
      level1,
      level2,
      name,
      natureText: nature === "" ? null : nature,
      unitText,
      target,
      actual,
      weight,
      statedScore:
        scoreCol === undefined ? null : readFigure(cellAt(sheet, r, scoreCol), ref(r, scoreCol), 1, checks, SCORE_SUFFIX),
      reason: reason === "" ? null : reason,
      nameCell,
      reasonCell: reasonCol === undefined ? null : ref(r, reasonCol),
    });
  }

  return {
    sheet: sheet.name,
    range: table.range,
    headerRow: table.headerRow,
    columns,
    indicators,
    statedTotal,
    statedWeightTotal,
    ...(table.title ? { title: table.title } : {}),
  };
}

function rowIsBlank(sheet: Sheet, r: number, columns: Partial<Record<IndicatorColumnRole, number>>): boolean {
  return Object.values(columns).every((c) => c === undefined || cellText(cellAt(sheet, r, c)).trim() === "");
}

/** A weight cell: a number, "10分", "10%", or a number formatted as a percentage (0.1 → 10). */
function readWeight(sheet: Sheet, value: ReturnType<typeof cellAt>, cell: CellRef): Figure | "blank" | "invalid" {
  const reading = readNumber(value, WEIGHT_SUFFIX);
  if (reading.kind === "blank") return "blank";
  // A weight is a share of 100 points: below zero it is a slip, and scoring it would reward a miss.
  if (reading.kind === "invalid" || reading.value.isNegative()) return "invalid";
  const numericCell = typeof value === "number";
  if (numericCell && hasPercentFormat(formatAt(sheet, cell.row, cell.col))) {
    return { value: reading.value.times(HUNDRED), cell, divisor: 0.01, numericCell };
  }
  return { value: reading.value, cell, divisor: 1, numericCell };
}
