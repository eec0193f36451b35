/**
 * The workbooks a batch evaluates: every .xlsx / .xlsm in a folder (and its subfolders with -r),
 * in a stable order, leaving out what is not a unit's input: Excel's lock files (~$…), earlier
 * outputs (*.evaluated.xlsx), hidden files (our own temp files among them), the summary and
 * anything under the output folder.
 */
import { promises as fs } from "fs";
import { join, resolve } from "path";

const WORKBOOK = /\.(xlsx|xlsm)$/i;
const EVALUATED = /\.evaluated\.(xlsx|xlsm)$/i;

function isInputName(name: string): boolean {
  return WORKBOOK.test(name) && !EVALUATED.test(name) && !name.startsWith("~$") && !name.startsWith(".");
}

export interface FindOptions {
  recursive: boolean;
  /** Absolute paths (files or folders) never taken as inputs. */
  exclude: string[];
}

/** Absolute paths, sorted by code point so every run (and every machine) takes them in one order. */
export async function findWorkbooks(folder: string, options: FindOptions): Promise<string[]> {
  const excluded = new Set(options.exclude.map((p) => resolve(p)));
  const found: string[] = [];
  const visit = async (dir: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (excluded.has(path)) continue;
      if (entry.isDirectory()) {
        if (options.recursive && !entry.name.startsWith(".")) await visit(path);
      } else if (isInputName(entry.name)) {
        found.push(path);
      }
    }
  };
  await visit(resolve(folder));
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
