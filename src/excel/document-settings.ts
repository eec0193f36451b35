/**
 * Settings persisted in the workbook through Office.context.document.settings (saved into the
 * document by saveAsync, so they travel with the file), and the pane's choices stored there,
 * read the same way by the task pane and the ribbon command.
 */
import { SETTINGS_KEY, parseStoredSettings, type PaneSettings } from "../app/pane-settings";

export function readDocumentSetting<T>(key: string): T | null {
  const value: unknown = Office.context.document.settings.get(key);
  return value === undefined || value === null ? null : (value as T);
}

/**
 * Sets the value and saves it into the document; rejects when Office reports a failure (a
 * read-only or co-authored document, for one). On failure the in-memory copy goes back to
 * what it was, so a later save of another key cannot slip this value into the document.
 */
export function writeDocumentSetting(key: string, value: unknown): Promise<void> {
  const settings = Office.context.document.settings;
  const previous: unknown = settings.get(key);
  settings.set(key, value);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      if (previous === null || previous === undefined) settings.remove(key);
      else settings.set(key, previous);
      reject(new Error(result.error?.message ?? "Office could not save the document settings"));
    });
  });
}

/** The choices saved in the open workbook (what the task pane saved; {} when none). */
export function loadPaneSettings(): Promise<PaneSettings> {
  return Promise.resolve(parseStoredSettings(readDocumentSetting<unknown>(SETTINGS_KEY)));
}

export function savePaneSettings(settings: PaneSettings): Promise<void> {
  return writeDocumentSetting(SETTINGS_KEY, parseStoredSettings(settings));
}
