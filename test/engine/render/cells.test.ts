import { displayWidth, figureCell, sourceText, sumExpression, textCell } from "../../../src/engine/render/cells";
import { fig } from "./fixtures";

describe("render cells", () => {
  test("display width counts CJK and full-width characters double", () => {
    expect(displayWidth("收入合计")).toBe(8);
    expect(displayWidth("28,082.29")).toBe(9);
    expect(displayWidth("（万元）")).toBe(8);
    expect(displayWidth("≥95%")).toBe(4);
  });

  test("sums: a range when the cells run down one column, else a chain", () => {
    expect(sumExpression([{ row: 19, col: 7 }, { row: 20, col: 7 }, { row: 21, col: 7 }])).toBe("SUM(H20:H22)");
    expect(sumExpression([{ row: 19, col: 7 }, { row: 21, col: 7 }])).toBe("H20+H22");
    expect(sumExpression([{ row: 19, col: 7 }])).toBe("SUM(H20)");
  });

  test("source text shortens cells on the first cell's sheet and drops repeats", () => {
    const a = { sheet: "收支表", row: 4, col: 0 };
    const d = { sheet: "收支表", row: 4, col: 3 };
    const other = { sheet: "My sheet", row: 0, col: 1 };
    expect(sourceText([a, null, d, d, other])).toBe("收支表!A5, D5, 'My sheet'!B1");
    expect(sourceText([null])).toBeNull();
  });

  test("figures: formula to a numeric source, value otherwise", () => {
    const at = { sheet: "收支表", row: 4, col: 3 };
    expect(figureCell(fig("2.5", at, 10000), true)).toEqual({ t: "formula", f: "='收支表'!D5/10000", v: 2.5 });
    expect(figureCell(fig("2.5", at, 10000, false), true)).toEqual({ t: "number", v: 2.5 });
    expect(figureCell(fig("2.5", at, 10000), false)).toEqual({ t: "number", v: 2.5 });
    expect(figureCell(null, true)).toBeNull();
  });

  test("text cells: empty is blank; over-long text is clipped to the cell limit", () => {
    expect(textCell("")).toBeNull();
    const clipped = textCell("x".repeat(40000));
    expect(clipped?.t === "text" && clipped.v.length).toBe(32767);
  });
});
