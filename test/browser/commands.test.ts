/**
 * The ribbon's Evaluate command (dist/commands.html) in headless Chromium with the office.js
 * stub: invoked as Office would, with a fake event, it writes the same sheets as the engine
 * plans in Node, shows the outcome dialog, and calls event.completed() once the dialog is closed.
 */
import type { Page } from "playwright-core";
import { runEngine } from "../../src/engine";
import type { Grid } from "../../src/engine/grid";
import { messageFromUrl } from "../../src/dialog/message";
import { checkLine } from "../../src/app/check-line";
import { SETTINGS_KEY } from "../../src/app/pane-settings";
import { describeWithChromium } from "./support/chromium";
import { assertDistBuilt, exampleGrid } from "./support/fixtures";
import { OFFICE_JS_URL } from "./support/network-guard";
import { startSession } from "./support/pane-session";
import type { PaneSession } from "./support/pane-session";
import { planDifferences } from "./support/plan-compare";
import type { ActionCall, FakeHostHandle, HostConfig } from "./stub/host-types";

jest.setTimeout(60_000);

type Fake = FakeHostHandle;
/** Runs `read` in the page on the fake host; it travels as source text, so it may use only its argument. */
const fake = <T>(page: Page, read: (f: Fake) => T): Promise<T> =>
  page.evaluate(`(${read.toString()})(window.__zipinFake)`) as Promise<T>;

const actionCall = (page: Page, index: number): Promise<ActionCall> =>
  page.evaluate((i) => (window as unknown as { __zipinFake: Fake }).__zipinFake.actionCalls[i]!, index);

/** Opens commands.html, waits for its handler, and presses the ribbon button. */
async function pressEvaluate(session: PaneSession, host: HostConfig): Promise<{ page: Page; call: number }> {
  const page = await session.open("commands.html", host);
  await page.waitForFunction(() =>
    (window as unknown as { __zipinFake: Fake }).__zipinFake.associatedActions().includes("evaluate"),
  );
  const call = await page.evaluate(() => (window as unknown as { __zipinFake: Fake }).__zipinFake.invokeAction("evaluate"));
  await page.waitForFunction(() => (window as unknown as { __zipinFake: Fake }).__zipinFake.dialogs.length > 0);
  return { page, call };
}

/** The user closes the dialog (its Close button sends "close"); the command must then complete. */
async function closeDialogAndWait(page: Page, call: number): Promise<ActionCall> {
  await page.evaluate(() => (window as unknown as { __zipinFake: Fake }).__zipinFake.dialogs[0]!.message("close"));
  await page.waitForFunction((i) => (window as unknown as { __zipinFake: Fake }).__zipinFake.actionCalls[i]!.completed > 0, call);
  expect(await page.evaluate(() => (window as unknown as { __zipinFake: Fake }).__zipinFake.dialogs[0]!.closed)).toBe(true);
  return actionCall(page, call);
}

describeWithChromium("ribbon Evaluate command (headless Chromium, production build, fake Excel)", () => {
  let session: PaneSession;
  let grid: Grid;

  beforeAll(async () => {
    assertDistBuilt(["commands.html", "dialog.html"]);
    grid = await exampleGrid();
    session = await startSession();
  });

  afterAll(async () => {
    await session?.close();
  });

  afterEach(() => {
    expect(session.guard.refused).toEqual([]);
    for (const url of session.guard.requested) {
      expect(url === OFFICE_JS_URL || url.startsWith(session.origin + "/")).toBe(true);
    }
    expect(session.pageErrors).toEqual([]);
  });

  it("writes the example's sheets as the engine plans them, shows 92 / 优, and completes after the dialog", async () => {
    const expected = runEngine(grid);
    if (!expected.ok) throw new Error("the example does not evaluate in Node");
    const { page, call } = await pressEvaluate(session, { grid, displayLanguage: "zh-CN" });

    // Written before the dialog opens, and identical to the pane's / the command line's plan.
    expect(planDifferences(expected.plan.sheets, await fake(page, (f) => f.grid(true)))).toEqual([]);
    // Office may unload the function file on completed(): not before the dialog is closed.
    expect((await actionCall(page, call)).completed).toBe(0);

    const dialog = await page.evaluate(() => {
      const d = (window as unknown as { __zipinFake: Fake }).__zipinFake.dialogs[0]!;
      return { url: d.url, options: d.options };
    });
    const url = new URL(dialog.url);
    expect(url.origin + url.pathname).toBe(`${session.origin}/dialog.html`);
    const message = messageFromUrl(url.href);
    expect(message).toMatchObject({ lang: "zh", kind: "success", title: "评价完成" });
    // 92 = 产出 42 + 效益 50; 优 from 92 ≥ 90; the example has one warning (SUM_MISMATCH, 0.37万元).
    expect(message!.lines[0]).toBe("总分 92 分，等级：优");

    // The dialog page itself renders that message.
    const dialogPage = await session.open(dialog.url.slice(session.origin.length + 1), { grid, displayLanguage: "zh-CN" });
    await dialogPage.getByText("评价完成").waitFor();
    await dialogPage.getByText("总分 92 分，等级：优").waitFor();
    await dialogPage.close();

    const done = await closeDialogAndWait(page, call);
    expect(done).toMatchObject({ completed: 1, error: null });
    await page.close();
  });

  it("uses the settings the task pane saved in the workbook (values instead of formulas)", async () => {
    const expected = runEngine(grid, { settings: { writeFormulas: false } });
    if (!expected.ok) throw new Error("the example does not evaluate in Node");
    const settings = { [SETTINGS_KEY]: { writeFormulas: false } };
    const { page, call } = await pressEvaluate(session, { grid, displayLanguage: "zh-CN", settings });
    expect(planDifferences(expected.plan.sheets, await fake(page, (f) => f.grid(true)))).toEqual([]);
    expect(await closeDialogAndWait(page, call)).toMatchObject({ completed: 1, error: null });
    await page.close();
  });

  it("lists the errors, writes nothing, and still completes when the workbook cannot be evaluated", async () => {
    const empty: Grid = { sheets: [{ name: "Sheet1", cells: [["备注"]], merges: [] }] };
    const engineSays = runEngine(empty);
    if (engineSays.ok) throw new Error("this workbook should not evaluate");
    const { page, call } = await pressEvaluate(session, { grid: empty, displayLanguage: "en-US" });
    const url = await page.evaluate(() => (window as unknown as { __zipinFake: Fake }).__zipinFake.dialogs[0]!.url);
    const message = messageFromUrl(url);
    expect(message).toMatchObject({ lang: "en", kind: "errors" });
    // Each error as the command words it (its sheet!cell first where it has one).
    expect(message!.lines).toEqual(engineSays.errors.map((e) => checkLine(e, "en")));
    expect(message!.lines.join("\n")).toContain(engineSays.errors[0]!.message.en);
    expect(await fake(page, (f) => f.sheetNames())).toEqual(["Sheet1"]);
    expect(await closeDialogAndWait(page, call)).toMatchObject({ completed: 1, error: null });
    await page.close();
  });
});
