/**
 * The Office.js host as the port sees it, and the requirement sets the port relies on.
 *
 * Lowest requirement set: **ExcelApi 1.8** (Excel 2019, Excel 2021/2024, Microsoft 365 on
 * Windows and Mac, Excel on the web). Checked against the `[Api set: …]` tags in
 * @types/office-js:
 *   1.1  Excel.run, worksheets.add/getItem/items, Worksheet.name/position/delete/activate,
 *        getRange, getCell, Range.values/formulas/numberFormat/address/select, format.font/
 *        fill/borders/alignment/wrapText, getSelectedRange
 *   1.2  Range.merge, format.columnWidth
 *   1.4  getUsedRangeOrNullObject, getItemOrNullObject
 *   1.7  Worksheet.tabColor, freezePanes, getRangeByIndexes
 *   1.6  Application.suspendApiCalculationUntilNextSync (calculation off for one request only)
 *   1.8  Application.calculationMode (set)  ← the floor
 * Used only when present (guarded with Office.context.requirements.isSetSupported):
 *   1.9  Worksheet.pageLayout (A4, orientation, scale, header/footer, print titles, print area)
 *        and Worksheet.horizontalPageBreaks (the page before the charts) — all skipped below 1.9
 *   1.9  Range.getSpecialCellsOrNullObject (where values are, for a sheet past the read cap)
 *   1.13 Range.getMergedAreasOrNullObject (merges read into the Grid) — none read below 1.13
 * Document settings (Office.context.document.settings) are in the common Settings set.
 */
export const MIN_EXCEL_API = "1.8";
export const PAGE_LAYOUT_API = "1.9";
export const MERGED_AREAS_API = "1.13";
export const CONDITIONAL_FORMATS_API = "1.6";
export const SPECIAL_CELLS_API = "1.9";

export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

/** The real host: the `Excel` and `Office` globals office.js defines (or a stub of them). */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

/**
 * Whether a download link works in the add-in's web view: in Excel on the web the pane is a
 * browser frame that saves files; desktop hosts' web views drop downloads without a word.
 */
export function hostAllowsDownload(): boolean {
  return typeof Office !== "undefined" && Office.context?.platform === Office.PlatformType.OfficeOnline;
}

/** Office's UI language ("zh-CN", "en-US"…); "" when unknown. */
export function officeDisplayLanguage(): string {
  return typeof Office !== "undefined" ? (Office.context?.displayLanguage ?? "") : "";
}
