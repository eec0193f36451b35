/**
 * The info/settings sheet: key | value rows. Known keys fill the entity, year, self-reference
 * and narrative inputs; every row (known or not) is kept as an entry for settings overrides.
 * Key cells found around the tables of a one-sheet form fill what the info sheet leaves open.
 */
import type { CellValue, Sheet } from "../grid";
import type { InfoSheet, NarrativeInputs } from "../model";
import type { DetectedInfoTable } from "../detect/types";
import { mergeReader } from "../detect/merges";
import { cellText, isNoteText, normalizeKey, toHalfWidth } from "../vocabulary/text";
import type { InfoField } from "../vocabulary/info-keys";
import { infoFieldOf } from "../vocabulary/info-keys";
import { splitKeyCell } from "../detect/key-cell";
import type { Entry } from "./key-values";
import { valueRightOf } from "./key-values";
import { cleanProjectName, cleanUnitName } from "../vocabulary/clean-names";
import { readNumber } from "./numbers";

const NARRATIVE_FIELDS: ReadonlySet<InfoField> = new Set<InfoField>([
  "functions",
  "annualWork",
  "goals",
  "management",
  "problems",
  "measures",
  "overview",
  "goalsAchieved",
]);

/**
 * A narrative key (年度总体目标, 存在的问题…) whose value is a bare figure: 河北 forms have been
 * published with the year's amounts 43.2 | 37.24 typed under 预期目标 | 实际完成情况. A figure
 * says nothing a report can quote as a goal; it is left out and named (NARRATIVE_IS_FIGURE).
 */
export function isFigureInNarrative(entry: Entry): boolean {
  // A key that names a figure itself ("绩效目标完成率", "目标分值") is a figure's row: not quoted,
  // and no slip to name either.
  return holdsFigureOnly(entry) && !FIGURE_KEY.test(entry.key);
}

/** A narrative key with a bare figure for its value: never quoted as the narrative. */
function holdsFigureOnly(entry: Entry): boolean {
  const field = infoFieldOf(entry.key);
  return field !== null && NARRATIVE_FIELDS.has(field) && readNumber(entry.value).kind === "number";
}

const FIGURE_KEY = /[率数额值分]/;

/** "2023", "2023年", "2023年度", 2023 → 2023; anything else → null. */
export function parseYear(value: CellValue): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1900 && value <= 2100 ? value : null;
  if (typeof value !== "string") return null;
  const m = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(toHalfWidth(value));
  return m ? Number(m[1]) : null;
}

/**
 * A budget system's project code before the name ("51142500T000000123456-农村公路日常养护经费"):
 * ten or more letters and digits, mostly digits, then a separator.
 */
const PROJECT_CODE = /^(?=(?:[A-Za-z]*\d){6})[0-9A-Za-z]{10,}\s*[-－—_:：\s]\s*/;

/** A project's name as reports name it: without its code. */
export function projectNameOf(text: string | null): string | null {
  if (text === null) return null;
  const name = cleanProjectName(text.replace(PROJECT_CODE, "").trim());
  return name === "" ? text : name;
}

/** A unit's name as reports name it: without its budget code ("219001-…"), as projects lose theirs. */
function unitNameOf(text: string | null): string | null {
  return text === null ? null : cleanUnitName(text);
}

function asText(value: CellValue): string | null {
  if (value === null) return null;
  const s = cellText(value);
  return s.trim() === "" ? null : s;
}

/**
 * A line that opens a list of notes ("填写说明：", "How to fill in:", "注：…"): the lines under it
 * explain keys ("2. 预算执行率分值：…通常为10分"), they do not fill them.
 */
function opensNotes(text: string): boolean {
  const t = toHalfWidth(text).trim();
  return isNoteText(t) || (/:$/.test(t) && infoFieldOf(t.slice(0, -1)) === null);
}

/**
 * Every key | value row of an info block, in order (keys with a blank value too). A "键：值" key
 * cell ("单位名称：某局") holds its own value, except in the notes under a block.
 */
export function infoSheetEntries(sheet: Sheet, table: DetectedInfoTable): Entry[] {
  const reader = mergeReader(sheet);
  const keyCol = table.columns.key;
  const entries: Entry[] = [];
  let inNotes = false;
  for (let r = table.headerRow; r <= table.range.bottom; r++) {
    const text = cellText(reader.sameRow(r, keyCol));
    inNotes ||= opensNotes(text);
    const inCell = inNotes ? null : splitKeyCell(text);
    if (inCell) {
      entries.push({ key: normalizeKey(inCell.key), value: inCell.value, cell: { sheet: sheet.name, row: r, col: keyCol } });
      continue;
    }
    const key = normalizeKey(text);
    if (key === "") continue;
    entries.push({ key, ...valueRightOf(sheet, reader, r, keyCol) });
  }
  return entries;
}

/** Entity, year, self-reference and narrative from entries; the first filled entry of each field wins. */
export function infoFromEntries(sheet: string, entries: Entry[]): InfoSheet {
  const byField = new Map<InfoField, CellValue>();
  for (const e of entries) {
    const field = infoFieldOf(e.key);
    if (field && !byField.has(field) && asText(e.value) !== null && !holdsFigureOnly(e)) byField.set(field, e.value);
  }
  const text = (f: InfoField): string | null => asText(byField.get(f) ?? null);
  const trimmed = (f: InfoField): string | null => text(f)?.trim() ?? null;
  const narrative: NarrativeInputs = {
    functions: text("functions"),
    annualWork: text("annualWork"),
    goals: text("goals"),
    management: text("management"),
    problems: text("problems"),
    measures: text("measures"),
  };
  // Optional in the model: only a project form has a 项目概况, so it is set only when present.
  const overview = text("overview");
  if (overview !== null) narrative.overview = overview;
  const achieved = text("goalsAchieved");
  if (achieved !== null) narrative.goalsAchieved = achieved;
  return {
    sheet,
    entity: unitNameOf(trimmed("entity") ?? trimmed("implementer") ?? trimmed("supervisor")),
    year: parseYear(byField.get("year") ?? null),
    selfReference: trimmed("selfReference"),
    projectName: projectNameOf(trimmed("project")),
    entries,
    narrative,
  };
}
