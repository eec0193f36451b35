import type { Settings } from "../../engine/settings";
import { DEFAULT_SETTINGS } from "../../engine/settings";
import type { PaneSettings } from "../services/types";

/** What the settings controls show: the stored choice, else the engine's default. */
export function shownSettings(stored: PaneSettings): Required<PaneSettings> {
  return {
    lang: stored.lang ?? DEFAULT_SETTINGS.lang,
    writeFormulas: stored.writeFormulas ?? DEFAULT_SETTINGS.writeFormulas,
  };
}

/**
 * The engine overrides for a run: only what the user chose in the pane, so a workbook's own
 * settings rows still apply to anything the user left alone.
 */
export function engineSettings(stored: PaneSettings): Partial<Settings> {
  const out: Partial<Settings> = {};
  if (stored.lang !== undefined) out.lang = stored.lang;
  if (stored.writeFormulas !== undefined) out.writeFormulas = stored.writeFormulas;
  return out;
}

/** The document-settings key the pane's choices live under (one object, so they save together). */
export const SETTINGS_KEY = "zipin.settings";

/**
 * Reads what is stored under SETTINGS_KEY, keeping only well-formed fields: a workbook edited
 * by another version or by hand must not break the pane.
 */
export function parseStoredSettings(value: unknown): PaneSettings {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const v = value as Record<string, unknown>;
  const out: PaneSettings = {};
  if (v.lang === "zh" || v.lang === "en") out.lang = v.lang;
  if (typeof v.writeFormulas === "boolean") out.writeFormulas = v.writeFormulas;
  return out;
}
