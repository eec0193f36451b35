/**
 * Indicator table rows → Indicators. 一级/二级 cells merged down (or left blank) inherit from
 * above; a 总分/合计 row is the table's stated total, not an indicator; a 预算执行率 row is kept
 * as an indicator (evaluation decides how to score it).
 */
import type { CellRef, CellValue, Sheet } from "../grid";
import { cellAt, formatAt } from "../grid";
import type { Figure, Indicator, IndicatorColumnRole, IndicatorTable, LevelPoints } from "../model";
import type { Check } from "../evaluation";
import type { DetectedIndicatorTable } from "../detect/types";
import { mergeReader } from "../detect/merges";
import { BLANK_RUN_END, cellText, isNoteText } from "../vocabulary/text";
import { makeCheck } from "../messages";
import { D, HUNDRED } from "../decimal";
import { readFigure, readNumber } from "./numbers";
import { isPlaceholderMark, isPlaceholderName, isStatedTotalLabel, level1From } from "../vocabulary/indicator-words";
import { hasPercentFormat, readIndicatorValue, withUnitColumn } from "./indicator-value";
import { cleanLabel, labelPoints } from "../vocabulary/clean-names";

/** Scores and weights are often written "10分"; weights sometimes "10%". */
const SCORE_SUFFIX = /分$/;
const WEIGHT_SUFFIX = /(分|%)$/;


/** One indicator table's cells, read by column role. */
interface TableCells {
  sheet: Sheet;
  columns: Partial<Record<IndicatorColumnRole, number>>;
  reader: ReturnType<typeof mergeReader>;
  ref: (row: number, col: number) => CellRef;
  /** The cell's own text (a merge's value only on the merge's first row). */
  own: (r: number, role: IndicatorColumnRole) => string;
  /** The cell's text read through merges: a 一级 merged down reads on every row. */
  through: (r: number, role: IndicatorColumnRole) => string;
}

function tableCells(sheet: Sheet, columns: Partial<Record<IndicatorColumnRole, number>>): TableCells {
  const reader = mergeReader(sheet);
  return {
    sheet,
    columns,
    reader,
    ref: (row, col) => ({ sheet: sheet.name, row, col }),
    own: (r, role) => {
      const c = columns[role];
      return c === undefined ? "" : cellText(reader.sameRow(r, c)).trim();
    },
    through: (r, role) => {
      const c = columns[role];
      return c === undefined ? "" : cellText(reader.resolved(r, c)).trim();
    },
  };
}

/** The 一级 and 二级 in force: carried down from the last row that named them. */
interface Levels {
  level1: string;
  level2: string;
}

/** A row's 一级/二级 cells update the levels in force; a new 一级 clears the 二级 (and says its points, if its label does). */
function carryLevels(t: TableCells, r: number, carried: Levels, points: LevelPoints[]): void {
  const printed = t.through(r, "level1");
  const level1Here = cleanLabel(printed);
  if (level1Here !== "" && level1Here !== carried.level1) {
    carried.level1 = level1Here;
    carried.level2 = "";
    const stated = labelPoints(printed);
    const col = t.columns.level1;
    if (stated !== null && col !== undefined && !points.some((p) => p.name === level1Here)) {
      points.push({ name: level1Here, points: new D(stated), cell: t.ref(r, col) });
    }
  }
  const level2Here = cleanLabel(t.through(r, "level2"));
  if (level2Here !== "") carried.level2 = level2Here;
}

/** The indicator's name and its column; "预算执行率" may sit in the 一级/二级 cell with the name cell blank. */
function nameAt(t: TableCells, r: number, weightValue: CellValue): { name: string; nameCol: number | undefined } {
  let name = t.own(r, "name");
  let nameCol = t.columns.name;
  if (name === "" && weightValue !== null && cellText(weightValue).trim() !== "") {
    if (t.own(r, "level2") !== "") [name, nameCol] = [t.own(r, "level2"), t.columns.level2];
    else if (t.own(r, "level1") !== "") [name, nameCol] = [t.own(r, "level1"), t.columns.level1];
  }
  return { name, nameCol };
}

/** The target or actual cell as an IndicatorValue, with a separate 计量单位 column's unit. */
function valueAt(t: TableCells, r: number, role: "target" | "actual", nameCell: CellRef, unitText: string | null) {
  const col = t.columns[role];
  return withUnitColumn(
    readIndicatorValue(
      col === undefined ? null : cellAt(t.sheet, r, col),
      col === undefined ? null : formatAt(t.sheet, r, col),
      col === undefined ? nameCell : t.ref(r, col),
    ),
    unitText,
  );
}

/** One row as an indicator; null for a row that is not one (or whose weight is unusable, with a check). */
function indicatorAt(t: TableCells, r: number, carried: Levels, checks: Check[]): Indicator | null {
  const { columns, sheet } = t;
  const weightCol = columns.weight;
  const scoreCol = columns.statedScore;
  const weightValue = weightCol === undefined ? null : cellAt(sheet, r, weightCol);
  const { name: printedName, nameCol } = nameAt(t, r, weightValue);
  if (printedName === "" || nameCol === undefined) return null;
  const name = cleanLabel(printedName);
  const nameCell = t.ref(r, nameCol);

  const unit = t.own(r, "unit");
  const unitText = unit === "" ? null : unit;
  const target = valueAt(t, r, "target", nameCell, unitText);
  const actual = valueAt(t, r, "actual", nameCell, unitText);

  const weightCell = weightCol === undefined ? nameCell : t.ref(r, weightCol);
  const scoreText = scoreCol === undefined ? "" : cellText(cellAt(sheet, r, scoreCol)).trim();
  if (isNotApplicable(printedName, [target.text, actual.text], cellText(weightValue).trim(), scoreText)) {
    // "指标1：/" with "/" or "—" for its values and no weight: a slot the province's form prints and
    // this project does not use. Left out of scoring; said only where the form marks it so ("/",
    // "—"): a bare "指标2：" slot is the template's spare line, and so is a line whose only mark is
    // a "-" in the name cell (山东 区级自评表 prints one under every 二级 group, docs/forms.md).
    const slotRest = printedName.replace(/^指标\s*\d*\s*[:：]?/, "");
    const markedSlot = slotRest !== printedName && isPlaceholderMark(slotRest);
    if (markedSlot || [target.text, actual.text, cellText(weightValue), scoreText].some(isPlaceholderMark)) {
      checks.push(makeCheck("NOT_APPLICABLE_INDICATOR", nameCell, { name: printedName }));
    }
    return null;
  }
  const weight = readWeight(sheet, weightValue, weightCell);
  if (weight === "blank") {
    // A name with a target or result needs a weight: said once, the cell shown beside it.
    checks.push(makeCheck("MISSING_WEIGHT", weightCell, { name }));
    return null;
  }
  if (weight === "invalid") {
    checks.push(makeCheck("INVALID_WEIGHT", weightCell, { value: cellText(weightValue), name }));
    return null;
  }

  const level2 = carried.level2 === "" ? null : carried.level2;
  const level1 = carried.level1 !== "" ? carried.level1 : (level1From(level2) ?? level2 ?? "");
  const reasonCol = columns.reason;
  const nature = t.own(r, "nature");
  const reason = t.own(r, "reason");
  return {
    level1,
    level2,
    name,
    natureText: nature === "" ? null : nature,
    unitText,
    target,
    actual,
    weight,
    statedScore: scoreCol === undefined ? null : readFigure(cellAt(sheet, r, scoreCol), t.ref(r, scoreCol), 1, checks, SCORE_SUFFIX),
    reason: isNoReason(reason) ? null : reason,
    nameCell,
    reasonCell: reasonCol === undefined ? null : t.ref(r, reasonCol),
  };
}

/** The table's indicators and stated totals, with the checks its cells raised (as evaluate/ returns them). */
export function parseIndicatorTable(sheet: Sheet, table: DetectedIndicatorTable): { table: IndicatorTable; checks: Check[] } {
  const checks: Check[] = [];
  const columns = table.columns;
  const t = tableCells(sheet, columns);
  const indicators: Indicator[] = [];
  let statedTotal: Figure | null = null;
  let statedWeightTotal: Figure | null = null;
  const carried: Levels = { level1: "", level2: "" };
  const levelPoints: LevelPoints[] = [];
  let blanks = 0;

  for (let r = table.headerRow + 1; r <= table.range.bottom; r++) {
    const labels = [t.own(r, "level1"), t.own(r, "level2"), t.own(r, "name"), cellText(t.reader.sameRow(r, 0)).trim()];
    const first = labels.find((x) => x !== "") ?? "";
    if (isNoteText(first)) break;
    if (labels.every((x) => x === "") && rowIsBlank(sheet, r, columns)) {
      if (++blanks >= BLANK_RUN_END) break;
      continue;
    }
    blanks = 0;

    if (labels.some(isStatedTotalLabel)) {
      // The 总分/合计 row states the table's totals: compared, never scored.
      const weightCol = columns.weight;
      const scoreCol = columns.statedScore;
      if (scoreCol !== undefined) statedTotal = readFigure(cellAt(sheet, r, scoreCol), t.ref(r, scoreCol), 1, checks, SCORE_SUFFIX);
      if (weightCol !== undefined) {
        statedWeightTotal = readFigure(cellAt(sheet, r, weightCol), t.ref(r, weightCol), 1, checks, WEIGHT_SUFFIX);
      }
      continue;
    }

    carryLevels(t, r, carried, levelPoints);
    const indicator = indicatorAt(t, r, carried, checks);
    if (indicator) indicators.push(indicator);
  }

  const parsed: IndicatorTable = {
    sheet: sheet.name,
    range: table.range,
    headerRow: table.headerRow,
    columns,
    indicators,
    statedTotal,
    statedWeightTotal,
    ...(table.title ? { title: table.title } : {}),
    ...(levelPoints.length > 0 ? { levelPoints } : {}),
  };
  return { table: parsed, checks };
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

/**
 * A row that scores nothing: no weight (blank or a placeholder mark), no stated score, and
 * values that are blank or placeholder marks. A placeholder name ("指标1：/") with no weight is
 * one whatever its value cells hold.
 */
function isNotApplicable(name: string, values: string[], weightText: string, scoreText: string): boolean {
  const empty = (t: string): boolean => t.trim() === "" || isPlaceholderMark(t);
  if (!empty(weightText) || !empty(scoreText)) return false;
  return isPlaceholderName(name) || values.every(empty);
}

/**
 * A 偏差原因 cell with nothing to say: blank, or a 0 typed where no deviation was (河北 廊坊 prints
 * "0" beside met indicators), which a report must not quote as a reason.
 */
function isNoReason(text: string): boolean {
  if (text === "") return true;
  const reading = readNumber(text);
  return reading.kind === "number" && reading.value.isZero();
}
