/**
 * The zipin command line. `main` takes the arguments and an IO object and returns the exit
 * code, so tests run it in-process; `run` wires it to the real process (bin/zipin.js).
 * Evaluation goes through the same use case as the Excel add-in (evaluateWorkbook).
 */
import { existsSync, realpathSync, statSync } from "fs";
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from "path";
import { version } from "../../package.json";
import { evaluateWorkbook } from "../app/evaluate-workbook";
import type { Lang, Settings } from "../engine/light";
import { countPlaceholders, refToA1 } from "../engine/light";
import { renderTemplatePlan } from "../engine";
import { parseArgs, requestedLang } from "./args";
import type { Command, EvaluateCommand, TemplateCommand } from "./args";
import { FileWriteError, textFile } from "./atomic-file";
import { docxFile } from "./docx-file";
import { CLI_TEXT, fillText } from "./cli-text";
import type { CliText } from "./cli-text";
import { errorLines, summaryLines } from "./summary";
import { BATCH_TEXT } from "./batch/batch-text";
import { startBatchWorkerIfAsked } from "./batch/pool";
import { batchUsageProblem, runBatch } from "./batch/run-batch";
import type { BatchIO } from "./batch/run-batch";
import { InputFileError } from "./xlsx-read";
import { XlsxPort } from "./xlsx-port";

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Relative paths on the command line are resolved against this folder. */
  cwd: string;
  /** ZIPIN_DEBUG=1 adds stack traces to internal errors. */
  env?: Record<string, string | undefined>;
  /** For a folder (batch): the bundle to re-enter as worker threads; absent = one file at a time here. */
  workerScript?: string | null;
  /** For a folder: stderr is a terminal, so a progress bar is drawn there. */
  stderrIsTTY?: boolean;
  /** For a folder: Ctrl-C handling (stop, remove temp files); absent in tests. */
  onInterrupt?: BatchIO["onInterrupt"];
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export const DEFAULT_TEMPLATE_FILE = "zipin-template.xlsx";

/** IN.xlsx → IN.evaluated.xlsx in the same folder (never IN itself). */
export function defaultOutputPath(inputPath: string): string {
  const ext = extname(inputPath);
  const stem = basename(inputPath, ext);
  // A macro-enabled workbook keeps its kind: Excel refuses an .xlsx that declares macros.
  const outExt = ext.toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
  return join(dirname(inputPath), `${stem}.evaluated${outExt}`);
}

/** Paths as the user would type them: relative below the working folder, absolute elsewhere. */
function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

function samePath(a: string, b: string): boolean {
  const real = (p: string): string => (existsSync(p) ? realpathSync(p) : p);
  return resolve(a) === resolve(b) || real(a) === real(b);
}

function println(write: (text: string) => void, lines: string[]): void {
  if (lines.length > 0) write(`${lines.join("\n")}\n`);
}

/** "无法写入 out.xlsx（EACCES）。": the file-system code says enough; the path says which file. */
function writeFailure(t: CliText, e: FileWriteError, shown: (p: string) => string): string {
  // Duck-typed: errors from Node's core are not always `instanceof Error` in this realm (jest).
  const reason = e.reason as { code?: unknown; message?: unknown } | null;
  const detail =
    typeof reason?.code === "string" ? reason.code : typeof reason?.message === "string" ? reason.message : String(reason);
  return `zipin: ${fillText(t.writeFailed, { path: shown(e.path), detail })}`;
}

function usageFailure(io: CliIO, lang: Lang, message: string, command: string | null): number {
  const t = CLI_TEXT[lang];
  const hint = command ? fillText(t.usageHintCommand, { command }) : t.usageHint;
  println(io.stderr, [`zipin: ${message}`, hint]);
  return EXIT.usage;
}

function inputFailure(io: CliIO, lang: Lang, e: InputFileError, shownPath: string): number {
  const t = CLI_TEXT[lang];
  const templates: Record<InputFileError["kind"], string> = {
    notFound: t.inputNotFound,
    isDirectory: t.inputIsDirectory,
    notXlsx: t.inputNotXlsx,
    damaged: t.inputDamaged,
    unreadable: t.inputUnreadable,
  };
  const template = templates[e.kind];
  println(io.stderr, [`zipin: ${fillText(template, { path: shownPath, detail: e.detail })}`, t.nothingWritten]);
  return EXIT.failed;
}

/** A folder to evaluate as a batch; one named like a workbook is still reported as "a folder, not a workbook". */
const isFolder = (path: string): boolean => !/\.xls[xm]$/i.test(path) && existsSync(path) && statSync(path).isDirectory();

/** A folder: every workbook in it (src/node/batch). */
async function runEvaluateFolder(cmd: EvaluateCommand, io: CliIO): Promise<number> {
  const lang: Lang = cmd.lang ?? "zh";
  const problem = batchUsageProblem(cmd, io, lang);
  if (problem !== null) return usageFailure(io, lang, problem, "evaluate");
  return runBatch(cmd, {
    stdout: io.stdout,
    stderr: io.stderr,
    cwd: io.cwd,
    workerScript: io.workerScript ?? null,
    stderrIsTTY: io.stderrIsTTY ?? false,
    onInterrupt: io.onInterrupt,
  });
}

async function runEvaluate(cmd: EvaluateCommand, io: CliIO): Promise<number> {
  const inputPath = resolve(io.cwd, cmd.input);
  if (isFolder(inputPath) && cmd.docx !== null) {
    return usageFailure(io, cmd.lang ?? "zh", CLI_TEXT[cmd.lang ?? "zh"].docxFolder, "evaluate");
  }
  if (isFolder(inputPath)) return runEvaluateFolder(cmd, io);
  const folderOption = cmd.summary !== null ? "--summary" : cmd.jobs !== null ? "--jobs" : cmd.recursive ? "-r" : null;
  if (folderOption !== null) {
    const lang: Lang = cmd.lang ?? "zh";
    return usageFailure(io, lang, fillText(BATCH_TEXT[lang].folderOnly, { option: folderOption }), "evaluate");
  }
  const outputPath = cmd.output ? resolve(io.cwd, cmd.output) : defaultOutputPath(inputPath);
  const jsonPath = cmd.json === null || cmd.json === "-" ? cmd.json : resolve(io.cwd, cmd.json);
  const errLang: Lang = cmd.lang ?? "zh";
  const shown = (p: string): string => displayPath(p, io.cwd);

  if (jsonPath !== null && jsonPath !== "-") {
    const t = CLI_TEXT[errLang];
    if (samePath(jsonPath, inputPath)) return usageFailure(io, errLang, fillText(t.sameAsInput, { path: shown(inputPath) }), "evaluate");
    if (samePath(jsonPath, outputPath)) return usageFailure(io, errLang, fillText(t.jsonSameAsOutput, { path: shown(outputPath) }), "evaluate");
  }
  const docxPath = cmd.docx === null ? null : resolve(io.cwd, cmd.docx);
  if (docxPath !== null && [inputPath, outputPath, jsonPath].some((p) => p !== null && p !== "-" && samePath(docxPath, p))) {
    return usageFailure(io, errLang, fillText(CLI_TEXT[errLang].docxClash, { path: shown(docxPath) }), "evaluate");
  }
  if (extname(inputPath).toLowerCase() === ".xlsm" && extname(outputPath).toLowerCase() !== ".xlsm") {
    // The output is the input's package: its macros and content type come along, which Excel refuses in an .xlsx.
    return usageFailure(io, errLang, fillText(CLI_TEXT[errLang].macroOutput, { path: shown(outputPath) }), "evaluate");
  }

  let port: XlsxPort;
  try {
    port = await XlsxPort.open(inputPath);
  } catch (e) {
    if (e instanceof InputFileError) return inputFailure(io, errLang, e, shown(inputPath));
    throw e;
  }

  const settings: Partial<Settings> = {};
  if (cmd.lang) settings.lang = cmd.lang;
  if (cmd.values) settings.writeFormulas = false;
  if (cmd.ruleSet) settings.ruleSet = cmd.ruleSet;
  const { result } = await evaluateWorkbook(port, { settings });
  const noted = CLI_TEXT[cmd.lang ?? (result.ok ? result.lang : errLang)];
  println(
    io.stderr,
    port.readNotes.map((n) => `zipin: ${fillText(noted.textCut, { cell: refToA1(n.cell) })}`),
  );
  if (!result.ok) {
    println(io.stderr, errorLines(result.errors, errLang, shown(inputPath)));
    return EXIT.failed;
  }

  const lang = cmd.lang ?? result.lang;
  const t = CLI_TEXT[lang];
  // The docx path is an addition to the JSON result (schemaVersion 1 is extended, not changed).
  const jsonResult = docxPath === null ? result.json : { ...result.json, docx: docxPath };
  const json = `${JSON.stringify(jsonResult, null, 2)}\n`;
  const alongside = jsonPath !== null && jsonPath !== "-" ? [textFile(jsonPath, json)] : [];
  if (docxPath !== null) alongside.push(docxFile(docxPath, result.evaluation, result.report, lang));
  try {
    await port.save(outputPath, alongside);
  } catch (e) {
    if (!(e instanceof FileWriteError)) throw e;
    println(io.stderr, [writeFailure(t, e, shown), t.nothingWritten]);
    return EXIT.failed;
  }
  if (jsonPath === "-") io.stdout(json);
  const summary = summaryLines(result.evaluation, lang, {
    output: shown(outputPath),
    json: jsonPath === null || jsonPath === "-" ? jsonPath : shown(jsonPath),
    docx: docxPath === null ? null : shown(docxPath),
    placeholders: countPlaceholders(result.report, lang),
  });
  // With the JSON on stdout, the human summary must not mix into it.
  println(jsonPath === "-" ? io.stderr : io.stdout, summary);
  return EXIT.ok;
}

async function runTemplate(cmd: TemplateCommand, io: CliIO): Promise<number> {
  const lang: Lang = cmd.lang ?? "zh";
  const t = CLI_TEXT[lang];
  const outputPath = resolve(io.cwd, cmd.output ?? DEFAULT_TEMPLATE_FILE);
  const shown = displayPath(outputPath, io.cwd);
  if (!cmd.force && existsSync(outputPath)) {
    println(io.stderr, [`zipin: ${fillText(t.templateExists, { path: shown })}`]);
    return EXIT.failed;
  }
  const port = XlsxPort.create();
  await port.applyPlan(renderTemplatePlan(lang));
  try {
    await port.save(outputPath);
  } catch (e) {
    if (!(e instanceof FileWriteError)) throw e;
    println(io.stderr, [writeFailure(t, e, (p) => displayPath(p, io.cwd))]);
    return EXIT.failed;
  }
  println(io.stdout, [fillText(t.templateWritten, { path: shown })]);
  return EXIT.ok;
}

async function dispatch(cmd: Command, io: CliIO, lang: Lang): Promise<number> {
  switch (cmd.kind) {
    case "help":
      io.stdout(`${fillText(CLI_TEXT[lang].help[cmd.command ?? "main"], { version })}\n`);
      return EXIT.ok;
    case "version":
      io.stdout(`${version}\n`);
      return EXIT.ok;
    case "usageError":
      return usageFailure(io, lang, cmd.message[lang], cmd.command);
    case "evaluate":
      return runEvaluate(cmd, io);
    case "template":
      return runTemplate(cmd, io);
  }
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const lang = requestedLang(argv) ?? "zh";
  try {
    return await dispatch(parseArgs(argv), io, lang);
  } catch (e) {
    // A bug, not a user error: say so briefly; the stack only on request.
    const detail = e instanceof Error ? e.message : String(e);
    println(io.stderr, [`zipin: ${fillText(CLI_TEXT[lang].internalError, { detail })}`]);
    if (io.env?.ZIPIN_DEBUG && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    return EXIT.failed;
  }
}

/** Entry for bin/zipin.js: real argv, stdout/stderr and exit code. */
export function run(): void {
  const io: CliIO = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    // Only the bundle can be re-entered as a worker (from source, under tsx or jest, it cannot).
    workerScript: __filename.endsWith(".cjs") ? __filename : null,
    stderrIsTTY: process.stderr.isTTY === true,
    onInterrupt: (handler) => {
      process.on("SIGINT", handler);
      return () => void process.off("SIGINT", handler);
    },
  };
  // A reader that goes away (`| head`) must not crash a batch mid-write: its lines are dropped.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
  });
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = EXIT.failed;
    },
  );
}

// In a batch's worker thread (the bundle re-entered by src/node/batch/pool.ts), serve files.
startBatchWorkerIfAsked();
