import { makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useRef } from "react";
import { ChecksList } from "./components/ChecksList";
import { ReadWarningsBar } from "./components/ReadWarningsBar";
import { ErrorBar } from "./components/ErrorBar";
import { EvaluatePanel } from "./components/EvaluatePanel";
import { ResultCard } from "./components/ResultCard";
import { ReportPanel } from "./components/ReportPanel";
import { SettingsPanel } from "./components/SettingsPanel";
import { TablesList } from "./components/TablesList";
import { TemplatePanel } from "./components/TemplatePanel";
import { usePaneEnvironment } from "./context";
import { usePane } from "./use-pane";
import { checkRows } from "./view/checks";
import { resultSummary } from "./view/result";
import { hasInputTables } from "./view/tables";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/**
 * The pane, top to bottom in the order a user needs it: the main action first (the first tab
 * stop), then what it produced, then the tables it will read, the template and settings.
 */
export function App() {
  const { strings: s, uiLang } = usePaneEnvironment();
  const styles = useStyles();
  const pane = usePane();
  const result = pane.result;
  // Closing the error bar would drop focus to the page: it goes back to the main action instead.
  const evaluateButton = useRef<HTMLButtonElement>(null);
  const { dismissError } = pane;
  const dismiss = useCallback(() => {
    dismissError();
    evaluateButton.current?.focus();
  }, [dismissError]);
  const summary = useMemo(() => (result?.ok ? resultSummary(result.evaluation) : null), [result]);
  const checks = useMemo(() => {
    if (!result) return null;
    return checkRows(result.ok ? result.evaluation.checks : result.checks, uiLang, s);
  }, [result, uiLang, s]);

  return (
    <main className={styles.root}>
      <h1 className={styles.title}>{s.appTitle}</h1>
      <p className={styles.intro}>{s.appIntro}</p>
      <EvaluatePanel
        stage={pane.stage}
        running={pane.running}
        notice={pane.notice}
        failed={pane.error !== null}
        onEvaluate={() => void pane.evaluate()}
        buttonRef={evaluateButton}
      />
      {pane.error && <ErrorBar error={pane.error} onDismiss={dismiss} />}
      <ReadWarningsBar lines={pane.readWarnings} />
      {summary && <ResultCard summary={summary} />}
      {summary && <ReportPanel busy={pane.running} onExportWord={() => void pane.exportWord()} onCopy={() => void pane.copyReport()} />}
      {checks && <ChecksList rows={checks} onSelect={(cell) => void pane.selectCell(cell)} />}
      <TablesList
        loading={pane.tablesLoading}
        rows={pane.rows}
        disabled={pane.running}
        onChoose={pane.chooseTable}
        onRefresh={() => void pane.refreshTables()}
      />
      <TemplatePanel
        hasInputs={hasInputTables(pane.rows)}
        busy={pane.running || pane.tablesLoading || !pane.tablesKnown}
        onAdd={() => void pane.addTemplate()}
      />
      <SettingsPanel settings={pane.settings} workbookSettings={pane.workbookSettings} disabled={pane.running} onChange={(p) => void pane.changeSettings(p)} />
    </main>
  );
}
