/**
 * Task pane entry: pick the host (WPS 表格 when its object model is on window, else Office),
 * pick the UI language from the host's, wire the services to that host's port, and mount the pane.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { PaneProvider } from "./context";
import type { PaneEnvironment } from "./context";
import { pickUiLang } from "../app/ui-language";
import { officeDisplayLanguage } from "../excel";
import { stringsFor } from "./i18n";
import { createOfficeServices } from "./services/office-services";
import { PaneErrorBoundary } from "./components/ErrorBoundary";
import { showCrash } from "./crash-report";
import type { PaneServices } from "./services/types";
import { createWpsServices } from "./services/wps-services";
import { globalWpsHost, wpsApplication, wpsDisplayLanguage } from "../wps";
import type { Lang } from "../engine/light";

function mount(root: HTMLElement, displayLanguage: string, createServices: (uiLang: Lang) => PaneServices): void {
  const uiLang = pickUiLang(displayLanguage);
  document.documentElement.lang = uiLang === "zh" ? "zh-CN" : "en";
  document.title = `${stringsFor(uiLang).appTitle} · Zipin`;
  const env: PaneEnvironment = { services: createServices(uiLang), uiLang, strings: stringsFor(uiLang) };
  createRoot(root).render(
    <PaneErrorBoundary lang={uiLang}>
      <FluentProvider theme={webLightTheme}>
        <PaneProvider value={env}>
          <App />
        </PaneProvider>
      </FluentProvider>
    </PaneErrorBoundary>,
  );
}

/** The UI language for a crash notice: whatever failed may be Office itself. */
function startLang(): "zh" | "en" {
  try {
    return pickUiLang(officeDisplayLanguage());
  } catch {
    return "zh";
  }
}

const root = document.getElementById("root");
if (root) {
  const wpsApp = wpsApplication();
  if (wpsApp) {
    // WPS 加载项: the object model is ready when the page runs. WPS's own UI language, else its Chromium's.
    mount(root, wpsDisplayLanguage(wpsApp) ?? navigator.language, (uiLang) => createWpsServices(uiLang, globalWpsHost()));
  } else if (typeof Office === "undefined") {
    // office.js did not load (offline, blocked): say so instead of showing an empty pane.
    root.textContent = "Office.js could not be loaded. / 无法加载 Office.js，请检查网络后重新打开面板。";
  } else {
    // A failure before React renders (the boundary cannot catch it) is shown as plain text.
    Office.onReady()
      .then(() => mount(root, officeDisplayLanguage(), createOfficeServices))
      .catch((e: unknown) => showCrash(root, e, startLang()));
  }
}
