/**
 * What a batch prints while it runs: on a terminal a one-line progress bar (redrawn in place,
 * on stderr) with failures printed above it; elsewhere (a log, a pipe) one plain line per file.
 */
import type { Lang } from "../../engine/light";
import { fillText } from "../cli-text";
import { BATCH_TEXT } from "./batch-text";
import type { FileOutcome } from "./outcome";

const BAR_WIDTH = 24;

export interface ProgressOutput {
  /** Where the per-file lines go (stdout, or stderr when the JSON takes stdout). */
  lines: (text: string) => void;
  /** The terminal the bar is drawn on, or null when stderr is not a terminal. */
  bar: ((text: string) => void) | null;
}

export class BatchProgress {
  private done = 0;

  constructor(
    private readonly total: number,
    private readonly lang: Lang,
    private readonly out: ProgressOutput,
    private readonly shown: (path: string) => string,
  ) {}

  /** The line for one finished file. */
  line(o: FileOutcome): string {
    const t = BATCH_TEXT[this.lang];
    const path = this.shown(o.input);
    if (o.status !== "evaluated") return fillText(t.fileFailed, { path, reason: o.reason ?? "" });
    const detail = fillText(t.fileScore, {
      entity: o.entity ?? "",
      score: o.totalScore === null ? "—" : o.totalScore.toFixed(2),
      grade: o.gradeLabel ?? o.grade ?? "",
    }).trim();
    return fillText(t.fileDone, { path, detail });
  }

  fileDone(o: FileOutcome): void {
    this.done += 1;
    if (!this.out.bar) {
      this.out.lines(`${this.line(o)}\n`);
      return;
    }
    if (o.status !== "evaluated") {
      this.out.bar("\r\x1b[K");
      this.out.lines(`${this.line(o)}\n`);
    }
    this.draw(this.shown(o.input));
  }

  private draw(last: string): void {
    const filled = Math.round((this.done / Math.max(this.total, 1)) * BAR_WIDTH);
    const bar = `${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}`;
    this.out.bar?.(`\r\x1b[K${bar} ${this.done}/${this.total}  ${last}`);
  }

  /** Clears the bar so the closing lines start on a clean line. */
  finish(): void {
    this.out.bar?.("\r\x1b[K");
  }
}
