/**
 * Writes what the engine makes of every workbook the tests build, one JSON file per workbook and
 * language, into a folder of your choice, so a refactor can be checked for changed behaviour:
 *
 *   npx tsx scripts/snapshot-results.ts /tmp/before
 *   …change the code…
 *   npx tsx scripts/snapshot-results.ts /tmp/after
 *   diff -r /tmp/before /tmp/after
 *
 * Each file holds the --json result, the output plan (every cell, format and merge written), the
 * report sections and every check, or the errors of a run that stopped. Not a test.
 */
import { mkdirSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { runEngine } from "../src/engine";
import type { EngineResult, Grid, Lang } from "../src/engine";
import { XlsxPort } from "../src/node/xlsx-port";
import * as realistic from "./realistic-fixtures";
import { EXAMPLE_PATH, buildPaitanWorkbook } from "./build-example";
import { BASE_LAYOUT, VARIANTS, buildLayout } from "../test/e2e/layouts";
import * as seed from "../test/engine/parse/seed-layouts";
import { buildReport } from "../src/engine/narrative";
import { renderPlan } from "../src/engine/render";
import type { Evaluation } from "../src/engine/evaluation";
import { paitanEvaluation } from "../test/engine/narrative/fixtures";
import { buildEvaluation } from "../test/engine/render/fixtures";

/** The engine's result with only what a user sees (no internal model objects). */
function visible(result: EngineResult): unknown {
  if (!result.ok) return { ok: false, errors: result.errors, checks: result.checks };
  return { ok: true, json: result.json, plan: result.plan, report: result.report, checks: result.evaluation.checks };
}

async function workbooks(): Promise<[string, Grid][]> {
  const out: [string, Grid][] = [
    ["A-mof-project-form", realistic.mofProjectForm()],
    ["B-department-whole-form", realistic.departmentWholeForm()],
    ["C-separate-sheets-in-yuan", realistic.separateSheetsInYuan()],
    ["D-sichuan-indicator-columns", realistic.sichuanIndicatorColumns()],
    ["E-chongqing-repeated-levels", realistic.chongqingRepeatedLevels()],
    ["F-subtotals-at-bottom", realistic.subtotalsAtBottom()],
    ["G-final-accounts-side-by-side", realistic.finalAccountsSideBySide()],
    ["H-final-accounts-vertical", realistic.finalAccountsVertical()],
    ["I-initial-budget-only", realistic.initialBudgetOnly()],
    ["J-sichuan-project-form", realistic.sichuanProjectForm()],
    ["K-mof-funds-gap-140", realistic.mofProjectFundsGap(140)],
    ["K-mof-funds-gap-140.37", realistic.mofProjectFundsGap(140.37)],
    ["K-mof-funds-gap-140.77", realistic.mofProjectFundsGap(140.77)],
  ];
  const seedLayouts = { plain: seed.layoutPlain, titled: seed.layoutTitled, yuanText: seed.layoutYuanText, fullWidth: seed.layoutFullWidth, totalsBelow: seed.layoutTotalsBelow };
  const example = await (await XlsxPort.open(EXAMPLE_PATH)).readGrid();
  // The seed's budget sheet in each layout, beside the example's info and indicator sheets.
  const others = example.sheets.filter((s) => s.name !== "收支情况表");
  for (const [name, make] of Object.entries(seedLayouts)) out.push([`seed-budget-${name}`, { sheets: [...others, make()] }]);
  out.push(["example-file", example]);
  out.push(["example-built", await (await XlsxPort.fromWorkbook(buildPaitanWorkbook())).readGrid()]);
  out.push(["layout-base", await (await XlsxPort.fromWorkbook(buildLayout(BASE_LAYOUT))).readGrid()]);
  for (const [name, layout] of Object.entries(VARIANTS)) {
    out.push([`layout-${name.replace(/[^\w\u4e00-\u9fff]+/g, "-")}`, await (await XlsxPort.fromWorkbook(buildLayout(layout))).readGrid()]);
  }
  return out;
}

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? "/tmp/zipin-snapshot");
  mkdirSync(dir, { recursive: true });
  const langs: Lang[] = ["zh", "en"];
  let count = 0;
  for (const [name, grid] of await workbooks()) {
    for (const lang of langs) {
      const result = runEngine(grid, { settings: { lang } });
      writeFileSync(join(dir, `${name}.${lang}.json`), JSON.stringify(visible(result), null, 1) + "\n");
      count++;
    }
  }
  // The hand-built evaluations the narrative and render tests start from.
  const evaluations: [string, Evaluation, Lang][] = [
    ["fixture-narrative-paitan.zh", paitanEvaluation("zh"), "zh"],
    ["fixture-narrative-paitan.en", paitanEvaluation("en"), "en"],
    ["fixture-render-default.zh", buildEvaluation(), "zh"],
    ["fixture-render-default.en", buildEvaluation({ settings: { lang: "en" } }), "en"],
  ];
  for (const [name, evaluation, lang] of evaluations) {
    const report = buildReport(evaluation, lang);
    writeFileSync(join(dir, `${name}.json`), JSON.stringify({ report, plan: renderPlan(evaluation, report, lang) }, null, 1) + "\n");
    count++;
  }
  process.stdout.write(`${count} results written to ${dir}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${String(e)}\n`);
  process.exit(1);
});
