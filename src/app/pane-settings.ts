/**
 * The choices a user saves in the workbook (report language, formulas or values), shared by
 * both front ends: the task pane edits them, the ribbon's Evaluate reads them, and both turn
 * them into engine options the same way, so the two give the same workbook.
 */
import type { Lang, Settings } from "../engine/light";

export interface PaneSettings {
  /** Report language; absent = the engine decides (workbook settings rows, else zh). */
  lang?: Lang;
  /** Summary as live formulas or values; absent = the engine's default. */
  writeFormulas?: boolean;
}

/** The document-settings key the choices live under (one object, so they save together). */
export const SETTINGS_KEY = "zipin.settings";

/**
 * Reads what is stored under SETTINGS_KEY, keeping only well-formed fields: a workbook edited
 * by another version or by hand must not break either front end.
 */
export function parseStoredSettings(value: unknown): PaneSettings {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const v = value as Record<string, unknown>;
  const out: PaneSettings = {};
  if (v.lang === "zh" || v.lang === "en") out.lang = v.lang;
  if (typeof v.writeFormulas === "boolean") out.writeFormulas = v.writeFormulas;
  return out;
}

/**
 * The engine overrides for a run: only what the user chose, so a workbook's own settings rows
 * still apply to anything the user left alone.
 */
export function engineSettings(stored: PaneSettings): Partial<Settings> {
  const out: Partial<Settings> = {};
  if (stored.lang !== undefined) out.lang = stored.lang;
  if (stored.writeFormulas !== undefined) out.writeFormulas = stored.writeFormulas;
  return out;
}
