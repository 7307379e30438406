import type { BatonDatabase } from '../db/batonDatabase';
import type { ListedSnapshot } from './snapshotFiles';

/** When a device writes a snapshot (docs/sync-format.md, "Snapshots"). */
export interface SnapshotPolicy {
  /** Write once this many changes are in batches no snapshot in the folder covers… */
  everyChanges: number;
  /** …or once the best snapshot is this old and something is not covered by it. */
  everyMs: number;
}

/**
 * Replaying 50,000 changes from batches takes about as long as starting from a snapshot, so a
 * snapshot sooner only doubles what the team folder holds and uploads (docs/sync-format.md).
 */
export const DEFAULT_SNAPSHOT_POLICY: SnapshotPolicy = {
  everyChanges: 50_000,
  everyMs: 7 * 24 * 60 * 60 * 1000,
};

interface BatchRow {
  deviceId: string;
  seq: number;
  count: number;
  recordedAt: string;
}

/**
 * True when this device should write a snapshot now: measured against the snapshot in the
 * folder (any device's) that leaves the fewest of this database's changes uncovered, so a team
 * writes about one snapshot per period, not one per laptop.
 */
export function snapshotDue(
  db: BatonDatabase,
  snapshots: readonly ListedSnapshot[],
  nowMs: number,
  policy: SnapshotPolicy,
): boolean {
  const rows = db.sqlite
    .prepare(
      `SELECT device_id AS deviceId, seq, change_count AS count, recorded_at AS recordedAt
         FROM sync_batches`,
    )
    .all() as BatchRow[];
  if (rows.length === 0) return false;
  const uncovered = (covers: Readonly<Record<string, number>>) =>
    rows.reduce((n, r) => (r.seq > (covers[r.deviceId] ?? 0) ? n + r.count : n), 0);

  let best: { uncovered: number; since: number } = {
    uncovered: uncovered({}),
    since: rows.reduce((min, r) => Math.min(min, Date.parse(r.recordedAt)), Infinity),
  };
  for (const s of snapshots) {
    const n = uncovered(s.header.covers);
    if (n < best.uncovered) best = { uncovered: n, since: Date.parse(s.header.createdAt) };
  }
  if (best.uncovered === 0) return false;
  return best.uncovered >= policy.everyChanges || nowMs - best.since >= policy.everyMs;
}
