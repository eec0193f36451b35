/**
 * `npm run fuzz`: the fuzz harness of test/fuzz for as long as asked, on a random seed (or the
 * one given), with the large family sizes. Beyond the properties the test suite checks, each
 * case's time and peak memory are held against budgets that grow with the file's cell count,
 * never its area: both are measured on the built command line (dist-cli, rebuilt first) in a
 * process of its own, so the harness's own work is not counted. Prints a table per family.
 *
 *   npm run fuzz -- [--minutes 10] [--seed N] [--runs N] [--size ci|long]
 */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import fc from "fast-check";
import { CI_SIZE, fuzzCase, LONG_SIZE } from "../test/fuzz/generators";
import { exampleBytes } from "../test/fuzz/package-families";
import type { FuzzCase } from "../test/fuzz/generators";
import { checkCase, Finding } from "../test/fuzz/properties";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const minutes = Number(option("minutes") ?? 10);
const seed = Number(option("seed") ?? Date.now() % 2 ** 31);
const runs = Number(option("runs") ?? Number.MAX_SAFE_INTEGER);
const size = option("size") === "ci" ? CI_SIZE : LONG_SIZE;

/**
 * A case may take this long (one run of the command line, process start included): an
 * allowance (10 s, or three times the plain example's time when the machine is that busy)
 * plus a share per cell.
 */
let allowanceMs = 10_000;
const timeBudgetMs = (cells: number): number => allowanceMs + cells * 0.25;
const MEMORY_BUDGET_MB = 1_024;

interface Stats {
  cases: number;
  ok: number;
  failedClearly: number;
  totalMs: number;
  maxMs: number;
  maxCells: number;
  peakRssMb: number;
}

const stats = new Map<string, Stats>();
const ROOT = resolve(__dirname, "..");
/** Preloaded into the measured process: reports its peak resident memory when it exits. */
const RSS_PROBE = join(tmpdir(), "zipin-fuzz-rss-probe.cjs");

/** Runs the built command line on the case's file in a fresh process: wall time and peak RSS. */
function measure(dir: string): { ms: number; rssMb: number } {
  const started = Date.now();
  const child = spawnSync(process.execPath, ["-r", RSS_PROBE, join(ROOT, "bin", "zipin.js"), "evaluate", "in.xlsx", "-o", "measured.xlsx"], {
    cwd: dir,
    encoding: "utf8",
    timeout: 120_000,
  });
  const ms = Date.now() - started;
  const kb = /ZIPIN_FUZZ_RSS (\d+)/.exec(child.stderr ?? "");
  return { ms, rssMb: kb ? Math.round(Number(kb[1]) / 1024) : Number.POSITIVE_INFINITY };
}

async function one(c: FuzzCase): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "zipin-fuzz-"));
  try {
    const outcome = await checkCase(c, dir);
    const { ms, rssMb } = measure(dir);
    const s = stats.get(c.family) ?? { cases: 0, ok: 0, failedClearly: 0, totalMs: 0, maxMs: 0, maxCells: 0, peakRssMb: 0 };
    s.cases += 1;
    if (outcome.exit === 0) s.ok += 1;
    else s.failedClearly += 1;
    s.totalMs += ms;
    s.maxMs = Math.max(s.maxMs, ms);
    s.maxCells = Math.max(s.maxCells, c.cells);
    s.peakRssMb = Math.max(s.peakRssMb, rssMb);
    stats.set(c.family, s);
    if (ms > timeBudgetMs(c.cells)) throw new Finding(c, `took ${ms} ms for about ${c.cells} cells`);
    if (rssMb > MEMORY_BUDGET_MB) throw new Finding(c, `peak memory ${rssMb} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(): void {
  const rows = [...stats.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  console.log("\nfamily          cases  result  message  mean ms  max ms  max cells  peak RSS MB");
  for (const [family, s] of rows) {
    console.log(
      [
        family.padEnd(15),
        String(s.cases).padStart(5),
        String(s.ok).padStart(7),
        String(s.failedClearly).padStart(8),
        String(Math.round(s.totalMs / s.cases)).padStart(8),
        String(s.maxMs).padStart(7),
        String(s.maxCells).padStart(10),
        String(s.peakRssMb).padStart(12),
      ].join(" "),
    );
  }
}

async function mainFuzz(): Promise<void> {
  const build = spawnSync("npm", ["run", "-s", "build:cli"], { cwd: ROOT, stdio: "inherit" });
  if (build.status !== 0) throw new Error("npm run build:cli failed");
  writeFileSync(RSS_PROBE, 'process.on("exit", () => process.stderr.write(`\\nZIPIN_FUZZ_RSS ${process.resourceUsage().maxRSS}\\n`));\n');
  const base = mkdtempSync(join(tmpdir(), "zipin-fuzz-"));
  try {
    writeFileSync(join(base, "in.xlsx"), exampleBytes());
    const baseline = Math.max(...[0, 1, 2].map(() => measure(base).ms));
    allowanceMs = Math.max(allowanceMs, 3 * baseline);
    console.log(`the plain example takes ${baseline} ms; allowance per case ${allowanceMs} ms + 0.25 ms per cell, ${MEMORY_BUDGET_MB} MB`);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
  console.log(`zipin fuzz: seed ${seed}, up to ${minutes} min, sizes ${size === LONG_SIZE ? "long" : "ci"}`);
  const result = await fc.check(fc.asyncProperty(fuzzCase(size), one), {
    seed,
    numRuns: runs,
    interruptAfterTimeLimit: minutes * 60_000,
    markInterruptAsFailure: false,
    endOnFailure: true,
  });
  report();
  if (result.failed) {
    console.log(`\nFINDING (seed ${seed}, path ${result.counterexamplePath ?? "?"}):`);
    console.log(result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance));
    process.exitCode = 1;
  } else {
    console.log(`\n${result.numRuns} cases, no finding.`);
  }
}

void mainFuzz();
