/**
 * The pane's state and actions. Every call to the outside goes through PaneServices, and every
 * failure ends up in `error` (shown in a MessageBar), never only in the console.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { EvaluateStage } from "../app/evaluate-workbook";
import type { EngineResult } from "../engine";
import { DEFAULT_SETTINGS } from "../engine/light";
import type { DetectedTable, TableOverride } from "../engine/light";
import type { CellRef, Grid } from "../engine/light";
import { refToA1 } from "../engine/light";
import { OUTPUT_SHEET_NAMES } from "../engine/light";
import { usePaneEnvironment } from "./context";
import { fill } from "./i18n";
import { checkLine } from "../app/check-line";
import { gradeText } from "../app/grade-text";
import { formatScore } from "../engine/light";
import { describeError } from "../app/describe-error";
import { engineSettings, type PaneSettings } from "../app/pane-settings";
import { workbookPaneSettings, type WorkbookPaneSettings } from "./view/settings";
import type { TableChoice, TableRow } from "./view/tables";
import { tableRows, withChoice } from "./view/tables";
import type { ReportDocument } from "../engine/light";
import { reportFileName } from "./services/report-export";

export interface PaneError {
  title: string;
  lines: string[];
}

export interface PaneState {
  tablesLoading: boolean;
  /** The workbook has been read at least once: until then an empty list says nothing of it. */
  tablesKnown: boolean;
  rows: TableRow[];
  stage: EvaluateStage | null;
  running: boolean;
  result: EngineResult | null;
  error: PaneError | null;
  /** The last thing that went well, announced in the status region. */
  notice: string | null;
  /** What the last read left out (sheet and cells named), in the pane's language; [] when nothing. */
  readWarnings: string[];
  settings: PaneSettings;
  /** The workbook's own settings rows (or the defaults), which apply where the user has not chosen. */
  workbookSettings: WorkbookPaneSettings;
}

export interface PaneActions {
  refreshTables(): Promise<void>;
  chooseTable(row: TableRow, choice: TableChoice): void;
  evaluate(): Promise<void>;
  selectCell(cell: CellRef): Promise<void>;
  addTemplate(): Promise<void>;
  changeSettings(patch: PaneSettings): Promise<void>;
  exportWord(): Promise<void>;
  copyReport(): Promise<void>;
  dismissError(): void;
}

/**
 * The engine's first-screen part (detection, the workbook's settings), loaded once the workbook
 * has been read: the pane draws before any engine code arrives, and Evaluate loads the rest
 * (services/office-services.ts). Both keep the first screen's script small.
 */
type FirstScreen = typeof import("../engine/first-screen");
let firstScreen: Promise<FirstScreen> | null = null;
const loadFirstScreen = (): Promise<FirstScreen> =>
  (firstScreen ??= import(/* webpackChunkName: "first-screen" */ "../engine/first-screen"));

export function usePane(): PaneState & PaneActions {
  const { services, uiLang, strings } = usePaneEnvironment();
  const [grid, setGrid] = useState<Grid | null>(null);
  const [engine, setEngine] = useState<FirstScreen | null>(null);
  const [detected, setDetected] = useState<DetectedTable[]>([]);
  const [tablesLoading, setTablesLoading] = useState(true);
  const [overrides, setOverrides] = useState<TableOverride[]>([]);
  const [stage, setStage] = useState<EvaluateStage | null>(null);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<EngineResult | null>(null);
  const [error, setError] = useState<PaneError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [readWarnings, setReadWarnings] = useState<string[]>([]);
  const [settings, setSettings] = useState<PaneSettings>({});

  const officeError = useCallback(
    (e: unknown) => setError({ title: strings.officeErrorTitle, lines: [describeError(e)] }),
    [strings],
  );

  /** What the tables list shows: detection on the workbook as last read (by Read again or Evaluate). */
  const showGrid = useCallback(
    async (g: Grid) => {
      setReadWarnings(services.readWarnings().map((w) => w[uiLang]));
      const loaded = await loadFirstScreen();
      setEngine(loaded);
      setGrid(g);
      setDetected(loaded.detectTables(g));
      // Inputs changed since the last run: the summary's status formula says so; so does the pane.
      if (loaded.reportIsStale(g)) setNotice(strings.staleReport);
    },
    [services, uiLang, strings],
  );

  const refreshTables = useCallback(async () => {
    setTablesLoading(true);
    try {
      await showGrid(await services.readGrid());
    } catch (e) {
      officeError(e);
    } finally {
      setTablesLoading(false);
    }
  }, [services, showGrid, officeError]);

  useEffect(() => {
    void refreshTables();
    services.loadSettings().then(setSettings, officeError);
  }, [services, refreshTables, officeError]);

  const rows = useMemo(() => (grid ? tableRows(grid, detected, overrides) : []), [grid, detected, overrides]);
  const fromWorkbook = useMemo(() => {
    return workbookPaneSettings(grid && engine ? engine.workbookSettings(grid, overrides) : DEFAULT_SETTINGS);
  }, [grid, engine, overrides]);

  const chooseTable = useCallback((row: TableRow, choice: TableChoice) => {
    setOverrides((current) => withChoice(current, row.sheet, choice, row.detectedKind));
  }, []);

  const evaluate = useCallback(async () => {
    setRunning(true);
    setError(null);
    setNotice(null);
    setStage(null);
    try {
      const { grid: read, result: r } = await services.evaluate({ overrides, settings: engineSettings(settings) }, setStage);
      // The workbook may have changed since the list was read: show what this run saw.
      await showGrid(read);
      setResult(r);
      if (r.ok) {
        const result = fill(strings.evaluateResult, {
          total: r.evaluation.totalScore ? formatScore(r.evaluation.totalScore) : strings.notAvailable,
          grade: gradeText(r.evaluation.grade, uiLang, r.evaluation.settings.gradeWords),
        });
        setNotice(`${result}${fill(strings.evaluateSucceeded, { ...OUTPUT_SHEET_NAMES })}`);
      } else {
        setError({ title: strings.evaluateFailedTitle, lines: r.errors.map((c) => checkLine(c, uiLang)) });
      }
    } catch (e) {
      officeError(e);
      setStage(null);
    } finally {
      setRunning(false);
    }
  }, [services, overrides, settings, strings, uiLang, showGrid, officeError]);

  const selectCell = useCallback(
    async (cell: CellRef) => {
      try {
        if (await services.selectCell(cell)) return;
        setError({ title: strings.cellMissingTitle, lines: [fill(strings.cellMissing, { cell: refToA1(cell), sheet: cell.sheet })] });
      } catch (e) {
        officeError(e);
      }
    },
    [services, strings, officeError],
  );

  const addTemplate = useCallback(async () => {
    setError(null);
    setNotice(null);
    try {
      const added = await services.addTemplate();
      setNotice(added.length > 0 ? fill(strings.templateAdded, { sheets: added.join(strings.listSeparator) }) : strings.templateNothingAdded);
    } catch (e) {
      officeError(e);
      return;
    }
    await refreshTables();
  }, [services, strings, officeError, refreshTables]);

  const changeSettings = useCallback(
    async (patch: PaneSettings) => {
      const previous = settings;
      const next = { ...settings, ...patch };
      setSettings(next);
      try {
        await services.saveSettings(next);
        setNotice(strings.settingsSaved);
      } catch (e) {
        // The controls go back to what the workbook holds, so what is shown is what Evaluate uses.
        setSettings(previous);
        setError({ title: strings.settingsNotSavedTitle, lines: [describeError(e)] });
      }
    },
    [services, settings, strings, officeError],
  );

  // Built on demand from the engine's chunk (loaded lazily, like the engine itself).
  const lastDocument = useCallback(async (): Promise<ReportDocument | null> => {
    if (!result?.ok) return null;
    const { reportDocument } = await import(/* webpackChunkName: "engine" */ "../engine");
    return reportDocument(result.evaluation, result.report, result.lang);
  }, [result]);

  const exportWord = useCallback(async () => {
    const doc = await lastDocument();
    if (!doc) return;
    setError(null);
    setNotice(null);
    try {
      const outcome = await services.exportWord(doc);
      setNotice(outcome === "downloaded" ? fill(strings.exportDownloaded, { file: reportFileName(doc) }) : strings.exportUnavailable);
    } catch (e) {
      setError({ title: strings.exportFailedTitle, lines: [describeError(e)] });
    }
  }, [services, strings, lastDocument]);

  const copyReport = useCallback(async () => {
    const doc = await lastDocument();
    if (!doc) return;
    setError(null);
    setNotice(null);
    try {
      const outcome = await services.copyReport(doc);
      setNotice(outcome === "html" ? strings.copiedHtml : strings.copiedText);
    } catch (e) {
      setError({ title: strings.exportFailedTitle, lines: [describeError(e)] });
    }
  }, [services, strings, lastDocument]);

  const dismissError = useCallback(() => setError(null), []);

  return {
    tablesLoading,
    tablesKnown: grid !== null,
    rows,
    stage,
    running,
    result,
    error,
    notice,
    readWarnings,
    settings,
    workbookSettings: fromWorkbook,
    refreshTables,
    chooseTable,
    evaluate,
    selectCell,
    addTemplate,
    changeSettings,
    exportWord,
    copyReport,
    dismissError,
  };
}
