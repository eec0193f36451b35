/**
 * What the ribbon command shows in the outcome dialog, and how it travels: as JSON in the
 * dialog URL's fragment (#...), so the dialog page needs no messaging to render it.
 * Everything in it is already localized text; the dialog only displays it, as text.
 */
import type { Lang } from "../engine";

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

export function encodeDialogMessage(message: DialogMessage): string {
  return encodeURIComponent(JSON.stringify(message));
}

const isString = (v: unknown): v is string => typeof v === "string";

/** Reads a message from a URL fragment ("#..." or without "#"); null when it is missing or malformed. */
export function decodeDialogMessage(hash: string): DialogMessage | null {
  let data: unknown;
  try {
    data = JSON.parse(decodeURIComponent(hash.replace(/^#/, "")));
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
