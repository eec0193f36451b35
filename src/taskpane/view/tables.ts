/**
 * The "tables found" list: one row per input sheet, with what detection guessed and the
 * user's correction. Corrections are kept as the engine's TableOverride[] (per sheet).
 */
import type { Grid } from "../../engine/light";
import { a1Range } from "../../engine/light";
import type { DetectedTable, TableKind, TableOverride } from "../../engine/light";
import { OUTPUT_SHEET_NAMES } from "../../engine/light";
import { D } from "../../engine/light";
import { formatPercent } from "../../engine/light";
import type { PaneStrings } from "../i18n";

export type TableChoice = TableKind | "ignore";

export const TABLE_CHOICES: readonly TableChoice[] = ["budget", "indicator", "info", "ignore"];

export interface TableRow {
  sheet: string;
  /** "A3:F12", or null when nothing was detected on the sheet. */
  range: string | null;
  detectedKind: TableKind | null;
  /** "85.00%", or null when nothing was detected. */
  confidence: string | null;
  /** What Evaluate will use: the user's correction, else the guess, else ignore. */
  choice: TableChoice;
  overridden: boolean;
}

const OUTPUT_SHEETS: ReadonlySet<string> = new Set(Object.values(OUTPUT_SHEET_NAMES));

/**
 * Every sheet except our own output sheets, in workbook order; a sheet with several detected
 * tables shows its most confident one (an override applies to the whole sheet anyway).
 */
export function tableRows(grid: Grid, detected: DetectedTable[], overrides: TableOverride[]): TableRow[] {
  return grid.sheets
    .filter((sheet) => !OUTPUT_SHEETS.has(sheet.name))
    .map((sheet) => {
      const found = detected
        .filter((t) => t.sheet === sheet.name)
        .sort((a, b) => b.confidence - a.confidence)[0];
      const override = overrides.find((o) => o.sheet === sheet.name);
      const guess: TableChoice = found ? found.kind : "ignore";
      return {
        sheet: sheet.name,
        range: found ? a1Range(found.range) : null,
        detectedKind: found ? found.kind : null,
        confidence: found ? formatPercent(new D(found.confidence)) : null,
        choice: override ? override.kind : guess,
        overridden: override !== undefined && override.kind !== guess,
      };
    });
}

/**
 * The overrides after the user picks `choice` for a sheet. Picking what detection guessed
 * (or "ignore" for a sheet where nothing was found) removes the override instead of storing
 * a no-op, so the engine keeps deciding on its own.
 */
export function withChoice(
  overrides: TableOverride[],
  sheet: string,
  choice: TableChoice,
  detectedKind: TableKind | null,
): TableOverride[] {
  const rest = overrides.filter((o) => o.sheet !== sheet);
  const guess: TableChoice = detectedKind ?? "ignore";
  return choice === guess ? rest : [...rest, { sheet, kind: choice }];
}

export function kindLabel(kind: TableChoice, s: PaneStrings): string {
  switch (kind) {
    case "budget":
      return s.kindBudget;
    case "indicator":
      return s.kindIndicator;
    case "info":
      return s.kindInfo;
    case "ignore":
      return s.kindIgnore;
  }
}

export function isTableChoice(value: string): value is TableChoice {
  return (TABLE_CHOICES as readonly string[]).includes(value);
}

/** The template is for a workbook without inputs: offered only when no budget or indicator table is in use. */
export function hasInputTables(rows: TableRow[]): boolean {
  return rows.some((r) => r.choice === "budget" || r.choice === "indicator");
}
