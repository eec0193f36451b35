/**
 * Runs a batch's files on worker threads, one file per worker at a time, handing the next file
 * to whichever worker finishes first. The worker is the command line's own bundle re-entered
 * (see startBatchWorkerIfAsked), so the installed command needs no second file. Without a
 * worker script (tests through ts-jest, or --jobs 1) the files run one after another in this
 * thread, through the same evaluateFile.
 */
import { isMainThread, parentPort, Worker, workerData } from "worker_threads";
import { evaluateFile } from "./evaluate-file";
import { emptyOutcome } from "./outcome";
import type { FileJob, FileOutcome } from "./outcome";

const WORKER_MARK = "zipinBatchWorker";

/** Called at the bundle's top level: in a batch worker, serve jobs; anywhere else, do nothing. */
export function startBatchWorkerIfAsked(): void {
  const data = workerData as Record<string, unknown> | null;
  if (isMainThread || !parentPort || data?.[WORKER_MARK] !== true) return;
  const port = parentPort;
  port.on("message", (job: FileJob) => {
    void evaluateFile(job).then((outcome) => port.postMessage(outcome));
  });
}

export interface PoolOptions {
  jobs: number;
  /** The script to run as a worker (the CLI bundle), or null to evaluate in this thread. */
  workerScript: string | null;
  onOutcome: (outcome: FileOutcome) => void;
  /** A worker that died (out of memory, say) fails its file with this reason. */
  crashReason: (detail: string) => string;
}

export interface RunningPool {
  done: Promise<FileOutcome[]>;
  /** Stops every worker now (Ctrl-C); `done` then settles with what had finished. */
  stop: () => Promise<void>;
}

export function runPool(files: FileJob[], options: PoolOptions): RunningPool {
  const outcomes: FileOutcome[] = [];
  let stopped = false;
  if (options.workerScript === null || options.jobs <= 1 || files.length <= 1) {
    const done = (async () => {
      for (const job of files) {
        if (stopped) break;
        const outcome = await evaluateFile(job);
        outcomes.push(outcome);
        options.onOutcome(outcome);
      }
      return outcomes;
    })();
    return { done, stop: async () => void (stopped = true) };
  }

  const script = options.workerScript;
  const workers = new Set<Worker>();
  let next = 0;
  let finish: (v: FileOutcome[]) => void = () => undefined;
  const done = new Promise<FileOutcome[]>((res) => (finish = res));
  let pending = files.length;

  const record = (outcome: FileOutcome): void => {
    outcomes.push(outcome);
    options.onOutcome(outcome);
    pending -= 1;
    if (pending === 0) finish(outcomes);
  };

  const spawn = (): void => {
    if (stopped || next >= files.length) return;
    const worker = new Worker(script, { workerData: { [WORKER_MARK]: true } });
    workers.add(worker);
    let current: FileJob | null = null;
    const feed = (): void => {
      if (stopped || next >= files.length) {
        current = null;
        workers.delete(worker);
        void worker.terminate();
        return;
      }
      current = files[next++]!;
      worker.postMessage(current);
    };
    worker.on("message", (outcome: FileOutcome) => {
      current = null;
      record(outcome);
      feed();
    });
    const died = (detail: string): void => {
      if (!workers.delete(worker)) return;
      if (current && !stopped) {
        record(emptyOutcome(current, "internal", options.crashReason(detail)));
        current = null;
      }
      spawn();
    };
    worker.on("error", (e) => died(e instanceof Error ? e.message : String(e)));
    worker.on("exit", (code) => died(`exit ${code}`));
    feed();
  };

  for (let i = 0; i < Math.min(options.jobs, files.length); i++) spawn();
  return {
    done,
    stop: async () => {
      stopped = true;
      await Promise.all([...workers].map((w) => w.terminate()));
      workers.clear();
      finish(outcomes);
    },
  };
}
