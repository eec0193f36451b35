/** Running the whole engine on a realistic fixture and reading its results in test-friendly form. */
import { runEngine } from "../../../src/engine";
import type { Grid } from "../../../src/engine/grid";
import { refToA1 } from "../../../src/engine/grid";
import type { Dec } from "../../../src/engine/decimal";
import type { Evaluation } from "../../../src/engine/evaluation";
import type { JsonResult } from "../../../src/engine/json";

export interface Ran {
  evaluation: Evaluation;
  json: JsonResult;
}

export function run(grid: Grid): Ran {
  const r = runEngine(grid);
  if (!r.ok) throw new Error(`engine stopped: ${r.errors.map((c) => c.message.zh).join("; ")}`);
  return { evaluation: r.evaluation, json: r.json };
}

/** Every check as "CODE@Sheet!A1", in the engine's order. */
export function checkList(r: Ran): string[] {
  return r.evaluation.checks.map((c) => `${c.code}@${c.cell ? refToA1(c.cell) : "-"}`);
}

/** A rate to 6 decimals, half-up, as text: what the hand arithmetic in the tests gives. */
export function six(x: Dec | null): string | null {
  return x === null ? null : x.toDecimalPlaces(6).toFixed(6);
}

export function line(r: Ran, name: string) {
  const found = r.evaluation.budget?.lines.find((l) => l.line.name === name);
  if (!found) throw new Error(`no budget line ${name}: ${r.evaluation.budget?.lines.map((l) => l.line.name).join(", ")}`);
  return found;
}

/** Categories as [name, weight, score, completion rate] with plain numbers. */
export function categories(r: Ran, table = 0): [string, number, number, number | null][] {
  return r.evaluation.indicatorTables[table]!.categories.map((c) => [
    c.name,
    c.weight.toNumber(),
    c.score.toNumber(),
    c.completionRate === null ? null : Number(six(c.completionRate)),
  ]);
}

/** Indicator scores by name. */
export function scores(r: Ran, table = 0): Record<string, number> {
  return Object.fromEntries(r.evaluation.indicatorTables[table]!.indicators.map((i) => [i.indicator.name, i.score.toNumber()]));
}
