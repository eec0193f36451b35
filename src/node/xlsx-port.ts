/**
 * The WorkbookPort over an .xlsx file: what the command line, batch use and the end-to-end
 * tests evaluate through, running the same use case as the add-in. Reading goes through
 * ExcelJS; writing splices the plan's sheets into the file's own package (xlsx-splice), so
 * everything else in the file keeps its exact bytes.
 */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import type { WorkbookPort } from "../app/port";
import type { Grid } from "../engine/light";
import type { OutputPlan } from "../engine/light";
import { loadWorkbook, workbookFromBytes, workbookToGrid } from "./xlsx-read";
import type { ReadNote, ReadWorkbook } from "./xlsx-read";
import { emptyWorkbookBytes, splicePlan } from "./xlsx-splice";
import { writeAllAtomically } from "./atomic-file";
import type { PendingFile } from "./atomic-file";

export class XlsxPort implements WorkbookPort {
  private constructor(
    /** The package as it stands (after any applied plan); null = a new workbook with no sheet yet. */
    private bytes: Buffer | null,
    /** The parsed workbook for reading, or null until it is next needed (after a plan was applied). */
    private workbook: ReadWorkbook | null,
    /** Where it was read from (for messages), or null for a new workbook. */
    readonly path: string | null,
  ) {}

  /** What the last readGrid changed in what it read (text cut to Excel's limit), naming cells. */
  readNotes: ReadNote[] = [];

  /** Opens an existing file; throws InputFileError when it is missing or not an .xlsx. */
  static async open(path: string): Promise<XlsxPort> {
    const { workbook, bytes } = await loadWorkbook(path);
    return new XlsxPort(bytes, workbook, path);
  }

  /** A new empty workbook (for the template). */
  static create(): XlsxPort {
    return new XlsxPort(null, { excel: new ExcelJS.Workbook(), sheets: [] }, null);
  }

  /** A workbook built in memory, taken through an .xlsx round trip so it reads exactly as a file would. */
  static async fromWorkbook(workbook: ExcelJS.Workbook): Promise<XlsxPort> {
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    return new XlsxPort(bytes, await workbookFromBytes(bytes, "(memory)"), null);
  }

  /**
   * The grid is a snapshot: the parsed workbook is let go once it is read, since it holds many
   * times the grid's memory and the engine, the splice and the garbage collector would otherwise
   * carry it all the way through (a second read parses the bytes again).
   */
  async readGrid(): Promise<Grid> {
    const workbook =
      this.workbook ??
      (this.bytes
        ? await workbookFromBytes(this.bytes, this.path ?? "(memory)")
        : { excel: new ExcelJS.Workbook(), sheets: [] });
    this.workbook = null;
    const notes: ReadNote[] = [];
    const grid = workbookToGrid(workbook, (n) => notes.push(n));
    this.readNotes = notes;
    return grid;
  }

  /** All or nothing: the new package is built completely before it replaces the current one. */
  async applyPlan(plan: OutputPlan): Promise<void> {
    this.bytes = await splicePlan(this.bytes, plan);
    this.workbook = null;
  }

  /**
   * Writes the workbook to `path` all-or-nothing (temp file in the same folder, then rename),
   * together with `alongside` files (the JSON result): all of them appear, or none does.
   * The source file is untouched unless `path` names it.
   */
  save(path: string, alongside: PendingFile[] = []): Promise<void> {
    const file: PendingFile = {
      path,
      write: async (tempPath) => fs.writeFile(tempPath, this.bytes ?? (await emptyWorkbookBytes())),
    };
    return writeAllAtomically([file, ...alongside]);
  }

  /** The package's current bytes (what `save` writes), for tests and the benchmark. */
  async packageBytes(): Promise<Buffer> {
    return this.bytes ?? emptyWorkbookBytes();
  }
}
