/** Paths and inputs shared by the browser tests. */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Grid } from "../../../src/engine/grid";
import { loadWorkbook, workbookToGrid } from "../../../src/node/xlsx-read";

export const ROOT = resolve(__dirname, "..", "..", "..");
export const DIST = join(ROOT, "dist");
export const EXAMPLE = join(ROOT, "examples", "paitan-2023.xlsx");
export const SCREENSHOTS = join(ROOT, "docs", "screenshots");

/** The browser tests run against the production build; say how to make it when it is missing. */
export function assertDistBuilt(pages: string[]): void {
  const missing = pages.filter((p) => !existsSync(join(DIST, p)));
  if (missing.length > 0) {
    throw new Error(
      `dist/ has no ${missing.join(", ")}: the browser tests serve the production build. ` +
        "Run `npm run build` first (`npm test` does it for you).",
    );
  }
}

/** The example as the command line reads it (same reader, same grid). */
export async function exampleGrid(): Promise<Grid> {
  const { workbook } = await loadWorkbook(EXAMPLE);
  return workbookToGrid(workbook);
}

export const screenshotsWanted = (): boolean => process.env.ZIPIN_SCREENSHOTS === "1";
