/**
 * Settings resolution: defaults, then the info sheet's settings rows, then the caller's
 * overrides. Rows whose key is not a setting are narrative inputs (部门职能…) and are ignored.
 */
import type { CellRef } from "../grid";
import type { Check } from "../evaluation";
import type { InfoSheet } from "../model";
import { makeCheck } from "../messages";
import type { Grade, QualitativeBand, QualitativeBandName, Settings, SettingsOverrides } from "../settings";
import { AUTO_EXECUTION_WEIGHT, DEFAULT_SETTINGS, GRADES } from "../settings";
import {
  GRADE_KEY_ENDINGS,
  GRADE_KEY_NAMES,
  GRADE_WORD_KEY_ENDINGS,
  GRADE_WORD_KEY_NAMES,
  GRADE_WORDS_KEYS,
  QUALITATIVE_WORD_KEYS,
  SETTING_KEY_NAMES,
} from "../vocabulary/info-keys";
import { normalizeSettingKey } from "../vocabulary/text";
import type { CellInput, Read } from "./setting-values";
import {
  readExecutionWeight,
  readFraction,
  readGradeWord,
  readGradeWords,
  readLang,
  readOvershootRatio,
  readRuleSet,
  readWords,
  readScore,
  readSelfReference,
  readTolerance,
  readYesNo,
} from "./setting-values";

interface SettingRow {
  /** Normalised keys (see normalizeSettingKey) that name this setting. */
  keys: string[];
  apply: (input: CellInput, current: Settings) => Read<Partial<Settings>>;
  /** For grade rows: the grade whose lower bound the row sets (their order is checked at the end). */
  grade?: Grade;
  /** For grade-word rows: the grades whose words the row sets (their distinctness is checked at the end). */
  words?: Grade[];
}

const to =
  <T, K extends keyof Settings>(field: K, read: (input: CellInput) => Read<T>, wrap: (v: T) => Settings[K] = (v) => v as unknown as Settings[K]) =>
  (input: CellInput): Read<Partial<Settings>> => {
    const r = read(input);
    return r.ok ? { ok: true, value: { [field]: wrap(r.value) } as Partial<Settings> } : r;
  };

function gradeRow(grade: Grade, names: string[]): SettingRow {
  const keys = names.flatMap((n) => GRADE_KEY_ENDINGS.map((ending) => `${n}${ending}`));
  return {
    keys,
    grade,
    apply: (input, current) => {
      const r = readScore(input);
      if (!r.ok) return r;
      const gradeBands = current.gradeBands.map((b) => (b.grade === grade ? { ...b, min: r.value } : b));
      return { ok: true, value: { gradeBands } };
    },
  };
}

/** A row naming one grade's word ("不合格等级用语：不合格"). */
function gradeWordRow(grade: Grade, names: string[]): SettingRow {
  return {
    keys: names.flatMap((n) => GRADE_WORD_KEY_ENDINGS.map((ending) => `${n}${ending}`)),
    words: [grade],
    apply: (input, current) => {
      const r = readGradeWord(input);
      return r.ok ? { ok: true, value: { gradeWords: { ...current.gradeWords, [grade]: r.value } } } : r;
    },
  };
}

export const SETTING_ROWS: SettingRow[] = [
  { keys: SETTING_KEY_NAMES.executionWeight, apply: to("executionWeight", readExecutionWeight) },
  { keys: SETTING_KEY_NAMES.selfReference, apply: to("selfReference", readSelfReference) },
  { keys: SETTING_KEY_NAMES.lang, apply: to("lang", readLang) },
  { keys: SETTING_KEY_NAMES.writeFormulas, apply: to("writeFormulas", readYesNo) },
  { keys: SETTING_KEY_NAMES.overshootRatio, apply: to("overshootRatio", readOvershootRatio) },
  { keys: SETTING_KEY_NAMES.executionLagThreshold, apply: to("executionLagThreshold", readFraction) },
  { keys: SETTING_KEY_NAMES.lowExecutionThreshold, apply: to("lowExecutionThreshold", readFraction) },
  { keys: SETTING_KEY_NAMES.sumTolerance, apply: to("sumTolerance", readTolerance) },
  { keys: SETTING_KEY_NAMES.ruleSet, apply: to("ruleSet", readRuleSet) },
  ...QUALITATIVE_WORD_KEYS.map(({ band, keys }): SettingRow => ({
    keys,
    apply: (input, current) => {
      const r = readWords(input);
      if (!r.ok) return r;
      return { ok: true, value: { qualitativeBands: withWords(current.qualitativeBands, band, r.value) } };
    },
  })),
  ...GRADE_KEY_NAMES.map(([grade, names]) => gradeRow(grade, names)),
  { keys: GRADE_WORDS_KEYS, words: ["优", "良", "中", "差"], apply: to("gradeWords", readGradeWords) },
  ...GRADE_WORD_KEY_NAMES.map(([grade, names]) => gradeWordRow(grade, names)),
];

/** The bands with words added to one of them: top (reaches full marks), bottom (from 0), or the one between. */
function withWords(bands: QualitativeBand[], band: QualitativeBandName, words: string[]): QualitativeBand[] {
  const pick = (b: QualitativeBand): boolean => (band === "top" ? b.max >= 1 : band === "bottom" ? b.min === 0 : b.max < 1 && b.min > 0);
  // Whole-result words ("好", "一般"): as exact words, so "好" does not match inside "不好".
  return bands.map((b) => (pick(b) ? { ...b, exact: [...(b.exact ?? []), ...words] } : b));
}

function findRow(key: string): SettingRow | undefined {
  const k = normalizeSettingKey(key);
  return SETTING_ROWS.find((row) => row.keys.includes(k));
}

const isBlank = (v: CellInput): boolean => v === null || (typeof v === "string" && v.trim() === "");

function badSetting(key: string, value: CellInput, cell: CellRef, hint: { zh: string; en: string }): Check {
  return makeCheck("BAD_SETTING", cell, { key, value: String(value), hint });
}

/** Grades must fall strictly from 优 to 差; a row that breaks this is named. */
function gradeOrderChecks(settings: Settings, setBy: Map<Grade, { key: string; value: CellInput; cell: CellRef }>): Check[] {
  const checks: Check[] = [];
  const bands = settings.gradeBands;
  const words = settings.gradeWords;
  for (let i = 1; i < bands.length; i++) {
    const higher = bands[i - 1]!;
    const lower = bands[i]!;
    if (higher.min > lower.min) continue;
    const culprit = setBy.get(lower.grade) ?? setBy.get(higher.grade);
    if (culprit) {
      checks.push(
        badSetting(culprit.key, culprit.value, culprit.cell, {
          zh: `“${words[higher.grade]}”的下限（${higher.min}）须高于“${words[lower.grade]}”的下限（${lower.min}）。`,
          en: `the lower bound of ${words[higher.grade]} (${higher.min}) must be above that of ${words[lower.grade]} (${lower.min}).`,
        }),
      );
    }
  }
  return checks;
}

type SetBy = { key: string; value: CellInput; cell: CellRef };

/**
 * The four grade words must differ, or the summary's grade could not be told apart; the row that
 * set a repeated word last is named (a whole-list row has already been checked on its own).
 */
function gradeWordChecks(settings: Settings, setBy: Map<Grade, SetBy>): Check[] {
  const checks: Check[] = [];
  const reported = new Set<SetBy>();
  for (const [i, grade] of GRADES.entries()) {
    const same = GRADES.slice(0, i).find((other) => settings.gradeWords[other] === settings.gradeWords[grade]);
    if (same === undefined) continue;
    const culprit = setBy.get(grade) ?? setBy.get(same);
    if (!culprit || reported.has(culprit)) continue;
    reported.add(culprit);
    const word = settings.gradeWords[grade];
    checks.push(
      badSetting(culprit.key, culprit.value, culprit.cell, {
        zh: `“${word}”已是另一等级的用语，四个等级用语不能重复。`,
        en: `“${word}” already names another grade; the four grade words must differ.`,
      }),
    );
  }
  return checks;
}

/** Defaults, then the info sheet's settings rows, then the caller's overrides. */
export function resolveSettings(info: InfoSheet | null, overrides: SettingsOverrides): { settings: Settings; checks: Check[] } {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const checks: Check[] = [];
  const gradeSetBy = new Map<Grade, { key: string; value: CellInput; cell: CellRef }>();
  const wordSetBy = new Map<Grade, SetBy>();

  for (const entry of info?.entries ?? []) {
    const row = findRow(entry.key);
    if (!row || isBlank(entry.value)) continue;
    const r = row.apply(entry.value, settings);
    if (!r.ok) {
      checks.push(badSetting(entry.key, entry.value, entry.cell, r.hint));
      continue;
    }
    if (row.grade) gradeSetBy.set(row.grade, { key: entry.key, value: entry.value, cell: entry.cell });
    const setBy: SetBy = { key: entry.key, value: entry.value, cell: entry.cell };
    for (const g of row.words ?? []) wordSetBy.set(g, setBy);
    settings = { ...settings, ...r.value };
  }
  checks.push(...gradeOrderChecks(settings, gradeSetBy));
  checks.push(...gradeWordChecks(settings, wordSetBy));

  // A caller's explicit `undefined` means "not given", not "unset".
  const { gradeWords, gradeMinima, qualitativeWords, ...whole } = overrides;
  const given = Object.fromEntries(Object.entries(whole).filter(([, v]) => v !== undefined)) as Partial<Settings>;
  return { settings: withRuleSet(withPatches({ ...settings, ...given }, { gradeWords, gradeMinima, qualitativeWords })), checks };
}

/** The parts of grades and 定性 words a caller changed, over what the workbook's rows set. */
function withPatches(settings: Settings, patch: Pick<SettingsOverrides, "gradeWords" | "gradeMinima" | "qualitativeWords">): Settings {
  let out = settings;
  const words = Object.fromEntries(Object.entries(patch.gradeWords ?? {}).filter(([, w]) => w !== undefined && w.trim() !== ""));
  if (Object.keys(words).length > 0) out = { ...out, gradeWords: { ...out.gradeWords, ...words } };
  const minima = patch.gradeMinima ?? {};
  if (Object.values(minima).some((m) => m !== undefined)) {
    out = { ...out, gradeBands: out.gradeBands.map((b) => (b.grade !== "差" && minima[b.grade] !== undefined ? { ...b, min: minima[b.grade]! } : b)) };
  }
  for (const [band, added] of Object.entries(patch.qualitativeWords ?? {}) as [QualitativeBandName, string[] | undefined][]) {
    if (added && added.length > 0) out = { ...out, qualitativeBands: withWords(out.qualitativeBands, band, added) };
  }
  return out;
}

/** 项目支出 scores execution 10 points unless a row or the caller set the points themselves. */
function withRuleSet(settings: Settings): Settings {
  // 财预〔2020〕10号: budget execution is worth 10 of a project's 100 points (the same 10 "auto" gives).
  if (settings.ruleSet === "project" && settings.executionWeight === "auto") return { ...settings, executionWeight: AUTO_EXECUTION_WEIGHT.points };
  return settings;
}
