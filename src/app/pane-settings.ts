/**
 * The choices a user saves in the workbook (report language, formulas or values), shared by
 * both front ends: the task pane edits them, the ribbon's Evaluate reads them, and both turn
 * them into engine options the same way, so the two give the same workbook.
 */
import type { Lang, RuleSet, Settings } from "../engine/light";

export interface PaneSettings {
  /** Report language; absent = the engine decides (workbook settings rows, else zh). */
  lang?: Lang;
  /** Summary as live formulas or values; absent = the engine's default. */
  writeFormulas?: boolean;
  /** Which rules the evaluation follows (项目支出, 部门整体, 自定义); absent = the engine decides. */
  ruleSet?: RuleSet;
}

const RULE_SETS: readonly RuleSet[] = ["auto", "project", "department", "custom"];

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
  if (RULE_SETS.includes(v.ruleSet as RuleSet)) out.ruleSet = v.ruleSet as RuleSet;
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
  if (stored.ruleSet !== undefined) out.ruleSet = stored.ruleSet;
  return out;
}
