/**
 * A property of the report-text audit (docs/text-audit.md): the report Zipin itself writes, pasted
 * back into the workbook as an officer's report, agrees with the tables — for the bundled example
 * and every realistic and provincial workbook of the tests, in both languages. No claim disagrees
 * (TEXT_FIGURE_MISMATCH), and every claim ties to a figure (no TEXT_FIGURE_UNMATCHED) except in the
 * officer's own texts the report quotes from the info sheet (a 项目概况 may say "申请预算资金90万元"
 * of a block printed as 0 | 0 | 0).
 */
import { resolve } from "path";
import { runEngine } from "../../../src/engine";
import type { Grid } from "../../../src/engine/grid";
import type { Lang } from "../../../src/engine/settings";
import { claimsIn, sentencesOf } from "../../../src/engine/audit/claims";
import { loadWorkbook, workbookToGrid } from "../../../src/node/xlsx-read";
import * as realistic from "../../../scripts/realistic-fixtures";
import * as provincial from "../../../scripts/provincial-fixtures";

const EXAMPLE = resolve(__dirname, "..", "..", "..", "examples", "paitan-2023.xlsx");
const REPORT_SHEET = "报告手稿";

/** Every fixture builder of the two modules (mofProjectFundsGap takes the carry-over actual). */
function fixtures(): [string, () => Grid][] {
  const builders = { ...realistic, ...provincial } as Record<string, unknown>;
  return Object.entries(builders)
    .filter((entry): entry is [string, (x?: number) => Grid] => typeof entry[1] === "function")
    .map(([name, build]): [string, () => Grid] => [name, () => build(140)]);
}

const WORKBOOKS: [string, () => Promise<Grid> | Grid][] = [
  ["examples/paitan-2023.xlsx", async () => workbookToGrid((await loadWorkbook(EXAMPLE)).workbook)],
  ...fixtures(),
];

/** Every text the officer wrote on the info sheet, as the report quotes it. */
function officerTexts(info: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(info);
  return out.filter((t) => t.length >= 10);
}

test("every fixture builder gives a workbook", () => {
  expect(WORKBOOKS.length).toBeGreaterThanOrEqual(21);
});

describe.each(WORKBOOKS)("%s: auditing the report Zipin wrote", (_name, load) => {
  test.each(["zh", "en"] as Lang[])("%s: no figure disagrees, and every figure of ours ties to one", async (lang) => {
    const grid = await load();
    const first = runEngine(grid, { settings: { lang } });
    if (!first.ok) throw new Error("engine stopped");
    const paragraphs = first.report.flatMap((s) => s.paragraphs);
    const withReport: Grid = { sheets: [...grid.sheets, { name: REPORT_SHEET, cells: paragraphs.map((p) => [p]), merges: [] }] };
    const second = runEngine(withReport, { settings: { lang } });
    if (!second.ok) throw new Error("engine stopped");
    const checks = second.evaluation.checks;
    expect(checks.filter((c) => c.code === "TEXT_FIGURE_MISMATCH").map((c) => c.message.zh)).toEqual([]);
    const own = officerTexts(first.evaluation.info);
    // An officer's text is quoted whole, or after a label of ours ("全年实际完成情况：…").
    const quotes = (p: string): boolean => own.some((t) => t.includes(p) || p.includes(t));
    const unmatched = checks.filter((c) => c.code === "TEXT_FIGURE_UNMATCHED" && !quotes(paragraphs[c.cell!.row]!.trim()));
    expect(unmatched.map((c) => c.message.zh)).toEqual([]);
    // The report is read: in Chinese its paragraphs carry claims the audit compared.
    const claims = paragraphs.flatMap((p) => sentencesOf(p).flatMap(claimsIn));
    expect(lang === "en" || claims.length > 3).toBe(true);
  });
});
