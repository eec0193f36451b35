/**
 * Just enough XML reading to edit the small registry parts of a package (workbook, rels,
 * content types, styles, calc chain) in place: elements are located by position in the
 * original text, so every byte we do not deliberately change stays as it was.
 * Handles namespace prefixes, comments, CDATA and processing instructions; not a validator.
 */
import { escapeAttr, unescapeXml } from "./escape";

export interface XmlElement {
  /** Qualified name as written ("sheet", "x:sheet"). */
  name: string;
  localName: string;
  /** "" or the prefix with its colon ("x:"), for writing siblings in the same style. */
  prefix: string;
  /** The opening tag as written, attributes included. */
  openTag: string;
  /** Attribute values (unescaped) by qualified name. */
  attrs: Map<string, string>;
  start: number;
  /** Just after the opening tag. */
  openEnd: number;
  /** Where the closing tag starts (equals openEnd when self-closing). */
  closeStart: number;
  /** Just after the element. */
  end: number;
  selfClosing: boolean;
}

/** Comments, CDATA, processing instructions and declarations are skipped; group 1 = "/", 2 = name, 3 = attributes, 4 = "/". */
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<![^>]*>|<(\/?)([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function parseAttributes(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) attrs.set(m[1]!, unescapeXml(m[2] ?? m[3] ?? ""));
  return attrs;
}

function splitName(name: string): { prefix: string; localName: string } {
  const colon = name.indexOf(":");
  return colon < 0 ? { prefix: "", localName: name } : { prefix: name.slice(0, colon + 1), localName: name.slice(colon + 1) };
}

function openElement(match: RegExpExecArray): XmlElement {
  const name = match[2]!;
  const start = match.index;
  const openEnd = start + match[0].length;
  return {
    name,
    ...splitName(name),
    openTag: match[0],
    attrs: parseAttributes(match[3] ?? ""),
    start,
    openEnd,
    closeStart: openEnd,
    end: openEnd,
    selfClosing: match[4] === "/",
  };
}

/** The elements directly inside `[from, to)`, in document order. */
function elementsBetween(xml: string, from: number, to: number): XmlElement[] {
  const found: XmlElement[] = [];
  const re = new RegExp(TOKEN.source, "g");
  re.lastIndex = from;
  let depth = 0;
  let current: XmlElement | null = null;
  for (let m = re.exec(xml); m !== null && m.index < to; m = re.exec(xml)) {
    if (m[2] === undefined) continue; // comment, CDATA, PI, declaration
    if (m[1] === "/") {
      depth -= 1;
      if (depth < 0) throw new Error(`unbalanced XML: </${m[2]}> at ${m.index}`);
      if (depth === 0 && current) {
        current.closeStart = m.index;
        current.end = m.index + m[0].length;
        found.push(current);
        current = null;
      }
    } else if (m[4] === "/") {
      if (depth === 0) found.push(openElement(m));
    } else {
      if (depth === 0) current = openElement(m);
      depth += 1;
    }
  }
  if (depth !== 0) throw new Error("unbalanced XML: an element is not closed");
  return found;
}

/** The document element. */
export function rootElement(xml: string): XmlElement {
  const [root] = elementsBetween(xml, 0, xml.length);
  if (!root) throw new Error("no XML document element");
  return root;
}

export function childElements(xml: string, parent: XmlElement): XmlElement[] {
  return parent.selfClosing ? [] : elementsBetween(xml, parent.openEnd, parent.closeStart);
}

export function findChild(xml: string, parent: XmlElement, localName: string): XmlElement | null {
  return childElements(xml, parent).find((e) => e.localName === localName) ?? null;
}

/** Whole element text, e.g. to compare an existing style entry with one we would write. */
export function elementText(xml: string, el: XmlElement): string {
  return xml.slice(el.start, el.end);
}

/** An opening tag with one attribute set (replaced where present, else added at the end). */
export function withAttribute(openTag: string, name: string, value: string): string {
  const escaped = escapeAttr(value);
  const existing = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (existing.test(openTag)) return openTag.replace(existing, (_m, head: string) => `${head}"${escaped}"`);
  return openTag.replace(/\s*(\/?)>$/, (_m, slash: string) => ` ${name}="${escaped}"${slash}>`);
}

/**
 * The element with its content replaced (`openTag` may be a changed copy of el.openTag).
 * A self-closing element becomes an open/close pair.
 */
export function withContent(el: XmlElement, content: string, openTag: string = el.openTag): string {
  const open = openTag.replace(/\s*\/>$/, ">");
  return `${open}${content}</${el.name}>`;
}

/** Applies replacements of [start, end) ranges (non-overlapping), in any order, in one pass. */
export function spliceText(xml: string, edits: { start: number; end: number; text: string }[]): string {
  if (edits.length === 0) return xml;
  // At one position an insertion goes before a replacement starting there: numFmts inserted
  // right after <styleSheet> came after the rewritten <fonts count=…> tag, inside <fonts>.
  const sorted = [...edits].sort((a, b) => a.start - b.start || (a.end - a.start) - (b.end - b.start));
  const pieces: string[] = [];
  let at = 0;
  for (const e of sorted) {
    pieces.push(xml.slice(at, e.start), e.text);
    at = e.end;
  }
  pieces.push(xml.slice(at));
  return pieces.join("");
}
