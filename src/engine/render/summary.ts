/**
 * The 绩效自评结果 sheet: title, key figures, then the category, budget, indicator and check
 * tables one below the other. Amounts reference the input cells and rates, changes, shares and
 * totals reference the summary's own cells, so a reviewer can trace every figure in Excel.
 */
import type { Dec } from "../decimal";
import { round2, sumDec } from "../decimal";
import type { BudgetResult, CategoryResult, Check, Evaluation, ExecutionScore, IndicatorResult, IndicatorTableResult, LineResult } from "../evaluation";
import { a1, parseA1, refToA1 } from "../grid";
import type { Figure } from "../model";
import type { PlanCell, PlannedSheet } from "../plan";
import { OUTPUT_SHEET_NAMES } from "../plan";
import type { Lang } from "../settings";
import { displayWidth, figureCell, indentedLineName, numberCell, ownFormulaCell, sourceText, sumExpression, textCell } from "./cells";
import type { RenderLabels } from "./labels";
import { labelsFor, sheetTitle } from "./labels";
import { HEADER_STYLE, LINE_HEIGHT, SheetDraft, columnRange, rowRange } from "./sheet-draft";
import { CHART_ROW_HEIGHT, chartPageBreaks, chartedLines, chartsHeading, summaryCharts } from "./summary-charts";
import { fitColumnsToPage, keepTogetherBreaks, pageHeaderFooter, pageRowsHeight } from "./print-layout";
import type { ChartSources } from "./summary-charts";
import { shownValue } from "../narrative/self-evaluation";
import { fill } from "../l10n/template";
import { scoreCells } from "./score-formulas";
import { executionLineIndex, executionPointsRule, pointsUnder } from "../evaluate/execution-score";
import type { ExecutionPointsRule } from "../evaluate/execution-score";
import { countedPointsExpression, executionPointsExpression, executionScoreExpression, gradeFormula, staleFormula } from "./key-formulas";
import type { StaleFigure } from "./key-formulas";
import type { BudgetKey, CategoryKey, CheckKey, ColumnKind, ColumnPlace, IndicatorKey } from "./summary-columns";
import {
  BUDGET_COLUMNS,
  BUDGET_KINDS,
  BUDGET_PLACES,
  CATEGORY_COLUMNS,
  CATEGORY_KINDS,
  CATEGORY_PLACES,
  CHECK_COLUMNS,
  CHECK_KINDS,
  CHECK_PLACES,
  INDICATOR_COLUMNS,
  INDICATOR_KINDS,
  INDICATOR_PLACES,
  NUMBER_FORMAT,
  PRINTED_COLUMNS,
  REASON_COLUMNS,
  REASON_KINDS,
  REASON_PLACES,
  SHEET_COLUMNS,
} from "./summary-columns";

/** Title and note are merged across the printed columns. */
const TITLE_ROW_HEIGHT = 22;
/** Key labels longer than this (units) wrap: the Chinese ones (at most 5 characters) never do. */
const KEY_LABEL_LINE = 12;
/** Units the indicator-name column keeps when the printed columns are narrowed: 5 CJK characters a line. */
const NAME_FLOOR = 12;
const B = BUDGET_PLACES.budget.col;
const E = BUDGET_PLACES.actual.col;
const F = BUDGET_PLACES.priorYear.col;
const RATE = BUDGET_PLACES.rate.col;

/** Rows above a table's first data row: its heading and its header. */
const TABLE_HEAD_ROWS = 2;
const KEY_TOP = 2;
const KEY_LABEL_COL = 0;
const KEY_VALUE_COL = 1;
/** The key values' box ends here (column E). */
const KEY_VALUE_LAST = 4;

type KeyRow = "entity" | "year" | "total" | "grade" | "executionRate" | "executionScore" | "reportStatus";

/** The first table's full marks when they are not 100: the headline then shows the total on a 100-point scale (R18). */
function fullMarksOtherThan100(e: Evaluation): Dec | null {
  const max = e.indicatorTables[0]?.maxTotal ?? null;
  return max === null || max.isZero() || max.equals(100) || e.totalScore === null ? null : max;
}

/** Where everything goes, decided before any cell is written so formulas can point forward. */
interface Layout {
  keyRows: KeyRow[];
  noteRow: number;
  categoryTops: number[];
  budgetTop: number | null;
  indicatorTops: number[];
  /** The explanation block under each indicator table, or null when no indicator has a reason. */
  reasonTops: (number | null)[];
  checksTop: number;
}

/** The indicators whose 偏差原因 the explanation block lists. */
const withReason = (t: IndicatorTableResult): IndicatorResult[] => t.indicators.filter((r) => (r.indicator.reason ?? "").trim() !== "");

function planLayout(e: Evaluation): Layout {
  const keyRows: KeyRow[] = ["entity", "year", "total", "grade", "executionRate"];
  if (e.budget?.executionScore) keyRows.push("executionScore");
  keyRows.push("reportStatus");
  const noteRow = KEY_TOP + keyRows.length;
  let next = noteRow + 2;
  const place = (dataRows: number): number => {
    const top = next;
    next += TABLE_HEAD_ROWS + dataRows + 1;
    return top;
  };
  const categoryTops = e.indicatorTables.map((t) => place(t.categories.length));
  const budgetTop = e.budget ? place(e.budget.lines.length) : null;
  const indicatorTops: number[] = [];
  const reasonTops: (number | null)[] = [];
  for (const t of e.indicatorTables) {
    indicatorTops.push(place(t.indicators.length));
    const reasons = withReason(t).length;
    reasonTops.push(reasons > 0 ? place(reasons) : null);
  }
  const checksTop = place(e.checks.length);
  return { keyRows, noteRow, categoryTops, budgetTop, indicatorTops, reasonTops, checksTop };
}

const keyCellRow = (layout: Layout, key: KeyRow): number => KEY_TOP + layout.keyRows.indexOf(key);

/**
 * The total row when the full marks are not 100: the 100-point score in B:C (the headline), the
 * label 得分合计 in D and the raw sum in E. Otherwise the raw sum is the headline, in B.
 */
const RAW_LABEL_COL = 3;
const RAW_TOTAL_COL = 4;
const totalRef = (e: Evaluation, layout: Layout): string =>
  a1(keyCellRow(layout, "total"), fullMarksOtherThan100(e) ? RAW_TOTAL_COL : KEY_VALUE_COL);

interface TableSpec<K extends string> {
  heading: string;
  keys: readonly K[];
  places: Record<K, ColumnPlace>;
  labels: Record<K, string>;
  kinds: Record<K, ColumnKind>;
  rows: Record<K, PlanCell>[];
}

/**
 * Heading, styled header, data rows; one format per key over all data rows. A key spanning
 * several columns is merged on every row; text wraps in the printed columns only (a machine
 * column keeps one line, so it never makes a printed row taller).
 */
function placeTable<K extends string>(draft: SheetDraft, top: number, spec: TableSpec<K>): void {
  draft.set(top, 0, textCell(spec.heading));
  draft.skipWhenMeasuring(top);
  draft.format(rowRange(top, 0, 0), "@", { bold: true, fontSize: 12 });
  const header = top + 1;
  const bottom = header + spec.rows.length;
  for (const key of spec.keys) {
    const { col, span = 1 } = spec.places[key];
    const right = col + span - 1;
    for (let r = header; r <= bottom; r++) draft.merge(rowRange(r, col, right));
    draft.set(header, col, textCell(spec.labels[key]));
    draft.format(rowRange(header, col, right), "@", HEADER_STYLE);
    spec.rows.forEach((row, i) => draft.set(header + 1 + i, col, row[key]));
    if (spec.rows.length === 0) continue;
    const kind = spec.kinds[key];
    const wrap = kind === "text" && col < PRINTED_COLUMNS;
    draft.format({ top: header + 1, left: col, bottom, right }, NUMBER_FORMAT[kind], {
      border: "thin",
      vertical: "top",
      ...(wrap ? { wrap: true } : {}),
    });
  }
}

function headingFor(base: string, labels: RenderLabels, sheet: string, several: boolean): string {
  return several ? base + fill(labels.sheetSuffix, { sheet }) : base;
}

// ---- budget ----

const present = (f: Figure | null): f is Figure => f !== null;

/** The parent column the engine's share was taken over: 执行数 when both lines have it, else 预算数. */
function shareColumn(line: LineResult, parent: LineResult): number | null {
  if (line.share === null) return null;
  const ratio = (a: Figure | null, b: Figure | null): Dec | null =>
    present(a) && present(b) && !b.value.isZero() ? a.value.dividedBy(b.value) : null;
  if (ratio(line.line.actual, parent.line.actual)?.equals(line.share)) return E;
  if (ratio(line.line.budget, parent.line.budget)?.equals(line.share)) return B;
  return null;
}

function budgetRows(budget: BudgetResult, top: number, writeFormulas: boolean, labels: RenderLabels): Record<BudgetKey, PlanCell>[] {
  const first = top + TABLE_HEAD_ROWS;
  const lines = budget.lines.map((l) => l.line);
  return budget.lines.map((result, i) => {
    const line = result.line;
    const r = first + i;
    // A carry-over (年末结转和结余) has no execution rate: no formula that would show one.
    const rate =
      present(line.budget) && present(line.actual) && line.kind !== "carryOver"
        ? ownFormulaCell(writeFormulas, `=IFERROR(${a1(r, E)}/${a1(r, B)},"")`, result.executionRate)
        : numberCell(result.executionRate);
    const hasChange = present(line.actual) && present(line.priorYear);
    const change = hasChange ? ownFormulaCell(writeFormulas, `=${a1(r, E)}-${a1(r, F)}`, result.change) : numberCell(result.change);
    const changeRate = hasChange
      ? ownFormulaCell(writeFormulas, `=IF(${a1(r, F)}=0,"",(${a1(r, E)}-${a1(r, F)})/${a1(r, F)})`, result.changeRate)
      : numberCell(result.changeRate);
    const parentIndex = line.parentIndex;
    const parent = parentIndex === null ? undefined : budget.lines[parentIndex];
    const shareCol = parent ? shareColumn(result, parent) : null;
    const share =
      shareCol !== null && parentIndex !== null
        ? ownFormulaCell(writeFormulas, `=IFERROR(${a1(r, shareCol)}/${a1(first + parentIndex, shareCol)},"")`, result.share)
        : numberCell(result.share);
    return {
      item: textCell(indentedLineName(lines, i, 1)),
      section: textCell(labels.section[line.section]),
      initialBudget: figureCell(line.initialBudget, writeFormulas),
      budget: figureCell(line.budget, writeFormulas),
      actual: figureCell(line.actual, writeFormulas),
      priorYear: figureCell(line.priorYear, writeFormulas),
      rate,
      change,
      changeRate,
      share,
      source: textCell(
        sourceText([line.nameCell, line.initialBudget?.cell ?? null, line.budget?.cell ?? null, line.actual?.cell ?? null, line.priorYear?.cell ?? null]),
      ),
    };
  });
}

// ---- indicators and categories ----

const IND_WEIGHT = INDICATOR_PLACES.weight.col;
const IND_SCORE = INDICATOR_PLACES.score.col;
const CAT_WEIGHT = CATEGORY_PLACES.weight.col;
const CAT_SCORE = CATEGORY_PLACES.score.col;

const IND_TARGET_NUMBER = INDICATOR_PLACES.targetNumber.col;
const IND_ACTUAL_NUMBER = INDICATOR_PLACES.actualNumber.col;
const IND_STATED = INDICATOR_PLACES.statedScore.col;

function indicatorRows(
  table: IndicatorTableResult,
  top: number,
  headlineRate: string | null,
  writeFormulas: boolean,
  lang: Lang,
  labels: RenderLabels,
): Record<IndicatorKey, PlanCell>[] {
  const first = top + TABLE_HEAD_ROWS;
  return table.indicators.map((result: IndicatorResult, i) => {
    const ind = result.indicator;
    const r = first + i;
    const scored = scoreCells(
      result,
      {
        target: a1(r, IND_TARGET_NUMBER),
        actual: a1(r, IND_ACTUAL_NUMBER),
        weight: a1(r, IND_WEIGHT),
        stated: a1(r, IND_STATED),
        score: a1(r, IND_SCORE),
        headlineRate,
      },
      writeFormulas,
      lang,
      [labels.yes, labels.no],
    );
    return {
      level1: textCell(ind.level1),
      level2: textCell(ind.level2),
      name: textCell(ind.name),
      direction: textCell(labels.direction[result.direction]),
      // As the officer meant it: a 度量单位 column joined to its number ("72890" | "元" → "72890元").
      target: textCell(shownValue(ind, "target")),
      actual: textCell(shownValue(ind, "actual")),
      targetNumber: scored.targetNumber,
      actualNumber: scored.actualNumber,
      weight: figureCell(ind.weight, writeFormulas),
      score: scored.score,
      rule: scored.rule,
      statedScore: figureCell(ind.statedScore, writeFormulas),
      completion: scored.completion,
      // 未核验 (no target or actual to compare): neither met nor missed, whatever the score.
      met: !result.checked ? textCell(labels.unchecked) : (scored.met ?? textCell(result.met ? labels.yes : labels.no)),
      source: textCell(
        sourceText([ind.nameCell, ind.target.cell, ind.actual.cell, ind.weight.cell, ind.statedScore?.cell ?? null, ind.reason === null ? null : ind.reasonCell]),
      ),
    };
  });
}

/**
 * A category's weight and score as sums over its indicators' rows, when those rows account for
 * exactly the engine's figures; otherwise (a grouping render cannot see) the values themselves.
 */
function categoryRows(
  table: IndicatorTableResult,
  top: number,
  indicatorTop: number,
  writeFormulas: boolean,
): Record<CategoryKey, PlanCell>[] {
  const first = top + TABLE_HEAD_ROWS;
  const firstIndicator = indicatorTop + TABLE_HEAD_ROWS;
  return table.categories.map((cat: CategoryResult, i) => {
    const r = first + i;
    const members = table.indicators.flatMap((ind, j) => (ind.indicator.level1 === cat.name ? [{ ind, row: firstIndicator + j }] : []));
    const traceable =
      members.length === cat.count &&
      sumDec(members.map((m) => m.ind.score)).equals(cat.score) &&
      sumDec(members.map((m) => m.ind.indicator.weight.value)).equals(cat.weight);
    const sumOf = (c: number, value: Dec): PlanCell =>
      traceable ? ownFormulaCell(writeFormulas, `=${sumExpression(members.map((m) => ({ row: m.row, col: c })))}`, value) : numberCell(value);
    return {
      name: textCell(cat.name),
      weight: sumOf(IND_WEIGHT, cat.weight),
      score: sumOf(IND_SCORE, cat.score),
      completion: ownFormulaCell(writeFormulas, `=IFERROR(${a1(r, CAT_SCORE)}/${a1(r, CAT_WEIGHT)},"")`, cat.completionRate),
      count: numberCell(cat.count),
      met: numberCell(cat.metCount),
    };
  });
}

// ---- key block ----

/** The summary cell of a budget line's execution rate, when the line has one. */
function rateRefOf(e: Evaluation, layout: Layout, lineIndex: number | null): string | null {
  if (lineIndex === null || layout.budgetTop === null) return null;
  const line = e.budget?.lines[lineIndex];
  return line && present(line.line.budget) && present(line.line.actual) && line.line.kind !== "carryOver"
    ? a1(layout.budgetTop + TABLE_HEAD_ROWS + lineIndex, RATE)
    : null;
}

function keyValues(e: Evaluation, layout: Layout, labels: RenderLabels): Record<KeyRow, { cell: PlanCell; format: string }> {
  const writeFormulas = e.settings.writeFormulas;
  const rateRef = (lineIndex: number): string | null => rateRefOf(e, layout, lineIndex);

  const headlineIndex = e.budget?.headlineIndex ?? null;
  const headlineRate = headlineIndex === null ? null : (e.budget?.lines[headlineIndex]?.executionRate ?? null);
  const headlineRef = headlineIndex === null ? null : rateRef(headlineIndex);
  const executionRate =
    headlineRef !== null && headlineRate !== null ? ownFormulaCell(writeFormulas, `=${headlineRef}`, headlineRate) : numberCell(headlineRate);

  const exec = e.budget?.executionScore ?? null;
  const execRef = exec ? rateRef(exec.lineIndex) : null;
  const executionScore: PlanCell =
    exec === null
      ? null
      : execRef !== null
        ? ownFormulaCell(writeFormulas, executionScoreFormula(e, layout, execRef, exec.weight), exec.score)
        : numberCell(exec.score);

  return {
    entity: { cell: textCell(e.entity), format: "@" },
    year: { cell: numberCell(e.year), format: "0" },
    total: { cell: fullMarksOtherThan100(e) ? scaledCell(e, layout) : totalCell(e, layout), format: NUMBER_FORMAT.score },
    // General, not "@": a formula typed into a text-formatted cell would stay text.
    grade: { cell: gradeCell(e, layout, labels), format: "General" },
    executionRate: { cell: executionRate, format: NUMBER_FORMAT.rate },
    executionScore: { cell: executionScore, format: NUMBER_FORMAT.score },
    reportStatus: { cell: reportStatusCell(e, layout, labels), format: "General" },
  };
}

/**
 * The first table's execution points as an expression on Σ its indicators' weight cells, by the
 * engine's own rule (evaluate/execution-score.ts): the "auto" points of a 90-point table follow
 * the weights; stated or set points are a number. Null without an indicator table on the sheet.
 */
function executionPoints(e: Evaluation, layout: Layout): { rule: ExecutionPointsRule; expression: string } | null {
  const table = e.indicatorTables[0];
  const top = layout.indicatorTops[0];
  if (!table || top === undefined) return null;
  const names = table.indicators.map((r) => r.indicator.name);
  const rule = executionPointsRule(e.settings.executionWeight, names, e.budget?.table.execution?.weight.value ?? null);
  // The rule must give the points the evaluation counts, or the sheet would disagree from the start.
  const now = pointsUnder(rule, sumDec(table.indicators.map((r) => r.indicator.weight.value)));
  const counted = e.budget?.executionScore?.weight ?? null;
  if (now === null ? counted !== null : counted === null || !now.equals(counted)) return null;
  const weights = sumExpression(table.indicators.map((_, i) => ({ row: top + TABLE_HEAD_ROWS + i, col: IND_WEIGHT })));
  return { rule, expression: executionPointsExpression(rule, weights) };
}

function executionScoreFormula(e: Evaluation, layout: Layout, rateRef: string, weight: Dec): string {
  return `=${executionScoreExpression(rateRef, executionPoints(e, layout)?.expression ?? weight.toString())}`;
}

/** The execution points in the grade's maximum: counted while their line's rate is a number on the sheet. */
function countedPoints(e: Evaluation, layout: Layout, exec: ExecutionScore): string {
  const points = executionPoints(e, layout)?.expression ?? exec.weight.toString();
  const rateRef = rateRefOf(e, layout, exec.lineIndex);
  return rateRef === null ? points : countedPointsExpression(rateRef, points);
}

/**
 * Points the weights may yet turn on: the "auto" rule with no points now (weights other than 90),
 * on the line execution would be scored on. The total and the grade carry them as a formula so a
 * weight corrected to 90 adds them as the engine would; null when there are none to carry.
 */
function latentExecution(e: Evaluation, layout: Layout): { score: string; points: string } | null {
  const table = e.indicatorTables[0];
  const points = executionPoints(e, layout);
  if (!table || !e.budget || e.budget.executionScore || table.includesExecutionScore || points?.rule.kind !== "completes") return null;
  const rateRef = rateRefOf(e, layout, executionLineIndex(e.budget.table, e.budget.headlineIndex));
  return rateRef === null ? null : { score: executionScoreExpression(rateRef, points.expression), points: countedPointsExpression(rateRef, points.expression) };
}

/** The grade from the total cell and the category weights (+ execution points), by the grade settings. */
function gradeCell(e: Evaluation, layout: Layout, labels: RenderLabels): PlanCell {
  const shown = textCell(e.grade === null ? null : labels.grade[e.grade]);
  const table = e.indicatorTables[0];
  const top = layout.categoryTops[0];
  if (!e.settings.writeFormulas || !table || top === undefined || table.categories.length === 0 || e.totalScore === null) return shown;
  const f = gradeFormula(totalRef(e, layout), maxExpression(e, layout, table, top), e.settings.gradeBands, labels.grade);
  return { t: "formula", f, v: e.grade === null ? "" : labels.grade[e.grade] };
}

/** The first table's full marks on the sheet: Σ category weights (+ the execution points counted). */
function maxExpression(e: Evaluation, layout: Layout, table: IndicatorTableResult, top: number): string {
  const exec = table.includesExecutionScore ? (e.budget?.executionScore ?? null) : null;
  const weights = sumExpression(table.categories.map((_, i) => ({ row: top + TABLE_HEAD_ROWS + i, col: CAT_WEIGHT })));
  const latent = latentExecution(e, layout);
  return exec ? `${weights}+${countedPoints(e, layout, exec)}` : latent ? `${weights}+${latent.points}` : weights;
}

/**
 * The headline when the weights are not 100 (中江: 110): Σ scores ÷ full marks × 100, rounded as
 * the grade is (evaluate/grades.ts); the raw sum stays in the row below it.
 */
function scaledCell(e: Evaluation, layout: Layout): PlanCell {
  const max = fullMarksOtherThan100(e);
  if (max === null || e.totalScore === null) return null;
  const value = round2(e.totalScore.dividedBy(max).times(100));
  const table = e.indicatorTables[0];
  const top = layout.categoryTops[0];
  if (!e.settings.writeFormulas || !table || top === undefined || table.categories.length === 0) return numberCell(value);
  return { t: "formula", f: `=IFERROR(ROUND(${totalRef(e, layout)}/(${maxExpression(e, layout, table, top)})*100,2),"")`, v: value.toNumber() };
}

/**
 * The figures the report was written from, where they now are on this sheet: total and grade
 * inputs first, then every score, the numbers each score compared, then the budget amounts (the
 * report's figures derive from these).
 */
function staleFigures(e: Evaluation, layout: Layout): StaleFigure[] {
  const out: StaleFigure[] = [];
  const add = (row: number, col: number, value: Dec | null, places: 2 | 4): void => {
    if (value !== null) out.push({ ref: a1(row, col), value, places });
  };
  const total = parseA1(totalRef(e, layout))!;
  add(total.row, total.col, e.totalScore, 2);
  const headline = e.budget?.headlineIndex ?? null;
  if (headline !== null && rateRefOf(e, layout, headline) !== null) {
    add(keyCellRow(layout, "executionRate"), KEY_VALUE_COL, e.budget?.lines[headline]?.executionRate ?? null, 4);
  }
  e.indicatorTables.forEach((table, t) => {
    const catFirst = layout.categoryTops[t]! + TABLE_HEAD_ROWS;
    table.categories.forEach((c, i) => add(catFirst + i, CAT_SCORE, c.score, 2));
    const indFirst = layout.indicatorTops[t]! + TABLE_HEAD_ROWS;
    table.indicators.forEach((r, i) => add(indFirst + i, IND_SCORE, r.score, 2));
    // The numbers the rule compared: the report prints targets and actuals, so a changed actual
    // makes it stale even where the score stays (already at full marks).
    table.indicators.forEach((r, i) => {
      if (r.basis?.kind !== "ratio") return;
      add(indFirst + i, IND_TARGET_NUMBER, r.basis.t, 4);
      add(indFirst + i, IND_ACTUAL_NUMBER, r.basis.a, 4);
    });
  });
  if (e.budget && layout.budgetTop !== null) {
    const first = layout.budgetTop + TABLE_HEAD_ROWS;
    e.budget.lines.forEach((l, i) => {
      for (const [col, figure] of [
        [B, l.line.budget],
        [E, l.line.actual],
        [F, l.line.priorYear],
      ] as const) {
        if (figure) add(first + i, col, figure.value, 2);
      }
    });
  }
  return out;
}

/** "已是最新" while the sheet's figures are those the report was written from; a warning once they differ. */
function reportStatusCell(e: Evaluation, layout: Layout, labels: RenderLabels): PlanCell {
  if (!e.settings.writeFormulas) return null;
  const f = staleFormula(staleFigures(e, layout), labels.staleReport, labels.currentReport);
  return f === null ? null : { t: "formula", f, v: labels.currentReport };
}

/** Σ the first table's category scores (+ the execution score), when they make the engine's total. */
function totalCell(e: Evaluation, layout: Layout): PlanCell {
  const table = e.indicatorTables[0];
  const top = layout.categoryTops[0];
  if (!table || top === undefined || e.totalScore === null) return numberCell(e.totalScore);
  const exec = table.includesExecutionScore ? (e.budget?.executionScore ?? null) : null;
  if (table.includesExecutionScore && exec === null) return numberCell(e.totalScore);
  const parts = sumDec(table.categories.map((c) => c.score));
  const sum = exec ? parts.plus(exec.score) : parts;
  if (table.categories.length === 0 || !sum.equals(e.totalScore)) return numberCell(e.totalScore);
  const cells = table.categories.map((_, i) => ({ row: top + TABLE_HEAD_ROWS + i, col: CAT_SCORE }));
  const latent = latentExecution(e, layout);
  const execPart = exec ? `+${a1(keyCellRow(layout, "executionScore"), KEY_VALUE_COL)}` : latent ? `+${latent.score}` : "";
  return ownFormulaCell(e.settings.writeFormulas, `=${sumExpression(cells)}${execPart}`, e.totalScore);
}

function checkRows(checks: Check[], lang: Lang, labels: RenderLabels): Record<CheckKey, PlanCell>[] {
  return checks.map((check) => ({
    severity: textCell(labels.severity[check.severity]),
    code: textCell(check.code),
    message: textCell(check.message[lang]),
    cell: textCell(check.cell ? refToA1(check.cell) : null),
  }));
}


/** The chart data block's first column: after the machine columns, outside the print area. */
const CHART_DATA_COL = SHEET_COLUMNS;

/**
 * Where the charts read the budget lines: the budget table itself when the lines they draw
 * (chartedLines) are a run of its rows; else a block to the right of the machine columns, one row
 * per charted line: its name, and 全年预算数, 全年执行数, 上年执行数 pointing at the table, so every host's
 * chart takes one range per series and still redraws with the table.
 */
function placeBudgetChartData(draft: SheetDraft, e: Evaluation, layout: Layout, labels: RenderLabels): Pick<ChartSources, "budgetRows" | "budgetColumns"> {
  const table = { item: BUDGET_PLACES.item.col, budget: B, actual: E, priorYear: F };
  if (!e.budget || layout.budgetTop === null) return { budgetRows: null, budgetColumns: table };
  const first = layout.budgetTop + TABLE_HEAD_ROWS;
  const charted = chartedLines(e.budget.lines.map((l) => l.line));
  if (charted.length === 0) return { budgetRows: null, budgetColumns: table };
  if (charted.every((i, k) => i === charted[0]! + k)) {
    return { budgetRows: { first: first + charted[0]!, last: first + charted[charted.length - 1]! }, budgetColumns: table };
  }
  const c = CHART_DATA_COL;
  const block = { item: c, budget: c + 1, actual: c + 2, priorYear: c + 3 };
  draft.set(first - 1, c, textCell(labels.chartData));
  charted.forEach((i, k) => {
    const line = e.budget!.lines[i]!.line;
    const r = first + i;
    // The name as text: the table's is indented by level (R28), which a chart's label need not be.
    draft.set(first + k, block.item, textCell(line.name));
    for (const key of ["budget", "actual", "priorYear"] as const) {
      const figure = line[key];
      const ref = a1(r, table[key]);
      draft.set(first + k, block[key], { t: "formula", f: `=IF(ISNUMBER(${ref}),${ref},"")`, v: figure ? figure.value.toNumber() : "" });
    }
  });
  draft.format({ top: first, left: block.budget, bottom: first + charted.length - 1, right: block.priorYear }, NUMBER_FORMAT.amount, undefined);
  return { budgetRows: { first, last: first + charted.length - 1 }, budgetColumns: block };
}

function chartSources(draft: SheetDraft, e: Evaluation, layout: Layout, labels: RenderLabels): ChartSources {
  const rows = (top: number | null | undefined, count: number): { first: number; last: number } | null =>
    top === null || top === undefined || count === 0 ? null : { first: top + TABLE_HEAD_ROWS, last: top + TABLE_HEAD_ROWS + count - 1 };
  return {
    ...placeBudgetChartData(draft, e, layout, labels),
    categoryRows: rows(layout.categoryTops[0], e.indicatorTables[0]?.categories.length ?? 0),
    categoryColumns: { name: CATEGORY_PLACES.name.col, completion: CATEGORY_PLACES.completion.col },
  };
}

export function renderSummary(e: Evaluation, lang: Lang): PlannedSheet {
  const labels = labelsFor(lang, e.settings.gradeWords);
  const writeFormulas = e.settings.writeFormulas;
  const layout = planLayout(e);
  const draft = new SheetDraft();
  // Title and note span the printed columns; the machine columns stay out of the print area.
  const lastCol = PRINTED_COLUMNS - 1;

  draft.set(0, 0, textCell(sheetTitle("summary", e, labels)));
  draft.skipWhenMeasuring(0);
  draft.merge(rowRange(0, 0, lastCol));
  // Wrapped: a project's title (中江: 50 characters) ran past the page's right edge on one line.
  draft.format(rowRange(0, 0, lastCol), "@", { bold: true, fontSize: 14, wrap: true, vertical: "center" });

  const values = keyValues(e, layout, labels);
  for (const key of layout.keyRows) {
    const r = keyCellRow(layout, key);
    draft.set(r, KEY_LABEL_COL, textCell(labels.key[key]));
    draft.set(r, KEY_VALUE_COL, values[key].cell);
    // Merged over B–E and wrapped: a unit's name ran out of its one-column box (R15).
    const last = key === "total" && fullMarksOtherThan100(e) ? RAW_LABEL_COL - 1 : KEY_VALUE_LAST;
    draft.merge(rowRange(r, KEY_VALUE_COL, last));
    draft.format(rowRange(r, KEY_VALUE_COL, last), values[key].format, { border: "thin", horizontal: "left", vertical: "center", ...(key === "entity" ? { wrap: true } : {}) });
  }
  // The status is red and bold when stale (the plan's conditional format; a host without one
  // shows the words plain).
  const statusRow = keyCellRow(layout, "reportStatus");
  const statusCell = a1(statusRow, KEY_VALUE_COL);
  const keyBottom = KEY_TOP + layout.keyRows.length - 1;
  const keyLabelStyle = { bold: true, fill: "#DDEBF7", border: "thin" } as const;
  draft.format(columnRange(KEY_LABEL_COL, KEY_TOP, keyBottom), "@", keyLabelStyle);
  if (fullMarksOtherThan100(e)) {
    // R18: weights of 110 (中江) printed 自评总分 110.00; the headline is now on 100 points, the sum beside it.
    const r = keyCellRow(layout, "total");
    draft.set(r, RAW_LABEL_COL, textCell(labels.key.rawTotal));
    draft.format(rowRange(r, RAW_LABEL_COL, RAW_LABEL_COL), "@", keyLabelStyle);
    draft.set(r, RAW_TOTAL_COL, totalCell(e, layout));
    draft.format(rowRange(r, RAW_TOTAL_COL, RAW_TOTAL_COL), NUMBER_FORMAT.score, { border: "thin", horizontal: "left", vertical: "center" });
  }
  // A long label wraps ("Budget execution rate"): as one line it would hold column A, shared by
  // every table, too wide for the portrait page.
  for (const key of layout.keyRows) {
    if (displayWidth(labels.key[key]) > KEY_LABEL_LINE) draft.format(rowRange(keyCellRow(layout, key), KEY_LABEL_COL, KEY_LABEL_COL), undefined, { ...keyLabelStyle, wrap: true });
  }

  draft.set(layout.noteRow, 0, textCell(writeFormulas ? labels.noteFormulas : labels.noteValues));
  draft.skipWhenMeasuring(layout.noteRow);
  draft.merge(rowRange(layout.noteRow, 0, lastCol));
  draft.format(rowRange(layout.noteRow, 0, lastCol), "@", { italic: true, fontColor: "#595959" });

  const several = e.indicatorTables.length > 1;
  e.indicatorTables.forEach((table, t) => {
    const top = layout.categoryTops[t]!;
    placeTable(draft, top, {
      heading: headingFor(labels.categoryHeading, labels, table.table.label ?? table.table.sheet, several),
      keys: CATEGORY_COLUMNS,
      places: CATEGORY_PLACES,
      labels: labels.categoryColumns,
      kinds: CATEGORY_KINDS,
      rows: categoryRows(table, top, layout.indicatorTops[t]!, writeFormulas),
    });
  });
  if (e.budget && layout.budgetTop !== null) {
    placeTable(draft, layout.budgetTop, {
      heading: labels.budgetHeading,
      keys: BUDGET_COLUMNS,
      places: BUDGET_PLACES,
      labels: labels.budgetColumns,
      kinds: BUDGET_KINDS,
      rows: budgetRows(e.budget, layout.budgetTop, writeFormulas, labels),
    });
  }
  e.indicatorTables.forEach((table, t) => {
    placeTable(draft, layout.indicatorTops[t]!, {
      heading: headingFor(labels.indicatorHeading, labels, table.table.label ?? table.table.sheet, several),
      keys: INDICATOR_COLUMNS,
      places: INDICATOR_PLACES,
      labels: labels.indicatorColumns,
      kinds: INDICATOR_KINDS,
      rows: indicatorRows(
        table,
        layout.indicatorTops[t]!,
        t === 0 ? rateRefOf(e, layout, e.budget?.headlineIndex ?? null) : null,
        writeFormulas,
        lang,
        labels,
      ),
    });
    const reasonTop = layout.reasonTops[t];
    if (reasonTop !== null && reasonTop !== undefined) {
      placeTable(draft, reasonTop, {
        heading: headingFor(labels.reasonHeading, labels, table.table.label ?? table.table.sheet, several),
        keys: REASON_COLUMNS,
        places: REASON_PLACES,
        labels: { name: labels.indicatorColumns.name, reason: labels.indicatorColumns.reason },
        kinds: REASON_KINDS,
        rows: withReason(table).map((r) => ({ name: textCell(r.indicator.name), reason: textCell(r.indicator.reason) })),
      });
    }
  });
  placeTable(draft, layout.checksTop, {
    heading: labels.checksHeading,
    keys: CHECK_COLUMNS,
    places: CHECK_PLACES,
    labels: labels.checkColumns,
    kinds: CHECK_KINDS,
    rows: checkRows(e.checks, lang, labels),
  });

  // Charts below the last table, each across the printed columns.
  const chartHeadingRow = draft.rows.length + 1;
  const charts = summaryCharts(e, chartSources(draft, e, layout, labels), chartHeadingRow + 1, PRINTED_COLUMNS - 1, lang);
  if (charts.length > 0) {
    draft.set(chartHeadingRow, 0, textCell(chartsHeading(lang)));
    draft.skipWhenMeasuring(chartHeadingRow);
    draft.format(rowRange(chartHeadingRow, 0, 0), "@", { bold: true, fontSize: 12 });
  }

  // Printed columns wrap their text at 18 units so the page stays readable; the machine columns
  // are one line each, as wide as their content up to 60 units.
  const printedRule = { padding: 2, min: 8, max: 18 };
  const widths = [
    ...draft.fitWidths(PRINTED_COLUMNS, printedRule),
    ...draft.fitWidths(Math.max(SHEET_COLUMNS, ...draft.rows.map((r) => r.length)), { padding: 2, min: 8, max: 60 }).slice(PRINTED_COLUMNS),
  ];
  // Then narrowed until the printed columns fit A4 portrait at 9 pt or more.
  // A floor keeps one unit (a digit's width) beside the widest figure: enough against ####. The
  // indicator's name keeps NAME_FLOOR (five or six characters a line), the other columns narrow first.
  const floors = draft.floorWidths(PRINTED_COLUMNS, { ...printedRule, padding: 1 });
  const nameCol = INDICATOR_PLACES.name.col;
  floors[nameCol] = Math.max(floors[nameCol]!, Math.min(NAME_FLOOR, widths[nameCol]!));
  const printed = fitColumnsToPage(widths.slice(0, PRINTED_COLUMNS), floors);
  widths.splice(0, PRINTED_COLUMNS, ...printed.widths);

  const planned = draft.finish({
    ...(charts.length > 0 ? { charts } : {}),
    name: OUTPUT_SHEET_NAMES.summary,
    columnWidths: widths,
    // Several tables share the columns, so only the title row stays in view.
    freeze: { rows: 1, columns: 0 },
    print: {
      ...printed.fit,
      fitToWidth: false,
      titleRows: { top: 0, bottom: 0 },
      lastPrintColumn: PRINTED_COLUMNS - 1,
      headerFooter: pageHeaderFooter(e.entity, e.year, lang),
      // The charts start a page of their own, and a chart too tall for what is left of a page the next.
      ...(charts.length > 0 ? { pageBreaksBefore: chartPageBreaks(charts, chartHeadingRow) } : {}),
    },
  });
  if (writeFormulas) {
    planned.conditionalFormats = [
      { range: rowRange(statusRow, KEY_VALUE_COL, KEY_VALUE_COL), formula: `=${statusCell}="${labels.staleReport.replace(/"/g, '""')}"`, style: { bold: true, fontColor: "#9C0006", fill: "#FFC7CE" } },
    ];
  }
  // The 14 pt title (repeated atop every printed page) needs a row taller than the default 15 pt.
  const heights = planned.rowHeights ?? planned.rows.map(() => null);
  heights[0] = Math.max(TITLE_ROW_HEIGHT, heights[0] ?? 0);
  // A one-line row of CJK text needs one LINE_HEIGHT: LibreOffice's default row (12.8 pt) set the
  // table rows' characters on their bottom border.
  planned.rows.forEach((cells, r) => {
    if (heights[r] === null || heights[r] === undefined) heights[r] = cells.some((c) => c !== null) ? LINE_HEIGHT : null;
  });
  // Rows under the charts get Excel's 15 pt explicitly: LibreOffice's default row is lower and
  // would shrink every chart anchored to them.
  for (const chart of charts) {
    while (heights.length <= chart.anchor.bottom) heights.push(null);
    for (let r = chart.anchor.top; r <= chart.anchor.bottom; r++) heights[r] = CHART_ROW_HEIGHT;
  }
  // Only the title row repeats, so a table that would run onto the next page starts there instead
  // of continuing without its column headings (R15; docs/print-and-charts.md).
  const tableBreaks = keepTogetherBreaks(heights, tableBlocks(e, layout), pageRowsHeight(printed.fit, heights[0]!), 1);
  const breaks = [...new Set([...tableBreaks, ...(planned.print.pageBreaksBefore ?? [])])].sort((a, b) => a - b);
  return { ...planned, rowHeights: heights, print: { ...planned.print, ...(breaks.length > 0 ? { pageBreaksBefore: breaks } : {}) } };
}

/** Every table on the sheet, heading to last row: the blocks a page break must not cut. */
function tableBlocks(e: Evaluation, layout: Layout): { top: number; bottom: number }[] {
  const block = (top: number | null | undefined, rows: number): { top: number; bottom: number }[] =>
    top === null || top === undefined ? [] : [{ top, bottom: top + TABLE_HEAD_ROWS + rows - 1 }];
  return [
    ...e.indicatorTables.flatMap((t, i) => block(layout.categoryTops[i], t.categories.length)),
    ...block(layout.budgetTop, e.budget?.lines.length ?? 0),
    ...e.indicatorTables.flatMap((t, i) => [...block(layout.indicatorTops[i], t.indicators.length), ...block(layout.reasonTops[i], withReason(t).length)]),
    ...block(layout.checksTop, e.checks.length),
  ];
}

/** Where the summary puts the figures a score depends on (A1 addresses), for tests and the trail. */
export interface SummaryAddresses {
  total: string;
  /** The headline on a 100-point scale, when the first table's full marks are not 100 (`total` is then the raw sum beside it). */
  scaled: string | null;
  grade: string;
  reportStatus: string;
  executionScore: string | null;
  /** Per indicator table: its categories' score cells, then its indicators' score cells. */
  categoryScores: string[][];
  indicatorScores: string[][];
  /** Budget line i's row (0-based) on the summary, or null without a budget table. */
  budgetFirstRow: number | null;
}

export function summaryAddresses(e: Evaluation): SummaryAddresses {
  const layout = planLayout(e);
  const key = (k: KeyRow): string => a1(keyCellRow(layout, k), KEY_VALUE_COL);
  return {
    total: totalRef(e, layout),
    scaled: fullMarksOtherThan100(e) ? key("total") : null,
    grade: key("grade"),
    reportStatus: key("reportStatus"),
    executionScore: layout.keyRows.includes("executionScore") ? key("executionScore") : null,
    categoryScores: e.indicatorTables.map((t, i) => t.categories.map((_, j) => a1(layout.categoryTops[i]! + TABLE_HEAD_ROWS + j, CAT_SCORE))),
    indicatorScores: e.indicatorTables.map((t, i) => t.indicators.map((_, j) => a1(layout.indicatorTops[i]! + TABLE_HEAD_ROWS + j, IND_SCORE))),
    budgetFirstRow: layout.budgetTop === null ? null : layout.budgetTop + TABLE_HEAD_ROWS,
  };
}
