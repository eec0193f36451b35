/**
 * The Evaluate use case, shared by the command line, the ribbon command and the task pane:
 * read a snapshot, run the engine, and write the output sheets only when there is no error.
 */
import type { WorkbookPort } from "./port";
import { runEngine } from "../engine";
import type { EngineOptions, EngineResult, Grid } from "../engine";

/** "failed": the engine found errors, so nothing was written. */
export type EvaluateStage = "reading" | "evaluating" | "writing" | "done" | "failed";

/** The run's result and the snapshot it was made from (the pane lists the tables this run saw). */
export interface WorkbookEvaluation {
  grid: Grid;
  result: EngineResult;
}

export async function evaluateWorkbook(
  port: WorkbookPort,
  options: EngineOptions = {},
  onStage: (stage: EvaluateStage) => void = () => undefined,
): Promise<WorkbookEvaluation> {
  onStage("reading");
  const grid = await port.readGrid();
  onStage("evaluating");
  const result = runEngine(grid, options);
  if (result.ok) {
    onStage("writing");
    await port.applyPlan(result.plan);
  }
  onStage(result.ok ? "done" : "failed");
  return { grid, result };
}
