/**
 * Benchmark of the command line's pipeline (open → read → engine → apply plan → save) on
 * generated workbooks with 100, 10,000 and 100,000 budget lines and as many indicators.
 * Each size runs in its own child process so its peak RSS is its own. Not a test.
 *
 *   npm run bench                 all sizes
 *   npm run bench -- 100 5000     chosen sizes
 *
 * "apply" builds the output package (the plan spliced into the input's zip); "save" only writes it.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
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
  peakRssMB: number;
  ok: boolean;
  checks: number;
}

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

async function measure(rows: number): Promise<Measurement> {
  const dir = mkdtempSync(join(tmpdir(), "zipin-bench-"));
  try {
    const input = join(dir, "in.xlsx");
    await generateWorkbook(rows).xlsx.writeFile(input);
    const ms = { open: 0, read: 0, engine: 0, apply: 0, save: 0 };

    let t = performance.now();
    const lap = (stage: Stage): void => {
      const now = performance.now();
      ms[stage] += now - t;
      t = now;
      // Progress on stderr, so a slow stage shows while it is still the one running.
      process.stderr.write(`  [${rows.toLocaleString("en")} rows] ${stage} ${(ms[stage] / 1000).toFixed(1)} s\n`);
    };
    const port = await XlsxPort.open(input);
    lap("open");
    // The use case reports when it moves on; each report closes the previous stage.
    const closes: Partial<Record<EvaluateStage, Stage>> = { evaluating: "read", writing: "engine", done: "apply" };
    const result = await evaluateWorkbook(port, {}, (stage) => {
      const closed = closes[stage];
      if (closed) lap(closed);
      else t = performance.now();
    });
    if (result.ok) {
      await port.save(join(dir, "out.xlsx"));
      lap("save");
    } else {
      ms.engine += ms.apply;
      ms.apply = 0;
    }
    return {
      rows,
      fileMB: statSync(input).size / 1e6,
      ms,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
      ok: result.ok,
      checks: result.ok ? result.evaluation.checks.length : result.checks.length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs one size in a fresh Node process (same loader flags as this one, e.g. tsx). */
function measureInChild(rows: number): Measurement | string {
  const r = spawnSync(process.execPath, [...process.execArgv, __filename, "--child", String(rows)], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (r.status !== 0) return r.signal ? `killed by ${r.signal}` : `exit ${String(r.status)} (see above)`;
  return JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}") as Measurement;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : " ".repeat(n - s.length) + s;
}

function printTable(results: (Measurement | { rows: number; error: string })[]): void {
  const head = ["rows", "file MB", ...STAGES.map((s) => `${s} ms`), "total ms", "peak RSS MB", "checks"];
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
      m.peakRssMB.toFixed(0),
      m.ok ? String(m.checks) : `errors (${m.checks})`,
    ]);
  }
  const widths = head.map((_, i) => Math.max(...lines.map((l) => (l[i] ?? "").length)));
  for (const l of lines) process.stdout.write(`${l.map((c, i) => pad(c, widths[i]!)).join("  ")}\n`);
}

async function mainBench(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--child") {
    process.stdout.write(`${JSON.stringify(await measure(Number(args[1])))}\n`);
    return;
  }
  const sizes = args.length > 0 ? args.map(Number) : DEFAULT_SIZES;
  process.stdout.write(`zipin pipeline benchmark (Node ${process.version}); budget lines = indicators = rows\n`);
  const results: (Measurement | { rows: number; error: string })[] = [];
  for (const rows of sizes) {
    const m = measureInChild(rows);
    results.push(typeof m === "string" ? { rows, error: m } : m);
  }
  printTable(results);
}

mainBench().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
