/**
 * The batch's --json result: an addition to the single-file contract (schemaVersion 1), told
 * apart by `kind: "batch"`. Each evaluated file's `result` is exactly the single-file result.
 */
import type { JsonResult } from "../../engine/light";
import type { FileOutcome, OutcomeStatus } from "./outcome";

export interface JsonBatchFile {
  /** As shown on the command line: relative to the working folder when below it. */
  input: string;
  output: string | null;
  status: OutcomeStatus;
  reason: string | null;
  result: JsonResult | null;
}

export interface JsonBatchResult {
  schemaVersion: 1;
  kind: "batch";
  evaluated: number;
  notEvaluated: number;
  summary: string | null;
  files: JsonBatchFile[];
}

export function batchJson(outcomes: FileOutcome[], summary: string | null, shown: (p: string) => string): JsonBatchResult {
  return {
    schemaVersion: 1,
    kind: "batch",
    evaluated: outcomes.filter((o) => o.status === "evaluated").length,
    notEvaluated: outcomes.filter((o) => o.status !== "evaluated").length,
    summary,
    files: outcomes.map((o) => ({
      input: shown(o.input),
      output: o.output === null ? null : shown(o.output),
      status: o.status,
      reason: o.reason,
      result: o.json,
    })),
  };
}
