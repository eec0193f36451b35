/**
 * Everything the pane needs from the outside world. Components get it through context and
 * never call Office.js themselves; the browser build wires it to the Excel port, tests to fakes.
 */
import type { EvaluateStage } from "../../app/evaluate-workbook";
import type { EngineOptions, EngineResult } from "../../engine";
import type { CellRef, Grid } from "../../engine/grid";
import type { Lang } from "../../engine/settings";

/** The settings a user can change in the pane, stored in the workbook's document settings. */
export interface PaneSettings {
  /** Report language; absent = the engine decides (workbook settings rows, else zh). */
  lang?: Lang;
  /** Summary as live formulas or values; absent = the engine's default. */
  writeFormulas?: boolean;
}

export interface PaneServices {
  readGrid(): Promise<Grid>;
  /** Reads, evaluates and writes (the evaluateWorkbook use case). */
  evaluate(options: EngineOptions, onStage: (stage: EvaluateStage) => void): Promise<EngineResult>;
  selectCell(ref: CellRef): Promise<void>;
  /** Adds the blank input sheets that are missing; returns the names of the sheets added. */
  addTemplate(): Promise<string[]>;
  loadSettings(): Promise<PaneSettings>;
  saveSettings(settings: PaneSettings): Promise<void>;
}
