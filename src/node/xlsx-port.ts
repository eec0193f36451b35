/**
 * The WorkbookPort over an .xlsx file (ExcelJS): what the command line, batch use and the
 * end-to-end tests evaluate through, running the same use case as the add-in.
 */
import ExcelJS from "exceljs";
import type { WorkbookPort } from "../app/port";
import type { Grid } from "../engine/grid";
import type { OutputPlan } from "../engine/plan";
import { loadWorkbook, workbookFromBytes, workbookToGrid } from "./xlsx-read";
import { applyPlanToWorkbook, workbookFile } from "./xlsx-write";
import { writeAllAtomically } from "./atomic-file";
import type { PendingFile } from "./atomic-file";

export class XlsxPort implements WorkbookPort {
  private constructor(
    private workbook: ExcelJS.Workbook,
    /** The file's bytes, to restore the in-memory workbook if a plan fails half-way. */
    private readonly source: Buffer | null,
    /** Where it was read from (for messages), or null for a new workbook. */
    readonly path: string | null,
  ) {}

  /** Opens an existing file; throws InputFileError when it is missing or not an .xlsx. */
  static async open(path: string): Promise<XlsxPort> {
    const { workbook, bytes } = await loadWorkbook(path);
    return new XlsxPort(workbook, bytes, path);
  }

  /** A new empty workbook (for the template). */
  static create(): XlsxPort {
    return new XlsxPort(new ExcelJS.Workbook(), null, null);
  }

  /** A workbook built in memory, taken through an .xlsx round trip so it reads exactly as a file would. */
  static async fromWorkbook(workbook: ExcelJS.Workbook): Promise<XlsxPort> {
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    return new XlsxPort(await workbookFromBytes(bytes, "(memory)"), bytes, null);
  }

  async readGrid(): Promise<Grid> {
    return workbookToGrid(this.workbook);
  }

  async applyPlan(plan: OutputPlan): Promise<void> {
    try {
      applyPlanToWorkbook(this.workbook, plan);
    } catch (e) {
      await this.restore();
      throw e;
    }
  }

  /**
   * Writes the workbook to `path` all-or-nothing (temp file in the same folder, then rename),
   * together with `alongside` files (the JSON result): all of them appear, or none does.
   * The source file is untouched unless `path` names it.
   */
  save(path: string, alongside: PendingFile[] = []): Promise<void> {
    return writeAllAtomically([workbookFile(this.workbook, path), ...alongside]);
  }

  /** The underlying workbook, for tests and the benchmark. */
  get excelWorkbook(): ExcelJS.Workbook {
    return this.workbook;
  }

  private async restore(): Promise<void> {
    this.workbook = this.source
      ? await workbookFromBytes(this.source, this.path ?? "(memory)")
      : new ExcelJS.Workbook();
  }
}
