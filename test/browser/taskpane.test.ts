/**
 * The production task pane in headless Chromium, with office.js replaced by the fake Excel host
 * holding the bundled example. What the pane writes must equal what the engine (the command
 * line's engine, on the command line's reading of the same file) plans, cell by cell.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { runEngine } from "../../src/engine";
import type { EngineResult } from "../../src/engine";
import type { Grid } from "../../src/engine/grid";
import { parseRef, refToA1 } from "../../src/engine/grid";
import { OUTPUT_SHEET_NAMES } from "../../src/engine/plan";
import { describeWithChromium } from "./support/chromium";
import { SCREENSHOTS, assertDistBuilt, exampleGrid, screenshotsWanted } from "./support/fixtures";
import { OFFICE_JS_URL } from "./support/network-guard";
import { startSession } from "./support/pane-session";
import type { PaneSession } from "./support/pane-session";
import { planDifferences, sheetValues } from "./support/plan-compare";
import type { FakeHostHandle } from "./stub/host-types";

jest.setTimeout(60_000);

const OUTPUTS = [OUTPUT_SHEET_NAMES.summary, OUTPUT_SHEET_NAMES.report, OUTPUT_SHEET_NAMES.trail];

type Fake = FakeHostHandle;
/** Runs `read` in the page on the fake host; it travels as source text, so it may use only its argument. */
const fake = <T>(page: Page, read: (f: Fake) => T): Promise<T> =>
  page.evaluate(`(${read.toString()})(window.__zipinFake)`) as Promise<T>;

/** Input sheets only (values), to prove evaluation never writes them. */
function inputSheets(grid: Grid): Grid {
  return { sheets: grid.sheets.filter((s) => !OUTPUTS.includes(s.name as (typeof OUTPUTS)[number])) };
}

async function waitForTables(page: Page): Promise<void> {
  await page.locator("li[data-sheet]").first().waitFor();
}

async function evaluateAndWait(page: Page): Promise<void> {
  await page.getByRole("button", { name: "评价", exact: true }).click();
  await page.locator('[role="status"][data-stage="done"]').waitFor();
}

describeWithChromium("task pane (headless Chromium, production build, fake Excel)", () => {
  let session: PaneSession;
  let grid: Grid;
  let expected: Extract<EngineResult, { ok: true }>;

  beforeAll(async () => {
    assertDistBuilt(["taskpane.html"]);
    grid = await exampleGrid();
    const result = runEngine(grid);
    if (!result.ok) throw new Error(`the example does not evaluate in Node: ${JSON.stringify(result.errors)}`);
    expected = result;
    session = await startSession();
  });

  afterAll(async () => {
    await session?.close();
  });

  afterEach(() => {
    // Nothing but the local server and the stubbed office.js, and no uncaught errors.
    expect(session.guard.refused).toEqual([]);
    for (const url of session.guard.requested) {
      expect(url === OFFICE_JS_URL || url.startsWith(session.origin + "/")).toBe(true);
    }
    expect(session.pageErrors).toEqual([]);
  });

  it("lists the tables, evaluates the example like the command line, and selects a check's cell", async () => {
    const page = await session.open("taskpane.html", { grid, displayLanguage: "zh-CN" });
    await waitForTables(page);
    // The guard saw the page load: the stubbed office.js and the bundle from localhost.
    expect(session.guard.requested).toContain(OFFICE_JS_URL);
    expect(session.guard.requested.some((u) => /\/taskpane\.[0-9a-f]+\.js$/.test(u))).toBe(true);
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("绩效自评");

    // Every table the engine detects is listed with its sheet, kind and range.
    for (const table of expected.detected) {
      const item = page.locator(`li[data-sheet="${table.sheet}"]`);
      const kind = { budget: "收支表", indicator: "指标表", info: "基本信息" }[table.kind];
      await expect(item.textContent()).resolves.toContain(kind);
      expect(await item.getByRole("combobox").inputValue()).toBe(table.kind);
    }
    // The workbook has inputs, so the template is offered no more (disabled, with the reason).
    const template = page.getByRole("button", { name: "添加空白输入表" });
    expect(await template.getAttribute("aria-disabled")).toBe("true");

    if (screenshotsWanted()) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, "taskpane-before.png"), fullPage: true });
    }

    const inputsBefore = inputSheets(await fake(page, (f) => f.grid(false)));
    await evaluateAndWait(page);

    // The two sheets, cell for cell as the engine plans them in Node (formulas as formula text).
    const written = await fake(page, (f) => f.grid(true));
    expect(planDifferences(expected.plan.sheets, written)).toEqual([]);
    expect(await fake(page, (f) => f.sheetNames())).toEqual([...grid.sheets.map((s) => s.name), ...OUTPUTS]);
    // Input sheets untouched.
    expect(inputSheets(await fake(page, (f) => f.grid(false)))).toEqual(inputsBefore);
    // The report's paragraphs are the Node report's, in order (one per cell, indented with
    // full-width spaces as Chinese reports are).
    const reportText = sheetValues(written, OUTPUT_SHEET_NAMES.report)
      .filter((v): v is string => typeof v === "string")
      .map((t) => t.replace(/^\u3000+/, ""));
    const paragraphs = expected.report.flatMap((s) => s.paragraphs);
    expect(paragraphs.length).toBeGreaterThan(5);
    expect(reportText.filter((t) => paragraphs.includes(t))).toEqual(paragraphs);

    // The result card: total 92 (产出 42/50 + 效益 50/50), grade 优 (≥ 90),
    // execution 28,082.29 / 28,564.19 = 98.31%.
    expect(await page.getByTestId("total-score").textContent()).toBe("92");
    expect(await page.getByTestId("grade").textContent()).toBe("优");
    expect(await page.getByTestId("execution-rate").textContent()).toBe("98.31%");
    const status = await page.getByRole("status").textContent();
    expect(status).toContain("已写入“绩效自评结果”“自评报告”和“计算依据”工作表");

    if (screenshotsWanted()) {
      await page.screenshot({ path: join(SCREENSHOTS, "taskpane-after.png"), fullPage: true });
    }

    // Clicking a check selects its cell, even on another sheet.
    const checksWithCells = expected.evaluation.checks.filter((c) => c.cell !== null);
    expect(checksWithCells.length).toBeGreaterThan(0);
    const buttons = page.locator("button[data-cell]");
    expect(await buttons.count()).toBe(checksWithCells.length);
    const target = buttons.last();
    const address = await target.getAttribute("data-cell");
    expect(checksWithCells.map((c) => refToA1(c.cell!))).toContain(address);
    await target.click();
    await page.waitForFunction((a) => (window as unknown as { __zipinFake: Fake }).__zipinFake.selection() === a, address);
    expect(await fake(page, (f) => f.activeSheet())).toBe(parseRef(address!)!.sheet);

    // …and with the keyboard: Enter on the first check selects its cell.
    const first = buttons.first();
    const firstAddress = await first.getAttribute("data-cell");
    await first.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((a) => (window as unknown as { __zipinFake: Fake }).__zipinFake.selection() === a, firstAddress);
    await page.close();
  });

  it("is reachable by keyboard: the first Tab lands on Evaluate and Enter runs it", async () => {
    const page = await session.open("taskpane.html", { grid, displayLanguage: "zh-CN" });
    await waitForTables(page);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? null);
    expect(focused).toBe("评价");
    await page.keyboard.press("Enter");
    await page.locator('[role="status"][data-stage="done"]').waitFor();
    expect(await fake(page, (f) => f.sheetNames())).toEqual(expect.arrayContaining(OUTPUTS));
    expect(await page.getByTestId("total-score").textContent()).toBe("92");
    await page.close();
  });

  it("saves the formulas setting in the workbook and then writes plain values, still the Node figures", async () => {
    const page = await session.open("taskpane.html", { grid, displayLanguage: "zh-CN" });
    await waitForTables(page);
    const toggle = page.getByRole("switch", { name: "结果表写入公式" });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click();
    await page.getByText("设置已保存到本工作簿。").waitFor();
    const saved = JSON.parse(await fake(page, (f) => f.snapshot().settings)) as Record<string, unknown>;
    expect(JSON.stringify(saved)).toContain("writeFormulas");

    await evaluateAndWait(page);
    const valuesRun = runEngine(grid, { settings: { writeFormulas: false } });
    if (!valuesRun.ok) throw new Error("values run failed in Node");
    const written = await fake(page, (f) => f.grid(true));
    expect(planDifferences(valuesRun.plan.sheets, written)).toEqual([]);
    // With values, the figures themselves are in the summary: the total 92 and the execution
    // rate 28,082.29 / 28,564.19 = 0.98313… as a number.
    const summary = sheetValues(written, OUTPUT_SHEET_NAMES.summary);
    expect(summary).toContain(92);
    const rates = summary.filter((v): v is number => typeof v === "number" && Math.abs(v - 28082.29 / 28564.19) < 1e-9);
    expect(rates.length).toBeGreaterThan(0);

    // A new pane on the same workbook shows the saved choice.
    const settings = JSON.parse(await fake(page, (f) => f.snapshot().settings)) as Record<string, unknown>;
    await page.close();
    const again = await session.open("taskpane.html", { grid, displayLanguage: "zh-CN", settings });
    await waitForTables(again);
    expect(await again.getByRole("switch", { name: "结果表写入公式" }).isChecked()).toBe(false);
    await again.close();
  });

  it("sets grade words and the overshoot threshold from the keyboard; a bad word is refused and nothing is saved", async () => {
    const page = await session.open("taskpane.html", { grid, displayLanguage: "zh-CN" });
    await waitForTables(page);
    const best = page.getByRole("textbox", { name: "“优”档用语" });
    expect(await best.inputValue()).toBe("优");

    // A formula-looking word: the field says why (marked invalid for screen readers); nothing saved.
    await best.focus();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("=1+1");
    await page.keyboard.press("Enter");
    await page.getByText("用语应为不超过8个字的文字，不能以 = + - @ 开头，也不能是数字或日期。").waitFor();
    expect(await best.getAttribute("aria-invalid")).toBe("true");
    expect(await fake(page, (f) => f.snapshot().settings)).not.toContain("gradeWords");

    // 优秀 for 优, then Tab on to the next field: saved on leaving the field.
    await page.keyboard.press("Control+A");
    await page.keyboard.type("优秀");
    await page.keyboard.press("Tab");
    await page.getByText("设置已保存到本工作簿。").waitFor();
    const overshoot = page.getByRole("textbox", { name: "超额完成阈值（%）" });
    expect(await overshoot.inputValue()).toBe("130");
    await overshoot.fill("150");
    await overshoot.press("Enter");
    await page.waitForFunction(() => (window as unknown as { __zipinFake: Fake }).__zipinFake.snapshot().settings.includes("overshootRatio"));
    const saved = JSON.parse(await fake(page, (f) => f.snapshot().settings)) as Record<string, unknown>;
    expect(saved["zipin.settings"]).toEqual({ gradeWords: { 优: "优秀" }, overshootRatio: 1.5 });

    // The example scores 92 (优): the card, the summary's grade formula and the report say 优秀.
    await evaluateAndWait(page);
    expect(await page.getByTestId("grade").textContent()).toBe("优秀");
    const run = runEngine(grid, { settings: { gradeWords: { 优: "优秀" }, overshootRatio: 1.5 } });
    if (!run.ok) throw new Error("the example does not evaluate in Node with the pane's settings");
    expect(planDifferences(run.plan.sheets, await fake(page, (f) => f.grid(true)))).toEqual([]);
    const written = sheetValues(await fake(page, (f) => f.grid(false)), OUTPUT_SHEET_NAMES.report).join("");
    expect(written).toContain("等级为“优秀”");
    await page.close();
  });

  it("shows the engine's errors in a message bar, writes nothing, and offers the template on an empty workbook", async () => {
    const empty: Grid = { sheets: [{ name: "Sheet1", cells: [], merges: [] }] };
    const engineSays = runEngine(empty);
    if (engineSays.ok) throw new Error("an empty workbook should not evaluate");
    const page = await session.open("taskpane.html", { grid: empty, displayLanguage: "zh-CN" });
    await waitForTables(page);

    await page.getByRole("button", { name: "评价", exact: true }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain("无法完成评价");
    for (const error of engineSays.errors) expect(text).toContain(error.message.zh);
    expect(await fake(page, (f) => f.sheetNames())).toEqual(["Sheet1"]);

    const template = page.getByRole("button", { name: "添加空白输入表" });
    expect(await template.getAttribute("aria-disabled")).not.toBe("true");
    await template.click();
    await page.getByRole("status").getByText(/已添加工作表：/).waitFor();
    const names = await fake(page, (f) => f.sheetNames());
    expect(names[0]).toBe("Sheet1");
    expect(names.length).toBeGreaterThan(1);
    // The new sheets are read again and listed; a template has its input tables, so no second template.
    await page.locator(`li[data-sheet="${names[1]}"]`).waitFor();
    expect(await template.getAttribute("aria-disabled")).toBe("true");
    await page.close();
  });

  it("passes a corrected guess to the engine: ignoring the budget sheet stops the run with the engine's error", async () => {
    const budget = expected.detected.find((t) => t.kind === "budget")!;
    const engineSays = runEngine(grid, { overrides: [{ sheet: budget.sheet, kind: "ignore" }] });
    if (engineSays.ok) throw new Error("ignoring the budget sheet should stop the run");
    const page = await session.open("taskpane.html", { grid, displayLanguage: "zh-CN" });
    await waitForTables(page);
    await page.getByRole("combobox", { name: `“${budget.sheet}”用作` }).selectOption("ignore");
    await expect(page.locator(`li[data-sheet="${budget.sheet}"]`).textContent()).resolves.toContain("已更正");

    await page.getByRole("button", { name: "评价", exact: true }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    for (const error of engineSays.errors) expect(await alert.textContent()).toContain(error.message.zh);
    // The status line says the run failed, never "完成".
    await page.locator('[role="status"][data-stage="failed"]').getByText("未能评价，工作簿未作任何修改").waitFor();
    expect(await fake(page, (f) => f.sheetNames())).toEqual(grid.sheets.map((s) => s.name));
    await page.close();
  });

  it("follows an English Office: English UI and English check messages", async () => {
    const page = await session.open("taskpane.html", { grid, displayLanguage: "en-US" });
    await waitForTables(page);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.getByRole("button", { name: "Evaluate", exact: true }).click();
    await page.locator('[role="status"][data-stage="done"]').waitFor();
    const firstCheck = expected.evaluation.checks.find((c) => c.cell !== null)!;
    await page.getByText(firstCheck.message.en, { exact: false }).first().waitFor();
    await page.close();
  });
});
