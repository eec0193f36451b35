import type { BoundedGrade, PaneSettings } from "../../app/pane-settings";
import { BOUNDED_GRADES, GRADES, MAX_QUALITATIVE_WORDS, OVERSHOOT_RANGE } from "../../app/pane-settings";
import type { Grade, Lang, QualitativeBandName, RuleSet, Settings } from "../../engine/light";
import { D, DEFAULT_SETTINGS, isUsableGradeWord } from "../../engine/light";

/** What the workbook's own settings rows (or the defaults) say, for the settings the pane shows. */
export interface WorkbookPaneSettings {
  lang: Lang;
  writeFormulas: boolean;
  ruleSet: RuleSet;
  gradeMinima: Record<BoundedGrade, number>;
  gradeWords: Record<Grade, string>;
  overshootRatio: number;
}

/** The pane's view of resolved settings (the workbook's rows over the defaults). */
export function workbookPaneSettings(s: Settings): WorkbookPaneSettings {
  const min = (g: BoundedGrade): number => s.gradeBands.find((b) => b.grade === g)?.min ?? 0;
  return {
    lang: s.lang,
    writeFormulas: s.writeFormulas,
    ruleSet: s.ruleSet,
    gradeMinima: { 优: min("优"), 良: min("良"), 中: min("中") },
    gradeWords: { ...s.gradeWords },
    overshootRatio: s.overshootRatio,
  };
}

export interface ShownSettings extends WorkbookPaneSettings {
  /** The words the user added to each 定性 band (the workbook's own are in its rows). */
  qualitativeWords: Record<QualitativeBandName, string[]>;
}

/**
 * What the settings controls show, which is what Evaluate will use: the user's stored choice,
 * else what the workbook's own settings rows say (`workbook`), else the engine's default.
 */
export function shownSettings(stored: PaneSettings, workbook: WorkbookPaneSettings = workbookPaneSettings(DEFAULT_SETTINGS)): ShownSettings {
  return {
    lang: stored.lang ?? workbook.lang,
    writeFormulas: stored.writeFormulas ?? workbook.writeFormulas,
    ruleSet: stored.ruleSet ?? workbook.ruleSet,
    gradeMinima: { ...workbook.gradeMinima, ...stored.gradeMinima },
    gradeWords: { ...workbook.gradeWords, ...stored.gradeWords },
    overshootRatio: stored.overshootRatio ?? workbook.overshootRatio,
    qualitativeWords: {
      top: stored.qualitativeWords?.top ?? [],
      middle: stored.qualitativeWords?.middle ?? [],
      bottom: stored.qualitativeWords?.bottom ?? [],
    },
  };
}

/** A field's text as the user typed it, read: a value to store, "clear" (blank: the user's choice is dropped), or the problem. */
export type FieldRead<T> = { ok: true; value: T | "clear" } | { ok: false; problem: SettingProblem };

export type SettingProblem = "gradeWordInvalid" | "gradeWordRepeated" | "gradeMinInvalid" | "gradeMinOrder" | "overshootInvalid" | "qualitativeInvalid";

const clear = { ok: true, value: "clear" } as const;

/** Full-width digits and signs typed with a Chinese input method read as ASCII. */
const halfWidth = (text: string): string =>
  text.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48)).replace(/．/g, ".").replace(/％/g, "%").trim();

/** A grade's word: usable, and not the word another grade is shown by. */
export function readGradeWordField(text: string, grade: Grade, shown: Record<Grade, string>): FieldRead<string> {
  const word = text.trim();
  if (word === "") return clear;
  if (!isUsableGradeWord(word)) return { ok: false, problem: "gradeWordInvalid" };
  if (GRADES.some((g) => g !== grade && shown[g] === word)) return { ok: false, problem: "gradeWordRepeated" };
  return { ok: true, value: word };
}

/** A grade's lowest score 0–100, still strictly between the grades above and below it as shown. */
export function readGradeMinField(text: string, grade: BoundedGrade, shown: Record<BoundedGrade, number>): FieldRead<number> {
  const t = halfWidth(text).replace(/分$/, "");
  if (t === "") return clear;
  if (!/^\d+(\.\d+)?$/.test(t)) return { ok: false, problem: "gradeMinInvalid" };
  const value = Number(t);
  if (value > 100) return { ok: false, problem: "gradeMinInvalid" };
  const at = BOUNDED_GRADES.indexOf(grade);
  const above = BOUNDED_GRADES[at - 1];
  const below = BOUNDED_GRADES[at + 1];
  if ((above !== undefined && shown[above] <= value) || (below !== undefined && shown[below] >= value)) return { ok: false, problem: "gradeMinOrder" };
  return { ok: true, value };
}

/** The overshoot threshold typed as a percentage ("130", "130%") and stored as a ratio (1.3). */
export function readOvershootField(text: string): FieldRead<number> {
  const t = halfWidth(text).replace(/%$/, "");
  if (t === "") return clear;
  if (!/^\d+(\.\d+)?$/.test(t)) return { ok: false, problem: "overshootInvalid" };
  const ratio = new D(t).dividedBy(100);
  if (!ratio.gt(OVERSHOOT_RANGE.above) || ratio.gt(OVERSHOOT_RANGE.atMost)) return { ok: false, problem: "overshootInvalid" };
  return { ok: true, value: ratio.toNumber() };
}

/** The ratio as the field shows it: 1.3 → "130". */
export function overshootText(ratio: number): string {
  return new D(ratio).times(100).toString();
}

/** Words added to a 定性 band, separated by 、，, ; or spaces (as the 定性达成用语 row). */
export function readQualitativeField(text: string): FieldRead<string[]> {
  const words = text.split(/[、，,;；\s]+/).filter((w) => w !== "");
  if (words.length === 0) return clear;
  if (words.length > MAX_QUALITATIVE_WORDS || words.some((w) => w.length > 20)) return { ok: false, problem: "qualitativeInvalid" };
  return { ok: true, value: [...new Set(words)] };
}

/** The patch a field's value makes to the stored settings; "clear" drops the user's choice for that part only. */
export function patchPart<K extends "gradeWords" | "gradeMinima" | "qualitativeWords", P extends string, V>(
  stored: PaneSettings,
  field: K,
  part: P,
  value: V | "clear",
): PaneSettings {
  const current = { ...((stored[field] ?? {}) as Record<string, unknown>) };
  if (value === "clear") delete current[part];
  else current[part] = value;
  return { [field]: Object.keys(current).length > 0 ? current : undefined } as PaneSettings;
}
