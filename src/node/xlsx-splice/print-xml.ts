/** The print parts of a worksheet the plan asks for: page header and footer. */
import { printArea } from "../../engine/light";
import type { PlannedSheet } from "../../engine/light";
import { escapeText } from "./escape";

/**
 * `<headerFooter>` and `<rowBreaks>` (after pageSetup, in that order, in CT_Worksheet), or ""
 * when the plan sets neither. A break's id is the last row of the page before it (1-based).
 */
export function headerFooterXml(sheet: PlannedSheet): string {
  const hf = sheet.print.headerFooter;
  const header = hf ? `<headerFooter><oddHeader>${escapeText(hf.header)}</oddHeader><oddFooter>${escapeText(hf.footer)}</oddFooter></headerFooter>` : "";
  const breaks = (sheet.print.pageBreaksBefore ?? []).filter((r) => r > 0);
  const rowBreaks = breaks.length
    ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("")}</rowBreaks>`
    : "";
  return header + rowBreaks;
}

/** `<pageSetup>` attributes for the plan's scale (when it does not fit to width). */
export function scaleAttribute(sheet: PlannedSheet): string {
  const scale = sheet.print.scale;
  return !sheet.print.fitToWidth && scale !== undefined && scale !== 100 ? ` scale="${Math.round(scale)}"` : "";
}


const quoted = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** The print titles and print area a plan sheet asks for, as defined names scoped to its tab. */
export function printNames(sheet: PlannedSheet, position: number): string {
  const names: string[] = [];
  const { titleRows } = sheet.print;
  const printed = printArea(sheet);
  if (printed) {
    const area = `${quoted(sheet.name)}!$A$1:${absoluteColumn(printed.right)}$${printed.bottom + 1}`;
    names.push(`<definedName name="_xlnm.Print_Area" localSheetId="${position}">${escapeText(area)}</definedName>`);
  }
  if (titleRows) {
    const rows = `${quoted(sheet.name)}!$${titleRows.top + 1}:$${titleRows.bottom + 1}`;
    names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${position}">${escapeText(rows)}</definedName>`);
  }
  return names.join("");
}

function absoluteColumn(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const d = (n - 1) % 26;
    s = String.fromCharCode(65 + d) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `$${s}`;
}
