/**
 * PaneServices over Office.js: the Excel port for the workbook, document settings for the
 * pane's choices. The only taskpane module that reaches the Office host (through src/excel).
 */
import { evaluateWorkbook } from "../../app/evaluate-workbook";
import { createExcelPort, readDocumentSetting, writeDocumentSetting } from "../../excel";
import { renderTemplatePlan } from "../../engine/render/template";
import type { Lang } from "../../engine/settings";
import { SETTINGS_KEY, parseStoredSettings } from "../view/settings";
import type { PaneServices, PaneSettings } from "./types";

/** The pane's settings saved in the open workbook; the ribbon command reads them the same way. */
export function loadPaneSettings(): Promise<PaneSettings> {
  return Promise.resolve(parseStoredSettings(readDocumentSetting<unknown>(SETTINGS_KEY)));
}

export function savePaneSettings(settings: PaneSettings): Promise<void> {
  return writeDocumentSetting(SETTINGS_KEY, parseStoredSettings(settings));
}

/** `uiLang` picks the template's instruction language (its headers are Chinese in any language). */
export function createOfficeServices(uiLang: Lang): PaneServices {
  const port = createExcelPort();
  return {
    readGrid: () => port.readGrid(),
    evaluate: (options, onStage) => evaluateWorkbook(port, options, onStage),
    selectCell: (ref) => port.selectCell(ref),
    addTemplate: () => port.addSheetsIfAbsent(renderTemplatePlan(uiLang)),
    loadSettings: loadPaneSettings,
    saveSettings: savePaneSettings,
  };
}
