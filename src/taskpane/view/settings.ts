import type { PaneSettings } from "../../app/pane-settings";
import { DEFAULT_SETTINGS } from "../../engine/settings";

/** What the settings controls show: the stored choice, else the engine's default. */
export function shownSettings(stored: PaneSettings): Required<PaneSettings> {
  return {
    lang: stored.lang ?? DEFAULT_SETTINGS.lang,
    writeFormulas: stored.writeFormulas ?? DEFAULT_SETTINGS.writeFormulas,
  };
}
