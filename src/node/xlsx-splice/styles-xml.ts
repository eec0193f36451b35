/**
 * xl/styles.xml: our cell looks become cell formats (xf) APPENDED to the workbook's lists
 * (numFmts, fonts, fills, borders, cellXfs). Existing entries are never moved or changed, so
 * every `s=` index in the input sheets keeps its meaning. An entry identical to one already
 * there is reused, which also makes a re-run on our own output add nothing.
 */
import type { CellStyle } from "../../engine/light";
import { escapeAttr } from "./escape";
import { childElements, elementText, findChild, rootElement, spliceText, withAttribute, withContent } from "./xml-scan";
import type { XmlElement } from "./xml-scan";

/** Everything one cell ends up with after all its range formats. */
export interface CellLook {
  numberFormat?: string;
  style: CellStyle;
}

/** The same text for equal looks, whatever order their fields were set in. */
export function lookKey(look: CellLook): string {
  const style = Object.entries(look.style)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([look.numberFormat ?? null, style]);
}

/** Excel's built-in number formats we use, by code (ECMA-376 §18.8.30). */
const BUILT_IN_NUM_FMTS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};
/** Custom number format ids start here. */
const FIRST_CUSTOM_NUM_FMT = 164;

type ListName = "fonts" | "fills" | "borders" | "cellXfs";

/** One style list: what the file has, what we add, and an index by exact entry text. */
class StyleList {
  readonly added: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly existingCount: number;

  constructor(
    readonly element: XmlElement,
    existing: string[],
  ) {
    this.existingCount = existing.length;
    existing.forEach((text, i) => {
      if (!this.index.has(text)) this.index.set(text, i);
    });
  }

  idOf(entry: string): number {
    let id = this.index.get(entry);
    if (id === undefined) {
      id = this.existingCount + this.added.length;
      this.added.push(entry);
      this.index.set(entry, id);
    }
    return id;
  }

  get count(): number {
    return this.existingCount + this.added.length;
  }
}

/** "#RRGGBB" → opaque ARGB as styles.xml writes colours. */
function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

export class StylesAppender {
  private readonly root: XmlElement;
  private readonly lists: Record<ListName, StyleList>;
  private readonly numFmts: XmlElement | null;
  private readonly numFmtIds = new Map<string, number>();
  private readonly addedNumFmts: string[] = [];
  private nextNumFmtId: number;
  /** Children of font 0 other than those a look overrides: our fonts are the default font, bolded etc. */
  private readonly baseFontParts: { localName: string; text: string }[];
  private readonly hasCellStyleXfs: boolean;
  /** Prefix of the style sheet's elements ("" normally). */
  private readonly p: string;
  private readonly xfByLook = new Map<string, number>();

  constructor(private readonly xml: string) {
    this.root = rootElement(xml);
    this.p = this.root.prefix;
    const list = (name: ListName): StyleList => {
      const el = findChild(xml, this.root, name);
      if (!el) throw new Error(`the workbook's styles part has no <${name}> list`);
      return new StyleList(el, childElements(xml, el).map((c) => elementText(xml, c)));
    };
    this.lists = { fonts: list("fonts"), fills: list("fills"), borders: list("borders"), cellXfs: list("cellXfs") };
    this.hasCellStyleXfs = findChild(xml, this.root, "cellStyleXfs") !== null;

    this.numFmts = findChild(xml, this.root, "numFmts");
    let maxId = FIRST_CUSTOM_NUM_FMT - 1;
    for (const f of this.numFmts ? childElements(xml, this.numFmts) : []) {
      const id = Number(f.attrs.get("numFmtId"));
      const code = f.attrs.get("formatCode");
      if (!Number.isInteger(id)) continue;
      maxId = Math.max(maxId, id);
      if (code !== undefined && !this.numFmtIds.has(code)) this.numFmtIds.set(code, id);
    }
    this.nextNumFmtId = maxId + 1;

    const font0 = childElements(xml, this.lists.fonts.element)[0];
    this.baseFontParts = font0 ? childElements(xml, font0).map((c) => ({ localName: c.localName, text: elementText(xml, c) })) : [];
  }

  /** The cellXfs index for a look (0, the workbook default, for an empty look). */
  xfFor(look: CellLook): number {
    const key = lookKey(look);
    let id = this.xfByLook.get(key);
    if (id === undefined) {
      id = this.lists.cellXfs.idOf(this.xfText(look));
      this.xfByLook.set(key, id);
    }
    return id;
  }

  private readonly addedDxfs: string[] = [];

  /** The dxfs index for a conditional format's look (differential: only what it changes). */
  dxfFor(style: { bold?: boolean; fontColor?: string; fill?: string }): number {
    const p = this.p;
    const font =
      style.bold || style.fontColor !== undefined
        ? `<${p}font>${style.bold ? `<${p}b/>` : ""}${style.fontColor !== undefined ? `<${p}color rgb="${argb(style.fontColor)}"/>` : ""}</${p}font>`
        : "";
    const fill = style.fill !== undefined ? `<${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${argb(style.fill)}"/></${p}patternFill></${p}fill>` : "";
    const text = `<${p}dxf>${font}${fill}</${p}dxf>`;
    const dxfs = findChild(this.xml, this.root, "dxfs");
    const present = dxfs ? childElements(this.xml, dxfs).map((c) => elementText(this.xml, c)) : [];
    // An earlier run's entry is reused, so a re-run writes the same styles part.
    const mine = present.indexOf(text);
    if (mine >= 0) return mine;
    const existing = present.length;
    const known = this.addedDxfs.indexOf(text);
    if (known >= 0) return existing + known;
    this.addedDxfs.push(text);
    return existing + this.addedDxfs.length - 1;
  }

  /** The styles part with our entries appended; the very same text when nothing was added. */
  toXml(): string {
    const edits: { start: number; end: number; text: string }[] = [];
    if (this.addedDxfs.length > 0) {
      const dxfs = findChild(this.xml, this.root, "dxfs");
      if (dxfs) edits.push(...appendEdits(dxfs, this.addedDxfs, childElements(this.xml, dxfs).length + this.addedDxfs.length));
      else {
        // dxfs follows cellStyles (or cellXfs) in a style sheet.
        const after = findChild(this.xml, this.root, "cellStyles") ?? this.lists.cellXfs.element;
        const text = `<${this.p}dxfs count="${this.addedDxfs.length}">${this.addedDxfs.join("")}</${this.p}dxfs>`;
        edits.push({ start: after.end, end: after.end, text });
      }
    }
    for (const list of Object.values(this.lists)) {
      if (list.added.length === 0) continue;
      edits.push(...appendEdits(list.element, list.added, list.count));
    }
    if (this.addedNumFmts.length > 0) {
      const count = (this.numFmts ? childElements(this.xml, this.numFmts).length : 0) + this.addedNumFmts.length;
      if (this.numFmts) edits.push(...appendEdits(this.numFmts, this.addedNumFmts, count));
      else {
        // numFmts is the first child of a style sheet.
        const text = `<${this.p}numFmts count="${count}">${this.addedNumFmts.join("")}</${this.p}numFmts>`;
        edits.push({ start: this.root.openEnd, end: this.root.openEnd, text });
      }
    }
    return spliceText(this.xml, edits);
  }

  private numFmtId(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtIn = BUILT_IN_NUM_FMTS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmtIds.get(code);
    if (id === undefined) {
      id = this.nextNumFmtId++;
      this.numFmtIds.set(code, id);
      this.addedNumFmts.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    }
    return id;
  }

  private fontId(s: CellStyle): number {
    if (!s.bold && !s.italic && s.fontSize === undefined && s.fontColor === undefined) return 0;
    const p = this.p;
    const overridden = new Set(["b", "i", ...(s.fontSize !== undefined ? ["sz"] : []), ...(s.fontColor !== undefined ? ["color"] : [])]);
    const parts = [
      s.bold ? `<${p}b/>` : "",
      s.italic ? `<${p}i/>` : "",
      ...this.baseFontParts.filter((c) => !overridden.has(c.localName)).map((c) => c.text),
      s.fontSize !== undefined ? `<${p}sz val="${s.fontSize}"/>` : "",
      s.fontColor !== undefined ? `<${p}color rgb="${argb(s.fontColor)}"/>` : "",
    ];
    return this.lists.fonts.idOf(`<${p}font>${parts.join("")}</${p}font>`);
  }

  private fillId(s: CellStyle): number {
    if (s.fill === undefined) return 0;
    const p = this.p;
    return this.lists.fills.idOf(
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(s.fill)}"/></${p}patternFill></${p}fill>`,
    );
  }

  private borderId(s: CellStyle): number {
    if (s.border !== "thin") return 0;
    const p = this.p;
    const side = (name: string): string => `<${p}${name} style="thin"><${p}color indexed="64"/></${p}${name}>`;
    return this.lists.borders.idOf(`<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`);
  }

  private xfText(look: CellLook): string {
    const s = look.style;
    const p = this.p;
    const numFmtId = this.numFmtId(look.numberFormat);
    const fontId = this.fontId(s);
    const fillId = this.fillId(s);
    const borderId = this.borderId(s);
    const align = [
      s.horizontal ? ` horizontal="${s.horizontal}"` : "",
      s.vertical ? ` vertical="${s.vertical}"` : "",
      s.wrap ? ' wrapText="1"' : "",
    ].join("");
    const attrs = [
      `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}"`,
      this.hasCellStyleXfs ? ' xfId="0"' : "",
      numFmtId !== 0 ? ' applyNumberFormat="1"' : "",
      fontId !== 0 ? ' applyFont="1"' : "",
      fillId !== 0 ? ' applyFill="1"' : "",
      borderId !== 0 ? ' applyBorder="1"' : "",
      align ? ' applyAlignment="1"' : "",
    ].join("");
    return align ? `<${p}xf ${attrs}><${p}alignment${align}/></${p}xf>` : `<${p}xf ${attrs}/>`;
  }
}

/** Edits that append entries to a list element and set its count; existing entries stay byte for byte. */
function appendEdits(el: XmlElement, added: string[], count: number): { start: number; end: number; text: string }[] {
  const openTag = withAttribute(el.openTag, "count", String(count));
  if (el.selfClosing) return [{ start: el.start, end: el.end, text: withContent(el, added.join(""), openTag) }];
  return [
    { start: el.start, end: el.openEnd, text: openTag },
    { start: el.closeStart, end: el.closeStart, text: added.join("") },
  ];
}
