import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startBackend } from '../electron/backend/startBackend';
import { BatonDatabase } from '../electron/db/batonDatabase';
import { dbFilePath } from '../electron/db/paths';
import { syncFolder } from '../electron/sync';
import { decodeBatch } from '../electron/sync/batchFormat';
import { SyncRunner } from '../electron/sync/syncRunner';
import { SyncWorkerClient } from '../electron/sync/syncWorkerClient';
import { addCampaigns, databaseBytes, demoWorkspace } from './dataset';
import { median, percentile, tempDir, type Measurement } from './lib';

// Folder sync against its budgets (ARCHITECTURE.md, issue 7): a laptop that joined the team,
// went offline while a teammate made ~100,000 changes, and catches up; a routine batch
// afterwards; and how long the app's thread stalls while the worker thread catches up.

const CATCH_UP_RUNS = 3;
const ROUTINE_RUNS = 10;

interface Team {
  shared: string;
  /** B's data folder before the catch-up (copied for each run). */
  behind: string;
  changes: number;
  batches: number;
  cleanup: () => void;
}

export async function teamWithBacklog(): Promise<Team> {
  const shared = tempDir('baton-bench-shared-');
  const a = tempDir('baton-bench-a-');
  const b = tempDir('baton-bench-b-');
  await demoWorkspace(a.dir);
  const dbA = BatonDatabase.open(a.dir, { deviceName: 'Ada' });
  syncFolder(dbA, shared.dir);
  const dbB = BatonDatabase.open(b.dir, { deviceName: 'Ben' });
  syncFolder(dbB, shared.dir);
  dbB.close();
  const before = dbA.sqlite.prepare('SELECT count(*) FROM changes').pluck().get() as number;
  // ~260 change rows per campaign with its past handoffs: 385 of them make ~100,000.
  addCampaigns(dbA, 385, { pastHandoffs: true, perTx: 10 });
  const changes =
    (dbA.sqlite.prepare('SELECT count(*) FROM changes').pluck().get() as number) - before;
  const batches = syncFolder(dbA, shared.dir).exported.length;
  dbA.close();
  a.cleanup();
  return {
    shared: shared.dir,
    behind: b.dir,
    changes,
    batches,
    cleanup: () => {
      shared.cleanup();
      b.cleanup();
    },
  };
}

export function copyOf(dataDir: string): { dir: string; cleanup: () => void } {
  const t = tempDir('baton-bench-copy-');
  fs.copyFileSync(dbFilePath(dataDir), dbFilePath(t.dir));
  return t;
}

export async function benchSync(): Promise<Measurement[]> {
  const team = await teamWithBacklog();
  try {
    // Catch-up, the engine alone on this thread (what the worker thread does).
    // Timed to the report: every change committed and announced to the app. The checkpoint
    // that follows (the WAL copied into the database file) runs after it, on the sync
    // worker's thread, and is reported beside.
    const gauge = decodeGauge(team.shared);
    const catchUps: number[] = [];
    const checkpoints: number[] = [];
    let applied = 0;
    let caughtUp: { dir: string; cleanup: () => void } | null = null;
    for (let i = 0; i < CATCH_UP_RUNS; i++) {
      const copy = copyOf(team.behind);
      const db = BatonDatabase.open(copy.dir);
      const t = performance.now();
      let reportedAt = 0;
      const report = syncFolder(db, team.shared, {
        onReport: () => (reportedAt = performance.now()),
      });
      catchUps.push(reportedAt - t);
      checkpoints.push(performance.now() - reportedAt);
      applied = report.applied.length;
      if (report.problems.length > 0) throw new Error(JSON.stringify(report.problems[0]));
      db.close();
      if (caughtUp) copy.cleanup();
      else caughtUp = copy;
    }

    // The app's thread while the worker catches up: alone (what sync itself costs it), and
    // with a window that reloads the board after each live update, as the board does.
    const quiet = await catchUpInWorker(team, false);
    const busy = await catchUpInWorker(team, true);

    // A routine batch (a teammate's edits to one campaign) on the caught-up laptop.
    const routine = await routineBatches(team.shared, caughtUp!.dir);
    caughtUp!.cleanup();

    return [
      {
        name: `Sync catch-up: ${team.changes.toLocaleString('en-US')} changes in ${team.batches} batches`,
        value: median(catchUps),
        unit: 'ms',
        detail: `n=${CATCH_UP_RUNS} (max ${Math.max(...catchUps).toFixed(0)} ms); ${applied} batches applied; the engine alone, as in the worker, until its report; then a checkpoint of ${median(checkpoints).toFixed(0)} ms after the report; this machine's speed at the time: decoding the batch files alone ${gauge.toFixed(0)} ms (read runs against it: the catch-up moves with it); in the worker ${quiet.runMs.toFixed(0)} ms to the report (once its thread had started: ${quiet.startMs.toFixed(0)} ms, loading TypeScript through tsx)`,
        budget: 2000,
        budgetNote: '100,000 changes',
      },
      {
        name: 'Sync catch-up in the worker: longest stall of the app’s thread',
        value: quiet.stallMs,
        unit: 'ms',
        detail: `event-loop delay p99 ${quiet.p99Ms.toFixed(1)} ms; ${quiet.updates} live updates, no window`,
        budget: 100,
      },
      {
        name: 'Same, with a window reloading the board after each live update',
        value: busy.stallMs,
        unit: 'ms',
        detail: `p99 ${busy.p99Ms.toFixed(1)} ms; ${busy.updates} live updates, each followed by campaigns.list (${busy.cards} cards)`,
        budget: 100,
      },
      {
        name: `Sync: one routine batch (${routine.changes} changes) into ${routine.mb.toFixed(0)} MB`,
        value: median(routine.times),
        unit: 'ms',
        detail: `p95 ${percentile(routine.times, 95).toFixed(1)} ms, n=${ROUTINE_RUNS}; a whole sync run (list, verify, apply, ack)`,
        budget: 100,
      },
    ];
  } finally {
    team.cleanup();
  }
}

/**
 * Decoding every batch file of the folder once, best of three: a fixed piece of CPU work that
 * says how fast this machine runs at the time (a shared 2-core machine drifts by up to 1.8×
 * from hour to hour), printed beside the catch-up so its number can be read against it.
 */
function decodeGauge(shared: string): number {
  const files: string[] = [];
  const devices = path.join(shared, 'baton', 'devices');
  for (const device of fs.readdirSync(devices)) {
    const dir = path.join(devices, device, 'batches');
    if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir)) files.push(path.join(dir, f));
  }
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    for (const f of files) {
      if (!decodeBatch(fs.readFileSync(f)).ok) throw new Error(`${f} does not decode`);
    }
    times.push(performance.now() - t);
  }
  return Math.min(...times);
}

/** One catch-up through the sync worker, measuring the app's thread meanwhile. */
export async function catchUpInWorker(team: Team, window: boolean) {
  const copy = copyOf(team.behind);
  const backend = startBackend({ dataDir: copy.dir });
  let stopWorker = async () => {};
  try {
    const cards = (await backend.client.campaigns.list({})).length; // the board, loaded
    const delay = monitorEventLoopDelay({ resolution: 5 });
    let updates = 0;
    const reloads: Promise<unknown>[] = [];
    const unsubscribe = backend.context.db.onCommit(() => {
      updates++;
      if (window) reloads.push(backend.client.campaigns.list({}));
    });
    // The thread is started first (a run against a folder that is not there): it loads its
    // modules through tsx here, where the app loads the compiled syncWorker.js, so the timed
    // run is the catch-up itself.
    const client = new SyncWorkerClient(copy.dir, {
      onApplied: (rows, followed) => backend.context.db.announceRemote(rows, followed),
    });
    stopWorker = () => client.stop();
    const t0 = performance.now();
    await client.run(path.join(copy.dir, 'no-shared-folder-yet')).catch(() => undefined);
    const startMs = performance.now() - t0;
    const runner = new SyncRunner(backend.context.db, team.shared, {
      watch: false,
      run: (_db, folder) => client.run(folder),
    });
    delay.enable();
    const t = performance.now();
    const outcome = await runner.request();
    const runMs = performance.now() - t;
    await client.settled(); // the worker's checkpoint after its report, still watched
    await Promise.all(reloads); // the window's last reload, before the backend closes
    delay.disable();
    unsubscribe();
    await runner.stop();
    if (outcome.error) throw new Error(outcome.error);
    return {
      runMs,
      startMs,
      stallMs: delay.max / 1e6,
      p99Ms: delay.percentile(99) / 1e6,
      updates,
      cards,
    };
  } finally {
    await stopWorker();
    backend.close();
    copy.cleanup();
  }
}

/** A teammate renames a campaign, fills brief fields and comments; the laptop applies it. */
async function routineBatches(
  shared: string,
  caughtUpDir: string,
): Promise<{ times: number[]; changes: number; mb: number }> {
  const teammate = tempDir('baton-bench-c-');
  const c = startBackend({ dataDir: teammate.dir, deviceName: 'Cy' });
  const laptop = BatonDatabase.open(caughtUpDir);
  try {
    syncFolder(c.context.db, shared); // joins: applies everything once
    const mb = databaseBytes(laptop) / 1048576;
    const cards = await c.client.campaigns.list({});
    const times: number[] = [];
    let changes = 0;
    for (let i = 0; i < ROUTINE_RUNS; i++) {
      const card = cards[i % cards.length]!;
      const detail = await c.client.campaigns.get({ id: card.id });
      await c.client.campaigns.update({ id: card.id, name: `${card.name} (rev ${i})` });
      const current = detail.handoffs.at(-1);
      if (current) {
        const handoffId = current.handoff.id;
        for (const field of current.template.fields
          .filter((f) => f.type === 'text' || f.type === 'long_text')
          .slice(0, 4)) {
          await c.client.handoffs.setField({ handoffId, key: field.key, value: `Routine ${i}` });
        }
        await c.client.handoffs.comment({ handoffId, body: `Looked at it (${i}).` });
      }
      const exported = syncFolder(c.context.db, shared).exported;
      changes = exported.reduce((n, e) => n + e.count, 0);
      const t = performance.now();
      const report = syncFolder(laptop, shared);
      times.push(performance.now() - t);
      if (report.applied.length !== 1)
        throw new Error(`routine batch not applied: ${JSON.stringify(report)}`);
    }
    return { times, changes, mb };
  } finally {
    laptop.close();
    c.close();
    teammate.cleanup();
  }
}

if (process.argv[1] && path.basename(process.argv[1]).startsWith('syncCatchUp')) {
  void benchSync().then((m) => console.table(m));
}
