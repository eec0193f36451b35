/** The print parts of a worksheet the plan asks for: page header and footer. */
import type { PlannedSheet } from "../../engine/plan";
import { escapeText } from "./escape";

/** `<headerFooter>` (after pageSetup in CT_Worksheet), or "" when the plan sets none. */
export function headerFooterXml(sheet: PlannedSheet): string {
  const hf = sheet.print.headerFooter;
  if (!hf) return "";
  return `<headerFooter><oddHeader>${escapeText(hf.header)}</oddHeader><oddFooter>${escapeText(hf.footer)}</oddFooter></headerFooter>`;
}
