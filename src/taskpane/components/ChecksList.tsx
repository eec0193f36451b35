import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { CellRef } from "../../engine/light";
import { useStrings } from "../context";
import type { CheckRow } from "../view/checks";
import { Section } from "./Section";

const useStyles = makeStyles({
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
  },
  button: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  // A plain chip instead of Fluent's Badge: same look here, a fraction of the bundle.
  badge: {
    display: "inline-block",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground1, color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2 },
  address: { display: "block", color: tokens.colorBrandForeground1, fontFamily: tokens.fontFamilyMonospace },
});

export interface ChecksListProps {
  rows: CheckRow[];
  onSelect: (cell: CellRef) => void;
}

/** Each check with a cell is a button: click, Enter or Space selects that cell in the workbook. */
export function ChecksList({ rows, onSelect }: ChecksListProps) {
  const s = useStrings();
  const styles = useStyles();
  return (
    <Section title={`${s.checksTitle} (${rows.length})`}>
      {rows.length === 0 ? (
        <p className={styles.hint}>{s.checksNone}</p>
      ) : (
        <>
          <p className={styles.hint}>{s.checksHint}</p>
          <ul className={styles.list}>
            {rows.map((row) => {
              const content = (
                <>
                  <span className={mergeClasses(styles.badge, styles[row.severity])} aria-hidden>
                    {row.severityLabel}
                  </span>
                  <span>
                    {row.message}
                    {row.address && <span className={styles.address}>{row.address}</span>}
                  </span>
                </>
              );
              const cell = row.cell;
              return (
                <li key={row.key}>
                  {cell ? (
                    <button
                      type="button"
                      className={mergeClasses(styles.item, styles.button)}
                      aria-label={row.label}
                      data-cell={row.address ?? undefined}
                      onClick={() => onSelect(cell)}
                    >
                      {content}
                    </button>
                  ) : (
                    <div className={styles.item} aria-label={row.label} role="group">
                      {content}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Section>
  );
}
