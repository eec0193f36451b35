/** The README's checks tables are the messages table as it is: a new or reworded check must be regenerated. */
import { readFileSync } from "fs";
import { MESSAGES } from "../../src/engine/messages";
import { README_PATH, checksTable, tableInReadme } from "../../scripts/checks-table";

describe("README checks tables", () => {
  const readme = readFileSync(README_PATH, "utf8");

  it.each(["zh", "en"] as const)("the %s table equals the one generated from src/engine/messages.ts (npx tsx scripts/checks-table.ts)", (lang) => {
    expect(tableInReadme(readme, lang)).toBe(checksTable(lang));
  });

  it("lists every check code once, with its message", () => {
    const table = checksTable("en");
    for (const [code, m] of Object.entries(MESSAGES)) {
      expect(table.split(`| \`${code}\` |`).length - 1).toBe(1);
      expect(table).toContain(m.en);
    }
  });

  it("a drifted README is caught: a reworded message no longer matches", () => {
    const drifted = readme.replace(MESSAGES.SUM_MISMATCH.en, "Items do not add up.");
    expect(tableInReadme(drifted, "en")).not.toBe(checksTable("en"));
  });
});
