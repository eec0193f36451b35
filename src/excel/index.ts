/** The Office.js side of Zipin: the workbook port and the host helpers the UI needs. */
export { ExcelPort, createExcelPort, sheetNameProblem } from "./excel-port";
export type { ExcelPortOptions } from "./excel-port";
export { officeHost, officeDisplayLanguage, MIN_EXCEL_API } from "./host";
export type { ExcelHost } from "./host";
export { readDocumentSetting, writeDocumentSetting } from "./document-settings";
