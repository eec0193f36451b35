/**
 * The WPS add-in's main page (index.html, loaded hidden by WPS): the ribbon callbacks that
 * ribbon.xml names. 评价 runs the same command as the Excel ribbon button (evaluate with the
 * settings saved in the workbook, then show the outcome in a dialog); 打开面板 opens the task
 * pane (CreateTaskPane the first time, the same pane again afterwards).
 */
import { runEvaluateCommand } from "../../commands/evaluate-command";
import { dialogUrl } from "../../commands/show-dialog";
import type { DialogMessage } from "../../dialog/message";
import { globalWpsHost, wpsAddinRoot, wpsApplication, wpsDisplayLanguage } from "../host";
import { loadWpsSettings } from "../settings";
import { WpsPort } from "../wps-port";
import { openTaskPane, PANE_TITLE } from "./task-pane";

export const BUTTONS = { evaluate: "zipinEvaluate", pane: "zipinPane" } as const;

const IMAGES: Record<string, string> = {
  [BUTTONS.evaluate]: "images/evaluate.png",
  [BUTTONS.pane]: "images/pane.png",
};

/** Dialog size in pixels (ShowDialog takes pixels, unlike Office's percentages). */
const DIALOG = { width: 420, height: 300 };

function showMessage(message: DialogMessage): Promise<void> {
  const root = wpsAddinRoot();
  if (!root) throw new Error("WPS 加载项接口不可用");
  // Not modal: ShowDialog returns at once, and the user closes the dialog with its button.
  root.ShowDialog(dialogUrl(message, window.location.href), PANE_TITLE, DIALOG.width * window.devicePixelRatio, DIALOG.height * window.devicePixelRatio, false);
  return Promise.resolve();
}

/** WPS's UI language, else its web view's (an older WPS without LanguageSettings). */
function ribbonLanguage(): string {
  const app = wpsApplication();
  return (app && wpsDisplayLanguage(app)) ?? navigator.language;
}

export function evaluateFromRibbon(): Promise<void> {
  const host = globalWpsHost();
  return runEvaluateCommand({
    port: new WpsPort({ host }),
    displayLanguage: ribbonLanguage(),
    loadSettings: () => loadWpsSettings(host),
    showMessage,
  });
}

export const ribbon = {
  OnAddinLoad(): boolean {
    return true;
  },
  OnAction(control: { Id: string }): boolean {
    if (control.Id === BUTTONS.evaluate) void evaluateFromRibbon();
    else if (control.Id === BUTTONS.pane) openTaskPane(window.location.href);
    return true;
  },
  GetImage(control: { Id: string }): string {
    return IMAGES[control.Id] ?? "images/evaluate.png";
  },
  OnGetEnabled(): boolean {
    return true;
  },
};

(window as unknown as { ribbon: typeof ribbon }).ribbon = ribbon;
