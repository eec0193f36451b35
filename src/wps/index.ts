/** The WPS 表格 side of Zipin: the workbook port, the host, and the saved pane settings. */
export { WpsPort } from "./wps-port";
export type { WpsPortOptions } from "./wps-port";
export { globalWpsHost, wpsApplication, wpsAddinRoot, wpsDisplayLanguage } from "./host";
export type { WpsHost } from "./host";
export { loadWpsSettings, saveWpsSettings } from "./settings";
export { saveBytes, saveFolders, workbookFolder } from "./save-file";
export type { WpsFiles } from "./save-file";
