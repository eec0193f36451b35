/**
 * PaneServices over Office.js: the Excel port for the workbook, document settings for the
 * pane's choices. The only taskpane module that reaches the Office host (through src/excel).
 * The engine's evaluation and rendering load on first use (import()), so the first screen's
 * script stays small; webpack puts them in a chunk of their own.
 */
import { createExcelPort, loadPaneSettings, savePaneSettings } from "../../excel";
import { hostAllowsDownload } from "../../excel/host";
import { copyReport, downloadReportDocx } from "./report-export";
import type { Lang } from "../../engine/light";
import type { PaneServices } from "./types";

/** `uiLang` picks the template's instruction language (its headers are Chinese in any language). */
export function createOfficeServices(uiLang: Lang): PaneServices {
  const port = createExcelPort();
  return {
    readGrid: () => port.readGrid(),
    evaluate: async (options, onStage) => {
      const { evaluateWorkbook } = await import(/* webpackChunkName: "engine" */ "../../app/evaluate-workbook");
      return evaluateWorkbook(port, options, onStage);
    },
    selectCell: (ref) => port.selectCell(ref),
    addTemplate: async () => {
      const { renderTemplatePlan } = await import(/* webpackChunkName: "template" */ "../../engine/render/template");
      return port.addSheetsIfAbsent(renderTemplatePlan(uiLang));
    },
    loadSettings: loadPaneSettings,
    saveSettings: savePaneSettings,
    exportWord: (doc) => downloadReportDocx(doc, hostAllowsDownload()),
    copyReport,
  };
}
