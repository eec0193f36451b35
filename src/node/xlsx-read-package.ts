/**
 * The package as the reader needs it: the parts that hold cell values (workbook, worksheets,
 * shared strings, styles), found through relationships as OPC says (docs/xlsx-package.md), and
 * rewritten under the fixed names ExcelJS looks for. Everything else (drawings, images, comments,
 * defined names) is left out of what ExcelJS parses. Along the way the things that cost by
 * area or by length instead of by count are bounded:
 * - merged areas are taken out of the worksheets and kept as four numbers each (ExcelJS would
 *   create a cell object for every covered cell: J1:XFD1048576 is 17 billion of them);
 * - a text longer than Excel's 32,767-character cell limit is cut just past it, so the reader
 *   can name the cell and cut it to the limit (a 5,000,000-character cell costs 32,768).
 * The input bytes are never changed: this is a copy for reading only.
 */
import { ZipArchive, ZipFormatError } from "./zip-archive";
import type { CellRange } from "../engine/light";
import { columnIndex } from "../engine/light";
import { escapeText, unescapeXml } from "./xlsx-splice/escape";
import { relsPathOf, resolveTarget } from "./xlsx-splice/package";
import { readRelationships, relationshipOfType } from "./xlsx-splice/relationships";
import { readSheets } from "./xlsx-splice/workbook-xml";
import { childElements, findChild, rootElement } from "./xlsx-splice/xml-scan";
import { StylesAppender } from "./xlsx-splice/styles-xml";

/** Excel's limit on one cell's text. */
export const CELL_TEXT_LIMIT = 32_767;

/**
 * Why a zip cannot be read as a workbook: not one at all, or one with a registry part missing
 * or unreadable. `detail` names that part ("[Content_Types].xml").
 */
export class PackageProblem extends Error {
  constructor(
    readonly kind: "notXlsx" | "damaged",
    readonly detail: string,
  ) {
    super(detail);
    this.name = "PackageProblem";
  }
}

export interface ReadableSheet {
  /** The name as Excel shows it ("_xHHHH_" escapes decoded, as readSheets gives it). */
  name: string;
  /** Merged areas as written in the sheet (0-based), in document order. */
  merges: CellRange[];
}

export interface ReadablePackage {
  /** A package with only the value-bearing parts, at ExcelJS's fixed names. */
  bytes: Buffer;
  /** The worksheets in tab order (chart and dialog sheets hold no cells and are left out). */
  sheets: ReadableSheet[];
}

/** Zip entries by lower-cased part name (OPC part names compare case-insensitively). */
class PartIndex {
  private readonly byName = new Map<string, string>();

  constructor(private readonly zip: ZipArchive) {
    for (const name of zip.names()) {
      const key = name.replace(/^\//, "").toLowerCase();
      if (!this.byName.has(key)) this.byName.set(key, name);
    }
  }

  /** The stored name for a part name, trying its percent-decoded form too ("%E6%94%B6.xml"). */
  entry(part: string): string | null {
    const found = this.byName.get(part.toLowerCase());
    if (found || !part.includes("%")) return found ?? null;
    try {
      return this.byName.get(decodeURIComponent(part).toLowerCase()) ?? null;
    } catch {
      return null;
    }
  }

  text(part: string): string | null {
    const entry = this.entry(part);
    return entry === null ? null : this.zip.text(entry);
  }

  /** Whether any part suggests this zip was meant to be a workbook. */
  looksLikeWorkbook(): boolean {
    for (const name of this.byName.keys()) if (/(^|\/)(workbook\.xml|worksheets\/)/.test(name)) return true;
    return false;
  }
}

/** "A1:C3" (or "$A$1:$C$3", or one cell) as a 0-based range; null when it is not an address. */
function parseMergeRef(ref: string): CellRange | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(ref.trim());
  if (!m) return null;
  const a = { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
  const b = m[3] ? { row: Number(m[4]) - 1, col: columnIndex(m[3]) } : a;
  if (a.row < 0 || b.row < 0) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

const MERGE_CELL_REF = /<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The merges a worksheet lists (single cells, which merge nothing, left out). */
function mergesOf(xml: string): CellRange[] {
  const merges: CellRange[] = [];
  for (const m of xml.matchAll(MERGE_CELL_REF)) {
    const range = parseMergeRef(unescapeXml(m[1] ?? m[2] ?? ""));
    if (range && (range.bottom > range.top || range.right > range.left)) merges.push(range);
  }
  return merges;
}

/** One string item's text (its runs, without phonetic guides) as a plain <t> element cut to `keep` characters. */
function plainTextItem(inner: string, keep: number, tag: string): string {
  const texts: string[] = [];
  let length = 0;
  const withoutPhonetic = inner.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh\s*>/g, "");
  for (const m of withoutPhonetic.matchAll(/<(?:[\w.-]+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t\s*>)/g)) {
    if (length > keep) break;
    const t = unescapeXml(m[1] ?? "");
    texts.push(t);
    length += t.length;
  }
  let text = texts.join("");
  if (text.length > keep) {
    text = text.slice(0, keep);
    // Never end on half of a surrogate pair.
    if (/[\ud800-\udbff]$/.test(text)) text = text.slice(0, -1);
  }
  return `<${tag}><t xml:space="preserve">${escapeText(text)}</t></${tag}>`;
}

/**
 * String items (<si> in shared strings, <is> inline) longer than the cell limit, and any other
 * text node that long (a formula's cached text), cut to just past the limit. Short items are
 * left exactly as they were, so this costs one scan of the text.
 */
function boundStrings(xml: string, limit: number = CELL_TEXT_LIMIT): string {
  const keep = limit + 1;
  if (xml.length <= keep) return xml;
  const pieces: string[] = [];
  let at = 0;
  const open = /<((?:[\w.-]+:)?)(si|is)\b[^>]*?(\/?)>/g;
  for (let m = open.exec(xml); m !== null; m = open.exec(xml)) {
    if (m[3] === "/") continue;
    const closeTag = `</${m[1]}${m[2]}`;
    const close = xml.indexOf(closeTag, open.lastIndex);
    if (close < 0) break;
    const end = xml.indexOf(">", close) + 1;
    // Raw text is at least as long as what it decodes to, so a shorter item cannot be over the limit.
    if (close - open.lastIndex > keep) {
      const inner = xml.slice(open.lastIndex, close);
      if (inner.replace(/<[^>]*>/g, "").length > keep) {
        pieces.push(xml.slice(at, m.index), plainTextItem(inner, keep, `${m[1]}${m[2]}`));
        at = end;
      }
    }
    open.lastIndex = end;
  }
  pieces.push(xml.slice(at));
  const items = pieces.join("");
  // A <v> or <f> text longer than the limit (a cached string result, a runaway formula).
  return items.replace(new RegExp(`>([^<]{${keep},})<`, "g"), (whole, text: string) => {
    const decoded = unescapeXml(text);
    return decoded.length > keep ? `>${escapeText(decoded.slice(0, keep))}<` : whole;
  });
}

/** The worksheet reduced to its root element and <sheetData>: values only (no merges, links, drawings…). */
function valuesOnlyWorksheet(xml: string): string {
  const root = /<((?:[\w.-]+:)?)worksheet\b[^>]*>/.exec(xml);
  if (!root) throw new PackageProblem("damaged", "<worksheet>");
  const rootOpen = root[0].replace(/\/>$/, ">");
  const rootClose = `</${root[1]}worksheet>`;
  const open = /<((?:[\w.-]+:)?)sheetData\b[^>]*?(\/?)>/g;
  open.lastIndex = root.index;
  const data = open.exec(xml);
  if (!data) return rootOpen + rootClose;
  if (data[2] === "/") return rootOpen + rootClose;
  const close = xml.indexOf(`</${data[1]}sheetData`, open.lastIndex);
  if (close < 0) throw new PackageProblem("damaged", "<sheetData>");
  return rootOpen + xml.slice(data.index, xml.indexOf(">", close) + 1) + rootClose;
}

/** A cell or row with a style index other than the default 0. */
const STYLED_CELL = /<(?:[\w.-]+:)?(?:c|row)\b[^>]*?\bs\s*=\s*["']0*[1-9]/;

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The workbook part's date system: ExcelJS reads dates from it. */
function isDate1904(workbookXml: string): boolean {
  const pr = findChild(workbookXml, rootElement(workbookXml), "workbookPr");
  const v = pr?.attrs.get("date1904");
  return v === "1" || v === "true";
}

/** Rejects a zip that is not a workbook, or a workbook whose registry parts are gone. */
function damaged(index: PartIndex, what: string): PackageProblem {
  return new PackageProblem(index.looksLikeWorkbook() ? "damaged" : "notXlsx", what);
}

/** Opens the zip and gathers the value-bearing parts; throws PackageProblem for bad input. */
export async function readablePackage(bytes: Uint8Array): Promise<ReadablePackage> {
  let zip: ZipArchive;
  try {
    zip = ZipArchive.read(bytes);
  } catch (e) {
    throw new PackageProblem("notXlsx", e instanceof Error ? e.message : String(e));
  }
  const index = new PartIndex(zip);
  // A part that will not decompress is damage in the zip itself.
  const text = (part: string): string | null => {
    try {
      return index.text(part);
    } catch (e) {
      if (e instanceof ZipFormatError) throw damaged(index, part);
      throw e;
    }
  };
  const contentTypes = text("[Content_Types].xml");
  // The writer edits these registry parts as XML later: unreadable ones are damage found now.
  const parses = (xml: string, part: string, parse: (xml: string) => unknown): void => {
    try {
      parse(xml);
    } catch {
      throw damaged(index, part);
    }
  };
  if (contentTypes === null) throw damaged(index, "[Content_Types].xml");
  parses(contentTypes, "[Content_Types].xml", (xml) => childElements(xml, rootElement(xml)));
  const rootRels = text("_rels/.rels");
  if (rootRels === null) throw damaged(index, "_rels/.rels");

  const registry = (xml: string, what: string) => {
    try {
      return readRelationships(xml);
    } catch {
      throw damaged(index, what);
    }
  };
  const mainRel = relationshipOfType(registry(rootRels, "_rels/.rels"), `${REL}/officeDocument`);
  if (!mainRel || mainRel.external) throw damaged(index, "_rels/.rels");
  const workbookPart = resolveTarget("", mainRel.target);
  const workbookXml = text(workbookPart);
  if (workbookXml === null) throw damaged(index, workbookPart);
  const wbRelsXml = text(relsPathOf(workbookPart));
  if (wbRelsXml === null) throw damaged(index, relsPathOf(workbookPart));
  const wbRels = registry(wbRelsXml, relsPathOf(workbookPart)).filter((r) => !r.external);

  let tabs;
  try {
    tabs = readSheets(workbookXml);
  } catch {
    throw damaged(index, workbookPart);
  }
  const out = ZipArchive.empty();
  const stamp = new Date(Date.UTC(2000, 0, 1));
  const put = (name: string, content: string) => out.put(name, Buffer.from(content, "utf8"), stamp);
  const sheets: ReadableSheet[] = [];
  let usesStyles = false;
  const sheetEntries: string[] = [];
  const sheetRels: string[] = [];
  const relById = new Map(wbRels.map((r) => [r.id, r]));
  for (const tab of tabs) {
    const rel = relById.get(tab.relId);
    if (!rel || !rel.type.endsWith("/worksheet")) continue; // chart or dialog sheet: no cells
    const part = resolveTarget(workbookPart, rel.target);
    const xml = text(part);
    if (xml === null) throw damaged(index, part);
    const n = sheets.length + 1;
    let sheetXml: string;
    let merges: CellRange[];
    try {
      const bounded = boundStrings(xml);
      sheetXml = valuesOnlyWorksheet(bounded);
      merges = mergesOf(bounded.slice(Math.max(0, bounded.lastIndexOf("sheetData"))));
    } catch {
      throw damaged(index, part);
    }
    put(`xl/worksheets/sheet${n}.xml`, sheetXml);
    usesStyles ||= STYLED_CELL.test(sheetXml);
    sheets.push({ name: tab.name, merges });
    // ExcelJS refuses some names Excel files carry; the real name travels beside it.
    sheetEntries.push(`<sheet name="S${n}" sheetId="${n}" r:id="rIdS${n}"/>`);
    sheetRels.push(`<Relationship Id="rIdS${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
  }
  if (sheets.length === 0) throw new PackageProblem("notXlsx", "no worksheets");

  const otherRels: string[] = [];
  for (const [kind, file] of [
    ["sharedStrings", "sharedStrings.xml"],
    ["styles", "styles.xml"],
  ] as const) {
    const rel = relationshipOfType(wbRels, `${REL}/${kind}`);
    const part = resolveTarget(workbookPart, rel ? rel.target : file);
    const xml = rel ? text(part) : null;
    // Cells naming a style the package lacks: Excel repairs this on open, and we would write
    // a styles part those cells then pick their formats from.
    if (xml === null && kind === "styles" && usesStyles) throw damaged(index, part);
    if (xml === null) continue;
    if (kind === "styles") parses(xml, part, (x) => new StylesAppender(x));
    put(`xl/${file}`, kind === "sharedStrings" ? boundStrings(xml) : xml);
    otherRels.push(`<Relationship Id="rId${kind}" Type="${REL}/${kind}" Target="${file}"/>`);
  }

  const pr = isDate1904(workbookXml) ? '<workbookPr date1904="1"/>' : "";
  put(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${pr}<sheets>${sheetEntries.join("")}</sheets></workbook>`,
  );
  put(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${otherRels.join("")}${sheetRels.join("")}</Relationships>`,
  );
  put(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  put(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>',
  );
  return { bytes: out.toBuffer(1), sheets };
}
