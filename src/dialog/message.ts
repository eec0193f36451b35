/**
 * What the ribbon command shows in the outcome dialog, and how it travels: as JSON in a query
 * parameter of the dialog URL (?m=…), so the dialog page needs no messaging to render it.
 * Not in the fragment: Office appends its own data to the URL it opens (`&_xdm_Info=…` to the
 * fragment, `_host_Info=…` to the query), which corrupts a message that ends the fragment;
 * a named query parameter survives both. Everything in it is already localized text; the
 * dialog only displays it, as text.
 */
import type { Lang } from "../engine/light";

export type DialogKind = "success" | "errors" | "failure";

export interface DialogMessage {
  /** Language of the texts below; also picks the Close button's label. */
  lang: Lang;
  kind: DialogKind;
  title: string;
  lines: string[];
  /** A closing remark under the lines, e.g. that the workbook was left unchanged. */
  note?: string;
}

/** The message a dialog sends its parent when the user closes it. */
export const CLOSE_MESSAGE = "close";

/** The query parameter holding the message. */
export const MESSAGE_PARAM = "m";

export function encodeDialogMessage(message: DialogMessage): string {
  return encodeURIComponent(JSON.stringify(message));
}

/** The message of a dialog page's location (its `search` and `hash`); null when missing or malformed. */
export function messageFromLocation(search: string, hash = ""): DialogMessage | null {
  const param = new URLSearchParams(search).get(MESSAGE_PARAM);
  if (param !== null) return parseMessage(param);
  return decodeDialogMessage(hash);
}

/** The message of a dialog URL (as Office opens it, with its own parameters added). */
export function messageFromUrl(url: string): DialogMessage | null {
  const u = new URL(url);
  return messageFromLocation(u.search, u.hash);
}

const isString = (v: unknown): v is string => typeof v === "string";

/** Reads a message from a URL fragment ("#..." or without "#", as earlier versions sent it); null when missing or malformed. */
export function decodeDialogMessage(hash: string): DialogMessage | null {
  // An encoded message holds no raw "&": anything from there on is what Office appended.
  const own = hash.replace(/^#/, "").split("&")[0]!;
  try {
    return parseMessage(decodeURIComponent(own));
  } catch {
    return null;
  }
}

function parseMessage(json: string): DialogMessage | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof data !== "object" || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.lang !== "zh" && m.lang !== "en") return null;
  if (m.kind !== "success" && m.kind !== "errors" && m.kind !== "failure") return null;
  if (!isString(m.title) || !Array.isArray(m.lines) || !m.lines.every(isString)) return null;
  if (m.note !== undefined && !isString(m.note)) return null;
  return { lang: m.lang, kind: m.kind, title: m.title, lines: m.lines, ...(m.note !== undefined ? { note: m.note } : {}) };
}
