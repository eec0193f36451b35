/**
 * The choices a user saves in the workbook (report language, formulas or values, rule set, grade
 * bounds and words, overshoot threshold, 定性 words), shared by both front ends: the task pane
 * edits them, the ribbon's Evaluate reads them, and both turn them into engine options the same
 * way, so the two give the same workbook.
 */
import type { Grade, Lang, QualitativeBandName, RuleSet, SettingsOverrides } from "../engine/light";
import { GRADES, isUsableGradeWord } from "../engine/light";

/** The grades with a lower bound of their own (差 starts at 0). */
export type BoundedGrade = Exclude<Grade, "差">;
export { GRADES };
export const BOUNDED_GRADES: readonly BoundedGrade[] = ["优", "良", "中"];
export const QUALITATIVE_BANDS: readonly QualitativeBandName[] = ["top", "middle", "bottom"];

export interface PaneSettings {
  /** Report language; absent = the engine decides (workbook settings rows, else zh). */
  lang?: Lang;
  /** Summary as live formulas or values; absent = the engine's default. */
  writeFormulas?: boolean;
  /** Which rules the evaluation follows (项目支出, 部门整体, 自定义); absent = the engine decides. */
  ruleSet?: RuleSet;
  /** Lower bounds (0–100) of the grades the user set; the others stay as the workbook says. */
  gradeMinima?: Partial<Record<BoundedGrade, number>>;
  /** Words of the grades the user set (优秀, 合格…); the others stay as the workbook says. */
  gradeWords?: Partial<Record<Grade, string>>;
  /** A 正向 result at or above this multiple of its target needs a reason (1.3 = 130%). */
  overshootRatio?: number;
  /** Whole-result words the user adds to a 定性 band (好, 较好, 一般…). */
  qualitativeWords?: Partial<Record<QualitativeBandName, string[]>>;
}

const RULE_SETS: readonly RuleSet[] = ["auto", "project", "department", "custom"];

/** The document-settings key the choices live under (one object, so they save together). */
export const SETTINGS_KEY = "zipin.settings";

/** The overshoot threshold's range: above 100%, at most 10 times the target (as the settings row). */
export const OVERSHOOT_RANGE = { above: 1, atMost: 10 } as const;
/** A 定性 band takes at most this many added words, each at most this long. */
export const MAX_QUALITATIVE_WORDS = 20;
const MAX_QUALITATIVE_WORD_LENGTH = 20;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isScore = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 100;

/** Bounds that fall strictly from 优 to 中 among those given; anything else is dropped whole. */
function parseMinima(v: unknown): Partial<Record<BoundedGrade, number>> | undefined {
  if (!isRecord(v)) return undefined;
  const out: Partial<Record<BoundedGrade, number>> = {};
  for (const g of BOUNDED_GRADES) if (isScore(v[g])) out[g] = v[g];
  const given = BOUNDED_GRADES.flatMap((g) => (out[g] === undefined ? [] : [out[g]]));
  if (given.length === 0 || given.some((m, i) => i > 0 && m >= given[i - 1]!)) return undefined;
  return out;
}

/** Words that can name a grade, distinct among themselves; a repeated set is dropped whole. */
function parseGradeWords(v: unknown): Partial<Record<Grade, string>> | undefined {
  if (!isRecord(v)) return undefined;
  const out: Partial<Record<Grade, string>> = {};
  for (const g of GRADES) {
    const w = v[g];
    if (typeof w === "string" && isUsableGradeWord(w)) out[g] = w;
  }
  const words = Object.values(out);
  if (words.length === 0 || new Set(words).size !== words.length) return undefined;
  return out;
}

function parseQualitativeWords(v: unknown): Partial<Record<QualitativeBandName, string[]>> | undefined {
  if (!isRecord(v)) return undefined;
  const out: Partial<Record<QualitativeBandName, string[]>> = {};
  for (const band of QUALITATIVE_BANDS) {
    const words = v[band];
    if (!Array.isArray(words) || words.length > MAX_QUALITATIVE_WORDS) continue;
    const ok = words.filter((w): w is string => typeof w === "string" && w.trim() === w && w !== "" && w.length <= MAX_QUALITATIVE_WORD_LENGTH);
    if (ok.length > 0 && ok.length === words.length) out[band] = ok;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Reads what is stored under SETTINGS_KEY, keeping only well-formed fields: a workbook edited
 * by another version or by hand must not break either front end.
 */
export function parseStoredSettings(value: unknown): PaneSettings {
  if (!isRecord(value)) return {};
  const v = value;
  const out: PaneSettings = {};
  if (v.lang === "zh" || v.lang === "en") out.lang = v.lang;
  if (typeof v.writeFormulas === "boolean") out.writeFormulas = v.writeFormulas;
  if (RULE_SETS.includes(v.ruleSet as RuleSet)) out.ruleSet = v.ruleSet as RuleSet;
  const minima = parseMinima(v.gradeMinima);
  if (minima) out.gradeMinima = minima;
  const words = parseGradeWords(v.gradeWords);
  if (words) out.gradeWords = words;
  const r = v.overshootRatio;
  if (typeof r === "number" && Number.isFinite(r) && r > OVERSHOOT_RANGE.above && r <= OVERSHOOT_RANGE.atMost) out.overshootRatio = r;
  const qualitative = parseQualitativeWords(v.qualitativeWords);
  if (qualitative) out.qualitativeWords = qualitative;
  return out;
}

/**
 * The engine overrides for a run: only what the user chose, so a workbook's own settings rows
 * still apply to anything the user left alone (a grade bound the user did not set keeps the
 * workbook's, see SettingsOverrides).
 */
export function engineSettings(stored: PaneSettings): SettingsOverrides {
  const out: SettingsOverrides = {};
  if (stored.lang !== undefined) out.lang = stored.lang;
  if (stored.writeFormulas !== undefined) out.writeFormulas = stored.writeFormulas;
  if (stored.ruleSet !== undefined) out.ruleSet = stored.ruleSet;
  if (stored.gradeMinima !== undefined && Object.keys(stored.gradeMinima).length > 0) out.gradeMinima = { ...stored.gradeMinima };
  if (stored.gradeWords !== undefined && Object.keys(stored.gradeWords).length > 0) out.gradeWords = { ...stored.gradeWords };
  if (stored.overshootRatio !== undefined) out.overshootRatio = stored.overshootRatio;
  if (stored.qualitativeWords !== undefined && Object.keys(stored.qualitativeWords).length > 0) {
    out.qualitativeWords = Object.fromEntries(Object.entries(stored.qualitativeWords).map(([k, w]) => [k, [...(w ?? [])]]));
  }
  return out;
}
