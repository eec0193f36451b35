/**
 * The part of the engine the task pane's first screen needs: which tables a workbook holds and
 * which settings it asks for. Kept apart from index.ts (runEngine, with evaluation, narrative and
 * rendering) so the pane can load this at once and the rest only when Evaluate is first pressed
 * (docs: README "The Excel add-in"; the pane's size is measured by `npm run bench`).
 */
import type { Grid } from "./grid";
import { detectTables } from "./detect";
import type { TableOverride } from "./detect/types";
import { parseWorkbook } from "./parse";
import { resolveSettings } from "./evaluate/settings-from-info";
import type { Settings } from "./settings";

/**
 * The settings a run would start from before the user's own choices: the defaults, overridden by
 * the workbook's settings rows. The task pane shows these until the user chooses otherwise.
 */
export function workbookSettings(grid: Grid, overrides: TableOverride[] = []): Settings {
  const parsed = parseWorkbook(grid, detectTables(grid, overrides));
  return resolveSettings(parsed.model.info, {}).settings;
}

export { detectTables };
export { reportIsStale } from "./stale-report";
