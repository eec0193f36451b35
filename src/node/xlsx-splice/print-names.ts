/**
 * Adds the output sheets' print area and print titles to xl/workbook.xml as defined names
 * scoped to their tabs (_xlnm.Print_Area, _xlnm.Print_Titles). The replaced tabs' old scoped
 * names were already dropped (withoutLocalNames), so nothing is duplicated.
 */
import type { PlannedSheet } from "../../engine/light";
import { printNames } from "./print-xml";
import { childElements, findChild, rootElement, spliceText } from "./xml-scan";

/** Elements that follow <definedNames> in CT_Workbook: a new <definedNames> goes before the first present. */
const AFTER_DEFINED_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

export function withPrintNames(xml: string, sheets: { sheet: PlannedSheet; position: number }[]): string {
  const added = sheets.map(({ sheet, position }) => (position < 0 ? "" : printNames(sheet, position))).join("");
  if (added === "") return xml;
  const root = rootElement(xml);
  const names = findChild(xml, root, "definedNames");
  if (names && !names.selfClosing) {
    const p = names.prefix;
    const text = p === "" ? added : added.replace(/<(\/?)definedName/g, `<$1${p}definedName`);
    return spliceText(xml, [{ start: names.closeStart, end: names.closeStart, text }]);
  }
  const p = root.prefix;
  const text = `<${p}definedNames>${p === "" ? added : added.replace(/<(\/?)definedName/g, `<$1${p}definedName`)}</${p}definedNames>`;
  if (names) return spliceText(xml, [{ start: names.start, end: names.end, text }]);
  const before = childElements(xml, root).find((e) => AFTER_DEFINED_NAMES.includes(e.localName));
  const at = before ? before.start : root.closeStart;
  return spliceText(xml, [{ start: at, end: at, text }]);
}
