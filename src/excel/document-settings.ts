/**
 * Task-pane settings persisted in the workbook through Office.context.document.settings
 * (saved into the document by saveAsync, so they travel with the file).
 */
export function readDocumentSetting<T>(key: string): T | null {
  const value: unknown = Office.context.document.settings.get(key);
  return value === undefined || value === null ? null : (value as T);
}

/** Sets the value and saves it into the document; rejects when Office reports a failure. */
export function writeDocumentSetting(key: string, value: unknown): Promise<void> {
  const settings = Office.context.document.settings;
  settings.set(key, value);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(new Error(result.error?.message ?? "Office could not save the document settings"));
    });
  });
}
