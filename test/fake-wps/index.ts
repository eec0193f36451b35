/**
 * The fake WPS 表格 object model for tests (see ./model.ts for what it reproduces). Browser-safe:
 * the browser stub bundles it behind the `wps` / `Application` globals.
 */
export { FakeWpsBook, FakeApplication, FakeWorkbook, FakeSheets, FakeWorksheet, FakeRange, parseTyped, MAX_ROWS, MAX_COLUMNS } from "./model";
export type { PromptAnswer } from "./model";
export { FakeWpsError } from "./errors";
export { fakeWpsFromGrid, gridFromFakeWps } from "./grid-io";
export type { FakeCell, FakeSheetState } from "./state";
export { seriesReference } from "./charts";
export type { FakeChartState, FakeSeriesState, SeriesRef } from "./charts";
export { FakeWpsFiles } from "./file-system";
