import type { EvaluateStage } from "../../app/evaluate-workbook";
import type { PaneStrings } from "../i18n";

/** What the status line says at each stage of a run; null means no run has started. */
export function stageText(stage: EvaluateStage | null, s: PaneStrings): string {
  switch (stage) {
    case null:
      return s.statusIdle;
    case "reading":
      return s.stageReading;
    case "evaluating":
      return s.stageEvaluating;
    case "writing":
      return s.stageWriting;
    case "done":
      return s.stageDone;
    case "failed":
      return s.stageFailed;
  }
}

/** Progress bar value (0..1): each stage starts a quarter further along. */
export function stageProgress(stage: EvaluateStage | null): number {
  switch (stage) {
    case null:
      return 0;
    case "reading":
      return 0.25;
    case "evaluating":
      return 0.5;
    case "writing":
      return 0.75;
    case "done":
    case "failed":
      return 1;
  }
}
