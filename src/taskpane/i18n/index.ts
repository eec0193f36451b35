import type { Lang } from "../../engine/settings";
import type { PaneStrings } from "./types";
import { zh } from "./zh";
import { en } from "./en";

export type { PaneStrings } from "./types";

export function stringsFor(lang: Lang): PaneStrings {
  return lang === "zh" ? zh : en;
}

/** Fills {name} placeholders; unknown names are left as written so a missing value shows. */
export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole);
}
