/**
 * What evaluating one file of a batch produced, as plain data: it crosses from a worker thread
 * to the main thread (structured clone), so it holds no class instances and no Decimals.
 */
import type { JsonResult, RuleSet } from "../../engine/light";

export type OutcomeStatus =
  /** Evaluated and its output written. */
  | "evaluated"
  /** Read, but the engine found errors: nothing written (as for a single file). */
  | "rejected"
  /** Not a workbook we can read: missing, locked, damaged, password-protected. */
  | "unreadable"
  /** Evaluated, but its output could not be written. */
  | "unwritable"
  /** A bug: reported for this file, the batch goes on. */
  | "internal";

export interface OutcomeCheck {
  code: string;
  severity: "error" | "warning" | "info";
  message: string;
  /** "收支情况表!D7", or null for the workbook as a whole. */
  cell: string | null;
}

export interface FileOutcome {
  /** Absolute paths. */
  input: string;
  /** The written output, or null when nothing was written. */
  output: string | null;
  status: OutcomeStatus;
  /** Why it was not evaluated, one line in the batch's language; null when evaluated. */
  reason: string | null;
  entity: string | null;
  year: number | null;
  formKind: "department" | "project" | null;
  /** The self-evaluation score, 2 decimals as printed; null when there is none. */
  totalScore: number | null;
  grade: "优" | "良" | "中" | "差" | null;
  /** The grade as the file's settings name it, in the batch's language ("合格", "合格 (fair)"); null when there is none. */
  gradeLabel: string | null;
  /** The headline line's execution rate as a fraction (0.9831), null when there is none. */
  executionRate: number | null;
  checks: OutcomeCheck[];
  /** The file's --json result, kept only when the batch writes its own JSON. */
  json: JsonResult | null;
}

/** One file to evaluate: everything a worker needs, as plain data. */
export interface FileJob {
  input: string;
  output: string;
  lang: "zh" | "en" | null;
  values: boolean;
  /** --rule-set, or null to leave it to each workbook. */
  ruleSet: RuleSet | null;
  keepJson: boolean;
}

export function emptyOutcome(job: FileJob, status: OutcomeStatus, reason: string | null): FileOutcome {
  return {
    input: job.input,
    output: null,
    status,
    reason,
    entity: null,
    year: null,
    formKind: null,
    totalScore: null,
    grade: null,
    gradeLabel: null,
    executionRate: null,
    checks: [],
    json: null,
  };
}
