import fs from 'node:fs';
import path from 'node:path';
import type { BatonDatabase } from '../db/batonDatabase';
import { ROOT_DIR } from './folderLayout';
import { recordSyncRun, type SyncRunOutcome } from './syncSettings';
import { syncFolderAsync, type SyncReport } from './syncFolder';
import { SyncWorkerClient } from './syncWorkerClient';

export interface SyncRunnerOptions {
  /** Quiet time after a local commit or a folder event before a run starts (ms). */
  debounceMs?: number;
  /** Run at the latest this long after the first of a burst that never pauses (ms). */
  maxWaitMs?: number;
  /** Look at the folder this often whatever the watcher says (cloud clients write oddly). */
  pollMs?: number;
  /** Watch the folder for changes (fs.watch, recursive where the platform supports it). */
  watch?: boolean;
  now?: () => number;
  appVersion?: string;
  /** The run itself; injectable for tests (default: in the sync worker thread, see `worker`). */
  run?: (db: BatonDatabase, folder: string) => Promise<SyncReport>;
  /**
   * Run in a worker thread (default) or on this thread, a batch at a time with a turn of the
   * event loop between batches. A test clock (`now`) cannot cross into a worker: with `now`
   * the default is this thread.
   */
  worker?: boolean;
  /** Told after every run, applied or not. */
  onRun?: (outcome: SyncRunOutcome, report: SyncReport | null) => void;
}

export const DEFAULT_DEBOUNCE_MS = 500;
export const DEFAULT_POLL_MS = 30_000;
export const DEFAULT_MAX_WAIT_MS = 5_000;

interface Deferred {
  promise: Promise<SyncRunOutcome>;
  resolve: (o: SyncRunOutcome) => void;
}

function deferred(): Deferred {
  let resolve!: (o: SyncRunOutcome) => void;
  const promise = new Promise<SyncRunOutcome>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * Runs folder sync for one open database and one shared folder: on start, after local commits
 * (debounced; commits that applied teammates' batches are not local and do not count), on
 * file-system events in the folder, on a poll, and on demand. Runs never overlap: a request
 * during a run schedules exactly one more run after it. A run never throws: its outcome (with
 * problems or an error) is recorded in `sync_settings` and returned.
 *
 * The run happens in a worker thread with its own connection (syncWorker.ts), so a long
 * catch-up never holds the thread that answers the windows; the rows it changes are announced
 * on this database's live updates.
 */
export class SyncRunner {
  private readonly debounceMs: number;
  private readonly pollMs: number;
  private next: Deferred | null = null;
  private running: Promise<void> | null = null;
  private debounce: NodeJS.Timeout | null = null;
  private poll: NodeJS.Timeout | null = null;
  private watcher: fs.FSWatcher | null = null;
  private unsubscribe: (() => void) | null = null;
  private stopped = false;
  private runs = 0;
  private readonly abort = new AbortController();
  private readonly maxWaitMs: number;
  private firstPending: number | null = null;
  private worker: SyncWorkerClient | null = null;

  constructor(
    readonly db: BatonDatabase,
    readonly folder: string,
    private readonly options: SyncRunnerOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    this.pollMs = options.pollMs ?? DEFAULT_POLL_MS;
    this.maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  }

  /** How many runs have finished (for status and tests). */
  get runCount(): number {
    return this.runs;
  }

  get isRunning(): boolean {
    return this.running !== null;
  }

  /** Starts the triggers and a first run. */
  start(): void {
    if (this.stopped || this.unsubscribe) return;
    this.unsubscribe = this.db.onCommit((e) => {
      if (e.origin === 'local') this.soon();
    });
    this.poll = setInterval(() => {
      // A watcher lost with the folder (an unplugged drive) is tried again when polling.
      if (!this.watcher && (this.options.watch ?? true)) this.startWatching();
      void this.request();
    }, this.pollMs);
    this.poll.unref();
    if (this.options.watch ?? true) this.startWatching();
    void this.request();
  }

  /**
   * Asks for a run and resolves with the outcome of a run that started after this call: the
   * one already waiting, or a new one.
   */
  request(): Promise<SyncRunOutcome> {
    if (this.stopped) return Promise.resolve(this.outcome(null, 'Sync has stopped'));
    this.next ??= deferred();
    const wanted = this.next.promise;
    if (!this.running) this.running = this.loop();
    return wanted;
  }

  /** Stops every trigger and waits for a run in progress; a waiting run does not start. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort(new Error('Sync has stopped'));
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.debounce) clearTimeout(this.debounce);
    if (this.poll) clearInterval(this.poll);
    this.watcher?.close();
    this.watcher = null;
    await this.running;
    await this.worker?.stop();
    this.worker = null;
  }

  /**
   * A run after `debounceMs` of quiet (local commits and folder events come in bursts), but
   * no later than `maxWaitMs` after the first of them, so steady typing still syncs.
   */
  private soon(): void {
    if (this.stopped) return;
    const now = Date.now();
    this.firstPending ??= now;
    if (this.debounce) clearTimeout(this.debounce);
    const wait = Math.min(this.debounceMs, Math.max(0, this.firstPending + this.maxWaitMs - now));
    this.debounce = setTimeout(() => {
      this.debounce = null;
      this.firstPending = null;
      void this.request();
    }, wait);
  }

  private async loop(): Promise<void> {
    // Let the caller's synchronous code finish (more requests coalesce into this run).
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.next) {
      const waiting = this.next;
      this.next = null;
      if (this.stopped) {
        waiting.resolve(this.outcome(null, 'Sync has stopped'));
        continue;
      }
      waiting.resolve(await this.runOnce());
    }
    this.running = null;
  }

  private async runOnce(): Promise<SyncRunOutcome> {
    let report: SyncReport | null = null;
    let error: string | null = null;
    // While a run applies batches on the sync connection, this one does not checkpoint: a
    // commit here (someone typing) would otherwise copy the run's growing WAL on this thread.
    // The run checkpoints when it is done: in the worker, just after its report.
    const restoreCheckpoints = this.db.isReadOnly ? () => {} : this.db.deferCheckpoints(0);
    try {
      try {
        const run = this.options.run ?? this.defaultRun();
        report = await run(this.db, this.folder);
      } catch (err) {
        error = err instanceof Error ? err.message : String(err);
      }
      const outcome = this.outcome(report, error);
      this.runs++;
      // Stopped mid-run: the database may be closing; the next start runs again anyway.
      if (this.stopped) return outcome;
      try {
        if (!this.db.isReadOnly) recordSyncRun(this.db, outcome);
      } catch (err) {
        console.error('Baton: could not record the sync run', err);
      }
      this.options.onRun?.(outcome, report);
      await this.worker?.settled();
      return outcome;
    } finally {
      restoreCheckpoints();
    }
  }

  private defaultRun(): (db: BatonDatabase, folder: string) => Promise<SyncReport> {
    if (this.options.worker ?? this.options.now === undefined) {
      return (db, folder) => {
        this.worker ??= new SyncWorkerClient(db.dataDir, {
          onApplied: (rows, followed) => {
            if (!this.stopped) db.announceRemote(rows, followed);
          },
        });
        return this.worker.run(folder, this.options.appVersion);
      };
    }
    return (db, folder) =>
      syncFolderAsync(db, folder, {
        now: this.options.now,
        appVersion: this.options.appVersion,
        signal: this.abort.signal,
      });
  }

  private outcome(report: SyncReport | null, error: string | null): SyncRunOutcome {
    return {
      at: new Date((this.options.now ?? Date.now)()).toISOString(),
      exported: report?.exported.length ?? 0,
      applied: report?.applied.length ?? 0,
      parked: report?.parked ?? [],
      problems: report?.problems ?? [],
      error,
    };
  }

  /**
   * Watches the shared folder; events about this device's own folder are our own writes and
   * are ignored. Where watching fails (no recursive watch, the folder is gone), the poll alone
   * keeps sync going.
   */
  private startWatching(): void {
    // Looked up per event: a run may re-identify this device (a cloned data folder).
    const own = () => path.join(ROOT_DIR, 'devices', this.db.deviceId);
    try {
      this.watcher = fs.watch(this.folder, { recursive: true, persistent: false }, (_, name) => {
        const file = name ? path.normalize(String(name)) : '';
        const mine = own();
        if (file === mine || file.startsWith(mine + path.sep)) return;
        this.soon();
      });
      this.watcher.on('error', () => {
        this.watcher?.close();
        this.watcher = null;
      });
    } catch {
      this.watcher = null;
    }
  }
}
