import type { WorkbookPort } from "../../src/app/port";
import type { EngineOptions, EngineResult } from "../../src/engine";
import { D } from "../../src/engine/decimal";
import { makeCheck } from "../../src/engine/messages";
import type { OutputPlan } from "../../src/engine/plan";
import { runEvaluateCommand } from "../../src/commands/evaluate-command";
import type { CommandEnvironment } from "../../src/commands/evaluate-command";
import { DIALOG_OPTIONS, dialogUrl, showDialog } from "../../src/commands/show-dialog";
import { decodeDialogMessage, messageFromUrl } from "../../src/dialog/message";
import type { DialogMessage } from "../../src/dialog/message";
import { asOfficeOpensIt, installOfficeDialogStub, removeOfficeStub, settle } from "./office-dialog-stub";

/** A port that records calls; reading fails with `readError` when given. */
function recordingPort(readError?: Error): WorkbookPort & { applied: OutputPlan[]; reads: number } {
  const port = {
    applied: [] as OutputPlan[],
    reads: 0,
    async readGrid() {
      port.reads++;
      if (readError) throw readError;
      return { sheets: [] };
    },
    async applyPlan(plan: OutputPlan) {
      port.applied.push(plan);
    },
  };
  return port;
}

/** An ok EngineResult carrying only what the command reads; the rest is never looked at here. */
function okResult(): EngineResult {
  const evaluation = { totalScore: new D("88.25"), grade: "良", checks: [] };
  return { ok: true, evaluation } as unknown as EngineResult; // partial on purpose: see the comment above
}

function environment(overrides: Partial<CommandEnvironment> = {}) {
  const shown: DialogMessage[] = [];
  const calls: EngineOptions[] = [];
  const env: CommandEnvironment = {
    port: recordingPort(),
    displayLanguage: "zh-CN",
    loadSettings: async () => ({}),
    showMessage: async (m) => {
      shown.push(m);
    },
    evaluate: async (_port, options) => {
      calls.push(options);
      return okResult();
    },
    ...overrides,
  };
  return { env, shown, calls };
}

describe("runEvaluateCommand", () => {
  it("adds what the read could not take in full to the dialog, in its language", async () => {
    const { env, shown } = environment({ displayLanguage: "en-US", readNotes: (lang) => [lang === "en" ? "Sheet S was read without merges." : "未读合并"] });
    await runEvaluateCommand(env);
    expect(shown[0]!.lines[shown[0]!.lines.length - 1]).toBe("Sheet S was read without merges.");
  });

  it("evaluates with the saved settings and shows the outcome in Office's display language", async () => {
    const { env, shown, calls } = environment({ loadSettings: async () => ({ writeFormulas: false }) });
    await runEvaluateCommand(env);
    // Only what the user saved is passed: the workbook's own settings rows decide the rest (lang here).
    expect(calls).toEqual([{ settings: { writeFormulas: false } }]);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ lang: "zh", kind: "success", lines: expect.arrayContaining(["总分 88.25 分，等级：良"]) });
  });

  it("passes a saved report language through and shows English dialogs for a non-Chinese Office", async () => {
    const { env, shown, calls } = environment({ displayLanguage: "en-US", loadSettings: async () => ({ lang: "zh", writeFormulas: true }) });
    await runEvaluateCommand(env);
    expect(calls).toEqual([{ settings: { lang: "zh", writeFormulas: true } }]);
    expect(shown[0]!.lang).toBe("en");
    expect(shown[0]!.title).toBe("Evaluation complete");
  });

  it("shows the engine's errors when the run stopped", async () => {
    const error = makeCheck("NO_INDICATOR_TABLE", null);
    const { env, shown } = environment({
      evaluate: async () => ({ ok: false, detected: [], errors: [error], checks: [error] }),
    });
    await runEvaluateCommand(env);
    expect(shown).toEqual([
      { lang: "zh", kind: "errors", title: "无法评价，请先修改以下问题", lines: [error.message.zh], note: "工作簿未作任何修改。" },
    ]);
  });

  it("shows an exception from reading the workbook, through the real use case, and writes nothing", async () => {
    const port = recordingPort(Object.assign(new Error("Out of memory."), { code: "GeneralException" }));
    const { env, shown } = environment({ port, evaluate: undefined, displayLanguage: "en-GB" });
    await runEvaluateCommand(env);
    expect(port.reads).toBe(1);
    expect(port.applied).toEqual([]);
    expect(shown).toEqual([
      {
        lang: "en",
        kind: "failure",
        title: "Evaluation failed",
        lines: ["Out of memory. (GeneralException)"],
        note: "Please try again; if it fails again, open the panel.",
      },
    ]);
  });

  it("shows a failure to read the saved settings instead of evaluating", async () => {
    const { env, shown, calls } = environment({
      loadSettings: async () => {
        throw new Error("settings unavailable");
      },
    });
    await runEvaluateCommand(env);
    expect(calls).toEqual([]);
    expect(shown.map((m) => [m.kind, m.lines])).toEqual([["failure", ["settings unavailable"]]]);
  });

  it("returns only once the dialog is closed", async () => {
    let closeDialog: () => void = () => undefined;
    const { env } = environment({ showMessage: () => new Promise<void>((resolve) => (closeDialog = resolve)) });
    let done = false;
    const run = runEvaluateCommand(env).then(() => (done = true));
    await settle();
    expect(done).toBe(false);
    closeDialog();
    await run;
    expect(done).toBe(true);
  });
});

describe("showDialog", () => {
  afterEach(removeOfficeStub);
  const message: DialogMessage = { lang: "zh", kind: "errors", title: "无法评价", lines: ["收支表!D5：<b>“=1+1”</b> & #x"] };

  it("opens dialog.html next to the commands page with the message in a query parameter that survives Office's additions", async () => {
    const office = installOfficeDialogStub();
    const shown = showDialog(message, "https://addin.example.org/app/commands.html?_host_Info=Excel#x");
    await settle();
    expect(office.opened).toHaveLength(1);
    const { url, options } = office.opened[0]!;
    expect(url.startsWith("https://addin.example.org/app/dialog.html?m=")).toBe(true);
    expect(options).toEqual({ height: 30, width: 30, displayInIframe: true });
    // The text survives the trip exactly, markup-like characters included (the page shows it as
    // text), also once Office has added _host_Info to the query and &_xdm_Info to the fragment.
    const loaded = asOfficeOpensIt(url);
    expect(loaded).toContain("_xdm_Info=");
    expect(messageFromUrl(loaded)).toEqual(message);
    office.sendFromDialog("close");
    await shown;
    expect(office.closedByCode).toBe(true);
  });

  it("keeps waiting on other messages and resolves when the user closes the window", async () => {
    const office = installOfficeDialogStub();
    let done = false;
    const shown = showDialog(message, "https://h/commands.html").then(() => (done = true));
    await settle();
    office.sendFromDialog("something else");
    await settle();
    expect(done).toBe(false);
    office.closeWindow();
    await shown;
    expect(done).toBe(true);
    expect(office.closedByCode).toBe(false);
  });

  it("rejects with Office's reason when the dialog cannot open", async () => {
    installOfficeDialogStub({ failToOpen: true });
    await expect(showDialog(message, "https://h/commands.html")).rejects.toThrow(
      "The dialog could not be opened: A dialog box is already opened from this add-in. (12007)",
    );
  });

  it("exports the options it uses", () => {
    expect(DIALOG_OPTIONS).toEqual({ height: 30, width: 30, displayInIframe: true });
    expect(dialogUrl({ lang: "en", kind: "success", title: "t", lines: [] }, "https://h/x/commands.html")).toBe(
      "https://h/x/dialog.html?m=%7B%22lang%22%3A%22en%22%2C%22kind%22%3A%22success%22%2C%22title%22%3A%22t%22%2C%22lines%22%3A%5B%5D%7D",
    );
  });

  it("rejects (never throws) when Office throws instead of calling back", async () => {
    (globalThis as { Office?: unknown }).Office = {
      context: {
        ui: {
          displayDialogAsync: () => {
            throw new Error("dialogs are not supported here");
          },
        },
      },
    };
    await expect(showDialog(message, "https://h/commands.html")).rejects.toThrow("dialogs are not supported here");
  });

  it("a message sent in the fragment by an earlier version still reads once Office appends &_xdm_Info", () => {
    const hash = "#" + encodeURIComponent(JSON.stringify(message));
    expect(decodeDialogMessage(`${hash}&_xdm_Info=abc_123$https%3A%2F%2Fexcel`)).toEqual(message);
  });
});

describe("decodeDialogMessage", () => {
  it("rejects fragments that are missing, not JSON or not a message", () => {
    expect(decodeDialogMessage("")).toBeNull();
    expect(decodeDialogMessage("#%7Bnot json")).toBeNull();
    expect(decodeDialogMessage("#" + encodeURIComponent(JSON.stringify({ lang: "fr", kind: "success", title: "t", lines: [] })))).toBeNull();
    expect(decodeDialogMessage("#" + encodeURIComponent(JSON.stringify({ lang: "en", kind: "success", title: "t", lines: [1] })))).toBeNull();
    expect(decodeDialogMessage("#" + encodeURIComponent(JSON.stringify({ lang: "en", kind: "success", title: "t", lines: [], note: "n" })))).toEqual(
      { lang: "en", kind: "success", title: "t", lines: [], note: "n" },
    );
  });
});
