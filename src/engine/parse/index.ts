import type { Grid } from "../grid";
import type { DetectedTable } from "../detect/types";
import type { WorkbookModel } from "../model";
import type { Check } from "../evaluation";

export interface ParseResult {
  model: WorkbookModel;
  /** Errors (stop the run) and warnings found while reading cells. */
  checks: Check[];
}

/** Turns detected tables into the typed model; every figure keeps its cell. */
export function parseWorkbook(grid: Grid, tables: DetectedTable[]): ParseResult {
  void grid;
  void tables;
  throw new Error("parseWorkbook: not implemented yet");
}
