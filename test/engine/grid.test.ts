import { parseRef, quoteSheetName, refToA1 } from "../../src/engine/grid";

describe("quoteSheetName", () => {
  test.each(["收支表", "Sheet1", "指标_2023", "R1C1x"])("%s needs no quotes", (name) => {
    expect(quoteSheetName(name)).toBe(name);
  });
  test.each([
    ["AB12", "'AB12'"],
    ["R1C1", "'R1C1'"],
    ["R", "'R'"],
    ["c3", "'c3'"],
    ["TRUE", "'TRUE'"],
    ["false", "'false'"],
    ["My sheet", "'My sheet'"],
    ["O'Brien 表", "'O''Brien 表'"],
    ["2023", "'2023'"],
  ])("%s is quoted as %s", (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });
  test("a quoted reference reads back to the same cell", () => {
    const ref = { sheet: "O'Brien 表", row: 4, col: 3 };
    expect(refToA1(ref)).toBe("'O''Brien 表'!D5");
    expect(parseRef(refToA1(ref))).toEqual(ref);
  });
});
