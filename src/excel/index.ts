/** The Office.js side of Zipin: the workbook port and the host helpers both front ends need. */
export { ExcelPort, createExcelPort, sheetNameProblem } from "./excel-port";
export type { ExcelPortOptions } from "./excel-port";
export { officeHost, officeDisplayLanguage, MIN_EXCEL_API } from "./host";
export type { ExcelHost } from "./host";
export { readDocumentSetting, writeDocumentSetting, loadPaneSettings, savePaneSettings } from "./document-settings";
