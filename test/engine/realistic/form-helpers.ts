/**
 * Running a typed-in provincial form and reading what a reviewer looks at: the report's text, the
 * summary's texts, checks as "CODE@Sheet!A1", an indicator by name, and the prose rules no
 * signed report breaks. Shared by provincial-forms.test.ts and provincial-forms-more.test.ts.
 */
import { runEngine } from "../../../src/engine";
import type { Grid } from "../../../src/engine/grid";
import { refToA1 } from "../../../src/engine/grid";
import type { Ran } from "./helpers";

export function ran(grid: Grid) {
  const r = runEngine(grid);
  if (!r.ok) throw new Error(`engine stopped: ${r.errors.map((c) => `${c.code} ${c.message.zh}`).join("; ")}`);
  const text = r.report.flatMap((s) => [s.heading, ...s.paragraphs]).join("\n");
  const summaryTexts = r.plan.sheets[0]!.rows.flat().flatMap((c) => (c && c.t === "text" ? [c.v] : []));
  return { ...r, text, summaryTexts, asRan: { evaluation: r.evaluation, json: r.json } as Ran };
}
export type Result = ReturnType<typeof ran>;

export const checksOf = (r: Result): string[] => r.evaluation.checks.map((c) => `${c.code}@${c.cell ? refToA1(c.cell) : "-"}`);
export const messageOf = (r: Result, code: string): string => r.evaluation.checks.find((c) => c.code === code)!.message.zh;
export const names = (r: Result): string[] => r.evaluation.indicatorTables[0]!.indicators.map((i) => i.indicator.name);
export function indicator(r: Result, name: string) {
  const found = r.evaluation.indicatorTables[0]!.indicators.find((i) => i.indicator.name === name);
  if (!found) throw new Error(`no indicator ${name}: ${names(r).join(", ")}`);
  return found;
}

/** What no reviewer would sign: a line break, a score suffix, a doubled form word, a slot number or a stop before a comma. */
export function expectCleanProse(r: Result): void {
  for (const p of r.report.flatMap((s) => s.paragraphs)) {
    expect(p).not.toMatch(/\n/);
    expect(p).not.toMatch(/[（(]\d+分[)）]指标/);
    expect(p).not.toMatch(/自评表(项目|年度|绩效)/);
    expect(p).not.toMatch(/“指标\d/);
    expect(p).not.toMatch(/[。.][，,]/);
  }
  for (const t of r.summaryTexts) expect(t).not.toMatch(/\n/);
}
