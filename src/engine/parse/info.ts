/**
 * The info/settings sheet: key | value rows. Known keys fill the entity, year, self-reference
 * and narrative inputs; every row (known or not) is kept as an entry for settings overrides.
 */
import type { CellRef, CellValue, Sheet } from "../grid";
import { cellAt } from "../grid";
import type { InfoSheet, NarrativeInputs } from "../model";
import type { DetectedTable } from "../detect/types";
import { mergeReader } from "../detect/merges";
import { cellText, normalizeKey, toHalfWidth } from "../detect/normalize";
import type { InfoField } from "../detect/info-keys";
import { infoFieldOf } from "../detect/info-keys";

/** A value may sit a few cells right of its key (merged key cells, a spacer column). */
const VALUE_SEARCH_WIDTH = 4;

/** "2023", "2023年", "2023年度", 2023 → 2023; anything else → null. */
export function parseYear(value: CellValue): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1900 && value <= 2100 ? value : null;
  if (typeof value !== "string") return null;
  const m = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(toHalfWidth(value));
  return m ? Number(m[1]) : null;
}

function asText(value: CellValue): string | null {
  if (value === null) return null;
  const s = cellText(value);
  return s.trim() === "" ? null : s;
}

export function parseInfoSheet(sheet: Sheet, table: DetectedTable): InfoSheet {
  const reader = mergeReader(sheet);
  const keyCol = table.columns.key ?? table.range.left;
  const entries: InfoSheet["entries"] = [];
  const byField = new Map<InfoField, CellValue>();

  for (let r = table.headerRow; r <= table.range.bottom; r++) {
    const key = normalizeKey(cellText(reader.sameRow(r, keyCol)));
    if (key === "") continue;
    const start = (reader.mergeAt(r, keyCol)?.right ?? keyCol) + 1;
    let cell: CellRef = { sheet: sheet.name, row: r, col: start };
    let value: CellValue = null;
    for (let c = start; c < start + VALUE_SEARCH_WIDTH; c++) {
      const v = cellAt(sheet, r, c);
      if (v !== null && cellText(v).trim() !== "") {
        value = v;
        cell = { sheet: sheet.name, row: r, col: c };
        break;
      }
    }
    entries.push({ key, value, cell });
    const field = infoFieldOf(key);
    if (field && !byField.has(field)) byField.set(field, value);
  }

  const text = (f: InfoField): string | null => asText(byField.get(f) ?? null);
  const narrative: NarrativeInputs = {
    functions: text("functions"),
    annualWork: text("annualWork"),
    goals: text("goals"),
    management: text("management"),
    problems: text("problems"),
    measures: text("measures"),
  };
  return {
    sheet: sheet.name,
    entity: text("entity")?.trim() ?? null,
    year: parseYear(byField.get("year") ?? null),
    selfReference: text("selfReference")?.trim() ?? null,
    entries,
    narrative,
  };
}
