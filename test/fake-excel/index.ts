/**
 * A fake of the Excel JavaScript API subset Zipin uses, with Excel's load/sync rules.
 * Everything exported here is browser-safe; the .xlsx loader lives in ./xlsx (Node, ExcelJS).
 *
 * Use:
 *   const wb = fakeWorkbookFromGrid(grid);            // or await fakeWorkbookFromXlsx(bytes)
 *   const { uninstall } = installFakeOffice(wb, { displayLanguage: "zh-CN", host: "Excel" });
 *   … code under test calls Excel.run / Office.context … ;
 *   wb.syncCount, wb.syncs[i].requestBytes, wb.snapshot(), gridFromFakeWorkbook(wb, { formulas: true })
 *   wb.injectFailure({ atOperation: 7 }) / ({ atSync: 2, atOperation: 1 }) / ({ match: (op) => … })
 *   wb.apiSets.ExcelApi = "1.8"  // APIs above it fail with ApiNotFound, isSetSupported agrees
 *   wb.injectRemoteChange({ beforeSync: 3, change: (w) => w.addSheet("同事的表") })  // co-author
 *   wb.injectKill({ afterSync: 2 })  // the runtime dies after Excel ran its 2nd sync
 *   wb.quirks.fitNeedsPagesTall = true  // a host that refuses fit-to-width without a page count tall
 * The fake does not calculate: a formula cell's value is its cached result (from .xlsx) or 0,
 * unless `wb.evaluateFormula` is set.
 */
export { FakeWorkbook } from "./workbook";
export type { FailureInjection, RemoteChange, RuntimeKill, OperationInfo, SyncRecord, WorkbookSnapshot, FormulaEvaluator } from "./workbook";
export { FakeOfficeError, isFakeOfficeError } from "./errors";
export type { FakeErrorCode } from "./errors";
export { FakeRequestContext } from "./api";
export { createFakeExcel, createFakeOffice, installFakeOffice } from "./office";
export type { FakeOfficeOptions, InstalledFakeOffice, FakeExcelNamespace, FakeOfficeNamespace } from "./office";
export { fakeWorkbookFromGrid, gridFromFakeWorkbook, sheetToGrid } from "./grid-io";
export { coerceInput, parseAddress, formatAddress, sheetNameProblem, cellKey } from "./state";
export type { FakeSheet, FakeCell, FakeStyle, FakeScalar } from "./state";
