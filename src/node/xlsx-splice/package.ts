/**
 * An .xlsx package (an OPC zip) opened for editing: parts are read and written as text by
 * name, everything not written keeps its exact bytes (and, with jszip, its compressed data).
 */
import { ZipArchive } from "../zip-archive";
import { rootElement, childElements } from "./xml-scan";

/** Written entries get a fixed time when the package has none to borrow, so output is reproducible. */
const FALLBACK_DATE = new Date(Date.UTC(2000, 0, 1, 12, 0, 0));

export class XlsxPackage {
  /**
   * Stored entry names by lower-cased part name, kept in step with every put and remove: a
   * package may list tens of thousands of parts (images), and a scan per lookup made the
   * registry edits quadratic in their number.
   */
  private readonly names = new Map<string, string>();

  private constructor(
    private readonly zip: ZipArchive,
    /** Time stamp for new entries: the package's own, so a re-run writes the same bytes. */
    private readonly stamp: { time: number; date: number } | Date,
  ) {
    for (const name of zip.names()) {
      const key = name.replace(/^\//, "").toLowerCase();
      if (!this.names.has(key)) this.names.set(key, name);
    }
  }

  static async load(bytes: Uint8Array): Promise<XlsxPackage> {
    const zip = ZipArchive.read(bytes);
    const types = zip.names().find((n) => n.toLowerCase() === "[content_types].xml");
    return new XlsxPackage(zip, (types ? zip.stampOf(types) : null) ?? FALLBACK_DATE);
  }

  /** A package built from scratch from the given parts. */
  static fromParts(parts: Record<string, string>): XlsxPackage {
    const pkg = new XlsxPackage(ZipArchive.empty(), FALLBACK_DATE);
    for (const [name, text] of Object.entries(parts)) pkg.put(name, text);
    return pkg;
  }

  /** The stored name of a part, matched case-insensitively as OPC requires; null when absent. */
  private entryName(part: string): string | null {
    if (this.zip.has(part)) return part;
    const found = this.names.get(part.toLowerCase());
    if (found !== undefined || !part.includes("%")) return found ?? null;
    // A target may be percent-encoded ("%E6%94%B6.xml") where the zip stores the characters.
    try {
      return this.names.get(decodeURIComponent(part).toLowerCase()) ?? null;
    } catch {
      return null;
    }
  }

  has(part: string): boolean {
    return this.entryName(part) !== null;
  }

  async textOrNull(part: string): Promise<string | null> {
    const name = this.entryName(part);
    return name === null ? null : this.zip.text(name);
  }

  async text(part: string): Promise<string> {
    const text = await this.textOrNull(part);
    if (text === null) throw new Error(`the workbook package has no ${part}`);
    return text;
  }

  /** Creates or overwrites a part; an existing entry keeps its place and time stamp. */
  put(part: string, text: string): void {
    const name = this.entryName(part) ?? part;
    this.zip.put(name, Buffer.from(text, "utf8"), this.stamp);
    if (!this.names.has(name.toLowerCase())) this.names.set(name.toLowerCase(), name);
  }

  remove(part: string): void {
    const name = this.entryName(part);
    if (name === null) return;
    this.zip.remove(name);
    if (this.names.get(name.replace(/^\//, "").toLowerCase()) === name) this.names.delete(name.replace(/^\//, "").toLowerCase());
  }

  async toBuffer(): Promise<Buffer> {
    return this.zip.toBuffer();
  }
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels": where a part's relationships live. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the part that holds it, as a part name without leading "/". */
export function resolveTarget(sourcePart: string, rawTarget: string): string {
  // Backslashes, as some writers use, are separators; a fragment names no part.
  const target = rawTarget.replace(/\\/g, "/").replace(/#.*$/, "");
  const base = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

/** The main workbook part, named by the package's root relationships. */
export async function workbookPartName(pkg: XlsxPackage): Promise<string> {
  const xml = await pkg.text("_rels/.rels");
  const rel = childElements(xml, rootElement(xml)).find((e) => (e.attrs.get("Type") ?? "").endsWith("/officeDocument"));
  const target = rel?.attrs.get("Target");
  if (!target) throw new Error("the workbook package names no main workbook part");
  return resolveTarget("", target);
}
