import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { usePaneEnvironment, useStrings } from "../context";
import { gradeText } from "../../app/grade-text";
import type { ResultSummary } from "../view/result";
import { Section } from "./Section";

const useStyles = makeStyles({
  figures: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
  },
  figure: { display: "flex", flexDirection: "column-reverse", margin: 0 },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  smallValue: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightHero700 },
  entity: { margin: 0, color: tokens.colorNeutralForeground2 },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, paddingBlockEnd: tokens.spacingVerticalXS },
  cell: {
    textAlign: "start",
    paddingBlock: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

/** Total, grade, execution rate and completion by category of the last successful run. */
export function ResultCard({ summary }: { summary: ResultSummary }) {
  const s = useStrings();
  const { uiLang } = usePaneEnvironment();
  const styles = useStyles();
  const na = s.notAvailable;
  const heading = [summary.entity, summary.year].filter((x) => x !== null).join(" · ");
  return (
    <Section title={s.resultTitle}>
      {heading && <p className={styles.entity}>{heading}</p>}
      <dl className={styles.figures}>
        <div className={styles.figure}>
          <dt className={styles.term}>{s.totalScore}</dt>
          <dd className={styles.value} data-testid="total-score">
            {summary.total ?? na}
          </dd>
        </div>
        <div className={styles.figure}>
          <dt className={styles.term}>{s.grade}</dt>
          <dd className={styles.value} data-testid="grade">
            {summary.grade ? gradeText(summary.grade, uiLang, summary.gradeWords) : na}
          </dd>
        </div>
        <div className={styles.figure}>
          <dt className={styles.term}>{s.executionRate}</dt>
          <dd className={styles.smallValue} data-testid="execution-rate">
            {summary.executionRate ?? na}
          </dd>
        </div>
      </dl>
      {summary.categories.length > 0 && (
        <table className={styles.table}>
          <caption className={styles.caption}>{s.categoriesTitle}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.cell}>
                {s.categoryColumn}
              </th>
              <th scope="col" className={mergeClasses(styles.cell, styles.number)}>
                {s.scoreColumn}
              </th>
              <th scope="col" className={mergeClasses(styles.cell, styles.number)}>
                {s.completionColumn}
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.categories.map((c) => (
              <tr key={c.name}>
                <th scope="row" className={styles.cell}>
                  {c.name}
                </th>
                <td className={mergeClasses(styles.cell, styles.number)}>{c.scoreOfWeight}</td>
                <td className={mergeClasses(styles.cell, styles.number)}>{c.completion ?? na}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
