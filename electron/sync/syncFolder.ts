import fs from 'node:fs';
import { DomainError } from '../../shared/domain';
import type { BatonDatabase } from '../db/batonDatabase';
import { settleDeviceIdentitySteps } from './deviceIdentity';
import { compactOwnFolder, type CompactionPolicy } from './compaction';
import { exportBatches, type ExportedBatch } from './exportBatches';
import { FolderLayout } from './folderLayout';
import { importSteps, type AppliedBatch } from './importBatches';
import { checkWorkspaceManifest, writeAckFile, writeDeviceFile } from './manifests';
import { cryptoReady } from './sodium';
import { catchUpFromSnapshots, type AppliedSnapshot } from './snapshotCatchUp';
import { listSnapshots, writeSnapshot, type WrittenSnapshot } from './snapshotFiles';
import { DEFAULT_SNAPSHOT_POLICY, snapshotDue, type SnapshotPolicy } from './snapshotSchedule';
import type { ParkedBatch, SyncProblem } from './syncProblem';
import { appliedCursors } from './syncState';

export interface SyncReport {
  exported: ExportedBatch[];
  applied: AppliedBatch[];
  parked: ParkedBatch[];
  problems: SyncProblem[];
  /** Snapshots this run started from or took missing batches from (only when any). */
  fromSnapshots?: AppliedSnapshot[];
  /** The snapshot this run wrote (only when it wrote one). */
  snapshotWritten?: WrittenSnapshot;
  /** Files of this device's own folder compaction deleted (only when any). */
  compacted?: string[];
}

export interface SyncOptions {
  /** Wall clock in ms (injectable for tests). */
  now?: () => number;
  /** This Baton's version, told to teammates in `device.json`. */
  appVersion?: string;
  /** `syncFolderAsync` stops between two batches once aborted (each batch is all or nothing). */
  signal?: AbortSignal;
  /** When to write a snapshot (tests make it eager). */
  snapshots?: SnapshotPolicy;
  /** When old files of this device's own folder go (tests shorten it). */
  compaction?: CompactionPolicy;
  /**
   * Told the report as soon as the run's changes are committed, before the checkpoint that
   * copies them from the WAL into the database file (`settleAfterSync`): the sync worker
   * passes it on to the windows without making them wait for housekeeping.
   */
  onReport?: (report: SyncReport) => void;
}

/**
 * One sync with the shared folder: export this device's new changes, then apply teammates'
 * new batches. Problems with files are reported, never thrown; a read-only database (written
 * by a newer Baton) refuses to sync.
 */
export function syncFolder(
  db: BatonDatabase,
  sharedFolder: string,
  options: SyncOptions = {},
): SyncReport {
  const steps = syncSteps(db, sharedFolder, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return settled(db, step.value, options);
  }
}

/**
 * `syncFolder` for a thread that has other work to do (the app's backend): the same run, but
 * other callbacks (requests, timers) run between one batch and the next.
 */
export async function syncFolderAsync(
  db: BatonDatabase,
  sharedFolder: string,
  options: SyncOptions = {},
): Promise<SyncReport> {
  await cryptoReady(); // the steps are synchronous; an encrypted workspace needs libsodium loaded
  const steps = syncSteps(db, sharedFolder, options);
  try {
    for (;;) {
      const step = steps.next();
      if (step.done) return settled(db, step.value, options);
      await new Promise<void>((resolve) => setImmediate(resolve));
      options.signal?.throwIfAborted();
    }
  } finally {
    // Stopped between steps: the run's own `finally` blocks (checkpoint settings) still run.
    steps.return(undefined as never);
  }
}

/**
 * WAL the sync connection lets pile up before checkpointing while it applies batches. A
 * checkpoint copies the pages into the database file and waits for the disk (fsync): a
 * 100k-change catch-up writes ~70 MiB of WAL, and with the earlier bound of 32 MiB one
 * checkpoint fell inside the run, a third of a second the person waited for. One checkpoint
 * after the run copies each page once and runs after the report (`settled`). The bound only
 * keeps a catch-up of many times that from growing the WAL without end.
 */
const SYNC_CHECKPOINT_BYTES = 128 * 1024 * 1024;

/**
 * After a run that wrote anything: the report goes out (`onReport`), then one checkpoint
 * copies what the run left in the WAL into the database file. Left to the app's connection,
 * a large WAL would be checkpointed on the thread that answers the windows, at its next commit.
 */
function settled(db: BatonDatabase, report: SyncReport, options: SyncOptions): SyncReport {
  options.onReport?.(report);
  if (report.applied.length > 0 || report.fromSnapshots) db.checkpoint();
  return report;
}

/** One sync as a generator that pauses after each batch it exported or read. */
export function* syncSteps(
  db: BatonDatabase,
  sharedFolder: string,
  options: SyncOptions = {},
): Generator<void, SyncReport> {
  if (db.readOnlyReason) throw new DomainError('READ_ONLY', db.readOnlyReason);
  const at = new Date((options.now ?? Date.now)()).toISOString();
  const layout = new FolderLayout(sharedFolder);
  const report: SyncReport = { exported: [], applied: [], parked: [], problems: [] };

  // An unplugged drive or an unmounted share: write nothing, or the next run would create a
  // fresh `baton/` where the drive's folder used to be.
  const missing = missingFolderProblem(sharedFolder);
  if (missing) {
    report.problems.push(missing);
    return report;
  }
  const manifest = checkWorkspaceManifest(db, layout, at);
  if (!manifest.ok) {
    report.problems.push(manifest.problem);
    return report;
  }
  // Before exporting: changes of a copied database must not go out under the shared id.
  const identity = yield* settleDeviceIdentitySteps(db, layout, at);
  if (identity) report.problems.push(identity.problem);
  report.exported = exportBatches(db, layout, at);
  if (manifest.workspaceId !== null || report.exported.length > 0) {
    writeDeviceFile(db, layout, {
      at,
      appVersion: options.appVersion ?? null,
      fresh: report.exported.length > 0,
    });
  }
  yield;

  // Snapshots first: batches removed by compaction are taken from them, and a new laptop
  // starts from one instead of replaying every batch.
  let snapshots = listSnapshots(layout, report.problems);
  // Held until the run ends: a commit of this connection after the batches (none is planned)
  // must not checkpoint the run's WAL before the report is out (`settled`).
  const restoreCheckpoints = db.deferCheckpoints(SYNC_CHECKPOINT_BYTES);
  try {
    const fromSnapshots = yield* catchUpFromSnapshots(db, layout, snapshots, at, report.problems);
    const imported = yield* importSteps(db, layout, at);
    if (fromSnapshots.length > 0) report.fromSnapshots = fromSnapshots;
    report.applied = imported.applied;
    report.parked = imported.parked;
    report.problems.push(...imported.problems);
    if (imported.applied.length > 0 || fromSnapshots.length > 0) {
      writeAckFile(db, layout, appliedCursors(db));
    }

    const nowMs = (options.now ?? Date.now)();
    if (snapshotDue(db, snapshots, nowMs, options.snapshots ?? DEFAULT_SNAPSHOT_POLICY)) {
      yield;
      const written = writeSnapshot(db, layout, at);
      if (written) {
        report.snapshotWritten = written;
        snapshots = listSnapshots(layout, []);
      }
    }
    const compacted = compactOwnFolder(db, layout, snapshots, nowMs, options.compaction);
    if (compacted.files.length > 0) report.compacted = compacted.files;
  } finally {
    restoreCheckpoints();
  }
  return report;
}

function missingFolderProblem(sharedFolder: string): SyncProblem | null {
  let code: string;
  try {
    if (fs.statSync(sharedFolder).isDirectory()) return null;
    code = 'ENOTDIR';
  } catch (err) {
    code = (err as NodeJS.ErrnoException).code ?? 'error';
  }
  return {
    kind: 'unreadable',
    file: '.',
    message:
      `The shared folder ${sharedFolder} is not there (${code}): nothing was synced. ` +
      `Reconnect the drive or the cloud folder; sync resumes by itself.`,
  };
}
