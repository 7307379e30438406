import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FollowedChanges } from '../db/batonDatabase';
import type { EntityName } from '../db/entities';
import type { SyncReport } from './syncFolder';
import type { FromSyncWorker, SyncWorkerData, ToSyncWorker } from './syncWorkerMessages';

type Rows = Partial<Record<EntityName, string[]>>;

export interface SyncWorkerClientOptions {
  /** Told which synced rows the worker changed: at most once per `announceEveryMs`, and at the end of a run. */
  onApplied: (rows: Rows, followed: FollowedChanges[]) => void;
  announceEveryMs?: number;
}

/** How long `stop` waits for the batch being applied before ending the thread. */
const STOP_GRACE_MS = 10_000;

/**
 * The worker beside this module: the JavaScript electron-vite builds next to the app's main
 * bundle, or, where Baton runs from TypeScript through tsx (tests, the CLI, browser mode),
 * the TypeScript file behind tsx's CommonJS hook (a worker does not inherit the loader).
 */
function newWorker(data: SyncWorkerData): Worker {
  if (!__filename.endsWith('.ts')) {
    return new Worker(path.join(__dirname, 'syncWorker.js'), { workerData: data });
  }
  const file = path.join(__dirname, 'syncWorker.ts');
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, {
    eval: true,
    workerData: data,
  });
}

/**
 * Runs folder sync in a worker thread (one per open database, started on the first run).
 * During a long catch-up the thread that answers the windows only receives messages: which
 * rows changed (coalesced, so windows refresh about once a second rather than per batch)
 * and the report.
 */
export class SyncWorkerClient {
  private worker: Worker | null = null;
  private readonly pending = new Map<
    number,
    { resolve: (r: SyncReport) => void; reject: (e: Error) => void }
  >();
  /** Runs reported but still checkpointing (`settled`). */
  private readonly settling = new Map<number, () => void>();
  private nextId = 1;
  private rows: Map<EntityName, Set<string>> = new Map();
  private followed: FollowedChanges[] = [];
  private announceTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly options: SyncWorkerClientOptions,
  ) {}

  /** The worker thread's id while it runs (it starts with the first run, ends with `stop`). */
  get threadId(): number | null {
    return this.worker?.threadId ?? null;
  }

  run(folder: string, appVersion?: string): Promise<SyncReport> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<SyncReport>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.settling.set(id, () => {});
      this.post(worker, { kind: 'run', id, folder, appVersion });
    });
  }

  /**
   * Resolves once every run so far has settled: its report came first, then the worker
   * checkpointed the WAL the run wrote. Until then the app's connection must not checkpoint
   * (it would copy that WAL on the thread that answers the windows).
   */
  settled(): Promise<void> {
    if (this.settling.size === 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const ids = [...this.settling.keys()];
      const last = ids[ids.length - 1]!;
      const previous = this.settling.get(last)!;
      this.settling.set(last, () => {
        previous();
        resolve();
      });
    });
  }

  /** Lets the batch being applied finish, closes the worker's connection and ends the thread. */
  async stop(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    this.post(worker, { kind: 'stop' });
    const timer = setTimeout(() => void worker.terminate(), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  }

  private start(): Worker {
    const worker = newWorker({ dataDir: this.dataDir });
    worker.on('message', (message: FromSyncWorker) => this.receive(message));
    worker.on('error', (err) => this.fail(err));
    worker.on('exit', (code) => {
      this.fail(new Error(`The sync worker stopped (exit code ${code})`));
      this.worker = null;
    });
    this.worker = worker;
    return worker;
  }

  private post(worker: Worker, message: ToSyncWorker): void {
    worker.postMessage(message);
  }

  private receive(message: FromSyncWorker): void {
    if (message.kind === 'settled') {
      // Runs settle in order: this one and any before it.
      for (const [id, done] of this.settling) {
        if (id > message.id) break;
        this.settling.delete(id);
        done();
      }
      return;
    }
    if (message.kind === 'applied') {
      for (const [table, ids] of Object.entries(message.rows) as [EntityName, string[]][]) {
        let set = this.rows.get(table);
        if (!set) this.rows.set(table, (set = new Set()));
        for (const id of ids) set.add(id);
      }
      this.followed.push(message.followed);
      this.announceTimer ??= setTimeout(
        () => this.announce(),
        this.options.announceEveryMs ?? 1000,
      );
      return;
    }
    this.announce();
    const waiting = this.pending.get(message.id);
    this.pending.delete(message.id);
    if (message.kind === 'done') waiting?.resolve(message.report);
    else waiting?.reject(new Error(message.message));
  }

  private announce(): void {
    if (this.announceTimer) clearTimeout(this.announceTimer);
    this.announceTimer = null;
    if (this.rows.size === 0) return;
    const rows: Rows = Object.fromEntries([...this.rows].map(([t, ids]) => [t, [...ids]]));
    const followed = this.followed;
    this.rows = new Map();
    this.followed = [];
    this.options.onApplied(rows, followed);
  }

  private fail(err: Error): void {
    this.announce();
    for (const waiting of this.pending.values()) waiting.reject(err);
    this.pending.clear();
    for (const done of this.settling.values()) done();
    this.settling.clear();
  }
}
