/**
 * A minimal stand-in for the Office globals the outcome dialog uses
 * (Office.context.ui.displayDialogAsync and the dialog's events). It records the URL opened
 * and lets a test act as the user: send "close" from the dialog page or close the window.
 */
type Handler = (arg: { message?: string; error?: number }) => void;

/**
 * The address the dialog page actually gets: Office adds its own parameters to the URL it is
 * given — `_host_Info` to the query and `_xdm_Info` to the fragment (after an "&" when the
 * fragment already holds something), as Excel on the web does.
 */
export function asOfficeOpensIt(url: string): string {
  const u = new URL(url);
  u.searchParams.append("_host_Info", "Excel$Web$16.00$zh-CN$telemetry$isDialog$$0");
  const xdm = "_xdm_Info=5a1c7e_1712345678_1$" + encodeURIComponent("https://excel.officeapps.live.com");
  u.hash = u.hash ? `${u.hash.slice(1)}&${xdm}` : xdm;
  return u.href;
}

export interface DialogStub {
  /** URLs passed to displayDialogAsync, in order. */
  opened: Array<{ url: string; options: unknown }>;
  /** Whether dialog.close() was called by the code under test. */
  closedByCode: boolean;
  /** The dialog page calls messageParent(message). */
  sendFromDialog(message: string): void;
  /** The user closes the dialog window with its X (Office reports event 12006). */
  closeWindow(): void;
}

export function installOfficeDialogStub(options: { failToOpen?: boolean } = {}): DialogStub {
  const handlers = new Map<string, Handler>();
  const stub: DialogStub = {
    opened: [],
    closedByCode: false,
    sendFromDialog: (message) => handlers.get("dialogMessageReceived")?.({ message }),
    closeWindow: () => handlers.get("dialogEventReceived")?.({ error: 12006 }),
  };
  const dialog = {
    addEventHandler: (type: string, handler: Handler) => handlers.set(type, handler),
    close: () => {
      stub.closedByCode = true;
    },
  };
  const office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    context: {
      ui: {
        displayDialogAsync(url: string, opts: unknown, callback: (result: unknown) => void) {
          stub.opened.push({ url, options: opts });
          // Office calls back asynchronously.
          setTimeout(() =>
            callback(
              options.failToOpen
                ? { status: "failed", error: { code: 12007, message: "A dialog box is already opened from this add-in." } }
                : { status: "succeeded", value: dialog },
            ),
          );
        },
      },
    },
  };
  (globalThis as { Office?: unknown }).Office = office;
  return stub;
}

export function removeOfficeStub(): void {
  delete (globalThis as { Office?: unknown }).Office;
}

/** Resolves after pending timers and promise callbacks have run. */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
