/**
 * Finding and launching Debian's Chromium for the browser tests. Missing Chromium fails the
 * suite under CI and skips it (loudly) elsewhere, so a developer without it can still run jest.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import type { BrowserContext } from "playwright-core";

export const CHROME_PATH = process.env.CHROME_PATH || "/usr/bin/chromium";

// Without the background-networking flags Chromium keeps trying (refused) connections to Google.
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export type ChromiumAvailability = { available: true } | { available: false; reason: string };

export function chromiumAvailability(): ChromiumAvailability {
  if (existsSync(CHROME_PATH)) return { available: true };
  return { available: false, reason: `Chromium not found at ${CHROME_PATH} (set CHROME_PATH)` };
}

/**
 * `describe` when Chromium is there; otherwise a failing suite under CI, or a skipped one with a
 * warning that says how to install it.
 */
export function describeWithChromium(name: string, body: () => void): void {
  const availability = chromiumAvailability();
  if (availability.available) {
    describe(name, body);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it("needs Chromium", () => {
        throw new Error(`${availability.reason}. CI must install it: apt-get install chromium`);
      });
    });
    return;
  }
  // Straight to stderr: jest drops console output of a suite whose tests are all skipped.
  process.stderr.write(
    [
      "",
      "!!! BROWSER TESTS SKIPPED: " + availability.reason + ".",
      "!!! Install it with:  sudo apt-get install chromium   (or set CHROME_PATH to a Chromium binary)",
      "!!! Under CI (env CI set) these tests fail instead of skipping.",
      "",
    ].join("\n") + "\n",
  );
  describe.skip(name, body);
}

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A persistent context on a fresh user-data-dir, removed on close. */
export async function launchChromium(): Promise<LaunchedBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), "zipin-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROME_PATH,
    headless: true,
    args: ARGS,
    viewport: { width: 360, height: 900 },
    locale: "zh-CN",
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
