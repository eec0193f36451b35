import type { Lang } from "../engine/light";

/**
 * The language both front ends speak: Chinese when Office's display language is Chinese
 * ("zh-CN", "zh-TW", "zh-Hans"...), English otherwise.
 */
export function pickUiLang(displayLanguage: string | null | undefined): Lang {
  return (displayLanguage ?? "").toLowerCase().startsWith("zh") ? "zh" : "en";
}
