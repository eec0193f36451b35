/**
 * A task pane that fails while starting shows what went wrong and how to report it, not a blank
 * page (issue 8, item 5): the production bundle in headless Chromium, over the fake Excel host,
 * with the start made to throw.
 */
import { describeWithChromium } from "./support/chromium";
import { assertDistBuilt } from "./support/fixtures";
import { startSession } from "./support/pane-session";
import type { PaneSession } from "./support/pane-session";

jest.setTimeout(60_000);

describeWithChromium("task pane failing at start (headless Chromium, production build)", () => {
  let session: PaneSession;
  beforeAll(async () => {
    assertDistBuilt(["taskpane.html"]);
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each([
    ["zh-CN", "绩效自评面板无法启动", "截图"],
    ["en-US", "The self-evaluation pane could not start", "screenshot"],
  ])("shows the error and how to report it (%s)", async (displayLanguage, title, how) => {
    const grid = { sheets: [{ name: "Sheet1", cells: [["x"]], merges: [] }] };
    const page = await session.open("taskpane.html", { grid, displayLanguage, failAtStart: "boom while starting" });
    const alert = page.getByRole("alert");
    await alert.getByText(title).waitFor();
    const text = await alert.innerText();
    expect(text).toContain("boom while starting");
    expect(text).toContain(how);
    await page.close();
  });
});
