/** The checks list: each check as a row in the UI language, errors first, with the cell to select. */
import type { Check, Severity } from "../../engine/light";
import type { CellRef } from "../../engine/light";
import { refToA1 } from "../../engine/light";
import type { Lang } from "../../engine/light";
import type { PaneStrings } from "../i18n";
import { fill } from "../i18n";

export interface CheckRow {
  key: string;
  severity: Severity;
  severityLabel: string;
  message: string;
  /** "收支表!B5", or null for a check about the workbook as a whole. */
  address: string | null;
  cell: CellRef | null;
  /** The accessible name of the row's button. */
  label: string;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function severityLabel(severity: Severity, s: PaneStrings): string {
  return severity === "error" ? s.severityError : severity === "warning" ? s.severityWarning : s.severityInfo;
}

export function checkRows(checks: Check[], lang: Lang, s: PaneStrings): CheckRow[] {
  return checks
    .map((check, index) => ({ check, index }))
    // Stable: within a severity the engine's order (sheet order, top to bottom) is kept.
    .sort((a, b) => ORDER[a.check.severity] - ORDER[b.check.severity] || a.index - b.index)
    .map(({ check, index }) => {
      const address = check.cell ? refToA1(check.cell) : null;
      const label = severityLabel(check.severity, s);
      const message = check.message[lang];
      return {
        key: `${index}-${check.code}`,
        severity: check.severity,
        severityLabel: label,
        message,
        address,
        cell: check.cell,
        label: fill(s.checkButtonLabel, { severity: label, message, cell: address ?? s.wholeWorkbook }),
      };
    });
}
