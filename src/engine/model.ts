/**
 * The typed model the parsers produce. Every figure keeps the cell it came from, so the
 * summary can be written as formulas and any check can point at its source.
 */
import type { CellRange, CellRef } from "./grid";
import type { Dec } from "./decimal";

/** A number read from one cell, already converted to 万元 where it was money in 元. */
export interface Figure {
  value: Dec;
  cell: CellRef;
  /**
   * How the cell's own value relates to `value`: value = cellValue / divisor
   * (10000 when the table is in 元, 1 otherwise). Render uses it to write formulas.
   */
  divisor: number;
  /** True when the cell holds a real number (not text), so a formula can reference it. */
  numericCell: boolean;
}

export type MoneyUnit = "万元" | "元" | "千元" | "亿元";

export type Section = "revenue" | "expenditure" | "other";

/**
 * What a budget line is, decided once by the parser (the names it goes by are in
 * vocabulary/budget-lines.ts); everything after it reads the kind, never the name.
 * - item: an ordinary line, part of the total above or below it.
 * - subItem: a "其中：" line, or a plain line continuing one (part of the line above, not a
 *   further part of the total).
 * - carryOver: a balance carried into or out of the year (年初结转和结余, 年末结转和结余) that
 *   belongs to a 总计 beside the year's own total: no execution of its own.
 * - total: a …合计 (or 年度资金总额, 总额…) over its items.
 * - yearTotal: the year's own total inside a 总计 (本年收入合计 within 收入总计 = 本年收入合计 +
 *   年初结转和结余): it, not the 总计, is the year's revenue or expenditure.
 * - grandTotal: a …总计, which may hold the year's total beside the carry-overs.
 * - subtotal: a 小计 over the items of its group.
 * - memo: a line reported beside revenue and expenditure (三公经费), heading its own items.
 * Every kind but item, subItem and carryOver is a total (see isTotalLine).
 */
export type BudgetLineKind = "item" | "subItem" | "carryOver" | "total" | "yearTotal" | "grandTotal" | "subtotal" | "memo";

export interface BudgetLine {
  name: string;
  section: Section;
  kind: BudgetLineKind;
  /** Name of the total (or, for "其中：" rows, the line above) this line belongs to. */
  parent: string | null;
  /** Index into BudgetTable.lines of the parent, or null. */
  parentIndex: number | null;
  /** The item-name cell: the row a check about this line points at. */
  nameCell: CellRef;
  initialBudget: Figure | null;
  budget: Figure | null;
  actual: Figure | null;
  priorYear: Figure | null;
  /** The 执行率 a self-evaluation form prints on this line, compared with the computed rate. */
  statedRate?: StatedRate | null;
}

/** A printed execution rate as a percentage, with the decimal places it was printed to. */
export interface StatedRate {
  percent: Dec;
  places: number;
  text: string;
  cell: CellRef;
}

export type BudgetColumnRole =
  | "item"
  | "category"
  | "initialBudget"
  | "budget"
  | "actual"
  | "priorYear"
  // The MOF 自评表's budget block scores execution itself: 分值 | 执行率 | 得分.
  | "weight"
  | "rate"
  | "statedScore";

export interface BudgetTable {
  sheet: string;
  range: CellRange;
  headerRow: number;
  columns: Partial<Record<BudgetColumnRole, number>>;
  /** The unit the sheet states; figures are always converted to 万元. */
  sourceUnit: MoneyUnit;
  lines: BudgetLine[];
  /** The block's own execution points (分值 | 得分 columns), when it has them. */
  execution?: BudgetExecutionCells | null;
}

/**
 * A budget block that scores execution itself (MOF 项目支出绩效自评表: 分值 | 执行率 | 得分):
 * the points stated on the line they score (年度资金总额), and the evaluator's own score.
 */
export interface BudgetExecutionCells {
  /** Index into BudgetTable.lines of the line whose execution rate is scored. */
  lineIndex: number;
  weight: Figure;
  statedScore: Figure | null;
}

export type Comparator = "≥" | "≤" | "=" | ">" | "<";

/** An indicator value as written: "≥95%", "≤10天", "15公里", "逐步完善". */
export interface IndicatorValue {
  text: string;
  comparator: Comparator | null;
  /** The number in the text; for percentages this is the percent number (95 for "95%"). */
  number: Dec | null;
  unit: string | null;
  isPercent: boolean;
  /** A range's upper bound ("3-5天" → 5): the cap of a 反向 indicator, whose target is the range. */
  upper?: Dec;
  /** A date or deadline ("12月底前", "2023年6月30日"), compared as a point in the year. */
  date?: CalendarPoint;
  /** The cell's own number when it holds one (not text): 0.95 for a 95% cell. Formulas start there. */
  cellNumber?: number;
  cell: CellRef;
}

/** A day of the year as month × 100 + day (12月底 → 1231), with its year when written. */
export interface CalendarPoint {
  year: number | null;
  monthDay: number;
}

export type IndicatorColumnRole =
  | "level1"
  | "level2"
  | "name"
  | "nature"
  | "unit"
  | "target"
  | "actual"
  | "weight"
  | "statedScore"
  | "reason";

export interface Indicator {
  level1: string;
  level2: string | null;
  name: string;
  /** The 指标性质/指标方向 cell as written ("正向", "≥", "定性"...), if the table has one. */
  natureText: string | null;
  /** A separate 计量单位 column's text, if present. */
  unitText: string | null;
  target: IndicatorValue;
  actual: IndicatorValue;
  weight: Figure;
  statedScore: Figure | null;
  reason: string | null;
  /** The indicator-name cell: the row a check about this indicator points at. */
  nameCell: CellRef;
  /** Column of the reason cell (whether or not it is filled), for checks. */
  reasonCell: CellRef | null;
}

export interface IndicatorTable {
  sheet: string;
  range: CellRange;
  headerRow: number;
  columns: Partial<Record<IndicatorColumnRole, number>>;
  indicators: Indicator[];
  /** A 总分/合计 row's stated score, compared with our total, never scored. */
  statedTotal: Figure | null;
  /** A 总分/合计 row's stated weight sum. */
  statedWeightTotal: Figure | null;
  /**
   * In a workbook of one project per sheet, the funds table on this table's own sheet, for every
   * table after the first (the first project's is WorkbookModel.budget). Absent otherwise.
   */
  ownBudget?: BudgetTable;
  /** The title row above the table ("2023年度重点项目绩效自评表"), when there is one. */
  title?: string;
  /** The points a 一级 label states ("效益指标(30分)"), at the label's first cell: compared with its indicators' 分值. */
  levelPoints?: LevelPoints[];
  /**
   * How the report and results sheet name the table among several: its sheet, or its title when
   * another table shares the sheet. Absent for a table alone on its sheet (the sheet names it).
   */
  label?: string;
}

export interface LevelPoints {
  name: string;
  points: Dec;
  cell: CellRef;
}

/** Narrative inputs an officer writes by hand, carried into the report. */
export interface NarrativeInputs {
  functions: string | null; // 部门职能
  annualWork: string | null; // 年度总体工作和重点工作任务
  goals: string | null; // 绩效目标
  management: string | null; // 绩效管理情况
  problems: string | null; // 存在问题
  measures: string | null; // 改进措施
  /** 项目概况, on a project self-evaluation (the project report's first section). */
  overview?: string | null;
  /**
   * What the year achieved against the 年度总体目标: the 实际完成情况 cell beside the goal's
   * 预期目标 (财预〔2020〕10号 form and its provincial versions). Told beside the goal in the report.
   */
  goalsAchieved?: string | null;
}

/** The two kinds of self-evaluation (docs/rules.md §1): a unit's whole budget, or one project's funds. */
export type FormKind = "department" | "project";

export interface InfoSheet {
  sheet: string;
  entity: string | null;
  year: number | null;
  selfReference: string | null;
  /** 项目名称, on a project self-evaluation form. */
  projectName?: string | null;
  /** The kind of form a title row names ("…项目支出绩效自评表"), when one does. */
  formKind?: FormKind | null;
  /** Every key | value pair, normalised key → value and cell, for settings overrides. */
  entries: { key: string; value: string | number | boolean | null; cell: CellRef }[];
  narrative: NarrativeInputs;
}

export interface WorkbookModel {
  budget: BudgetTable | null;
  indicatorTables: IndicatorTable[];
  info: InfoSheet | null;
}
