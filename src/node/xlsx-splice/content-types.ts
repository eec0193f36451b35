/** [Content_Types].xml: the per-part Override entries for the parts we add or remove. */
import { escapeAttr } from "./escape";
import { childElements, rootElement, spliceText } from "./xml-scan";

export const CONTENT_TYPES_PART = "[Content_Types].xml";

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

/** Drops the Override entries of these parts (names without leading "/", any case). */
export function withoutOverrides(xml: string, parts: readonly string[]): string {
  const names = new Set(parts.map((p) => `/${p}`.toLowerCase()));
  const drop = childElements(xml, rootElement(xml)).filter(
    (e) => e.localName === "Override" && names.has((e.attrs.get("PartName") ?? "").toLowerCase()),
  );
  return spliceText(xml, drop.map((e) => ({ start: e.start, end: e.end, text: "" })));
}

export function withOverride(xml: string, part: string, contentType: string): string {
  const root = rootElement(xml);
  const element = `<${root.prefix}Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(contentType)}"/>`;
  return spliceText(xml, [{ start: root.closeStart, end: root.closeStart, text: element }]);
}
