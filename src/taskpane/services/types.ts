/**
 * Everything the pane needs from the outside world. Components get it through context and
 * never call Office.js themselves; the browser build wires it to the Excel port, tests to fakes.
 */
import type { EvaluateStage, WorkbookEvaluation } from "../../app/evaluate-workbook";
import type { EngineOptions } from "../../engine";
import type { CellRef, Grid } from "../../engine/light";
import type { PaneSettings } from "../../app/pane-settings";
import type { ReportDocument } from "../../engine/light";
import type { ExportOutcome } from "./report-export";
import type { ReadWarning } from "../../app/read-cap";

/** Something the last read could not take in full (a sheet too large, merges not listed), in both languages. */
export type { ReadWarning } from "../../app/read-cap";

export interface PaneServices {
  readGrid(): Promise<Grid>;
  /**
   * Reads, evaluates and writes (the evaluateWorkbook use case), with the grid it read, so the
   * pane's list of tables shows what this run saw.
   */
  evaluate(options: EngineOptions, onStage: (stage: EvaluateStage) => void): Promise<WorkbookEvaluation>;
  /** What the last read (readGrid or evaluate) left out, naming sheet and cells; [] when it read everything. */
  readWarnings(): ReadWarning[];
  /** False when the cell's sheet no longer exists (renamed or deleted since the check). */
  selectCell(ref: CellRef): Promise<boolean>;
  /** Adds the blank input sheets that are missing; returns the names of the sheets added. */
  addTemplate(): Promise<string[]>;
  loadSettings(): Promise<PaneSettings>;
  saveSettings(settings: PaneSettings): Promise<void>;
  /**
   * Saves the report as a .docx: a download where the host allows one (Excel on the web), a file
   * the host writes (WPS: { savedTo: path }), else "unavailable".
   */
  exportWord(doc: ReportDocument): Promise<ExportOutcome>;
  /** Puts the report on the clipboard: "html" (formatted) or "text" where the host takes no more. */
  copyReport(doc: ReportDocument): Promise<"html" | "text">;
}
