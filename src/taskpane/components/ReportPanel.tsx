import { useId } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../context";
import { Section } from "./Section";

const useStyles = makeStyles({
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface ReportPanelProps {
  busy: boolean;
  onExportWord: () => void;
  onCopy: () => void;
}

/** After a successful run: the report as a Word file (where the host downloads) or on the clipboard. */
export function ReportPanel({ busy, onExportWord, onCopy }: ReportPanelProps) {
  const s = useStrings();
  const styles = useStyles();
  const hintId = useId();
  return (
    <Section title={s.reportExportTitle}>
      <p id={hintId} className={styles.hint}>
        {s.reportExportHint}
      </p>
      <div className={styles.buttons}>
        <Button onClick={onExportWord} disabledFocusable={busy} aria-describedby={hintId}>
          {s.exportWord}
        </Button>
        <Button onClick={onCopy} disabledFocusable={busy} aria-describedby={hintId}>
          {s.copyReport}
        </Button>
      </div>
    </Section>
  );
}
