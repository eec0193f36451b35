/**
 * One browser, one static server and the office.js stub for a test file; opening a page wires
 * the fake host to a workbook and records page errors and every request.
 */
import type { Page } from "playwright-core";
import { launchChromium } from "./chromium";
import type { LaunchedBrowser } from "./chromium";
import { DIST } from "./fixtures";
import { guardNetwork } from "./network-guard";
import type { NetworkGuard } from "./network-guard";
import { buildOfficeStub } from "./office-stub";
import { serveDirectory } from "./static-server";
import type { StaticServer } from "./static-server";
import type { HostConfig } from "../stub/host-types";

export interface PaneSession {
  origin: string;
  guard: NetworkGuard;
  /** Uncaught errors and console errors from every page opened. */
  pageErrors: string[];
  open(page: string, host: HostConfig): Promise<Page>;
  close(): Promise<void>;
}

export async function startSession(): Promise<PaneSession> {
  const stub = await buildOfficeStub();
  let server: StaticServer | null = null;
  let browser: LaunchedBrowser | null = null;
  try {
    server = await serveDirectory(DIST);
    browser = await launchChromium();
    const guard = await guardNetwork(browser.context, server.origin, stub);
    const pageErrors: string[] = [];
    const { context } = browser;
    const origin = server.origin;
    return {
      origin,
      guard,
      pageErrors,
      async open(path, host) {
        const page = await context.newPage();
        // Fail a step within jest's own timeout, with Playwright's message saying what it waited for.
        page.setDefaultTimeout(10_000);
        page.on("pageerror", (e) => pageErrors.push(`${path}: ${e.message}`));
        page.on("console", (m) => {
          if (m.type() === "error") pageErrors.push(`${path} console: ${m.text()}`);
        });
        await page.addInitScript((config: HostConfig) => {
          (window as unknown as { __ZIPIN_HOST__: HostConfig }).__ZIPIN_HOST__ = config;
        }, host);
        await page.goto(`${origin}/${path}`);
        return page;
      },
      async close() {
        await browser?.close();
        await server?.close();
      },
    };
  } catch (e) {
    await browser?.close();
    await server?.close();
    throw e;
  }
}
