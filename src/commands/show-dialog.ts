/**
 * Opens dialog.html with a message in its URL (a query parameter, src/dialog/message.ts) and
 * waits until the user closes it.
 * A function command must not call event.completed() while its dialog is open (Office may
 * unload the function file and the dialog with it), so the caller awaits this first.
 */
import type { DialogMessage } from "../dialog/message";
import { CLOSE_MESSAGE, MESSAGE_PARAM } from "../dialog/message";

/** Percent of the Office window; displayInIframe keeps Excel on the web from opening a pop-up. */
export const DIALOG_OPTIONS: Office.DialogOptions = { height: 30, width: 30, displayInIframe: true };

/** dialog.html next to the page this runs in (commands.html), on the same origin as Office requires. */
export function dialogUrl(message: DialogMessage, pageUrl: string): string {
  const url = new URL("dialog.html", pageUrl);
  url.search = "";
  url.searchParams.set(MESSAGE_PARAM, JSON.stringify(message));
  return url.href;
}

export function showDialog(message: DialogMessage, pageUrl: string = window.location.href): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = (): void =>
      Office.context.ui.displayDialogAsync(dialogUrl(message, pageUrl), DIALOG_OPTIONS, (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        // Nothing else can show a message from a function command; the caller reports it.
        reject(new Error(`The dialog could not be opened: ${result.error.message} (${result.error.code})`));
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        if ("message" in arg && arg.message === CLOSE_MESSAGE) {
          dialog.close();
          resolve();
        }
      });
      // The user closed it with the window's own X (error 12006), or it failed to load.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
    // Some hosts throw instead of calling back (no dialog support in this context).
    try {
      open();
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}
