/** A part's relationships file (.rels): read, remove by id, add with the lowest free id. */
import { escapeAttr } from "./escape";
import { childElements, rootElement, spliceText, withContent } from "./xml-scan";

export const REL_TYPE = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
} as const;

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function readRelationships(xml: string): Relationship[] {
  return childElements(xml, rootElement(xml))
    .filter((e) => e.localName === "Relationship")
    .map((e) => ({
      id: e.attrs.get("Id") ?? "",
      type: e.attrs.get("Type") ?? "",
      target: e.attrs.get("Target") ?? "",
      external: e.attrs.get("TargetMode") === "External",
    }));
}

/** The first of a relationship type, matched by its last segment so strict-OOXML URIs match too. */
export function relationshipOfType(rels: Relationship[], type: string): Relationship | null {
  const tail = type.slice(type.lastIndexOf("/"));
  return rels.find((r) => r.type.endsWith(tail)) ?? null;
}

export function withoutRelationships(xml: string, ids: ReadonlySet<string>): string {
  const drop = childElements(xml, rootElement(xml)).filter((e) => e.localName === "Relationship" && ids.has(e.attrs.get("Id") ?? ""));
  return spliceText(xml, drop.map((e) => ({ start: e.start, end: e.end, text: "" })));
}

/** "rId1", "rId2", …: the lowest not in use, so a re-run picks the id the previous run freed. */
export function freeRelationshipId(xml: string): string {
  const used = new Set(readRelationships(xml).map((r) => r.id));
  let n = 1;
  while (used.has(`rId${n}`)) n += 1;
  return `rId${n}`;
}

export function withRelationship(xml: string, rel: Omit<Relationship, "external">): string {
  const root = rootElement(xml);
  const element = `<${root.prefix}Relationship Id="${escapeAttr(rel.id)}" Type="${escapeAttr(rel.type)}" Target="${escapeAttr(rel.target)}"/>`;
  if (root.selfClosing) return xml.slice(0, root.start) + withContent(root, element) + xml.slice(root.end);
  return spliceText(xml, [{ start: root.closeStart, end: root.closeStart, text: element }]);
}

export const EMPTY_RELATIONSHIPS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
