/**
 * Sheets that carry an output sheet's name (绩效自评结果, 自评报告, 计算依据). An earlier run's output is
 * skipped by detection and replaced by the next run; a user's own sheet of that name is neither:
 * evaluating would overwrite it, so it stops the run.
 */
import type { Check } from "../evaluation";
import type { Grid, Sheet } from "../grid";
import { makeCheck } from "../messages";
import { OUTPUT_SHEET_NAMES } from "../plan";
import { cellText } from "../vocabulary/text";

const OUTPUT_NAMES = new Set<string>(Object.values(OUTPUT_SHEET_NAMES));

/** How an output sheet's title (its first cell) ends, in either report language. */
const OUTPUT_TITLE_ENDINGS = ["绩效自评结果", "绩效自评报告", "计算依据", "self-evaluation results", "self-evaluation report", "calculation trail"];

function firstText(sheet: Sheet): string {
  for (const row of sheet.cells) {
    if (!Array.isArray(row)) continue;
    for (const value of row) {
      const text = cellText(value).trim();
      if (text !== "") return text;
    }
  }
  return "";
}

/** An output sheet from an earlier run (or an empty sheet of that name, which holds nothing to lose). */
export function isPreviousOutput(sheet: Sheet): boolean {
  if (!OUTPUT_NAMES.has(sheet.name)) return false;
  const first = firstText(sheet).toLowerCase();
  return first === "" || OUTPUT_TITLE_ENDINGS.some((ending) => first.endsWith(ending));
}

/** An error for every sheet with an output's name that no run of ours wrote. */
export function outputNameChecks(grid: Grid): Check[] {
  return (grid.sheets ?? [])
    .filter((s) => s && OUTPUT_NAMES.has(s.name) && !isPreviousOutput(s))
    .map((s) => makeCheck("OUTPUT_NAME_TAKEN", { sheet: s.name, row: 0, col: 0 }, { sheet: s.name }));
}
