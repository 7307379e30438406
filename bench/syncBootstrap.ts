import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BatonDatabase } from '../electron/db/batonDatabase';
import { dbFilePath } from '../electron/db/paths';
import { syncFolder } from '../electron/sync';
import { cachedDataset, type CachedDataset } from './dataset';
import { BENCH_DIR, median, tempDir, type Measurement } from './lib';

const RUNS = 3;
const TSX = path.resolve(BENCH_DIR, '..', 'node_modules', '.bin', 'tsx');
const CHILD_FLAG = '--bootstrap-child';

interface ChildResult {
  syncMs: number;
  /** CPU time of the sync (user + system): what it costs when the machine is not shared. */
  cpuMs: number;
  fromSnapshot: boolean;
  problems: number;
  rssBeforeMb: number;
  peakRssMb: number;
  campaigns: number;
}

/**
 * A new laptop joining a workspace of the big benchmark database (bench/dataset.ts, ≥ 50 MB):
 * the writer exports its batches and writes a snapshot once; then each run is a fresh process
 * with a blank data folder whose first sync starts from that snapshot. Timed: that whole
 * first sync (read, verify, take in, cursors, ack). Peak memory is the child's max RSS.
 */
export function benchSyncBootstrap(dataset: CachedDataset): Measurement[] {
  const writer = tempDir('baton-bench-writer-');
  const shared = tempDir('baton-bench-shared-');
  try {
    // A copy, so the cached database is never touched (syncing records batches in it).
    fs.copyFileSync(dbFilePath(dataset.dataDir), dbFilePath(writer.dir));
    const db = BatonDatabase.open(writer.dir);
    const t = performance.now();
    const written = syncFolder(db, shared.dir, {
      snapshots: { everyChanges: 1, everyMs: Number.MAX_SAFE_INTEGER },
    });
    const writeMs = performance.now() - t;
    db.close();
    const snapshot = written.snapshotWritten;
    if (!snapshot) throw new Error('the writer wrote no snapshot');

    const runs: ChildResult[] = [];
    for (let i = 0; i < RUNS; i++) {
      const fresh = tempDir('baton-bench-new-laptop-');
      try {
        const out = execFileSync(TSX, [__filename, CHILD_FLAG, shared.dir, fresh.dir], {
          encoding: 'utf8',
          maxBuffer: 1 << 20,
        });
        const result = JSON.parse(out.trim().split('\n').pop()!) as ChildResult;
        if (!result.fromSnapshot || result.problems > 0) {
          throw new Error(`the new laptop did not start from the snapshot: ${out}`);
        }
        runs.push(result);
      } finally {
        fresh.cleanup();
      }
    }
    const mb = (bytes: number) => (bytes / 1048576).toFixed(0);
    const syncMs = median(runs.map((r) => r.syncMs));
    return [
      {
        name: `Sync bootstrap: a new laptop's first sync from a snapshot (${mb(dataset.bytes)} MB database, ${mb(snapshot.bytes)} MB snapshot, ${snapshot.changes.toLocaleString('en-US')} changes)`,
        value: syncMs,
        unit: 'ms',
        detail: `p50 of ${RUNS} fresh processes (${runs.map((r) => r.syncMs.toFixed(0)).join(', ')} ms; CPU p50 ${median(runs.map((r) => r.cpuMs)).toFixed(0)} ms); ${runs[0]!.campaigns} campaigns there after`,
        budget: 3000,
        budgetNote: 'bootstrap from a snapshot < 3 s',
      },
      {
        name: 'Sync bootstrap: peak memory of that process (max RSS)',
        value: median(runs.map((r) => r.peakRssMb)),
        unit: 'MB',
        detail: `${median(runs.map((r) => r.rssBeforeMb)).toFixed(0)} MB before the sync (modules loaded, database open)`,
      },
      {
        name: 'Sync snapshot: writing it on the writer (after exporting every batch)',
        value: writeMs,
        unit: 'ms',
        detail: `the writer's first sync: ${written.exported.length} batches exported, then the snapshot`,
      },
    ];
  } finally {
    writer.cleanup();
    shared.cleanup();
  }
}

/** In the child: a blank data folder's first sync with the shared folder. */
function child(sharedDir: string, dataDir: string): void {
  const db = BatonDatabase.open(dataDir);
  const rssBeforeMb = process.memoryUsage().rss / 1048576;
  const t = performance.now();
  const cpu = process.cpuUsage();
  const report = syncFolder(db, sharedDir);
  const syncMs = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const campaigns = db.sqlite.prepare('SELECT count(*) FROM campaigns').pluck().get() as number;
  db.close();
  const result: ChildResult = {
    syncMs,
    cpuMs: (used.user + used.system) / 1000,
    fromSnapshot: report.fromSnapshots?.[0]?.via === 'bootstrap',
    problems: report.problems.length,
    rssBeforeMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    campaigns,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (process.argv[2] === CHILD_FLAG) {
  child(process.argv[3]!, process.argv[4]!);
} else if (require.main === module) {
  // `tsx bench/syncBootstrap.ts`: this benchmark alone.
  void cachedDataset().then((dataset) => {
    for (const m of benchSyncBootstrap(dataset)) {
      console.log(`${m.name}: ${m.value.toFixed(0)} ${m.unit}${m.detail ? ` (${m.detail})` : ''}`);
    }
  });
}
