/**
 * xl/workbook.xml: the tab list (<sheets>), defined names scoped to a tab, and <calcPr>.
 * Only those elements are rewritten; the rest of the text stays as it was.
 */
import { decodeXstring, encodeXstring, escapeAttr } from "./escape";
import { childElements, elementText, findChild, rootElement, spliceText, withAttribute, withContent } from "./xml-scan";
import type { XmlElement } from "./xml-scan";

const REL_NAMESPACES = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
];

export interface SheetEntry {
  /** The name as Excel shows it ("_xHHHH_" escapes decoded). */
  name: string;
  sheetId: number;
  /** The workbook relationship that names the sheet's part. */
  relId: string;
  /** The entry as written in the file, for tabs we keep: rewritten as-is, every attribute kept. */
  original?: string;
  /** Its position in the file's tab list (absent for a new tab), so names scoped to it can follow it. */
  position?: number;
}

/** The attribute naming the relationship, e.g. "r:id", whatever prefix the document binds. */
function relIdAttribute(root: XmlElement): string | null {
  for (const [attr, value] of root.attrs) {
    if (attr.startsWith("xmlns:") && REL_NAMESPACES.includes(value)) return `${attr.slice("xmlns:".length)}:id`;
  }
  return null;
}

function sheetsElement(xml: string): { root: XmlElement; sheets: XmlElement } {
  const root = rootElement(xml);
  const sheets = findChild(xml, root, "sheets");
  if (!sheets) throw new Error("the workbook part has no <sheets> list");
  return { root, sheets };
}

/** Tabs in order. */
export function readSheets(xml: string): SheetEntry[] {
  const { root, sheets } = sheetsElement(xml);
  const relAttr = relIdAttribute(root);
  return childElements(xml, sheets)
    .filter((e) => e.localName === "sheet")
    .map((e) => {
      const relId = (relAttr ? e.attrs.get(relAttr) : undefined) ?? [...e.attrs].find(([k]) => k.endsWith(":id"))?.[1] ?? "";
      return { name: decodeXstring(e.attrs.get("name") ?? ""), sheetId: Number(e.attrs.get("sheetId") ?? 0), relId, original: elementText(xml, e) };
    })
    .map((entry, position) => ({ ...entry, position }));
}

/**
 * Rewrites the tab list: kept entries as they were, new ones fresh (a replaced tab drops its old
 * attributes, e.g. hidden). Defined names scoped to a tab (localSheetId: print areas, filter
 * ranges) and the workbook view's active and first tab are by position, so they are moved to
 * wherever their tab now stands; a name whose tab is gone is dropped.
 */
export function withSheets(xml: string, entries: SheetEntry[]): string {
  const { root, sheets } = sheetsElement(xml);
  const relAttr = relIdAttribute(root);
  // Without a bound prefix, each entry declares the namespace itself.
  const relPart = relAttr ? (id: string) => `${relAttr}="${id}"` : (id: string) => `xmlns:r="${REL_NAMESPACES[0]}" r:id="${id}"`;
  const p = sheets.prefix;
  const content = entries
    .map((s) => s.original ?? `<${p}sheet name="${escapeAttr(encodeXstring(s.name))}" sheetId="${s.sheetId}" ${relPart(escapeAttr(s.relId))}/>`)
    .join("");
  const edits = [{ start: sheets.start, end: sheets.end, text: withContent(sheets, content) }];
  const moved = new Map<number, number>();
  entries.forEach((e, i) => {
    if (e.position !== undefined) moved.set(e.position, i);
  });
  if ([...moved].some(([from, to]) => from !== to)) edits.push(...positionEdits(xml, root, moved));
  return spliceText(xml, edits);
}

/** Edits moving every position-valued attribute (localSheetId, activeTab, firstSheet) to its tab's new position. */
function positionEdits(xml: string, root: XmlElement, moved: Map<number, number>): { start: number; end: number; text: string }[] {
  const edits: { start: number; end: number; text: string }[] = [];
  const retarget = (el: XmlElement, attr: string, fallback: number | null): string | null => {
    const v = el.attrs.get(attr);
    if (v === undefined) return el.openTag;
    const to = moved.get(Number(v));
    if (to !== undefined) return withAttribute(el.openTag, attr, String(to));
    return fallback === null ? null : withAttribute(el.openTag, attr, String(fallback));
  };
  const names = findChild(xml, root, "definedNames");
  for (const name of names ? childElements(xml, names) : []) {
    if (name.localName !== "definedName" || !name.attrs.has("localSheetId")) continue;
    const tag = retarget(name, "localSheetId", null);
    edits.push(tag === null ? { start: name.start, end: name.end, text: "" } : { start: name.start, end: name.openEnd, text: tag });
  }
  const views = findChild(xml, root, "bookViews");
  for (const view of views ? childElements(xml, views) : []) {
    if (view.localName !== "workbookView") continue;
    let tag = view.openTag;
    for (const attr of ["activeTab", "firstSheet"]) tag = retarget({ ...view, openTag: tag }, attr, 0)!;
    edits.push({ start: view.start, end: view.openEnd, text: tag });
  }
  return edits;
}

/**
 * Drops defined names scoped to the given tab positions (a replaced sheet's print area, filter
 * range…): they belonged to the old sheet. An emptied <definedNames> is removed, as Excel requires.
 */
export function withoutLocalNames(xml: string, positions: ReadonlySet<number>): string {
  if (positions.size === 0) return xml;
  const root = rootElement(xml);
  const names = findChild(xml, root, "definedNames");
  if (!names) return xml;
  const all = childElements(xml, names).filter((e) => e.localName === "definedName");
  const drop = all.filter((e) => e.attrs.has("localSheetId") && positions.has(Number(e.attrs.get("localSheetId"))));
  if (drop.length === 0) return xml;
  if (drop.length === all.length) return spliceText(xml, [{ start: names.start, end: names.end, text: "" }]);
  return spliceText(xml, drop.map((e) => ({ start: e.start, end: e.end, text: "" })));
}

/** Elements that may follow <calcPr> in CT_Workbook; <calcPr> goes before the first of them present. */
const AFTER_CALC_PR = ["oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];

/** Asks Excel to recalculate everything on open, since our cached results are only our own. */
export function withFullCalcOnLoad(xml: string): string {
  const root = rootElement(xml);
  const children = childElements(xml, root);
  const calcPr = children.find((e) => e.localName === "calcPr");
  if (calcPr) {
    return spliceText(xml, [{ start: calcPr.start, end: calcPr.openEnd, text: withAttribute(calcPr.openTag, "fullCalcOnLoad", "1") }]);
  }
  const before = children.find((e) => AFTER_CALC_PR.includes(e.localName));
  const at = before ? before.start : root.closeStart;
  return spliceText(xml, [{ start: at, end: at, text: `<${root.prefix}calcPr fullCalcOnLoad="1"/>` }]);
}
