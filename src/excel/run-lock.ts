/**
 * One write at a time per workbook, and a record of what the write is doing, both kept in one
 * document setting (Office.context.document.settings, saved into the workbook, so every pane
 * and ribbon command of the document sees it — see docs/office-hardening.md).
 *
 * Why a setting and not a variable: two task panes, or the ribbon's Evaluate and the pane, run
 * in separate runtimes and share nothing but the document. Why a time-out: a runtime can die
 * (pane closed, the ribbon's 5-minute limit, a crash) without releasing it; the record's
 * heartbeat is renewed while the write runs, and a record older than LOCK_TIMEOUT_MS belongs
 * to a dead run. That record then tells the next run which temporary sheets were whose.
 *
 * Document settings are not a transaction: two runs starting in the same instant can both
 * read "free". Each run reads the record back after saving it, and again just before the
 * swap (the first step that touches existing sheets): a run that finds another owner there
 * stops and removes only its own temporary sheets.
 */

export const RUN_RECORD_KEY = "zipin.run";
/** A record whose heartbeat is older than this belongs to a run that died. */
export const LOCK_TIMEOUT_MS = 3 * 60 * 1000;
/** How often a running write renews its heartbeat (at most). */
export const HEARTBEAT_MS = 30 * 1000;

/** What a write records before it creates anything, so a later run can undo what it left. */
export interface RunRecord {
  owner: string;
  startedAt: number;
  heartbeatAt: number;
  /** Names of the sheets it builds the new outputs in (unique to the run). */
  building: string[];
  /** Previous outputs it renames aside while swapping: temporary name → original name and id. */
  aside: Array<{ temp: string; original: string; id: string }>;
  /** Application.calculationMode when the run started (restored by a later run if it was left changed). */
  calculationMode?: string;
}

/** The part of Office.context.document.settings the lock needs, as promises. */
export interface SettingsStore {
  refresh(): Promise<void>;
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  remove(key: string): void;
  save(): Promise<void>;
}

/** Another run holds the lock: the message says since when and until when at the latest. */
export class WorkbookBusyError extends Error {
  override readonly name = "WorkbookBusyError";
  readonly code = "ZipinWorkbookBusy";
  constructor(readonly holder: RunRecord) {
    const until = new Date(holder.heartbeatAt + LOCK_TIMEOUT_MS);
    const hhmm = `${String(until.getHours()).padStart(2, "0")}:${String(until.getMinutes()).padStart(2, "0")}`;
    super(
      `另一次评价正在写入这个工作簿（另一个任务窗格或功能区按钮），请等它结束后再试（最迟 ${hhmm} 后可以重试）。 / ` +
        `Another evaluation is writing to this workbook (another task pane or the ribbon button); try again when it has finished (at the latest after ${hhmm}).`,
    );
  }
}

export function isRunRecord(v: unknown): v is RunRecord {
  if (typeof v !== "object" || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.owner === "string" &&
    typeof r.startedAt === "number" &&
    typeof r.heartbeatAt === "number" &&
    Array.isArray(r.building) &&
    r.building.every((b) => typeof b === "string") &&
    Array.isArray(r.aside) &&
    r.aside.every((a) => typeof a === "object" && a !== null && typeof (a as { temp?: unknown }).temp === "string")
  );
}

/** A short random tag naming a run (in its temporary sheet names and its record). */
export function newRunTag(random: () => number = Math.random): string {
  return Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, "0");
}

export interface HeldLock {
  record: RunRecord;
  /** The record of a dead run found when taking the lock: its leftovers are ours to clean. */
  stale: RunRecord | null;
  /** False when Office refused to save the record (a read-only document): the run goes on unguarded. */
  guarded: boolean;
}

export class RunLock {
  private lastBeat = 0;

  constructor(
    private readonly store: SettingsStore,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Takes the lock for `record` (its owner, names and state); throws WorkbookBusyError when a
   * live run holds it. A record left by a dead run is handed back as `stale`.
   */
  async acquire(record: RunRecord): Promise<HeldLock> {
    try {
      await this.store.refresh();
    } catch {
      // The settings cannot even be read back here: there is no lock to take.
      return { record, stale: null, guarded: false };
    }
    const current = this.store.get(RUN_RECORD_KEY);
    const held = isRunRecord(current) ? current : null;
    if (held && held.owner !== record.owner && this.now() - held.heartbeatAt < LOCK_TIMEOUT_MS) throw new WorkbookBusyError(held);
    this.store.set(RUN_RECORD_KEY, record);
    try {
      await this.store.save();
    } catch {
      // Settings cannot be saved here (read-only, or Office refused): nothing to guard with.
      // Writing still works, and the sheet names alone identify what this run creates.
      return { record, stale: held, guarded: false };
    }
    await this.verify(record);
    this.lastBeat = this.now();
    return { record, stale: held, guarded: true };
  }

  /** Throws WorkbookBusyError unless the saved record is still ours. */
  async verify(record: RunRecord): Promise<void> {
    try {
      await this.store.refresh();
    } catch {
      return; // cannot look: the record saved earlier stands
    }
    const saved = this.store.get(RUN_RECORD_KEY);
    if (isRunRecord(saved) && saved.owner !== record.owner) throw new WorkbookBusyError(saved);
  }

  /**
   * Saves the record again (its names, once known). Throws when Office refuses: nothing has
   * been created yet, and a run must not create what no record describes.
   */
  async update(lock: HeldLock): Promise<void> {
    if (!lock.guarded) return;
    lock.record.heartbeatAt = this.now();
    this.lastBeat = lock.record.heartbeatAt;
    this.store.set(RUN_RECORD_KEY, lock.record);
    await this.store.save();
  }

  /** Renews the heartbeat when HEARTBEAT_MS have passed since the last one. */
  async beat(lock: HeldLock): Promise<void> {
    if (!lock.guarded || this.now() - this.lastBeat < HEARTBEAT_MS) return;
    lock.record.heartbeatAt = this.now();
    this.lastBeat = lock.record.heartbeatAt;
    this.store.set(RUN_RECORD_KEY, lock.record);
    await this.store.save().catch(() => undefined);
  }

  /** Removes the record if it is still ours. Never throws: a lock that stays times out. */
  async release(lock: HeldLock): Promise<void> {
    if (!lock.guarded) return;
    try {
      await this.store.refresh();
      const saved = this.store.get(RUN_RECORD_KEY);
      if (isRunRecord(saved) && saved.owner !== lock.record.owner) return;
      this.store.remove(RUN_RECORD_KEY);
      await this.store.save();
    } catch (e) {
      console.warn("Zipin: could not release the run lock (it times out by itself)", e);
    }
  }
}

type AsyncCallback = (result: { status: string; error?: { message?: string } }) => void;

interface OfficeSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: AsyncCallback): void;
  refreshAsync(callback?: AsyncCallback): void;
}

function callback(resolve: () => void, reject: (e: Error) => void): AsyncCallback {
  return (result) => {
    if (result.status === "succeeded") resolve();
    else reject(new Error(result.error?.message ?? "Office could not access the document settings"));
  };
}

/** The store over Office.context.document.settings (or another runtime's settings, in tests). */
export function officeSettingsStore(settings?: OfficeSettingsLike): SettingsStore {
  const s = (): OfficeSettingsLike => settings ?? (Office.context.document.settings as unknown as OfficeSettingsLike);
  return {
    refresh: () => new Promise((resolve, reject) => s().refreshAsync(callback(resolve, reject))),
    get: (key) => s().get(key),
    set: (key, value) => s().set(key, value),
    remove: (key) => s().remove(key),
    save: () => new Promise((resolve, reject) => s().saveAsync(callback(resolve, reject))),
  };
}
