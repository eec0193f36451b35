/**
 * PaneServices over the WPS 表格 object model: the WPS port for the workbook, a custom
 * document property for the pane's choices. The WPS twin of office-services.ts; the pane
 * picks one of the two at start-up (index.tsx), and nothing else in the pane knows which.
 * As there, the engine loads on first use (import()), keeping the first screen's script small.
 */
import type { Lang } from "../../engine/light";
import { WpsPort, loadWpsSettings, saveBytes, saveFolders, saveWpsSettings, workbookFolder, type WpsHost } from "../../wps";
import type { PaneServices } from "./types";
import { copyReport, downloadReportDocx, reportFileName } from "./report-export";

export function createWpsServices(uiLang: Lang, host: WpsHost): PaneServices {
  const port = new WpsPort({ host });
  return {
    readGrid: () => port.readGrid(),
    evaluate: async (options, onStage) => {
      const { evaluateWorkbook } = await import(/* webpackChunkName: "engine" */ "../../app/evaluate-workbook");
      return evaluateWorkbook(port, options, onStage);
    },
    readWarnings: () => port.readWarnings,
    selectCell: (ref) => port.selectCell(ref),
    addTemplate: async () => {
      const { renderTemplatePlan } = await import(/* webpackChunkName: "template" */ "../../engine/render/template");
      return port.addSheetsIfAbsent(renderTemplatePlan(uiLang));
    },
    loadSettings: () => loadWpsSettings(host),
    saveSettings: (settings) => saveWpsSettings(settings, host),
    // WPS's web view does not save an <a download> Blob, but the add-in root can write files
    // (src/wps/save-file.ts); a WPS without that API gets "unavailable" and 复制报告.
    exportWord: async (doc) => {
      const files = host.files?.() ?? null;
      if (!files) return downloadReportDocx(doc, false);
      const { reportDocxBytes } = await import(/* webpackChunkName: "report-docx" */ "../../app/report-docx");
      const bytes = await reportDocxBytes(doc);
      const folder = workbookFolder(host);
      return { savedTo: saveBytes(files, saveFolders(files, folder), reportFileName(doc), bytes) };
    },
    copyReport,
  };
}
