/**
 * One file of a batch: open, evaluate, write its output atomically, and describe what happened
 * as a FileOutcome. Never throws: a batch goes on whatever one file does.
 */
import { promises as fs } from "fs";
import { dirname } from "path";
import { evaluateWorkbook } from "../../app/evaluate-workbook";
import type { Check, Evaluation } from "../../engine/light";
import { refToA1 } from "../../engine/light";
import { gradeText } from "../../app/grade-text";
import type { Lang, Settings } from "../../engine/light";
import { FileWriteError } from "../atomic-file";
import { fillText } from "../cli-text";
import { InputFileError } from "../xlsx-read";
import { XlsxPort } from "../xlsx-port";
import { BATCH_TEXT } from "./batch-text";
import { emptyOutcome } from "./outcome";
import type { FileJob, FileOutcome, OutcomeCheck } from "./outcome";

/** An encrypted (password-protected) .xlsx is an OLE compound file, not a zip: it starts with these bytes. */
const COMPOUND_FILE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

async function isCompoundFile(path: string): Promise<boolean> {
  try {
    const handle = await fs.open(path, "r");
    try {
      const head = Buffer.alloc(COMPOUND_FILE_MAGIC.length);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      return bytesRead === head.length && head.equals(COMPOUND_FILE_MAGIC);
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

async function unreadableReason(e: InputFileError, lang: Lang): Promise<string> {
  const r = BATCH_TEXT[lang].reasons;
  if (e.kind === "notXlsx" && (await isCompoundFile(e.path))) return r.encrypted;
  return fillText(r[e.kind], { detail: e.detail });
}

/** Duck-typed like the single-file CLI: Node's errors are not always `instanceof Error` here. */
function errorDetail(reason: unknown): string {
  const r = reason as { code?: unknown; message?: unknown } | null;
  return typeof r?.code === "string" ? r.code : typeof r?.message === "string" ? r.message : String(reason);
}

function outcomeCheck(c: Check, lang: Lang): OutcomeCheck {
  return { code: c.code, severity: c.severity, message: c.message[lang], cell: c.cell ? refToA1(c.cell) : null };
}

/** The line whose rate stands for the whole budget, as the single-file summary reads it. */
function headlineRate(evaluation: Evaluation): number | null {
  const budget = evaluation.budget;
  const line = budget && budget.headlineIndex !== null ? budget.lines[budget.headlineIndex] : undefined;
  const rate = line?.executionRate;
  return rate && rate.isFinite() ? rate.toNumber() : null;
}

export async function evaluateFile(job: FileJob): Promise<FileOutcome> {
  const errLang: Lang = job.lang ?? "zh";
  try {
    let port: XlsxPort;
    try {
      port = await XlsxPort.open(job.input);
    } catch (e) {
      if (e instanceof InputFileError) return emptyOutcome(job, "unreadable", await unreadableReason(e, errLang));
      throw e;
    }
    const settings: Partial<Settings> = {};
    if (job.lang) settings.lang = job.lang;
    if (job.values) settings.writeFormulas = false;
    if (job.ruleSet) settings.ruleSet = job.ruleSet;
    const { result } = await evaluateWorkbook(port, { settings });
    if (!result.ok) {
      const first = result.errors[0];
      const where = first?.cell ? `${refToA1(first.cell)} ` : "";
      const reason = fillText(BATCH_TEXT[errLang].reasons.checks, {
        count: result.errors.length,
        first: first ? `${where}${first.message[errLang]}` : "",
      });
      return { ...emptyOutcome(job, "rejected", reason), checks: result.checks.map((c) => outcomeCheck(c, errLang)) };
    }
    const lang = job.lang ?? result.lang;
    const evaluation = result.evaluation;
    const evaluated: FileOutcome = {
      input: job.input,
      output: job.output,
      status: "evaluated",
      reason: null,
      entity: result.json.entity,
      year: result.json.year,
      formKind: evaluation.info?.formKind ?? null,
      totalScore: result.json.totalScore,
      grade: result.json.grade,
      gradeLabel: evaluation.grade ? gradeText(evaluation.grade, lang, evaluation.settings.gradeWords) : null,
      executionRate: headlineRate(evaluation),
      checks: evaluation.checks.map((c) => outcomeCheck(c, lang)),
      json: job.keepJson ? result.json : null,
    };
    try {
      await fs.mkdir(dirname(job.output), { recursive: true });
      await port.save(job.output);
    } catch (e) {
      const detail = errorDetail(e instanceof FileWriteError ? e.reason : e);
      const reason = fillText(BATCH_TEXT[lang].reasons.unwritable, { path: job.output, detail });
      return { ...evaluated, output: null, status: "unwritable", reason };
    }
    return evaluated;
  } catch (e) {
    return emptyOutcome(job, "internal", fillText(BATCH_TEXT[errLang].reasons.internal, { detail: errorDetail(e) }));
  }
}

