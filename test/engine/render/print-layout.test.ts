import { fitColumnsToPage, printFit } from "../../../src/engine/render/print-layout";
import { SheetDraft, columnRange } from "../../../src/engine/render/sheet-draft";

// Printable widths (A4 less 0.7-inch margins) times the 0.97 rounding room, in points:
// landscape 10.29 in × 72 × 0.97 = 718.65; portrait 6.87 in × 72 × 0.97 = 479.80.
// A column of w units is (7w + 5) × 0.75 pt.

describe("printFit", () => {
  test("two 10-unit columns (112.5 pt) print portrait at 100 %", () => {
    expect(printFit([10, 10])).toEqual({ orientation: "portrait", scale: 100 });
  });

  test("twelve 18-unit columns (1,179 pt) need landscape and stop at the 82 % floor", () => {
    // 718.65 / 1,179 = 61 %, below the floor: the floor wins.
    expect(printFit(Array<number>(12).fill(18))).toEqual({ orientation: "landscape", scale: 82 });
  });

  test("the rounding room: 143 units in 8 columns (780.75 pt) fits landscape at 92 %, not 94 %", () => {
    // (7 × 143 + 8 × 5) × 0.75 = 780.75 pt; 740.88 / 780.75 = 94.9 % without the room, 718.65 / 780.75 = 92.0 % with it.
    expect(printFit([18, 18, 18, 18, 18, 18, 18, 17])).toEqual({ orientation: "landscape", scale: 92 });
  });
});

describe("fitColumnsToPage", () => {
  test("columns that already fit are left alone", () => {
    expect(fitColumnsToPage([10, 10], [8, 8])).toEqual({ widths: [10, 10], fit: { orientation: "portrait", scale: 100 } });
  });

  test("twelve 18-unit columns narrow, widest first, to 98 units: portrait at 85 %", () => {
    // Portrait at 85 % needs (7Σw + 60) × 0.75 ≤ 479.80 / 0.85 = 564.47 pt, so Σw ≤ 98; 216 − 98 = 118
    // steps of one unit, round-robin from the left: all twelve at 9 after 108, then A–J at 8.
    // 98 units = 559.5 pt → 479.80 / 559.5 = 85.8 %; at 99 units it would be 84.96 %.
    const { widths, fit } = fitColumnsToPage(Array<number>(12).fill(18), Array<number>(12).fill(8));
    expect(widths).toEqual([8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 9, 9]);
    expect(fit).toEqual({ orientation: "portrait", scale: 85 });
  });

  test("floors too wide for portrait at 85 % but not at 82 %: portrait at the largest scale that fits", () => {
    // Ten floors of 10 and one of 4 = 104 units: (728 + 55) × 0.75 = 587.25 pt → 479.80 / 587.25 = 81.7 %,
    // below 82: landscape.
    expect(fitColumnsToPage([18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18], [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 4]).fit.orientation).toBe("landscape");
    // Ten of 10 and one of 3 = 103 units: (721 + 55) × 0.75 = 582 pt → 82.4 %: portrait at 82.
    expect(fitColumnsToPage([18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18], [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 3])).toEqual({
      widths: [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 3],
      fit: { orientation: "portrait", scale: 82 },
    });
  });

  test("a column never narrows below its floor; too-wide floors print at the 82 % floor", () => {
    const floors = [18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 8];
    const { widths, fit } = fitColumnsToPage(Array<number>(12).fill(18), floors);
    expect(widths).toEqual([...floors.slice(0, 11), 8]);
    expect(fit).toEqual({ orientation: "landscape", scale: 82 });
  });
});

describe("SheetDraft.floorWidths", () => {
  test("wrapped text and text spilling into an empty neighbour do not count; figures and labels do", () => {
    const d = new SheetDraft();
    d.set(0, 0, { t: "text", v: "一般公共预算财政拨款补助收入" }); // wrapped below: not counted
    d.set(0, 1, { t: "number", v: 28564.19 }); // "28,564.19": 9 + 2 padding = 11
    d.set(1, 0, { t: "text", v: "预算执行率" }); // 10 + 2 = 12, next cell full
    d.set(1, 1, { t: "text", v: "广州市增城区派潭镇人民政府" }); // spills into the empty C2: not counted
    d.format(columnRange(0, 0, 0), "General", { wrap: true });
    expect(d.floorWidths(3, { padding: 2, min: 8, max: 18 })).toEqual([12, 11, 8]);
  });

  test("wrapped Latin text keeps its longest word on one line; wrapped CJK can break anywhere", () => {
    const d = new SheetDraft();
    d.set(0, 0, { t: "text", v: "Self-evaluation score" }); // "Self-evaluation": 15 + 2 = 17
    d.set(0, 1, { t: "text", v: "一般公共预算财政拨款补助收入" }); // no word: the 8 minimum
    d.format(columnRange(0, 0, 0), undefined, { wrap: true });
    d.format(columnRange(1, 0, 0), undefined, { wrap: true });
    expect(d.floorWidths(2, { padding: 2, min: 8, max: 18 })).toEqual([17, 8]);
  });
});
