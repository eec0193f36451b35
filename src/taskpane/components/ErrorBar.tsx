import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import type { PaneError } from "../use-pane";
import { useStrings } from "../context";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: "1.2em" },
});

/** Errors the user must see: the engine's stopping errors, or what Excel threw. */
export function ErrorBar({ error, onDismiss }: { error: PaneError; onDismiss: () => void }) {
  const s = useStrings();
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{error.title}</MessageBarTitle>
        {error.lines.length === 1 ? (
          <div>{error.lines[0]}</div>
        ) : (
          <ul className={styles.list}>
            {error.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {s.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
