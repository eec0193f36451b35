/**
 * Whether a workbook's summary says its report is stale: the report-status cell of
 * 绩效自评结果 (a formula, docs/score-formulas.md) shows "报告需重新生成" once the figures the
 * report was written from have changed. Read from the values the host calculated.
 */
import type { Grid } from "./grid";
import { cellText } from "./vocabulary/text";
import { isPreviousOutput } from "./detect/output-sheets";
import { OUTPUT_SHEET_NAMES } from "./plan";
import { LABELS } from "./render/labels";

const STALE_TEXTS = new Set(Object.values(LABELS).map((l) => l.staleReport));

export function reportIsStale(grid: Grid): boolean {
  const summary = grid.sheets.find((s) => s.name === OUTPUT_SHEET_NAMES.summary);
  if (!summary || !isPreviousOutput(summary)) return false;
  return summary.cells.some((row) => Array.isArray(row) && row.some((v) => STALE_TEXTS.has(cellText(v).trim())));
}
