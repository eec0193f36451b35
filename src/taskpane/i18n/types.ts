/** Every string the task pane shows, as data: one object per UI language. Placeholders are {name}. */
export interface PaneStrings {
  appTitle: string;
  appIntro: string;
  /** Joins names in a sentence ("、" in Chinese). */
  listSeparator: string;

  evaluate: string;
  evaluateHint: string;
  /** Shown before the first run: writing through the API clears Excel's undo stack. */
  undoNotice: string;
  statusIdle: string;
  stageReading: string;
  stageEvaluating: string;
  stageWriting: string;
  stageDone: string;
  stageFailed: string;
  /** The status line after a successful run: the result in one line, for screen readers. */
  evaluateResult: string;
  /** Shown after a successful run: which sheets were written. */
  evaluateSucceeded: string;
  /** Shown when the pane opens on a workbook whose summary says the report is stale. */
  staleReport: string;
  evaluateFailedTitle: string;
  officeErrorTitle: string;
  dismiss: string;

  resultTitle: string;
  totalScore: string;
  grade: string;
  executionRate: string;
  categoriesTitle: string;
  categoryColumn: string;
  scoreColumn: string;
  completionColumn: string;
  notAvailable: string;

  checksTitle: string;
  checksNone: string;
  checksHint: string;
  severityError: string;
  severityWarning: string;
  severityInfo: string;
  /** Accessible name of a check button: "{severity}: {message} ({cell})". */
  checkButtonLabel: string;
  wholeWorkbook: string;
  /** The button under a long checks list: "{count}" more are hidden. */
  checksShowMore: string;
  /** A check's cell cannot be selected: its sheet was renamed or deleted since. */
  cellMissingTitle: string;
  cellMissing: string;

  tablesTitle: string;
  tablesHint: string;
  tablesLoading: string;
  tablesNone: string;
  refresh: string;
  sheetColumn: string;
  rangeColumn: string;
  kindColumn: string;
  confidenceColumn: string;
  correctionLabel: string;
  kindBudget: string;
  kindIndicator: string;
  kindInfo: string;
  kindIgnore: string;
  notDetected: string;
  overridden: string;

  reportExportTitle: string;
  reportExportHint: string;
  exportWord: string;
  copyReport: string;
  /** After a download: "{file}" is the document's name. */
  exportDownloaded: string;
  exportUnavailable: string;
  /** Title over the read warnings (sheets read only in part); each line names its sheet and cells. */
  readWarningsTitle: string;
  copiedHtml: string;
  copiedText: string;
  exportFailedTitle: string;

  templateTitle: string;
  templateButton: string;
  templateHint: string;
  templateUnavailable: string;
  templateAdded: string;
  templateNothingAdded: string;

  settingsTitle: string;
  ruleSet: string;
  ruleSetAuto: string;
  ruleSetProject: string;
  ruleSetDepartment: string;
  ruleSetCustom: string;
  reportLanguage: string;
  reportLanguageZh: string;
  reportLanguageEn: string;
  writeFormulas: string;
  writeFormulasHint: string;
  settingsSaved: string;
  settingsNotSavedTitle: string;
  /** Under the fields below: a blank field keeps the workbook's settings row or the default. */
  settingsBlankKeeps: string;
  gradesTitle: string;
  /** placeholders: {grade} (the engine's key, 优 … 差) */
  gradeWordLabel: string;
  /** placeholders: {grade} */
  gradeMinLabel: string;
  gradeWordInvalid: string;
  gradeWordRepeated: string;
  gradeMinInvalid: string;
  gradeMinOrder: string;
  overshootLabel: string;
  overshootHint: string;
  overshootInvalid: string;
  qualitativeTitle: string;
  qualitativeTop: string;
  qualitativeMiddle: string;
  qualitativeBottom: string;
  qualitativeHint: string;
  qualitativeInvalid: string;
}
