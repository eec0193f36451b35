/**
 * All-or-nothing file writes: write a temp file in the target's folder (same file system, so the
 * rename is atomic), then rename it over the target. A failure never leaves a half-written file.
 */
import { promises as fs } from "fs";
import { basename, dirname, join } from "path";

let counter = 0;

function tempPathFor(path: string): string {
  counter += 1;
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.${counter}.tmp`);
}

/** Names the file that could not be written; `reason` is the file-system error. */
export class FileWriteError extends Error {
  constructor(
    readonly path: string,
    readonly reason: unknown,
  ) {
    super(`cannot write ${path}: ${reason instanceof Error ? reason.message : String(reason)}`);
    this.name = "FileWriteError";
  }
}

export interface PendingFile {
  path: string;
  /** Writes the complete content to the given (temporary) path. */
  write: (tempPath: string) => Promise<void>;
}

/**
 * Writes several files so that either all of them appear or none does: every temp file is
 * written first, and only then renamed into place. (A rename failing after another succeeded
 * is the one gap left; it needs the folder to change under us between two renames.)
 */
export async function writeAllAtomically(files: PendingFile[]): Promise<void> {
  const temps: string[] = [];
  let target = "";
  try {
    for (const f of files) {
      target = f.path;
      const temp = tempPathFor(f.path);
      temps.push(temp);
      await f.write(temp);
    }
    for (let i = 0; i < files.length; i++) {
      target = files[i]!.path;
      await fs.rename(temps[i]!, target);
    }
  } catch (e) {
    await Promise.all(temps.map((t) => fs.rm(t, { force: true })));
    throw new FileWriteError(target, e);
  }
}

export function writeAtomically(path: string, write: (tempPath: string) => Promise<void>): Promise<void> {
  return writeAllAtomically([{ path, write }]);
}

export function textFile(path: string, text: string): PendingFile {
  return { path, write: (temp) => fs.writeFile(temp, text, "utf8") };
}
