import type { PaneSettings } from "../../app/pane-settings";
import { DEFAULT_SETTINGS } from "../../engine/light";

/**
 * What the settings controls show, which is what Evaluate will use: the user's stored choice,
 * else what the workbook's own settings rows say (`workbook`), else the engine's default.
 */
export function shownSettings(stored: PaneSettings, workbook: Required<PaneSettings> = DEFAULT_SETTINGS): Required<PaneSettings> {
  return {
    lang: stored.lang ?? workbook.lang,
    writeFormulas: stored.writeFormulas ?? workbook.writeFormulas,
    ruleSet: stored.ruleSet ?? workbook.ruleSet,
  };
}
