/**
 * xl/calcChain.xml lists formula cells by sheet id. Entries of a replaced sheet would point at
 * cells that may no longer hold formulas, which Excel reports as corruption; they are dropped.
 * (An entry without `i` belongs to the same sheet as the entry before it.)
 */
import { childElements, rootElement, spliceText } from "./xml-scan";

/** The calc chain without those sheets' entries: the same text when none was there, null when nothing is left. */
export function calcChainWithout(xml: string, sheetIds: ReadonlySet<number>): string | null {
  if (sheetIds.size === 0) return xml;
  const entries = childElements(xml, rootElement(xml)).filter((e) => e.localName === "c");
  let sheet: number | null = null;
  const drop = entries.filter((e) => {
    const i = e.attrs.get("i");
    if (i !== undefined) sheet = Number(i);
    return sheet !== null && sheetIds.has(sheet);
  });
  if (drop.length === 0) return xml;
  if (drop.length === entries.length) return null;
  return spliceText(xml, drop.map((e) => ({ start: e.start, end: e.end, text: "" })));
}
