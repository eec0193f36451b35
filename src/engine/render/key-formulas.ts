/**
 * Formulas of the summary's key block that are more than a reference: the grade from the grade
 * settings, and the report-status check that says when the figures the report was written
 * from are no longer the sheet's (docs/score-formulas.md).
 */
import type { Dec } from "../decimal";
import { round2 } from "../decimal";
import type { ExecutionPointsRule } from "../evaluate/execution-score";
import type { Grade, GradeBand } from "../settings";

/** Excel's limit on a formula's length, with room to spare. */
const MAX_FORMULA_CHARS = 8000;

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * `=IF(ROUND(total/max*100,2)>=90,"优",IF(…>=80,"良",…))`: the total scaled to 100 and rounded
 * as the engine does (evaluate/grades.ts), tested against the bands' lower bounds, best first.
 * Below every band the cell is empty, as the engine gives no grade.
 */
export function gradeFormula(totalRef: string, maxExpression: string, bands: GradeBand[], names: Record<Grade, string>): string {
  const scaled = `ROUND(${totalRef}/(${maxExpression})*100,2)`;
  const ordered = [...bands].sort((x, y) => y.min - x.min);
  let expression = '""';
  for (const band of [...ordered].reverse()) expression = `IF(${scaled}>=${band.min},${quoted(names[band.grade])},${expression})`;
  return `=IFERROR(${expression},"")`;
}

/** A figure the report printed: the cell now holding it and the value it had, to `places` decimals. */
export interface StaleFigure {
  ref: string;
  value: Dec;
  /** 2 for amounts and scores; 4 for rates printed as percentages with 2 decimals. */
  places: 2 | 4;
}

function printed(value: Dec, places: 2 | 4): string {
  return (places === 2 ? round2(value) : value.toDecimalPlaces(4)).toString();
}

/**
 * `=IF(OR(ROUND(E20,2)<>28082.29,…),"报告需重新生成","已是最新")`, an error counting as a change. Figures are taken in the order given
 * (the most telling first) until the formula would grow past Excel's limit.
 */
export function staleFormula(figures: StaleFigure[], message: string, current: string): string | null {
  const tests: string[] = [];
  let length = 40 + message.length;
  for (const f of figures) {
    const test = `ROUND(${f.ref},${f.places})<>${printed(f.value, f.places)}`;
    if (length + test.length + 1 > MAX_FORMULA_CHARS) break;
    tests.push(test);
    length += test.length + 1;
  }
  if (tests.length === 0) return null;
  // A figure turned into text or an error is as stale as a changed one.
  // A word when current, not "": an empty status prints as a row left unfinished (R15).
  return `=IFERROR(IF(OR(${tests.join(",")}),${quoted(message)},${quoted(current)}),${quoted(message)})`;
}

/**
 * The execution points under their rule (evaluate/execution-score.ts, docs/rules.md §3.2) as an
 * expression on the sheet's Σ indicator weights: a number, or `IF(Σ=90,10,0)` for the "auto"
 * points that complete a 90-point table, so a changed weight turns them on or off as the engine
 * would.
 */
export function executionPointsExpression(rule: ExecutionPointsRule, weightsSum: string): string {
  switch (rule.kind) {
    case "none":
      return "0";
    case "fixed":
      return rule.points.toString();
    case "completes":
      return `IF(${weightsSum}=${rule.weights.toString()},${rule.points.toString()},0)`;
  }
}

/**
 * The points while the rate cell holds a number: with no rate (a budget of 0 shows "") the engine
 * counts no points, in the total or its maximum (executionScoreOf), where MIN("",1) would give 1.
 */
export function countedPointsExpression(rateRef: string, points: string): string {
  return `IF(ISNUMBER(${rateRef}),${points},0)`;
}

/** min(rate, 1) × points, rounded as the engine rounds a score (executionScoreOf); 0 without a rate. */
export function executionScoreExpression(rateRef: string, points: string): string {
  return `IF(ISNUMBER(${rateRef}),ROUND(MIN(${rateRef},1)*${points},2),0)`;
}
