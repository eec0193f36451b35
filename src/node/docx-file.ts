/** The Word report as one of the files the command line writes all-or-nothing (atomic-file). */
import { promises as fs } from "fs";
import type { Evaluation, Lang, ReportSection } from "../engine";
import { reportDocument } from "../engine";
import { reportDocxBytes } from "../app/report-docx";
import type { PendingFile } from "./atomic-file";

export function docxFile(path: string, evaluation: Evaluation, report: ReportSection[], lang: Lang): PendingFile {
  return { path, write: async (temp) => fs.writeFile(temp, await reportDocxBytes(reportDocument(evaluation, report, lang))) };
}
