/** ExcelPort.readGrid against the fake: the same Grid a perfect reader sees, in a constant number of syncs. */
import { FakeWorkbook, cellKey, fakeWorkbookFromGrid, gridFromFakeWorkbook } from "../fake-excel";
import { READ_BYTES_PER_CELL, parseAreas } from "../../src/excel/excel-port";
import { harness, inputWorkbook } from "./helpers";

describe("readGrid", () => {
  test("returns values, number formats and merges from A1, for sheets whose data starts elsewhere and empty sheets", async () => {
    const wb = new FakeWorkbook();
    const data = wb.addSheet("My data");
    data.cells.set(cellKey(2, 2), { v: "标题" }); // C3
    data.cells.set(cellKey(3, 3), { v: 0.5 }); // D4
    data.cells.set(cellKey(3, 2), { v: 7, f: "=3+4" });
    data.numberFormats.set(cellKey(3, 3), "0.00%");
    data.numberFormats.set(cellKey(9, 9), "0.00"); // formatted but empty: outside the values-only used range
    data.merges.push({ top: 2, left: 2, bottom: 2, right: 3 });
    wb.addSheet("空表");
    const { port } = harness(wb);

    const grid = await port.readGrid();

    expect(grid).toEqual({
      sheets: [
        {
          name: "My data",
          cells: [
            [null, null, null, null],
            [null, null, null, null],
            [null, null, "标题", null],
            [null, null, 7, 0.5],
          ],
          numberFormats: [
            [null, null, null, null],
            [null, null, null, null],
            [null, null, "General", "General"],
            [null, null, "General", "0.00%"],
          ],
          merges: [{ top: 2, left: 2, bottom: 2, right: 3 }],
        },
        { name: "空表", cells: [], numberFormats: [], merges: [] },
      ],
    });
    expect(grid).toEqual(gridFromFakeWorkbook(wb));
  });

  test("text that looks like a formula is read as the text it is", async () => {
    const { port } = harness(inputWorkbook(20));
    const grid = await port.readGrid();
    expect(grid.sheets[1]!.cells[1]![6]).toBe("=备注");
  });

  const SIZES = [10, 1_000, 100_000];
  const measured: Array<{ rows: number; syncs: number; largestResponseBytes: number }> = [];

  test.each(SIZES)("sync count for an input sheet of %i rows × 8 columns", async (rows) => {
    const wb = inputWorkbook(rows);
    const { port } = harness(wb);
    const grid = await port.readGrid();
    expect(grid).toEqual(gridFromFakeWorkbook(wb));
    const largest = Math.max(...wb.syncs.map((s) => s.responseBytes));
    measured.push({ rows, syncs: wb.syncCount, largestResponseBytes: largest });
    // Names, used-range sizes + merges, then values: 3 while the estimated response fits 4 MiB.
    // A request holds 4 MiB / 32 bytes = 131,072 cells. 100,000 data rows + header = 100,001
    // rows × 8 = 800,008 cells, plus the 2 × 2 info sheet = 800,012 cells
    // → ceil(800,012 / 131,072) = 7 value requests, 2 + 7 = 9 syncs.
    const expected = rows === 100_000 ? 2 + 7 : 3;
    expect(wb.syncCount).toBe(expected);
    expect(largest).toBeLessThan(5 * 1024 * 1024);
  }, 60_000);

  afterAll(() => {
    if (measured.length > 0) {
      console.table(measured);
    }
  });

  test("the value reads are estimated at READ_BYTES_PER_CELL, generous enough for ordinary cells", async () => {
    // 1,000 rows of the budget sheet: actual bytes per cell must stay under the estimate.
    const wb = inputWorkbook(1_000);
    const { port } = harness(wb);
    await port.readGrid();
    const cells = 1_001 * 8 + 2 * 2;
    expect(wb.syncs[2]!.responseBytes / cells).toBeLessThan(READ_BYTES_PER_CELL);
  });

  test("a response Excel still finds too large is split and retried", async () => {
    const wb = inputWorkbook(1_000);
    // Long text cells defeat the estimate: ~200 bytes a cell.
    const s = wb.sheet("收支情况表")!;
    for (let r = 1; r <= 1_000; r++) s.cells.set(cellKey(r, 6), { v: "很长的备注".repeat(13) });
    wb.limits.responseBytes = 300_000;
    const { port } = harness(wb, { maxResponseBytes: 250_000 });
    const grid = await port.readGrid();
    expect(grid).toEqual(gridFromFakeWorkbook(wb));
    // Excel's code for a response over the limit (OfficeExtension.ErrorCodes).
    expect(wb.syncs.some((x) => x.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(wb.syncs.filter((x) => !x.error).every((x) => x.responseBytes <= 300_000)).toBe(true);
  });

  test("below ExcelApi 1.13 merges are not read, and nothing fails", async () => {
    const wb = inputWorkbook(5);
    wb.apiSets.ExcelApi = "1.8";
    const { port } = harness(wb);
    const grid = await port.readGrid();
    expect(grid.sheets[1]!.merges).toEqual([]);
    expect(grid.sheets[1]!.cells).toEqual(gridFromFakeWorkbook(wb).sheets[1]!.cells);
  });

  test("more than 512 merged areas: the merges of the rows holding values are read in bands", async () => {
    const wb = fakeWorkbookFromGrid({ sheets: [{ name: "S", cells: [["x"]], merges: [] }] });
    const s = wb.sheet("S")!;
    for (let i = 0; i < 513; i++) s.merges.push({ top: i, left: 1, bottom: i, right: 2 });
    const { port } = harness(wb);
    const grid = await port.readGrid();
    expect(grid.sheets[0]!.cells).toEqual([["x"]]);
    // Only row 1 holds a value; the 512 merges below it cover nothing the engine reads.
    expect(grid.sheets[0]!.merges).toEqual([{ top: 0, left: 1, bottom: 0, right: 2 }]);
    expect(port.readWarnings).toEqual([]);
  });

  test("parseAreas splits RangeAreas addresses, also with quoted names holding commas", () => {
    expect(parseAreas("'a,b'!A1:B2, 'a,b'!D4")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
  });
});
