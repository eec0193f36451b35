import type { Lang } from "../../engine/light";
import type { PaneStrings } from "./types";
import { zh } from "./zh";
import { en } from "./en";

export type { PaneStrings } from "./types";

export function stringsFor(lang: Lang): PaneStrings {
  return lang === "zh" ? zh : en;
}

/** The project's one template filler (src/engine/l10n/template.ts): unknown names stay as written. */
export { fill } from "../../engine/light";
