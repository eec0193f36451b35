/**
 * Reading a budget block's rows: one line per row under the header, or, below a row that opens
 * 按收入性质分 and 按支出性质分 side by side (池州/贵池 部门整体支出 form, 收支总表), two lines
 * per row, one from each half. Each half's lines are kept as a run of their own, left first.
 */
import type { CellRef, Sheet } from "../grid";
import { cellAt } from "../grid";
import type { BudgetColumnRole, Figure, Section, StatedRate } from "../model";
import type { Check } from "../evaluation";
import type { MergeReader } from "../detect/merges";
import type { HeaderHalf } from "../detect/types";
import { BLANK_RUN_END, cellText, isNoteText, removeSpaces, toHalfWidth } from "../vocabulary/text";
import { AMOUNT_ROLES, type AmountRole } from "../vocabulary/header-roles";
import { matchRole } from "../detect/header-roles";
import { readFigure, readNumber } from "./numbers";
import { readStatedRate } from "./stated-rate";
import { cleanLineName, isTotalName, sectionFromText } from "../vocabulary/budget-lines";

export type Amounts = Record<AmountRole, Figure | null>;

/** Scores are often written "10分". */
const SCORE_SUFFIX = /分$/;
const HAS_WORDS = /[\u4e00-\u9fff]/;

export interface RawLine {
  row: number;
  nameCol: number;
  rawName: string;
  figures: Amounts;
  /** The block's own 分值 and 得分 cells on this row (MOF 自评表), read on whole rows only. */
  weight: Figure | null;
  statedScore: Figure | null;
  /** The block's own 执行率 cell on this row, as printed (whole rows only). */
  statedRate: StatedRate | null;
  /** The 类别 cell's text (read through merges). */
  categoryText: string;
  /** 0: whole rows; 1 and 2: the left and right halves below a side-by-side heading row. */
  run: number;
  /** The section the half's heading names (按收入性质分 → revenue). */
  runSection: Section | null;
}

interface Context {
  sheet: Sheet;
  reader: MergeReader;
  columns: Partial<Record<BudgetColumnRole, number>>;
  divisor: number;
  checks: Check[];
}

const noAmounts = (): Amounts => ({ initialBudget: null, budget: null, actual: null, priorYear: null });
const ref = (ctx: Context, row: number, col: number): CellRef => ({ sheet: ctx.sheet.name, row, col });
const hasAny = (f: Amounts): boolean => AMOUNT_ROLES.some((r) => f[r] !== null);

function ownText(ctx: Context, row: number, col: number): string {
  return cellText(ctx.reader.sameRow(row, col)).trim();
}

function isWords(text: string): boolean {
  return HAS_WORDS.test(text) && readNumber(text).kind !== "number";
}

interface Half {
  left: number;
  right: number;
  section: Section;
  /** Value columns whose role the heading row names ("执行数" over a half's figures). */
  roles: Map<number, AmountRole>;
}

/**
 * A row holding a revenue heading and, further right, an expenditure heading, and no figures:
 * the rows below it are read in two halves.
 */
function splitAt(ctx: Context, row: number, width: number): [Half, Half] | null {
  let revenue: number | null = null;
  let expenditure: number | null = null;
  const roles = new Map<number, AmountRole>();
  for (let c = 0; c < width; c++) {
    const raw = ownText(ctx, row, c);
    if (raw === "") continue;
    if (!isWords(raw)) return null;
    const { name } = cleanLineName(raw);
    const role = matchRole("budget", removeSpaces(toHalfWidth(name)))?.role;
    if (role && (AMOUNT_ROLES as readonly string[]).includes(role)) roles.set(c, role as AmountRole);
    if (isTotalName(name)) return null;
    const section = sectionFromText(name);
    if (section === "revenue" && revenue === null) revenue = c;
    if (section === "expenditure" && expenditure === null) expenditure = c;
  }
  if (revenue === null || expenditure === null || revenue >= expenditure) return null;
  const pick = (l: number, r: number): Map<number, AmountRole> =>
    new Map([...roles].filter(([c]) => c >= l && c <= r));
  return [
    { left: revenue, right: expenditure - 1, section: "revenue", roles: pick(revenue, expenditure - 1) },
    { left: expenditure, right: width - 1, section: "expenditure", roles: pick(expenditure, width - 1) },
  ];
}

/** One half of a row: its first words are the name, the numbers after them its figures (执行数 unless named). */
function readHalf(ctx: Context, row: number, half: Half, run: number): RawLine | null {
  let nameCol = -1;
  for (let c = half.left; c <= half.right && nameCol < 0; c++) if (isWords(ownText(ctx, row, c))) nameCol = c;
  if (nameCol < 0) return null;
  const figures = noAmounts();
  for (let c = nameCol + 1; c <= half.right; c++) {
    const value = cellAt(ctx.sheet, row, c);
    const reading = readNumber(value);
    if (reading.kind !== "number") continue;
    const role = half.roles.get(c) ?? "actual";
    if (figures[role] !== null) continue;
    figures[role] = {
      value: ctx.divisor === 1 ? reading.value : reading.value.div(ctx.divisor),
      cell: ref(ctx, row, c),
      divisor: ctx.divisor,
      numericCell: typeof value === "number",
    };
  }
  const rawName = ownText(ctx, row, nameCol);
  return { row, nameCol, rawName, figures, weight: null, statedScore: null, statedRate: null, categoryText: "", run, runSection: half.section };
}

function readWhole(ctx: Context, row: number): RawLine {
  const { columns } = ctx;
  const figures = noAmounts();
  for (const role of AMOUNT_ROLES) {
    const col = columns[role];
    if (col !== undefined) figures[role] = readFigure(cellAt(ctx.sheet, row, col), ref(ctx, row, col), ctx.divisor, ctx.checks);
  }
  const score = (col: number | undefined): Figure | null =>
    col === undefined ? null : readFigure(cellAt(ctx.sheet, row, col), ref(ctx, row, col), 1, ctx.checks, SCORE_SUFFIX);
  const nameCol = columns.item as number;
  return {
    row,
    nameCol,
    rawName: cellText(ctx.reader.sameRow(row, nameCol)),
    figures,
    weight: score(columns.weight),
    statedScore: score(columns.statedScore),
    statedRate: columns.rate === undefined ? null : readStatedRate(cellAt(ctx.sheet, row, columns.rate), ref(ctx, row, columns.rate)),
    categoryText: columns.category === undefined ? "" : cellText(ctx.reader.resolved(row, columns.category)).trim(),
    run: 0,
    runSection: null,
  };
}

/**
 * A row of a header that names its roles twice (收入支出决算总表): each half read as a whole row
 * with its own columns; a half with neither a name nor a figure gives no line.
 */
function readHeaderHalves(ctx: Context, row: number, halves: HeaderHalf[]): (RawLine | null)[] {
  return halves.map((half, i) => {
    const line = readWhole({ ...ctx, columns: half.columns }, row);
    if (line.rawName.trim() === "" && !hasAny(line.figures)) return null;
    const section = half.label === null ? null : sectionFromText(half.label);
    return { ...line, run: i + 1, runSection: section };
  });
}

/**
 * Every row of the block as raw lines: whole rows first, then the left half's, then the right
 * half's. `headerHalves` (a side-by-side header) reads every row in halves from the first.
 */
export function readBudgetRows(
  ctx: Context,
  firstRow: number,
  lastRow: number,
  width: number,
  headerHalves: HeaderHalf[] | null = null,
): RawLine[] {
  if (headerHalves) return readInHalves(ctx, firstRow, lastRow, headerHalves);
  const whole: RawLine[] = [];
  const halves: [RawLine[], RawLine[]] = [[], []];
  let split: [Half, Half] | null = null;
  let blanks = 0;
  for (let r = firstRow; r <= lastRow; r++) {
    if (ctx.columns.item === undefined) break;
    if (!split) {
      // Checked before reading figures: the heading row's words sit in amount columns.
      split = splitAt(ctx, r, width);
      if (split) {
        blanks = 0;
        continue;
      }
      const line = readWhole(ctx, r);
      if (isNoteText(line.rawName)) break;
      if (line.rawName.trim() === "" && !hasAny(line.figures)) {
        if (++blanks >= BLANK_RUN_END) break;
        continue;
      }
      blanks = 0;
      whole.push(line);
      continue;
    }
    const step = addHalfRow(
      split.map((h, i) => readHalf(ctx, r, h, i + 1)),
      halves,
    );
    if (step === "end") break;
    if (step === "blank") {
      if (++blanks >= BLANK_RUN_END) break;
      continue;
    }
    blanks = 0;
  }
  return [...whole, ...halves[0], ...halves[1]];
}

/** One row read in halves: nothing in it ("blank"), a notes row ("end"), or added to each half's run. */
function addHalfRow(found: (RawLine | null)[], runs: RawLine[][]): "blank" | "end" | "added" {
  if (found.every((l) => l === null)) return "blank";
  if (found.some((l) => l !== null && isNoteText(l.rawName))) return "end";
  found.forEach((l, i) => l && runs[i]!.push(l));
  return "added";
}

function readInHalves(ctx: Context, firstRow: number, lastRow: number, halves: HeaderHalf[]): RawLine[] {
  const runs: RawLine[][] = halves.map(() => []);
  let blanks = 0;
  for (let r = firstRow; r <= lastRow; r++) {
    const step = addHalfRow(readHeaderHalves(ctx, r, halves), runs);
    if (step === "end") break;
    if (step === "blank") {
      if (++blanks >= BLANK_RUN_END) break;
      continue;
    }
    blanks = 0;
  }
  return runs.flat();
}

export type { Context as RowContext };
export { hasAny as hasAmounts };
