import { Button, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { Ref } from "react";
import type { EvaluateStage } from "../../app/evaluate-workbook";
import { useStrings } from "../context";
import { stageProgress, stageText } from "../view/stage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  status: { fontSize: tokens.fontSizeBase200, minHeight: tokens.lineHeightBase200 },
});

export interface EvaluatePanelProps {
  stage: EvaluateStage | null;
  running: boolean;
  notice: string | null;
  /** The last run ended in an error (shown in the message bar): the bar turns red. */
  failed: boolean;
  onEvaluate: () => void;
  /** Lets the pane give focus back to the main action. */
  buttonRef?: Ref<HTMLButtonElement>;
}

/** The main action, its progress, and the status line screen readers announce. */
export function EvaluatePanel({ stage, running, notice, failed, onEvaluate, buttonRef }: EvaluatePanelProps) {
  const s = useStrings();
  const styles = useStyles();
  const status = stageText(stage, s);
  return (
    <div className={styles.root}>
      <Button ref={buttonRef} appearance="primary" size="large" onClick={onEvaluate} disabledFocusable={running}>
        {s.evaluate}
      </Button>
      <p className={styles.hint}>{s.evaluateHint}</p>
      {stage === null && (
        <p className={styles.hint} data-notice="undo">
          {s.undoNotice}
        </p>
      )}
      {stage !== null && (
        <ProgressBar
          value={stageProgress(stage)}
          max={1}
          thickness="large"
          color={failed ? "error" : stage === "done" ? "success" : "brand"}
          aria-label={status}
        />
      )}
      <div className={styles.status} role="status" aria-live="polite" data-stage={stage ?? "idle"}>
        {notice && !running ? `${status} · ${notice}` : status}
      </div>
    </div>
  );
}
