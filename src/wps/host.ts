/// <reference types="et-jsapi-declare" />
/**
 * The WPS 表格 host as the port sees it. WPS 加载项 pages (the add-in's main page, its task
 * panes and dialogs) run in WPS's own Chromium with the object model as the globals
 * `Application` and `wps` (types: the et-jsapi-declare package). Calls are synchronous and act
 * at once, unlike Office.js: there is no request batching and no sync().
 */
import type { WpsFiles } from "./save-file";

export interface WpsHost {
  /** The ET Application object (the same object as the `Application` global). */
  application(): Et.Application;
  /** The add-in root's FileSystem and Env, or null where this WPS has none (see save-file.ts). */
  files?(): WpsFiles | null;
}

/** What WPS puts on window in an add-in page; absent in a browser and in Excel. */
interface WpsWindow {
  Application?: unknown;
  wps?: unknown;
}

/**
 * The Application object when this page runs inside WPS 表格, else null. Checked by shape
 * (an object with ActiveWorkbook and a Worksheets collection), never by user agent.
 */
export function wpsApplication(w: unknown = typeof window === "undefined" ? undefined : window): Et.Application | null {
  const g = w as WpsWindow | undefined;
  for (const candidate of [g?.Application, g?.wps]) {
    if (typeof candidate === "object" && candidate !== null && "ActiveWorkbook" in candidate && "Worksheets" in candidate) {
      return candidate as Et.Application;
    }
  }
  return null;
}

export function globalWpsHost(): WpsHost {
  return {
    application: () => {
      const app = wpsApplication();
      if (!app) throw new Error("WPS 表格对象模型不可用（此页面不在 WPS 加载项中运行）");
      return app;
    },
    files: () => {
      const root = wpsAddinRoot() as Partial<WPS.AddonRoot> | null;
      const fs = root?.FileSystem;
      const env = root?.Env;
      if (!fs || !env || typeof fs.writeAsBinaryString !== "function" || typeof fs.Exists !== "function") return null;
      return { fileSystem: fs, env };
    },
  };
}

/** The add-in root (`wps` global): CreateTaskPane, ShowDialog, PluginStorage. */
export function wpsAddinRoot(): WPS.AddonRoot | null {
  const w = (typeof window === "undefined" ? undefined : window) as unknown as WpsWindow | undefined;
  const root = w?.wps ?? w?.Application;
  return typeof root === "object" && root !== null && "CreateTaskPane" in root ? (root as WPS.AddonRoot) : null;
}

/** MsoLanguageIDType.msoLanguageIDUI: the language of WPS's menus and dialogs. */
const LANGUAGE_ID_UI = 2;

/**
 * WPS's UI language as a language tag for pickUiLang ("zh" for any Chinese LCID, whose
 * primary language id is 0x04: 2052 简体, 1028 繁體, 3076 香港…; else "en"), from
 * Application.LanguageSettings.LanguageID(msoLanguageIDUI). Null when the host does not
 * answer (an older WPS), so the caller falls back to the web view's navigator.language.
 */
export function wpsDisplayLanguage(app: Et.Application): string | null {
  try {
    const lcid: unknown = app.LanguageSettings.LanguageID(LANGUAGE_ID_UI as Kso.MsoAppLanguageID);
    if (typeof lcid !== "number" || !Number.isInteger(lcid) || lcid <= 0) return null;
    return (lcid & 0x3ff) === 0x04 ? "zh" : "en";
  } catch {
    return null;
  }
}
