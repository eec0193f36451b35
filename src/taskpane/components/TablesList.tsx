import { Button, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../context";
import { fill } from "../i18n";
import type { TableChoice, TableRow } from "../view/tables";
import { TABLE_CHOICES, isTableChoice, kindLabel } from "../view/tables";
import { Section } from "./Section";

const useStyles = makeStyles({
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
  sheet: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  detail: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  select: { minWidth: "7.5em" },
  refresh: { alignSelf: "flex-start" },
});

export interface TablesListProps {
  loading: boolean;
  rows: TableRow[];
  disabled: boolean;
  onChoose: (row: TableRow, choice: TableChoice) => void;
  onRefresh: () => void;
}

/** What detection found on each sheet, with a select to correct the guess. */
export function TablesList({ loading, rows, disabled, onChoose, onRefresh }: TablesListProps) {
  const s = useStrings();
  const styles = useStyles();
  return (
    <Section title={s.tablesTitle}>
      <p className={styles.hint}>{s.tablesHint}</p>
      {loading ? (
        <p className={styles.hint}>
          {s.tablesLoading}
        </p>
      ) : rows.length === 0 ? (
        <p className={styles.hint}>{s.tablesNone}</p>
      ) : (
        <ul className={styles.list} aria-label={s.tablesTitle}>
          {rows.map((row) => {
            const found = row.detectedKind
              ? [kindLabel(row.detectedKind, s), row.range, `${s.confidenceColumn} ${row.confidence}`]
              : [s.notDetected];
            if (row.overridden) found.push(s.overridden);
            return (
              <li key={row.sheet} className={styles.item} data-sheet={row.sheet}>
                <div>
                  <span className={styles.sheet}>{row.sheet}</span>
                  <span className={styles.detail}>{found.join(" · ")}</span>
                </div>
                <Select
                  className={styles.select}
                  size="small"
                  value={row.choice}
                  disabled={disabled}
                  aria-label={fill(s.correctionLabel, { sheet: row.sheet })}
                  onChange={(_, data) => {
                    if (isTableChoice(data.value)) onChoose(row, data.value);
                  }}
                >
                  {TABLE_CHOICES.map((kind) => (
                    <option key={kind} value={kind}>
                      {kindLabel(kind, s)}
                    </option>
                  ))}
                </Select>
              </li>
            );
          })}
        </ul>
      )}
      <Button className={styles.refresh} size="small" onClick={onRefresh} disabled={loading || disabled}>
        {s.refresh}
      </Button>
    </Section>
  );
}
