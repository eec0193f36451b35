/** Shared by the ExcelJS port and CLI tests: temp folders, re-reading written files, small plans. */
import { mkdtempSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { PlannedSheet, PlanCell, RangeFormat } from "../../src/engine/plan";
import type { CellRange } from "../../src/engine/grid";

export function makeTempDir(prefix = "zipin-test-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Files in a folder, hidden ones included (to catch leftover temp files). */
export function filesIn(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** Reads a written file with a fresh ExcelJS instance, as another program would. */
export async function reread(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

export function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`sheet ${name} missing; have ${wb.worksheets.map((w) => w.name).join(", ")}`);
  return ws;
}

export const range = (top: number, left: number, bottom: number, right: number): CellRange => ({ top, left, bottom, right });

export const text = (v: string): PlanCell => ({ t: "text", v });
export const num = (v: number): PlanCell => ({ t: "number", v });
export const formula = (f: string, v: number | string | null): PlanCell => ({ t: "formula", f, v });

export function plannedSheet(name: string, rows: PlanCell[][], extra: Partial<PlannedSheet> = {}): PlannedSheet {
  const formats: RangeFormat[] = [];
  return {
    name,
    rows,
    formats,
    merges: [],
    columnWidths: [],
    freeze: { rows: 0, columns: 0 },
    print: { orientation: "portrait", fitToWidth: true },
    ...extra,
  };
}

/** Every part of an .xlsx package by name, as bytes (what unzipping gives). */
export async function zipParts(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir) parts.set(name, await entry.async("nodebuffer"));
  }
  return parts;
}

/** One part as text; fails the test when the part is missing. */
export function partText(parts: Map<string, Buffer>, name: string): string {
  const part = parts.get(name);
  if (!part) throw new Error(`no part ${name}; have ${[...parts.keys()].join(", ")}`);
  return part.toString("utf8");
}
