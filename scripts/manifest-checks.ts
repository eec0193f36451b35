/**
 * Offline checks of manifest.xml: the XSD check (xmllint-wasm with the schemas in
 * schemas/office-manifest in the repository) plus the rules the XSDs cannot express: every resid
 * resolves to a resource of the right kind, every string has a zh-CN override and fits its
 * length limit, every URL is https, every icon exists in assets/ with the right pixel size,
 * and every ExecuteFunction name is registered by src/commands.
 *
 * Used by scripts/validate-manifest.ts (npm run validate) and by test/manifest/.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateXML } from "xmllint-wasm";

export interface Finding {
  severity: "error" | "warning";
  message: string;
  /** 1-based line in manifest.xml, where known. */
  line?: number;
}

const error = (message: string, line?: number): Finding => ({ severity: "error", message, line });
const warning = (message: string, line?: number): Finding => ({ severity: "warning", message, line });

// --- A small XML reader ---------------------------------------------------------------------
// The manifest needs only elements, attributes and text; the XSD step (when the schemas are
// present) does the full well-formedness and structure check.

export interface XmlElement {
  /** Qualified name as written, e.g. "bt:Image". */
  name: string;
  /** Name without its namespace prefix, e.g. "Image". */
  local: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
  parent: XmlElement | null;
}

export class XmlSyntaxError extends Error {
  constructor(message: string, readonly line: number) {
    super(`${message} (line ${line})`);
  }
}

function decodeEntities(s: string, line: number): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos|[^;]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(";")) throw new XmlSyntaxError(`bare "&" in "${s}"`, line);
    if (body === "amp") return "&";
    if (body === "lt") return "<";
    if (body === "gt") return ">";
    if (body === "quot") return '"';
    if (body === "apos") return "'";
    if (body.startsWith("#x")) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10));
    throw new XmlSyntaxError(`unknown entity "${whole}"`, line);
  });
}

const localName = (name: string): string => name.slice(name.indexOf(":") + 1);

export function parseXml(source: string): XmlElement {
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<\/\s*([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<|[^<]+/g;
  const attrPattern = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let root: XmlElement | null = null;
  const stack: XmlElement[] = [];
  let line = 1;
  for (let m = token.exec(source); m; m = token.exec(source)) {
    const [whole, cdata, closing, opening, attrText, selfClosing] = m;
    const at = line;
    line += whole.split("\n").length - 1;
    const top = stack[stack.length - 1];
    if (whole.startsWith("<!DOCTYPE")) throw new XmlSyntaxError("DOCTYPE is not allowed", at);
    if (whole.startsWith("<!--") || whole.startsWith("<?")) continue;
    if (cdata !== undefined) {
      if (!top) throw new XmlSyntaxError("text outside the root element", at);
      top.text += cdata;
    } else if (closing !== undefined) {
      if (!top || top.name !== closing) throw new XmlSyntaxError(`unexpected </${closing}>`, at);
      stack.pop();
    } else if (opening !== undefined) {
      if (!top && root) throw new XmlSyntaxError(`second root element <${opening}>`, at);
      const attrs: Record<string, string> = {};
      for (const a of (attrText ?? "").matchAll(attrPattern)) {
        const name = a[1]!;
        if (name in attrs) throw new XmlSyntaxError(`duplicate attribute ${name} on <${opening}>`, at);
        attrs[name] = decodeEntities(a[2] ?? a[3] ?? "", at);
      }
      const el: XmlElement = { name: opening, local: localName(opening), attrs, children: [], text: "", line: at, parent: top ?? null };
      if (top) top.children.push(el);
      else root = el;
      if (!selfClosing) stack.push(el);
    } else if (whole === "<") {
      throw new XmlSyntaxError("malformed tag", at);
    } else if (whole.trim()) {
      if (!top) throw new XmlSyntaxError("text outside the root element", at);
      top.text += decodeEntities(whole, at);
    }
  }
  if (stack.length) throw new XmlSyntaxError(`<${stack[stack.length - 1]!.name}> is never closed`, line);
  if (!root) throw new XmlSyntaxError("no root element", line);
  return root;
}

function* walk(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* walk(c);
}

const childrenNamed = (el: XmlElement, local: string): XmlElement[] => el.children.filter((c) => c.local === local);

// --- Resources ----------------------------------------------------------------------------

export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

export interface Resource {
  id: string;
  kind: ResourceKind;
  element: XmlElement;
}

/** Schema limits (ShortString and LongString in OfficeAppBasicTypesV1_0.xsd), in characters. */
export const MAX_LENGTH = { ShortStrings: 125, LongStrings: 250 } as const;

export const REQUIRED_OVERRIDE_LOCALE = "zh-CN";

/** Which kind of resource a resid must name, by the element that carries it. */
const RESID_KIND: Record<string, ResourceKind> = {
  Image: "Images",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
};

export function collectResources(root: XmlElement): { resources: Map<string, Resource>; findings: Finding[] } {
  const resources = new Map<string, Resource>();
  const findings: Finding[] = [];
  for (const block of [...walk(root)].filter((e) => e.local === "Resources")) {
    for (const group of block.children) {
      const kind = group.local as ResourceKind;
      if (!["Images", "Urls", "ShortStrings", "LongStrings"].includes(kind)) continue;
      for (const el of group.children) {
        const id = el.attrs.id;
        if (!id) {
          findings.push(error(`<${el.name}> in ${kind} has no id`, el.line));
        } else if (resources.has(id)) {
          findings.push(error(`resource id "${id}" is defined twice`, el.line));
        } else {
          resources.set(id, { id, kind, element: el });
        }
      }
    }
  }
  return { resources, findings };
}

/** Every resid names an existing resource of the kind its element needs; unused resources are flagged. */
export function checkResids(root: XmlElement): Finding[] {
  const { resources, findings } = collectResources(root);
  const used = new Set<string>();
  for (const el of walk(root)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    used.add(resid);
    const resource = resources.get(resid);
    const wanted = RESID_KIND[el.local];
    if (!resource) findings.push(error(`<${el.name} resid="${resid}"> names no resource`, el.line));
    else if (wanted && resource.kind !== wanted)
      findings.push(error(`<${el.name} resid="${resid}"> needs a resource in ${wanted}, found one in ${resource.kind}`, el.line));
  }
  for (const r of resources.values()) {
    if (!used.has(r.id)) findings.push(warning(`resource "${r.id}" is never used`, r.element.line));
  }
  return findings;
}

// --- Strings ----------------------------------------------------------------------------

/** Length as the XSD counts it: characters (code points), not UTF-16 units. */
const charLength = (s: string): number => [...s].length;

function checkLocalized(el: XmlElement, label: string, max: number): Finding[] {
  const findings: Finding[] = [];
  const values: Array<{ where: string; value: string | undefined; line: number }> = [
    { where: "default", value: el.attrs.DefaultValue, line: el.line },
    ...childrenNamed(el, "Override").map((o) => ({ where: o.attrs.Locale ?? "?", value: o.attrs.Value, line: o.line })),
  ];
  for (const { where, value, line } of values) {
    if (value === undefined || value.trim() === "") findings.push(error(`${label} (${where}) is empty`, line));
    else if (charLength(value) > max)
      findings.push(error(`${label} (${where}) is ${charLength(value)} characters, over the limit of ${max}`, line));
  }
  if (!childrenNamed(el, "Override").some((o) => o.attrs.Locale === REQUIRED_OVERRIDE_LOCALE))
    findings.push(error(`${label} has no ${REQUIRED_OVERRIDE_LOCALE} override`, el.line));
  return findings;
}

/** DisplayName, Description and every string resource: a zh-CN override, and within length. */
export function checkStrings(root: XmlElement): Finding[] {
  const findings: Finding[] = [];
  for (const [local, max] of [["DisplayName", MAX_LENGTH.ShortStrings], ["Description", MAX_LENGTH.LongStrings]] as const) {
    const el = childrenNamed(root, local)[0];
    if (!el) findings.push(error(`<${local}> is missing`));
    else findings.push(...checkLocalized(el, local, max));
  }
  for (const r of collectResources(root).resources.values()) {
    if (r.kind === "ShortStrings" || r.kind === "LongStrings")
      findings.push(...checkLocalized(r.element, `string "${r.id}"`, MAX_LENGTH[r.kind]));
  }
  return findings;
}

// --- URLs -------------------------------------------------------------------------------

/** Elements whose DefaultValue (and overrides' Value) is a URL. */
const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "Url", "Image"]);

function isHttps(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

/** Every URL the manifest gives Office is https (namespace URIs excepted: they are names, not addresses). */
export function checkUrls(root: XmlElement): Finding[] {
  const findings: Finding[] = [];
  for (const el of walk(root)) {
    const urlElement = URL_ELEMENTS.has(el.local) && el.attrs.DefaultValue !== undefined;
    const owner = el.local === "Override" && el.parent && URL_ELEMENTS.has(el.parent.local) ? el.parent : null;
    for (const [attr, value] of Object.entries(el.attrs)) {
      if (attr === "xmlns" || attr.startsWith("xmlns:")) continue;
      const mustBeUrl = (urlElement && attr === "DefaultValue") || (owner !== null && attr === "Value");
      if ((mustBeUrl || /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) && !isHttps(value))
        findings.push(error(`<${el.name} ${attr}="${value}"> is not an https URL`, el.line));
    }
    if (el.local === "AppDomain" && !isHttps(el.text.trim()))
      findings.push(error(`<AppDomain>${el.text.trim()}</AppDomain> is not an https URL`, el.line));
  }
  return findings;
}

// --- Icons ------------------------------------------------------------------------------

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Pixel sizes Office expects for the top-level icons. */
const TOP_LEVEL_ICON_SIZE: Record<string, number> = { IconUrl: 32, HighResolutionIconUrl: 64 };

/** The repository file an icon URL serves: https://host[/base]/assets/x.png → <assetsDir>/x.png. */
function assetFile(url: string, assetsDir: string): string | null {
  try {
    const path = decodeURIComponent(new URL(url).pathname);
    const m = /\/assets\/([^/]+)$/.exec(path);
    return m ? join(assetsDir, m[1]!) : null;
  } catch {
    return null;
  }
}

function checkIconFile(url: string, size: number, label: string, line: number, assetsDir: string): Finding[] {
  const file = assetFile(url, assetsDir);
  if (!file) return [error(`${label}: ${url} is not a file under /assets/`, line)];
  if (!existsSync(file)) return [error(`${label}: ${file} does not exist`, line)];
  const png = readPngSize(readFileSync(file));
  if (!png) return [error(`${label}: ${file} is not a PNG file`, line)];
  if (png.width !== size || png.height !== size)
    return [error(`${label}: ${file} is ${png.width}×${png.height}, expected ${size}×${size}`, line)];
  return [];
}

/** Every icon the manifest names exists in assets/ as a PNG of the size it is used at. */
export function checkIcons(root: XmlElement, assetsDir: string): Finding[] {
  const findings: Finding[] = [];
  for (const [local, size] of Object.entries(TOP_LEVEL_ICON_SIZE)) {
    const el = childrenNamed(root, local)[0];
    const url = el?.attrs.DefaultValue;
    if (el && url) findings.push(...checkIconFile(url, size, local, el.line, assetsDir));
  }
  const { resources } = collectResources(root);
  const sizes = new Map<string, Set<number>>();
  for (const el of walk(root)) {
    if (el.local !== "Image" || el.attrs.resid === undefined) continue;
    const size = Number(el.attrs.size);
    const set = sizes.get(el.attrs.resid) ?? new Set<number>();
    set.add(size);
    sizes.set(el.attrs.resid, set);
  }
  for (const r of resources.values()) {
    if (r.kind !== "Images") continue;
    const used = [...(sizes.get(r.id) ?? [])];
    if (used.length > 1) findings.push(error(`image "${r.id}" is used at sizes ${used.join(", ")}; one file has one size`, r.element.line));
    const url = r.element.attrs.DefaultValue;
    if (url && used.length === 1) findings.push(...checkIconFile(url, used[0]!, `image "${r.id}"`, r.element.line, assetsDir));
  }
  return findings;
}

// --- Function commands ------------------------------------------------------------------

/** The names a commands module registers with Office.actions.associate("name", handler). */
export function registeredFunctionNames(commandsSource: string): string[] {
  return [...commandsSource.matchAll(/Office\.actions\.associate\(\s*(["'`])([^"'`]+)\1/g)].map((m) => m[2]!);
}

/** Every ExecuteFunction action names a function the commands page registers. */
export function checkFunctionNames(root: XmlElement, commandsSource: string): Finding[] {
  const registered = registeredFunctionNames(commandsSource);
  const findings: Finding[] = [];
  for (const el of walk(root)) {
    if (el.local !== "Action" || el.attrs["xsi:type"] !== "ExecuteFunction") continue;
    const fn = childrenNamed(el, "FunctionName")[0];
    const name = fn?.text.trim() ?? "";
    if (!name) findings.push(error("an ExecuteFunction action has no FunctionName", el.line));
    else if (!registered.includes(name))
      findings.push(
        error(`FunctionName "${name}" is not registered by src/commands (registered: ${registered.join(", ") || "none"})`, fn!.line),
      );
  }
  return findings;
}

// --- All own checks ---------------------------------------------------------------------

export interface ManifestInputs {
  xml: string;
  /** Folder holding the icon files (the repository's assets/). */
  assetsDir: string;
  /** Source text of src/commands/commands.ts. */
  commandsSource: string;
}

/** Every check except the XSD one. A manifest that does not parse yields one error. */
export function checkManifest(inputs: ManifestInputs): Finding[] {
  let root: XmlElement;
  try {
    root = parseXml(inputs.xml);
  } catch (e) {
    if (e instanceof XmlSyntaxError) return [error(`not well-formed XML: ${e.message}`, e.line)];
    throw e;
  }
  return [
    ...checkResids(root),
    ...checkStrings(root),
    ...checkUrls(root),
    ...checkIcons(root, inputs.assetsDir),
    ...checkFunctionNames(root, inputs.commandsSource),
  ];
}

// --- XSD ------------------------------------------------------------------------------

export const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";
/** Imported by the main schema; xmllint-wasm reads nothing from disk, so they are preloaded. */
export const IMPORTED_SCHEMAS = [
  "OfficeAppBasicTypesV1_0.xsd",
  "MailAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_1.xsd",
  "TaskPaneAppVersionOverridesV1_0.xsd",
];

/** The schema folder: $ZIPIN_MANIFEST_SCHEMAS, else the repository's own schemas/office-manifest. */
export function schemaDir(repoRoot: string): string {
  return process.env.ZIPIN_MANIFEST_SCHEMAS ?? join(repoRoot, "schemas", "office-manifest");
}

export type XsdOutcome = { skipped: true; reason: string } | { skipped: false; findings: Finding[] };

export async function validateWithXsd(xml: string, dir: string): Promise<XsdOutcome> {
  const missing = [MAIN_SCHEMA, ...IMPORTED_SCHEMAS].filter((f) => !existsSync(join(dir, f)));
  if (missing.length) return { skipped: true, reason: `schemas not found in ${dir} (missing ${missing.join(", ")})` };
  const read = (fileName: string) => ({ fileName, contents: readFileSync(join(dir, fileName), "utf8") });
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [read(MAIN_SCHEMA)],
    preload: IMPORTED_SCHEMAS.map(read),
  });
  const findings = result.errors.map((e) => error(`XSD: ${e.message}`, e.loc?.lineNumber));
  if (!result.valid && findings.length === 0) findings.push(error(`XSD: ${result.rawOutput.trim() || "invalid"}`));
  return { skipped: false, findings };
}
