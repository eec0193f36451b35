/**
 * Records every request a page makes and blocks any that is not to our localhost server or the
 * office.js URL (which is answered with the stub), so the test proves the pane talks to no one.
 */
import type { BrowserContext } from "playwright-core";

export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export interface NetworkGuard {
  /** Every URL requested, in order. */
  requested: string[];
  /** Requests that went anywhere else (blocked). */
  refused: string[];
}

export async function guardNetwork(context: BrowserContext, origin: string, officeStub: string): Promise<NetworkGuard> {
  const guard: NetworkGuard = { requested: [], refused: [] };
  // Registered first so the office.js route below takes precedence (Playwright tries the newest route first).
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    guard.requested.push(url);
    if (url.startsWith(origin + "/") || url.startsWith("data:") || url.startsWith("blob:")) {
      await route.continue();
    } else {
      guard.refused.push(url);
      await route.abort("blockedbyclient");
    }
  });
  await context.route(OFFICE_JS_URL, async (route) => {
    guard.requested.push(route.request().url());
    await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: officeStub });
  });
  return guard;
}
