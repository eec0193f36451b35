/** The one-project-per-sheet rule (docs/rules.md §1.3), decided by one function for detection and parsing. */
import { isOneProjectPerSheet } from "../../../src/engine/detect/project-sheets";

describe("isOneProjectPerSheet", () => {
  test("two sheets, each with its own budget and indicators", () => {
    expect(isOneProjectPerSheet(["农田建设", "农田水利"], ["农田建设", "农田水利"])).toBe(true);
  });

  test("a project sheet may hold more than one indicator table", () => {
    expect(isOneProjectPerSheet(["农田建设", "农田水利"], ["农田建设", "农田建设", "农田水利"])).toBe(true);
  });

  test("one budget is a single-budget workbook, not a set of projects", () => {
    expect(isOneProjectPerSheet(["农田建设"], ["农田建设"])).toBe(false);
  });

  test("two budgets on one sheet compete", () => {
    expect(isOneProjectPerSheet(["收支", "收支"], ["收支"])).toBe(false);
  });

  test("a budget sheet without indicators, or indicators on a sheet without a budget, is not a project", () => {
    expect(isOneProjectPerSheet(["农田建设", "农田水利"], ["农田建设", "农田建设"])).toBe(false);
    expect(isOneProjectPerSheet(["农田建设", "农田水利"], ["农田建设", "农田水利", "汇总"])).toBe(false);
  });
});
