/**
 * `zipin evaluate FOLDER/ [-o OUTDIR/] [--summary S.xlsx] [--jobs N] [-r] [--json R.json]`:
 * every workbook in the folder, each evaluated as `zipin evaluate FILE` would be, its output
 * written atomically to OUTDIR as NAME.evaluated.xlsx (subfolders mirrored). One file failing
 * never stops the batch; it is named, with why, on screen, in the summary and in the exit code.
 */
import { promises as fs, existsSync, statSync } from "fs";
import { availableParallelism } from "os";
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from "path";
import type { Lang } from "../../engine/light";
import type { EvaluateCommand } from "../args";
import { textFile, writeAllAtomically, FileWriteError } from "../atomic-file";
import type { PendingFile } from "../atomic-file";
import { fillText } from "../cli-text";
import { BATCH_TEXT } from "./batch-text";
import { batchJson } from "./batch-json";
import { findWorkbooks } from "./find-workbooks";
import type { FileJob, FileOutcome } from "./outcome";
import { runPool } from "./pool";
import { BatchProgress } from "./progress";
import { summaryWorkbook } from "./summary-workbook";

export interface BatchIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** The CLI bundle to re-enter as a worker thread; null evaluates in this thread. */
  workerScript: string | null;
  /** True when stderr is a terminal: the progress bar is drawn there. */
  stderrIsTTY: boolean;
  /** Registers a Ctrl-C handler; returns its removal. Absent in tests. */
  onInterrupt?: (handler: () => void) => () => void;
}

/** The exit code after Ctrl-C, as shells report SIGINT (128 + 2). */
const EXIT_INTERRUPTED = 130;

/** Paths as the user would type them: relative below the working folder, absolute elsewhere. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

/** IN/a/b.xlsx → OUT/a/b.evaluated.xlsx: the single-file default name, under the output folder. */
function batchOutputPath(inputDir: string, outputDir: string, input: string): string {
  const ext = extname(input);
  const outExt = ext.toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
  const rel = relative(inputDir, dirname(input));
  return join(outputDir, rel, `${basename(input, ext)}.evaluated${outExt}`);
}

/** Our own temp files (atomic-file.ts names them .NAME.PID.TIME.N.tmp), left by a write cut short. */
async function removeTempFiles(dirs: Iterable<string>): Promise<void> {
  const ours = new RegExp(`^\\..+\\.${process.pid}\\.\\d+\\.\\d+\\.tmp$`);
  for (const dir of dirs) {
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => ours.test(n)).map((n) => fs.rm(join(dir, n), { force: true })));
  }
}

/** A usage problem the caller reports with exit code 2, or null when the folder run can go ahead. */
export function batchUsageProblem(cmd: EvaluateCommand, io: { cwd: string }, lang: Lang): string | null {
  if (cmd.output === null) return null;
  const out = resolve(io.cwd, cmd.output);
  if (existsSync(out) && !statSync(out).isDirectory()) return fillText(BATCH_TEXT[lang].outputIsFile, { path: cmd.output });
  return null;
}

export async function runBatch(cmd: EvaluateCommand, io: BatchIO): Promise<number> {
  const inputDir = resolve(io.cwd, cmd.input);
  const outputDir = cmd.output === null ? inputDir : resolve(io.cwd, cmd.output);
  const summaryPath = cmd.summary === null ? null : resolve(io.cwd, cmd.summary);
  const jsonPath = cmd.json === null || cmd.json === "-" ? cmd.json : resolve(io.cwd, cmd.json);
  const lang: Lang = cmd.lang ?? "zh";
  const t = BATCH_TEXT[lang];
  const shown = (p: string): string => displayPath(p, io.cwd);
  const human = jsonPath === "-" ? io.stderr : io.stdout;

  const exclude = [outputDir === inputDir ? "" : outputDir, summaryPath ?? "", typeof jsonPath === "string" ? jsonPath : ""].filter((p) => p !== "");
  const inputs = await findWorkbooks(inputDir, { recursive: cmd.recursive, exclude });
  if (inputs.length === 0) {
    const hint = cmd.recursive ? "" : lang === "zh" ? "（要包括子文件夹请加 -r）" : " (add -r to include subfolders)";
    io.stderr(`zipin: ${fillText(t.noWorkbooks, { path: shown(inputDir), hint })}\n`);
    return 1;
  }

  const jobs: FileJob[] = inputs.map((input) => ({
    input,
    output: batchOutputPath(inputDir, outputDir, input),
    lang: cmd.lang,
    values: cmd.values,
    ruleSet: cmd.ruleSet,
    keepJson: jsonPath !== null,
  }));
  const progress = new BatchProgress(jobs.length, lang, {
    lines: human,
    bar: io.stderrIsTTY ? io.stderr : null,
  }, shown);
  const pool = runPool(jobs, {
    jobs: Math.min(cmd.jobs ?? availableParallelism(), jobs.length),
    workerScript: io.workerScript,
    onOutcome: (o) => progress.fileDone(o),
    crashReason: (detail) => fillText(t.reasons.internal, { detail }),
  });

  let removeHandler = (): void => undefined;
  const interrupted = new Promise<"interrupted">((res) => {
    if (io.onInterrupt) removeHandler = io.onInterrupt(() => res("interrupted"));
  });
  const finished = await Promise.race([pool.done, interrupted]);
  removeHandler();
  if (finished === "interrupted") {
    await pool.stop();
    const dirs = new Set(jobs.map((j) => dirname(j.output)));
    if (summaryPath) dirs.add(dirname(summaryPath));
    if (typeof jsonPath === "string" && jsonPath !== "-") dirs.add(dirname(jsonPath));
    await removeTempFiles(dirs);
    progress.finish();
    io.stderr(`zipin: ${t.interrupted}\n`);
    return EXIT_INTERRUPTED;
  }
  // Every file is done: a Ctrl-C now would kill the process mid-way through the summary
  // workbook (Node's default for SIGINT), so it is held until the report is written.
  const hold = io.onInterrupt?.(() => undefined);
  try {
    progress.finish();
    const outcomes = [...finished].sort((a, b) => (a.input < b.input ? -1 : a.input > b.input ? 1 : 0));
    return await report(outcomes, { cmd, io, lang, summaryPath, jsonPath, shown, human });
  } finally {
    hold?.();
  }
}

interface ReportContext {
  cmd: EvaluateCommand;
  io: BatchIO;
  lang: Lang;
  summaryPath: string | null;
  jsonPath: string | null;
  shown: (p: string) => string;
  human: (text: string) => void;
}

async function report(outcomes: FileOutcome[], c: ReportContext): Promise<number> {
  const t = BATCH_TEXT[c.lang];
  const failed = outcomes.filter((o) => o.status !== "evaluated");
  const lines: string[] = [];
  if (failed.length === 0) {
    lines.push(fillText(t.done, { count: outcomes.length }));
  } else {
    lines.push(fillText(t.doneWithFailures, { count: outcomes.length - failed.length, failed: failed.length }));
    for (const o of failed) lines.push(`  ${c.shown(o.input)}: ${o.reason ?? ""}`);
  }

  const files: PendingFile[] = [];
  if (c.summaryPath) {
    const summary = c.summaryPath;
    const wb = summaryWorkbook(outcomes, c.lang, { summary, shown: c.shown });
    files.push({ path: summary, write: async (temp) => wb.xlsx.writeFile(temp) });
  }
  const json = c.jsonPath === null ? null : `${JSON.stringify(batchJson(outcomes, c.summaryPath && c.shown(c.summaryPath), c.shown), null, 2)}\n`;
  if (json !== null && c.jsonPath !== "-") files.push(textFile(c.jsonPath!, json));
  try {
    if (files.length > 0) await writeAllAtomically(files);
  } catch (e) {
    if (!(e instanceof FileWriteError)) throw e;
    c.human(`${lines.join("\n")}\n`);
    const reason = e.reason as { code?: unknown } | null;
    c.io.stderr(`zipin: ${fillText(BATCH_TEXT[c.lang].reasons.unwritable, { path: c.shown(e.path), detail: typeof reason?.code === "string" ? reason.code : String(e.reason) })}\n`);
    return 1;
  }
  if (c.summaryPath) lines.push(fillText(t.summaryWritten, { path: c.shown(c.summaryPath) }));
  if (json !== null && c.jsonPath !== "-") lines.push(fillText(t.jsonWritten, { path: c.shown(c.jsonPath!) }));
  if (json !== null && c.jsonPath === "-") c.io.stdout(json);
  c.human(`${lines.join("\n")}\n`);
  return failed.length === 0 ? 0 : 1;
}
