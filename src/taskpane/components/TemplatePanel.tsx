import { useId } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../context";
import { Section } from "./Section";

const useStyles = makeStyles({
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  button: { alignSelf: "flex-start" },
});

export interface TemplatePanelProps {
  /** True when the workbook already has input tables: the button is disabled and says why. */
  hasInputs: boolean;
  busy: boolean;
  onAdd: () => void;
}

export function TemplatePanel({ hasInputs, busy, onAdd }: TemplatePanelProps) {
  const s = useStrings();
  const styles = useStyles();
  const hintId = useId();
  return (
    <Section title={s.templateTitle}>
      <p id={hintId} className={styles.hint}>
        {hasInputs ? s.templateUnavailable : s.templateHint}
      </p>
      <Button
        className={styles.button}
        onClick={onAdd}
        disabledFocusable={hasInputs || busy}
        aria-describedby={hintId}
      >
        {s.templateButton}
      </Button>
    </Section>
  );
}
