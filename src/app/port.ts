/**
 * The one small port between the use cases and a workbook: Office.js (src/excel/) and
 * ExcelJS (src/node/) implement it. Nothing else touches a workbook.
 */
import type { Grid } from "../engine/light";
import type { OutputPlan } from "../engine/light";

export interface WorkbookPort {
  /** A snapshot of every sheet (values, number formats, merges) in a constant number of round trips. */
  readGrid(): Promise<Grid>;
  /**
   * Creates or replaces the plan's sheets as a whole. All or nothing: on failure the
   * workbook is left exactly as it was. Never writes any sheet not named in the plan.
   */
  applyPlan(plan: OutputPlan): Promise<void>;
}
