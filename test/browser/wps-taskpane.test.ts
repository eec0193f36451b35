/**
 * The WPS 加载项 build (dist-wps/online, from `npm run build:wps`) in headless Chromium, with
 * the fake WPS object model behind the `Application` / `wps` globals, on the bundled example:
 * the task pane's 评价 writes the two output sheets exactly as the command line's engine plans
 * them for the same file (values, formulas, number formats), the ribbon's 评价 does the same
 * and opens the outcome dialog, and 打开面板 opens one task pane. No page loads office.js or
 * anything else from outside the add-in's folder.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import type { BrowserContext, Page } from "playwright-core";
import { runEngine } from "../../src/engine";
import type { EngineResult } from "../../src/engine";
import type { Grid } from "../../src/engine/grid";
import { OUTPUT_SHEET_NAMES } from "../../src/engine/plan";
import type { PlannedSheet } from "../../src/engine/plan";
import { messageFromUrl } from "../../src/dialog/message";
import { excelWouldConvert } from "../../src/engine/text-conversion";
import { describeWithChromium, launchChromium } from "./support/chromium";
import type { LaunchedBrowser } from "./support/chromium";
import { ROOT, exampleGrid } from "./support/fixtures";
import { planDifferences } from "./support/plan-compare";
import { serveDirectory } from "./support/static-server";
import type { StaticServer } from "./support/static-server";
import type { HostConfig } from "./stub/host-types";
import type { WpsFakeHandle } from "./stub/wps-stub";

jest.setTimeout(90_000);

const DIST_WPS = join(ROOT, "dist-wps", "online");
const OUTPUTS: string[] = [OUTPUT_SHEET_NAMES.summary, OUTPUT_SHEET_NAMES.report, OUTPUT_SHEET_NAMES.trail];

const wpsFake = <T>(page: Page, read: (f: WpsFakeHandle) => T): Promise<T> =>
  page.evaluate(`(${read.toString()})(window.__zipinWps)`) as Promise<T>;

async function buildStub(): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, "stub", "wps-stub.ts")],
    bundle: true,
    platform: "browser",
    format: "iife",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

/** The number format each planned cell must end up with: the plan's, and "@" on every text cell. */
function plannedFormats(sheet: PlannedSheet): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of sheet.formats) {
    if (f.numberFormat === undefined) continue;
    for (let r = f.range.top; r <= f.range.bottom; r++) for (let c = f.range.left; c <= f.range.right; c++) out.set(`${r},${c}`, f.numberFormat);
  }
  sheet.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      // Text Excel or WPS would convert on entry goes into a Text cell; prose keeps its format.
      if (cell?.t === "text" && excelWouldConvert(cell.v)) out.set(`${r},${c}`, "@");
      else if (cell?.t === "formula" && out.get(`${r},${c}`) === "@") out.delete(`${r},${c}`);
    }),
  );
  return out;
}

function formatDifferences(planned: PlannedSheet[], written: Grid): string[] {
  const out: string[] = [];
  for (const sheet of planned) {
    const got = written.sheets.find((s) => s.name === sheet.name);
    for (const [key, format] of plannedFormats(sheet)) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      const cell = sheet.rows[r]?.[c];
      if (!cell) continue;
      const actual = got?.numberFormats?.[r]?.[c] ?? "General";
      if (actual !== format) out.push(`${sheet.name} ${key}: ${actual} ≠ ${format}`);
    }
  }
  return out;
}

describeWithChromium("WPS add-in (headless Chromium, dist-wps build, fake WPS object model)", () => {
  let server: StaticServer;
  let browser: LaunchedBrowser;
  let context: BrowserContext;
  let stub: string;
  let grid: Grid;
  let expected: Extract<EngineResult, { ok: true }>;
  const requested: string[] = [];
  const refused: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(DIST_WPS, "taskpane.html"))) {
      throw new Error("dist-wps/online has no taskpane.html: run `npm run build:wps` first (`npm test` does it for you).");
    }
    grid = await exampleGrid();
    const result = runEngine(grid);
    if (!result.ok) throw new Error("the example does not evaluate in Node");
    expected = result;
    stub = await buildStub();
    server = await serveDirectory(DIST_WPS);
    browser = await launchChromium();
    context = browser.context;
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      requested.push(url);
      if (url.startsWith(server.origin + "/")) await route.continue();
      else {
        refused.push(url);
        await route.abort("blockedbyclient");
      }
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(() => {
    expect(refused).toEqual([]);
    expect(requested.filter((u) => u.includes("appsforoffice"))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  async function open(path: string, displayLanguage = "zh-CN"): Promise<Page> {
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on("pageerror", (e) => pageErrors.push(`${path}: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") pageErrors.push(`${path} console: ${m.text()}`);
    });
    const config: HostConfig = { grid, displayLanguage };
    await page.addInitScript((c: HostConfig) => {
      (window as unknown as { __ZIPIN_HOST__: HostConfig }).__ZIPIN_HOST__ = c;
    }, config);
    await page.addInitScript({ content: stub });
    await page.goto(`${server.origin}/${path}`);
    return page;
  }

  it("the pane's 评价 writes the two output sheets as the command line's engine plans them", async () => {
    const page = await open("taskpane.html");
    await page.locator("li[data-sheet]").first().waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("绩效自评");
    const inputsBefore = await wpsFake(page, (f) => f.grid(false, true));

    await page.getByRole("button", { name: "评价", exact: true }).click();
    await page.locator('[role="status"][data-stage="done"]').waitFor();

    const written = await wpsFake(page, (f) => f.grid(true, true));
    expect(planDifferences(expected.plan.sheets, written)).toEqual([]);
    expect(formatDifferences(expected.plan.sheets, written)).toEqual([]);
    expect(await wpsFake(page, (f) => f.sheetNames())).toEqual([...grid.sheets.map((s) => s.name), ...OUTPUTS]);
    // Input sheets untouched, no question put to the user, the host's state given back.
    expect(written.sheets.slice(0, grid.sheets.length)).toEqual(inputsBefore.sheets);
    expect(await wpsFake(page, (f) => f.prompts())).toEqual([]);
    expect(await wpsFake(page, (f) => f.host())).toEqual({ displayAlerts: true, calculation: -4105, enableEvents: true, screenUpdating: true });
    // The result card: total 92, grade 优, execution 28,082.29 / 28,564.19 = 98.31%.
    expect(await page.getByTestId("total-score").textContent()).toBe("92");
    expect(await page.getByTestId("grade").textContent()).toBe("优");
    expect(await page.getByTestId("execution-rate").textContent()).toBe("98.31%");

    // A check's cell is selected in WPS, on its own sheet.
    const target = page.locator("button[data-cell]").first();
    const address = (await target.getAttribute("data-cell"))!;
    await target.click();
    await page.waitForFunction((a) => (window as unknown as { __zipinWps: WpsFakeHandle }).__zipinWps.selection() === a.replace(/'/g, ""), address);
    await page.close();
  });

  it("speaks WPS's UI language (not the web view's)", async () => {
    // The browser context's locale is zh-CN (support/chromium.ts): English can only come from WPS.
    const english = await open("taskpane.html", "en-US");
    await english.locator("li[data-sheet]").first().waitFor();
    expect(await english.getByRole("heading", { level: 1 }).textContent()).toBe("Performance self-evaluation");
    await english.close();
  });

  it("导出 Word saves the .docx through wps.FileSystem (the web view drops downloads) and says where, never over an earlier one", async () => {
    const page = await open("taskpane.html");
    await page.getByRole("button", { name: "评价", exact: true }).click();
    await page.locator('[role="status"][data-stage="done"]').waitFor();
    await page.getByRole("button", { name: "导出 Word" }).click();
    // The workbook was never saved (Workbook.Path ""), so the report goes to the download folder.
    await page.getByRole("status").getByText(/已把 Word 文档保存为“C:\\Users\\用户\\Downloads\\.+自评报告\.docx”/).waitFor();
    await page.getByRole("button", { name: "导出 Word" }).click();
    await page.getByRole("status").getByText(/自评报告 \(2\)\.docx”/).waitFor();
    const files = await wpsFake(page, (f) => f.files());
    expect(files.map((f) => f.path.replace(/^.*\\/, ""))).toEqual([expect.stringMatching(/自评报告\.docx$/), expect.stringMatching(/自评报告 \(2\)\.docx$/)]);
    // A real .docx: a zip holding word/document.xml with the report's title.
    const { default: JSZip } = await import("jszip");
    const zip = await JSZip.loadAsync(Uint8Array.from(files[0]!.bytes));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("广州市增城区派潭镇人民政府");
    await page.close();
  });

  it("in a WPS without wps.FileSystem, 导出 Word says it cannot save and offers 复制报告", async () => {
    const page = await open("taskpane.html");
    await wpsFake(page, (f) => f.dropFileSystem());
    await page.getByRole("button", { name: "评价", exact: true }).click();
    await page.locator('[role="status"][data-stage="done"]').waitFor();
    await page.getByRole("button", { name: "导出 Word" }).click();
    await page.getByRole("status").getByText(/不能下载文件.*WPS 表格.*复制报告/).waitFor();
    await page.close();
  });

  it("the ribbon's 评价 writes the same sheets and shows the outcome dialog; 打开面板 opens one task pane", async () => {
    const page = await open("index.html");
    await page.waitForFunction(() => typeof (window as unknown as { ribbon?: unknown }).ribbon === "object");
    expect(await page.evaluate(() => (window as unknown as { ribbon: { GetImage(c: { Id: string }): string } }).ribbon.GetImage({ Id: "zipinPane" }))).toBe(
      "images/pane.png",
    );

    await page.evaluate(() => (window as unknown as { ribbon: { OnAction(c: { Id: string }): boolean } }).ribbon.OnAction({ Id: "zipinEvaluate" }));
    await page.waitForFunction(() => (window as unknown as { __zipinWps: WpsFakeHandle }).__zipinWps.dialogs.length === 1);
    const written = await wpsFake(page, (f) => f.grid(true, true));
    expect(planDifferences(expected.plan.sheets, written)).toEqual([]);
    const [dialog] = await wpsFake(page, (f) => f.dialogs);
    // The message travels in the query (?m=), as for Excel (src/dialog/message.ts).
    expect(dialog!.url.startsWith(`${server.origin}/dialog.html?m=`)).toBe(true);
    const message = messageFromUrl(dialog!.url);
    expect(message).toMatchObject({ kind: "success", title: "评价完成" });
    expect(message!.lines[0]).toBe("总分 92 分，等级：优");

    // The dialog page renders the message without office.js.
    const shown = await open(new URL(dialog!.url).pathname.slice(1) + new URL(dialog!.url).search);
    expect(await shown.locator("#title").textContent()).toBe("评价完成");
    await shown.close();

    // Every callback ribbon.xml names exists on the main page, and every button's image is served.
    const ribbonXml = await (await fetch(`${server.origin}/ribbon.xml`)).text();
    const callbacks = [...new Set([...ribbonXml.matchAll(/(?:onAction|getImage|getEnabled|onLoad)="ribbon\.(\w+)"/g)].map((m) => m[1]!))];
    expect(callbacks.sort()).toEqual(["GetImage", "OnAction", "OnAddinLoad", "OnGetEnabled"]);
    const kinds = await page.evaluate((names) => names.map((n) => typeof (window as unknown as { ribbon: Record<string, unknown> }).ribbon[n]), callbacks);
    expect(kinds).toEqual(callbacks.map(() => "function"));
    const ids = [...ribbonXml.matchAll(/<button id="(\w+)"/g)].map((m) => m[1]!);
    expect(ids).toEqual(["zipinEvaluate", "zipinPane"]);
    for (const id of ids) {
      const image = await page.evaluate((i) => (window as unknown as { ribbon: { GetImage(c: { Id: string }): string } }).ribbon.GetImage({ Id: i }), id);
      const response = await fetch(`${server.origin}/${image}`);
      expect([id, response.status, response.headers.get("content-type")]).toEqual([id, 200, "image/png"]);
    }
    expect(ribbonXml).toContain('label="绩效自评"');

    for (let i = 0; i < 2; i++) {
      await page.evaluate(() => (window as unknown as { ribbon: { OnAction(c: { Id: string }): boolean } }).ribbon.OnAction({ Id: "zipinPane" }));
    }
    const panes = await wpsFake(page, (f) => f.taskPanes);
    expect(panes).toEqual([{ url: `${server.origin}/taskpane.html`, title: "绩效自评", visible: true, id: 1 }]);
    await page.close();
  });
});
