/**
 * Benchmark of the command line's pipeline (open → read → engine → apply plan → save) on
 * generated workbooks with 100, 10,000 and 100,000 budget lines and as many indicators, each
 * against ExcelJS alone loading and saving the same file; then a batch of copies of the example
 * (`zipin evaluate FOLDER/` through the built command) against ExcelJS loading and saving those
 * files in one process, divided by the workers; then the task pane's first-screen script (gzip)
 * and first render in headless Chromium. Each measurement runs in its own child process, so its
 * peak RSS is its own. Not a test: it prints the figures and whether each target is met.
 *
 *   npm run bench                          everything (sizes 100, 10,000, 100,000; batch of 1,000)
 *   npm run bench -- 100 5000              chosen sizes only
 *   npm run bench -- --batch 200           a batch of 200 (0 skips it); --no-pane skips the pane
 *
 * "apply" builds the output package (the plan spliced into the input's zip); "save" only writes it.
 * The pane figures need the production build (`npm run build`) and Chromium.
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "os";
import { join } from "path";
import { gzipSync } from "zlib";
import ExcelJS from "exceljs";
import { evaluateWorkbook } from "../src/app/evaluate-workbook";
import type { EvaluateStage } from "../src/app/evaluate-workbook";
import { XlsxPort } from "../src/node/xlsx-port";

const DEFAULT_SIZES = [100, 10_000, 100_000];
const STAGES = ["open", "read", "engine", "apply", "save"] as const;
type Stage = (typeof STAGES)[number];

interface Measurement {
  rows: number;
  fileMB: number;
  ms: Record<Stage, number>;
  /** CPU time of this process per stage (user + system). */
  cpuMs: Record<Stage, number>;
  peakRssMB: number;
  ok: boolean;
  checks: number;
  /** ExcelJS alone: load + save of the same file, in a process of its own. */
  excelJsMs?: number;
}

const ROOT = join(__dirname, "..");

/** The issue's targets (see README "Performance"). */
const TARGET = {
  engineMsAt10k: 300,
  engineMsAt100k: 3000,
  cliRatio: 1.5,
  peakRssMBAt100k: 1500,
  batchRatio: 1.5,
  paneGzipKB: 150,
  paneFirstRenderMs: 1000,
};

/** Amounts in whole 分 (cents), so the generated total is exactly the sum of its items. */
function cents(i: number, salt: number): number {
  return 100_000 + ((i * 7_919 + salt * 104_729) % 9_000_000);
}

/** A budget sheet with one total and rows − 1 items, and an indicator sheet with `rows` indicators. */
function generateWorkbook(rows: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const info = wb.addWorksheet("基本信息");
  info.addRow(["事项", "填写内容"]);
  info.addRow(["单位名称", "基准测试单位"]);
  info.addRow(["年度", 2023]);

  const budget = wb.addWorksheet("收支情况表");
  budget.addRow(["单位：万元"]);
  budget.addRow(["项目", "全年预算数", "全年执行数", "上年执行数"]);
  const items = Math.max(rows - 1, 1);
  let budgetSum = 0;
  let actualSum = 0;
  let priorSum = 0;
  const itemRows: [string, number, number, number][] = [];
  for (let i = 0; i < items; i++) {
    const b = cents(i, 1);
    const a = Math.min(b, cents(i, 2));
    const p = cents(i, 3);
    budgetSum += b;
    actualSum += a;
    priorSum += p;
    itemRows.push([`项目支出第${i + 1}项`, b / 100, a / 100, p / 100]);
  }
  budget.addRow(["支出合计", budgetSum / 100, actualSum / 100, priorSum / 100]);
  for (const r of itemRows) budget.addRow(r);

  const indicators = wb.addWorksheet("绩效指标表");
  indicators.addRow(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]);
  const half = Math.ceil(rows / 2);
  for (let i = 0; i < rows; i++) {
    const level1 = i === 0 ? "产出指标" : i === half ? "效益指标" : null;
    const actual = 90 + (i % 20); // 90…109 of a target of 100: some short, some over
    indicators.addRow([level1, null, `指标${i + 1}`, "≥100个", `${actual}个`, 1, null, actual < 100 ? "进度滞后" : null]);
  }
  return wb;
}

/** ExcelJS alone on a file: what reading and writing it costs before any evaluation. */
async function excelJsLoadSave(input: string, output: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  await wb.xlsx.writeFile(output);
}

async function measureExcelJs(input: string): Promise<number> {
  const t = performance.now();
  await excelJsLoadSave(input, `${input}.exceljs.xlsx`);
  return performance.now() - t;
}

async function measure(rows: number, input: string): Promise<Measurement> {
  const dir = mkdtempSync(join(tmpdir(), "zipin-bench-"));
  try {
    const ms = { open: 0, read: 0, engine: 0, apply: 0, save: 0 };
    // CPU time as well as wall time: on a shared machine the wall clock mostly measures the others.
    const cpuMs = { open: 0, read: 0, engine: 0, apply: 0, save: 0 };
    let cpu = process.cpuUsage();

    let t = performance.now();
    const lap = (stage: Stage): void => {
      const now = performance.now();
      ms[stage] += now - t;
      t = now;
      const used = process.cpuUsage(cpu);
      cpuMs[stage] += (used.user + used.system) / 1000;
      cpu = process.cpuUsage();
      // Progress on stderr, so a slow stage shows while it is still the one running.
      process.stderr.write(`  [${rows.toLocaleString("en")} rows] ${stage} ${(ms[stage] / 1000).toFixed(1)} s\n`);
    };
    const port = await XlsxPort.open(input);
    lap("open");
    // The use case reports when it moves on; each report closes the previous stage.
    const closes: Partial<Record<EvaluateStage, Stage>> = { evaluating: "read", writing: "engine", done: "apply" };
    const { result } = await evaluateWorkbook(port, {}, (stage) => {
      const closed = closes[stage];
      if (closed) lap(closed);
      else {
        t = performance.now();
        cpu = process.cpuUsage();
      }
    });
    if (result.ok) {
      await port.save(join(dir, "out.xlsx"));
      lap("save");
    } else {
      ms.engine += ms.apply;
      ms.apply = 0;
      cpuMs.engine += cpuMs.apply;
      cpuMs.apply = 0;
    }
    return {
      rows,
      fileMB: statSync(input).size / 1e6,
      ms,
      cpuMs,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
      ok: result.ok,
      checks: result.ok ? result.evaluation.checks.length : result.checks.length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs one size in a fresh Node process (same loader flags as this one, e.g. tsx). */
function inChild<T>(args: string[]): T | string {
  const r = spawnSync(process.execPath, [...process.execArgv, __filename, ...args], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (r.status !== 0) return r.signal ? `killed by ${r.signal}` : `exit ${String(r.status)} (see above)`;
  return JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}") as T;
}

/** The pipeline on a generated file, then ExcelJS alone on the same file, each in a fresh process. */
async function measureSize(rows: number): Promise<Measurement | string> {
  const dir = mkdtempSync(join(tmpdir(), "zipin-bench-in-"));
  try {
    const input = join(dir, "in.xlsx");
    await generateWorkbook(rows).xlsx.writeFile(input);
    const m = inChild<Measurement>(["--child", String(rows), input]);
    if (typeof m === "string") return m;
    const base = inChild<{ ms: number }>(["--child-exceljs", input]);
    return typeof base === "string" ? m : { ...m, excelJsMs: base.ms };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : " ".repeat(n - s.length) + s;
}

const totalMs = (m: Measurement): number => STAGES.reduce((a, s) => a + m.ms[s], 0);

function printTable(results: (Measurement | { rows: number; error: string })[]): void {
  const head = ["rows", "file MB", ...STAGES.map((s) => `${s} ms`), "total ms", "ExcelJS ms", "ratio", "engine CPU ms", "µs/row engine CPU", "peak RSS MB", "checks"];
  const lines = [head];
  for (const m of results) {
    if ("error" in m) {
      lines.push([String(m.rows), `failed: ${m.error}`]);
      continue;
    }
    const total = STAGES.reduce((a, s) => a + m.ms[s], 0);
    lines.push([
      m.rows.toLocaleString("en"),
      m.fileMB.toFixed(2),
      ...STAGES.map((s) => m.ms[s].toFixed(0)),
      total.toFixed(0),
      m.excelJsMs === undefined ? "—" : m.excelJsMs.toFixed(0),
      m.excelJsMs === undefined ? "—" : (total / m.excelJsMs).toFixed(2),
      m.cpuMs.engine.toFixed(0),
      ((m.cpuMs.engine * 1000) / m.rows).toFixed(1),
      m.peakRssMB.toFixed(0),
      m.ok ? String(m.checks) : `errors (${m.checks})`,
    ]);
  }
  const widths = head.map((_, i) => Math.max(...lines.map((l) => (l[i] ?? "").length)));
  for (const l of lines) process.stdout.write(`${l.map((c, i) => pad(c, widths[i]!)).join("  ")}\n`);
}

// ---- batch ---------------------------------------------------------------------------------

interface BatchMeasurement {
  files: number;
  workers: number;
  zipinMs: number;
  excelJsMs: number;
  evaluated: number;
}

/** `zipin evaluate FOLDER/` through the built command vs ExcelJS load + save of every file in one process. */
async function measureBatch(files: number): Promise<BatchMeasurement | string> {
  const { writeUnitWorkbooks } = await import("./unit-workbooks");
  const dir = mkdtempSync(join(tmpdir(), "zipin-bench-batch-"));
  try {
    process.stderr.write(`  [batch] writing ${files} unit workbooks\n`);
    await writeUnitWorkbooks(join(dir, "units"), files);
    execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.mjs")], { cwd: ROOT, stdio: "inherit" });
    const workers = availableParallelism();
    process.stderr.write(`  [batch] zipin evaluate units/ --jobs ${workers}\n`);
    const t = performance.now();
    const r = spawnSync(process.execPath, [join(ROOT, "bin", "zipin.js"), "evaluate", "units", "-o", "out", "--jobs", String(workers)], {
      cwd: dir,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const zipinMs = performance.now() - t;
    if (r.status !== 0) return `zipin exit ${String(r.status)}: ${r.stderr.slice(0, 500)}`;
    const evaluated = readdirSync(join(dir, "out")).length;
    process.stderr.write(`  [batch] ExcelJS load + save of the same files, one process\n`);
    const base = inChild<{ ms: number }>(["--child-exceljs-folder", join(dir, "units")]);
    if (typeof base === "string") return base;
    return { files, workers, zipinMs, excelJsMs: base.ms, evaluated };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function excelJsFolder(folder: string): Promise<number> {
  const out = mkdtempSync(join(tmpdir(), "zipin-bench-exceljs-"));
  try {
    const t = performance.now();
    for (const name of readdirSync(folder).sort()) await excelJsLoadSave(join(folder, name), join(out, name));
    return performance.now() - t;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

// ---- task pane -----------------------------------------------------------------------------

interface PaneMeasurement {
  firstScreenGzipKB: number;
  lazyGzipKB: number;
  firstRenderMs: number | null;
  tablesShownMs: number | null;
  note: string | null;
}

const gzipKB = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length / 1024;

/** The scripts taskpane.html loads itself (the first screen), and the chunks it loads on demand. */
async function measurePane(): Promise<PaneMeasurement | string> {
  const dist = join(ROOT, "dist");
  const html = join(dist, "taskpane.html");
  if (!existsSync(html)) return "dist/taskpane.html missing: run `npm run build` first";
  const scripts = [...readFileSync(html, "utf8").matchAll(/<script[^>]*src="([^"]+\.js)"/g)].map((m) => m[1]!).filter((s) => !s.startsWith("http"));
  const firstScreen = scripts.reduce((a, s) => a + gzipKB(join(dist, s.replace(/^\//, ""))), 0);
  const own = new Set(scripts.map((s) => s.replace(/^\//, "")));
  const lazy = readdirSync(dist)
    .filter((f) => f.endsWith(".js") && !own.has(f) && !/^(commands|dialog)\./.test(f))
    .reduce((a, f) => a + gzipKB(join(dist, f)), 0);
  const { chromiumAvailability } = await import("../test/browser/support/chromium");
  const available = chromiumAvailability();
  if (!available.available) return { firstScreenGzipKB: firstScreen, lazyGzipKB: lazy, firstRenderMs: null, tablesShownMs: null, note: available.reason };
  const { startSession } = await import("../test/browser/support/pane-session");
  const { exampleGrid } = await import("../test/browser/support/fixtures");
  const session = await startSession();
  try {
    const grid = await exampleGrid();
    const samples: { render: number; tables: number }[] = [];
    // The first load warms Chromium's caches; the figure is the median of the next three.
    for (let i = 0; i < 4; i++) {
      const page = await session.open("taskpane.html", { grid, displayLanguage: "zh-CN" });
      await page.locator("h1").waitFor();
      const render = (await page.evaluate("performance.now()")) as number;
      await page.locator("li[data-sheet]").first().waitFor();
      const tables = (await page.evaluate("performance.now()")) as number;
      await page.close();
      if (i > 0) samples.push({ render, tables });
    }
    const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    return {
      firstScreenGzipKB: firstScreen,
      lazyGzipKB: lazy,
      firstRenderMs: median(samples.map((s) => s.render)),
      tablesShownMs: median(samples.map((s) => s.tables)),
      note: null,
    };
  } finally {
    await session.close();
  }
}

// ---- report --------------------------------------------------------------------------------

const mark = (ok: boolean): string => (ok ? "met" : "MISSED");

function printTargets(results: (Measurement | { rows: number; error: string })[], batch: BatchMeasurement | string | null, pane: PaneMeasurement | string | null): void {
  const lines: string[] = [];
  const at = (rows: number): Measurement | undefined => results.find((m): m is Measurement => !("error" in m) && m.rows === rows);
  const m10k = at(10_000);
  const m100k = at(100_000);
  const engine = (m: Measurement, rows: number, target: number): string =>
    `engine at ${rows.toLocaleString("en")}: ${m.ms.engine.toFixed(0)} ms wall, ${m.cpuMs.engine.toFixed(0)} ms CPU ` +
    `(target ≤ ${target}) ${mark(m.ms.engine <= target)}`;
  if (m10k) lines.push(engine(m10k, 10_000, TARGET.engineMsAt10k));
  if (m100k) lines.push(engine(m100k, 100_000, TARGET.engineMsAt100k));
  if (m10k && m100k) {
    const growth = m100k.cpuMs.engine / m10k.cpuMs.engine;
    lines.push(`engine CPU growth 10,000 → 100,000: ×${growth.toFixed(1)} (linear: ×10) ${mark(growth <= 12)}`);
  }
  for (const m of [m10k, m100k]) {
    if (!m?.excelJsMs) continue;
    const ratio = totalMs(m) / m.excelJsMs;
    lines.push(`command line / ExcelJS load+save at ${m.rows.toLocaleString("en")}: ${ratio.toFixed(2)} (target ≤ ${TARGET.cliRatio}) ${mark(ratio <= TARGET.cliRatio)}`);
  }
  if (m100k) lines.push(`peak RSS at 100,000: ${m100k.peakRssMB.toFixed(0)} MB (target ≤ ${TARGET.peakRssMBAt100k}) ${mark(m100k.peakRssMB <= TARGET.peakRssMBAt100k)}`);
  if (typeof batch === "string") lines.push(`batch: failed: ${batch}`);
  else if (batch) {
    const per = batch.excelJsMs / batch.workers;
    const ratio = batch.zipinMs / per;
    lines.push(
      `batch of ${batch.files} on ${batch.workers} workers: ${(batch.zipinMs / 1000).toFixed(1)} s, ${batch.evaluated} written; ` +
        `ExcelJS load+save ${(batch.excelJsMs / 1000).toFixed(1)} s / ${batch.workers} = ${(per / 1000).toFixed(1)} s; ` +
        `ratio ${ratio.toFixed(2)} (target ≤ ${TARGET.batchRatio}) ${mark(ratio <= TARGET.batchRatio)}`,
    );
  }
  if (typeof pane === "string") lines.push(`task pane: not measured: ${pane}`);
  else if (pane) {
    lines.push(
      `task pane first screen: ${pane.firstScreenGzipKB.toFixed(1)} KB gzip (target ≤ ${TARGET.paneGzipKB}) ${mark(pane.firstScreenGzipKB <= TARGET.paneGzipKB)}; ` +
        `loaded later: ${pane.lazyGzipKB.toFixed(1)} KB gzip`,
    );
    if (pane.firstRenderMs === null) lines.push(`task pane first render: not measured (${pane.note ?? ""})`);
    else {
      lines.push(
        `task pane first render: ${pane.firstRenderMs.toFixed(0)} ms (target ≤ ${TARGET.paneFirstRenderMs}) ${mark(pane.firstRenderMs <= TARGET.paneFirstRenderMs)}; ` +
          `tables listed at ${(pane.tablesShownMs ?? 0).toFixed(0)} ms`,
      );
    }
  }
  process.stdout.write(`\nTargets\n${lines.map((l) => `  ${l}`).join("\n")}\n`);
}

async function mainBench(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--child") {
    process.stdout.write(`${JSON.stringify(await measure(Number(args[1]), args[2]!))}\n`);
    return;
  }
  if (args[0] === "--child-exceljs") {
    process.stdout.write(`${JSON.stringify({ ms: await measureExcelJs(args[1]!) })}\n`);
    return;
  }
  if (args[0] === "--child-exceljs-folder") {
    process.stdout.write(`${JSON.stringify({ ms: await excelJsFolder(args[1]!) })}\n`);
    return;
  }
  const batchAt = args.indexOf("--batch");
  const sizeArgs = args.filter((a, i) => /^\d+$/.test(a) && (batchAt < 0 || i !== batchAt + 1));
  const sizes = sizeArgs.length > 0 ? sizeArgs.map(Number) : DEFAULT_SIZES;
  const batchFiles = batchAt >= 0 ? Number(args[batchAt + 1]) : sizeArgs.length > 0 ? 0 : 1000;
  const wantPane = !args.includes("--no-pane") && sizeArgs.length === 0;
  const date = new Date().toISOString().slice(0, 16).replace("T", " ");
  process.stdout.write(
    `zipin benchmark, ${date} UTC, Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ` +
      `load average ${loadavg()[0]!.toFixed(1)}; budget lines = indicators = rows\n`,
  );
  const results: (Measurement | { rows: number; error: string })[] = [];
  for (const rows of sizes) {
    const m = await measureSize(rows);
    results.push(typeof m === "string" ? { rows, error: m } : m);
  }
  printTable(results);
  const batch = batchFiles > 0 ? await measureBatch(batchFiles) : null;
  const pane = wantPane ? await measurePane() : null;
  printTargets(results, batch, pane);
}

mainBench().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
