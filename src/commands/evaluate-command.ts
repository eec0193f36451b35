/**
 * The ribbon's Evaluate button: evaluate the open workbook with the settings saved in it,
 * then show the outcome in a small dialog. Whatever happens, the user sees a message.
 *
 * Settings, their mapping to engine options and the UI-language rule are shared with the
 * task pane (src/app), so the button and the pane's Evaluate give the same workbook for the
 * same saved settings.
 */
import { evaluateWorkbook } from "../app/evaluate-workbook";
import type { WorkbookPort } from "../app/port";
import type { EngineOptions, EngineResult } from "../engine";
import type { DialogMessage } from "../dialog/message";
import { engineSettings, type PaneSettings } from "../app/pane-settings";
import { pickUiLang } from "../app/ui-language";
import type { Lang } from "../engine/light";
import { failureMessage, outcomeMessage } from "./outcome-message";

/** What the command needs from its host; office-environment.ts wires it to Office.js. */
export interface CommandEnvironment {
  port: WorkbookPort;
  /** Office's display language ("zh-CN", "en-US"…): the language of the dialog. */
  displayLanguage: string;
  /** The settings saved in the workbook by the task pane. */
  loadSettings(): Promise<PaneSettings>;
  /** Shows the message; resolves once the user has closed it. */
  showMessage(message: DialogMessage): Promise<void>;
  /** What the read could not take in full (a sheet read without merges, or up to a cap), in `lang`. */
  readNotes?: (lang: Lang) => string[];
  /** The use case to run; evaluateWorkbook unless a test replaces it. */
  evaluate?: (port: WorkbookPort, options: EngineOptions) => Promise<EngineResult>;
}

export async function runEvaluateCommand(env: CommandEnvironment): Promise<void> {
  const lang = pickUiLang(env.displayLanguage);
  const evaluate = env.evaluate ?? (async (port, options) => (await evaluateWorkbook(port, options)).result);
  let message: DialogMessage;
  try {
    const saved = await env.loadSettings();
    message = outcomeMessage(await evaluate(env.port, { settings: engineSettings(saved) }), lang);
    const notes = env.readNotes?.(lang) ?? [];
    if (notes.length > 0) message = { ...message, lines: [...message.lines, ...notes] };
  } catch (e) {
    message = failureMessage(e, lang);
  }
  await env.showMessage(message);
}
