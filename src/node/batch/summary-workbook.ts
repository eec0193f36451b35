/**
 * The batch's summary workbook, for the reviewer: sheet 1 a row per file read (sorted by
 * entity), sheet 2 every check of every file, sheet 3 the files that could not be evaluated
 * and why. Each sheet has a frozen header and an autofilter, so it is filtered, not read.
 * Text from the units' workbooks goes in as text cells only: it never becomes a formula.
 */
import ExcelJS from "exceljs";
import { dirname, relative, sep } from "path";
import type { Lang } from "../../engine/light";
import { BATCH_TEXT } from "./batch-text";
import type { FileOutcome } from "./outcome";

/** How many check codes the summary row names. */
const TOP_CODES = 3;

/** "SUM_MISMATCH×2, LOW_EXECUTION": the most frequent codes first, ties by code. */
function topCodes(outcome: FileOutcome, count = TOP_CODES): string {
  const tally = new Map<string, number>();
  for (const c of outcome.checks) tally.set(c.code, (tally.get(c.code) ?? 0) + 1);
  return [...tally.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, count)
    .map(([code, n]) => (n > 1 ? `${code}×${n}` : code))
    .join(", ");
}

const collator = new Intl.Collator("zh-CN");

/** By entity (pinyin order for Chinese names), files without one last; then by file. */
function byEntity(a: FileOutcome, b: FileOutcome): number {
  if (a.entity !== b.entity) {
    if (a.entity === null) return 1;
    if (b.entity === null) return -1;
    const c = collator.compare(a.entity, b.entity);
    if (c !== 0) return c;
  }
  return a.input < b.input ? -1 : a.input > b.input ? 1 : 0;
}

export interface SummaryPaths {
  /** Where the summary is written: hyperlinks are relative to its folder. */
  summary: string;
  /** How a path is shown in the text of a cell. */
  shown: (path: string) => string;
}

/** A link Excel, WPS and LibreOffice all resolve against the summary's own folder. */
function linkTarget(from: string, to: string): string {
  return relative(dirname(from), to).split(sep).join("/");
}

function header(ws: ExcelJS.Worksheet, titles: string[], widths: number[]): void {
  ws.addRow(titles).font = { bold: true };
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 1 }];
  // Printed (or rendered to PDF) as one page wide, the header on every page.
  ws.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" };
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

function filter(ws: ExcelJS.Worksheet, columns: number): void {
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(ws.rowCount, 1), column: columns } };
}

export function summaryWorkbook(outcomes: FileOutcome[], lang: Lang, paths: SummaryPaths): ExcelJS.Workbook {
  const t = BATCH_TEXT[lang];
  const wb = new ExcelJS.Workbook();
  const read = outcomes.filter((o) => o.status !== "unreadable" && o.status !== "internal").sort(byEntity);

  const files = wb.addWorksheet(t.sheets.files);
  header(files, t.filesHeader, [28, 8, 10, 10, 6, 12, 8, 8, 60, 30, 30]);
  for (const o of read) {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const c of o.checks) counts[c.severity] += 1;
    const row = files.addRow([
      o.entity,
      o.year,
      o.formKind ? t.formKinds[o.formKind] : o.status === "evaluated" ? t.formKinds.department : null,
      o.totalScore,
      o.gradeLabel ?? o.grade,
      o.executionRate,
      counts.error,
      counts.warning,
      topCodes(o),
      paths.shown(o.input),
      null,
    ]);
    row.getCell(4).numFmt = "0.00";
    row.getCell(6).numFmt = "0.00%";
    const out = row.getCell(11);
    if (o.output) {
      out.value = { text: paths.shown(o.output), hyperlink: linkTarget(paths.summary, o.output) };
      out.font = { color: { argb: "FF0563C1" }, underline: true };
    } else {
      out.value = t.notWritten;
    }
  }
  filter(files, t.filesHeader.length);

  const checks = wb.addWorksheet(t.sheets.checks);
  header(checks, t.checksHeader, [30, 28, 20, 30, 8, 80]);
  for (const o of read) {
    for (const c of o.checks) {
      checks.addRow([paths.shown(o.input), o.entity, c.cell, c.code, t.severities[c.severity], c.message]);
    }
  }
  filter(checks, t.checksHeader.length);

  const failures = wb.addWorksheet(t.sheets.failures);
  header(failures, t.failuresHeader, [40, 90]);
  for (const o of outcomes) {
    if (o.status !== "evaluated") failures.addRow([paths.shown(o.input), o.reason]);
  }
  filter(failures, t.failuresHeader.length);
  return wb;
}
