import { eq } from 'drizzle-orm';
import type { BatonDatabase } from '../db/batonDatabase';
import { device, syncSettings } from '../db/schema';
import type { ParkedBatch, SyncProblem } from './syncProblem';
import { lastRecordedBatch } from './syncState';
import { forgetTeamKey } from './teamKeyStore';

/**
 * This laptop's sync settings (table `sync_settings`, migration 0003): the shared folder and
 * the last run's outcome. Local bookkeeping like the `device` row: written directly, never
 * synced, never in the change log.
 */
export interface SyncSettings {
  folder: string;
  setUpAt: string;
  lastRun: SyncRunOutcome | null;
}

/** What one run of the runner did, kept for `sync.status` and the CLI. */
export interface SyncRunOutcome {
  at: string;
  exported: number;
  applied: number;
  parked: ParkedBatch[];
  problems: SyncProblem[];
  /** Set when the run stopped early (read-only database, an unexpected failure). */
  error: string | null;
}

export function readSyncSettings(db: BatonDatabase): SyncSettings | null {
  const row = db.orm.select().from(syncSettings).where(eq(syncSettings.id, 1)).get();
  if (!row) return null;
  let lastRun: SyncRunOutcome | null = null;
  if (row.lastResult) {
    try {
      lastRun = JSON.parse(row.lastResult) as SyncRunOutcome;
    } catch {
      lastRun = null;
    }
  }
  return { folder: row.folder, setUpAt: row.setUpAt, lastRun };
}

/** Sets (or changes) the shared folder; a new folder forgets the last run's outcome. */
export function saveSyncFolder(db: BatonDatabase, folder: string, at: string): void {
  const current = readSyncSettings(db);
  if (current?.folder === folder) return;
  db.orm
    .insert(syncSettings)
    .values({ id: 1, folder, setUpAt: at, lastRunAt: null, lastResult: null })
    .onConflictDoUpdate({
      target: syncSettings.id,
      set: { folder, setUpAt: at, lastRunAt: null, lastResult: null },
    })
    .run();
}

export function recordSyncRun(db: BatonDatabase, outcome: SyncRunOutcome): void {
  db.orm
    .update(syncSettings)
    .set({ lastRunAt: outcome.at, lastResult: JSON.stringify(outcome) })
    .where(eq(syncSettings.id, 1))
    .run();
}

/**
 * Stops syncing: the folder and the team key are forgotten (joining again asks for the
 * passphrase); what was synced stays, and so do the cursors.
 */
export function clearSyncSettings(db: BatonDatabase): void {
  db.orm.delete(syncSettings).where(eq(syncSettings.id, 1)).run();
  forgetTeamKey(db);
}

export function setDeviceName(db: BatonDatabase, deviceName: string): void {
  db.orm.update(device).set({ deviceName }).where(eq(device.id, 1)).run();
}

/** This device's changes not exported to the shared folder yet. */
export function pendingChangeCount(db: BatonDatabase): number {
  const last = lastRecordedBatch(db, db.deviceId);
  return db.sqlite
    .prepare('SELECT count(*) FROM changes WHERE device_id = ? AND hlc > ?')
    .pluck()
    .get(db.deviceId, last?.lastHlc ?? '') as number;
}
