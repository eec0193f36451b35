/**
 * Escaping for the XML we write, and unescaping for the few attribute values we read
 * (sheet names, relationship targets, number format codes).
 */

const XML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Element content: & < > escaped (quotes may stay). */
export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (ch) => XML_ENTITIES[ch]!);
}

/** A double-quoted attribute value; tab, newline and CR as character references so parsers keep them. */
export function escapeAttr(s: string): string {
  return s.replace(/[&<>"]/g, (ch) => XML_ENTITIES[ch]!).replace(/[\t\n\r]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Resolves the five predefined entities and numeric character references. */
export function unescapeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[ref] ?? whole;
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Characters XML 1.0 cannot carry at all (C0 controls but tab/LF, lone surrogates, U+FFFE/FFFF); CR would be normalised away. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_IN_XML = /[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text as SpreadsheetML stores it in cells, formulas and sheet names (ST_Xstring): characters
 * XML cannot carry become "_xHHHH_", and a literal "_xHHHH_" already in the text gets its
 * underscore escaped ("_x005F_"), so Excel reads back exactly the text we were given.
 */
export function encodeXstring(s: string): string {
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(UNSAFE_IN_XML, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** The reverse, as Excel and LibreOffice read it: "_xHHHH_" is U+HHHH, so "_x005F_x0041_" is a literal "_x0041_". */
export function decodeXstring(s: string): string {
  return s.includes("_x") ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
}

/** Cell text as Excel stores it: encodeXstring, then ordinary XML escaping. */
export function escapeCellText(s: string): string {
  return escapeText(encodeXstring(s));
}

/** Leading/trailing white space, runs of spaces, tabs or line breaks are lost without xml:space="preserve". */
export function needsPreserve(s: string): boolean {
  return /^\s|\s$|\s\s|[\t\n\r]/.test(s);
}
