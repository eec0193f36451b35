/**
 * The Evaluate command's environment in Excel: the Office.js port, the settings the task pane
 * saved in the workbook (read the pane's way, so both give the same result), Office's display
 * language, and the outcome dialog.
 */
import { createExcelPort, loadPaneSettings, officeDisplayLanguage } from "../excel";
import type { CommandEnvironment } from "./evaluate-command";
import { showDialog } from "./show-dialog";

export function officeEnvironment(): CommandEnvironment {
  const port = createExcelPort();
  return {
    port,
    readNotes: (lang) => port.readWarnings.map((w) => w[lang]),
    displayLanguage: officeDisplayLanguage(),
    loadSettings: loadPaneSettings,
    showMessage: (message) => showDialog(message),
  };
}
