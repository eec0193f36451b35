import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import { useStrings } from "../context";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: "1.2em" },
});

/**
 * What the last read of the workbook left out (a sheet reaching too far, merges the host would
 * not list), each line naming the sheet and cells: the result may miss data there, so it stays
 * in view until the next read. Nothing when the read was complete.
 */
export function ReadWarningsBar({ lines }: { lines: string[] }) {
  const s = useStrings();
  const styles = useStyles();
  if (lines.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="read-warnings">
      <MessageBarBody>
        <MessageBarTitle>{s.readWarningsTitle}</MessageBarTitle>
        <ul className={styles.list}>
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
