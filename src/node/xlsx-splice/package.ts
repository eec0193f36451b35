/**
 * An .xlsx package (an OPC zip) opened for editing: parts are read and written as text by
 * name, everything not written keeps its exact bytes (and, with jszip, its compressed data).
 */
import JSZip from "jszip";
import { rootElement, childElements } from "./xml-scan";

/** Written entries get a fixed time when the package has none to borrow, so output is reproducible. */
const FALLBACK_DATE = new Date(Date.UTC(2000, 0, 1, 12, 0, 0));

export class XlsxPackage {
  private constructor(
    private readonly zip: JSZip,
    /** Time stamp for new entries: the package's own, so a re-run writes the same bytes. */
    private readonly stamp: Date,
  ) {}

  static async load(bytes: Uint8Array): Promise<XlsxPackage> {
    const zip = await JSZip.loadAsync(bytes);
    const types = zip.file("[Content_Types].xml");
    return new XlsxPackage(zip, types?.date ?? FALLBACK_DATE);
  }

  /** A package built from scratch from the given parts. */
  static fromParts(parts: Record<string, string>): XlsxPackage {
    const pkg = new XlsxPackage(new JSZip(), FALLBACK_DATE);
    for (const [name, text] of Object.entries(parts)) pkg.put(name, text);
    return pkg;
  }

  /** The stored name of a part, matched case-insensitively as OPC requires; null when absent. */
  private entryName(part: string): string | null {
    if (this.zip.file(part)) return part;
    const lower = part.toLowerCase();
    return Object.keys(this.zip.files).find((n) => n.toLowerCase() === lower && !this.zip.files[n]!.dir) ?? null;
  }

  has(part: string): boolean {
    return this.entryName(part) !== null;
  }

  async textOrNull(part: string): Promise<string | null> {
    const name = this.entryName(part);
    return name === null ? null : this.zip.file(name)!.async("string");
  }

  async text(part: string): Promise<string> {
    const text = await this.textOrNull(part);
    if (text === null) throw new Error(`the workbook package has no ${part}`);
    return text;
  }

  /** Creates or overwrites a part; an existing entry keeps its place and time stamp. */
  put(part: string, text: string): void {
    const name = this.entryName(part) ?? part;
    const date = this.zip.file(name)?.date ?? this.stamp;
    this.zip.file(name, text, { date, createFolders: false });
  }

  remove(part: string): void {
    const name = this.entryName(part);
    if (name !== null) this.zip.remove(name);
  }

  async toBuffer(): Promise<Buffer> {
    return this.zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels": where a part's relationships live. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the part that holds it, as a part name without leading "/". */
export function resolveTarget(sourcePart: string, target: string): string {
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
