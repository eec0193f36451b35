import type { DetectedTable } from "../../src/engine/detect/types";
import type { Grid } from "../../src/engine/grid";
import { hasInputTables, kindLabel, tableRows, withChoice } from "../../src/taskpane/view/tables";
import { zh } from "../../src/taskpane/i18n/zh";

const sheet = (name: string) => ({ name, cells: [["x"]], merges: [] });
const grid: Grid = { sheets: ["收支表", "指标表", "说明", "绩效自评结果", "自评报告"].map(sheet) };

function table(kind: DetectedTable["kind"], name: string, confidence: number, top: number, bottom: number, right: number): DetectedTable {
  const found = { sheet: name, headerRow: top, range: { top, left: 0, bottom, right }, confidence, title: null, unit: null };
  return kind === "info" ? { kind, ...found, columns: { key: 0, value: 1 } } : { kind, ...found, columns: {} };
}

const detected: DetectedTable[] = [
  // rows 2..9, columns 0..4 → A3:E10
  table("budget", "收支表", 0.9, 2, 9, 4),
  // two candidates on one sheet: the more confident one is shown
  table("info", "指标表", 0.4, 0, 3, 1),
  table("indicator", "指标表", 0.875, 1, 12, 8),
];

describe("tableRows", () => {
  it("lists every input sheet with the guess, its A1 range and confidence, skipping our output sheets", () => {
    expect(tableRows(grid, detected, [])).toEqual([
      { sheet: "收支表", range: "A3:E10", detectedKind: "budget", confidence: "90.00%", choice: "budget", overridden: false },
      // rows 1..12, columns 0..8 → A2:I13; 0.875 → 87.50%
      { sheet: "指标表", range: "A2:I13", detectedKind: "indicator", confidence: "87.50%", choice: "indicator", overridden: false },
      { sheet: "说明", range: null, detectedKind: null, confidence: null, choice: "ignore", overridden: false },
    ]);
  });

  it("shows the user's correction as the choice", () => {
    const rows = tableRows(grid, detected, [
      { sheet: "说明", kind: "info" },
      { sheet: "收支表", kind: "ignore" },
    ]);
    expect(rows.map((r) => [r.sheet, r.choice, r.overridden])).toEqual([
      ["收支表", "ignore", true],
      ["指标表", "indicator", false],
      ["说明", "info", true],
    ]);
  });
});

describe("withChoice", () => {
  it("stores a correction that differs from the guess, replacing an earlier one for the sheet", () => {
    const once = withChoice([], "收支表", "indicator", "budget");
    expect(once).toEqual([{ sheet: "收支表", kind: "indicator" }]);
    expect(withChoice(once, "收支表", "ignore", "budget")).toEqual([{ sheet: "收支表", kind: "ignore" }]);
  });

  it("drops the correction when the user goes back to the guess", () => {
    const current = [
      { sheet: "收支表", kind: "ignore" as const },
      { sheet: "说明", kind: "info" as const },
    ];
    expect(withChoice(current, "收支表", "budget", "budget")).toEqual([{ sheet: "说明", kind: "info" }]);
    // nothing was found on 说明, so "ignore" is its guess
    expect(withChoice(current, "说明", "ignore", null)).toEqual([{ sheet: "收支表", kind: "ignore" }]);
  });
});

describe("hasInputTables", () => {
  it("is true only while a budget or indicator table is in use", () => {
    expect(hasInputTables(tableRows(grid, detected, []))).toBe(true);
    const ignored = [
      { sheet: "收支表", kind: "ignore" as const },
      { sheet: "指标表", kind: "ignore" as const },
    ];
    expect(hasInputTables(tableRows(grid, detected, ignored))).toBe(false);
    expect(hasInputTables(tableRows({ sheets: [sheet("Sheet1")] }, [], []))).toBe(false);
  });
});

describe("kindLabel", () => {
  it("names kinds as users call them", () => {
    expect(["budget", "indicator", "info", "ignore"].map((k) => kindLabel(k as "budget", zh))).toEqual([
      "收支表",
      "指标表",
      "基本信息",
      "忽略",
    ]);
  });
});
