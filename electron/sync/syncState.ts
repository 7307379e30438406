import { and, eq, max } from 'drizzle-orm';
import type { BatonDatabase } from '../db/batonDatabase';
import { syncBatches, syncCursors } from '../db/schema';
import type { BatchHeader } from './batchFormat';

/**
 * This database's memory of folder sync (tables `sync_batches`, `sync_cursors`): local
 * bookkeeping like the `device` row, so it is written directly, not through the change log.
 */
export type RecordedBatch = typeof syncBatches.$inferSelect;

export function recordedBatch(
  db: BatonDatabase,
  deviceId: string,
  seq: number,
): RecordedBatch | undefined {
  return db.orm
    .select()
    .from(syncBatches)
    .where(and(eq(syncBatches.deviceId, deviceId), eq(syncBatches.seq, seq)))
    .get();
}

/** The batch with the highest sequence recorded for a device (for this device: last export). */
export function lastRecordedBatch(db: BatonDatabase, deviceId: string): RecordedBatch | undefined {
  const top = db.orm
    .select({ seq: max(syncBatches.seq) })
    .from(syncBatches)
    .where(eq(syncBatches.deviceId, deviceId))
    .get();
  return top?.seq == null ? undefined : recordedBatch(db, deviceId, top.seq);
}

/** Sequences of a device's batches this database has applied or written. */
export function recordedSeqs(db: BatonDatabase, deviceId: string): Set<number> {
  const rows = db.orm
    .select({ seq: syncBatches.seq })
    .from(syncBatches)
    .where(eq(syncBatches.deviceId, deviceId))
    .all();
  return new Set(rows.map((r) => r.seq));
}

export function recordBatch(
  db: BatonDatabase,
  header: BatchHeader,
  sha256: string,
  at: string,
): void {
  db.orm
    .insert(syncBatches)
    .values({
      deviceId: header.deviceId,
      seq: header.seq,
      sha256,
      firstHlc: header.firstHlc,
      lastHlc: header.lastHlc,
      changeCount: header.count,
      recordedAt: at,
    })
    .run();
}

/** Applied sequence per teammate device: every batch up to it has been applied. */
export function appliedCursors(db: BatonDatabase): Map<string, number> {
  const rows = db.orm.select().from(syncCursors).all();
  return new Map(rows.map((r) => [r.deviceId, r.appliedSeq]));
}

/** Moves a device's cursor over every contiguous applied batch after it. */
export function advanceCursor(db: BatonDatabase, deviceId: string, at: string): number {
  const current = appliedCursors(db).get(deviceId) ?? 0;
  const seqs = recordedSeqs(db, deviceId);
  let next = current;
  while (seqs.has(next + 1)) next++;
  if (next !== current) {
    db.orm
      .insert(syncCursors)
      .values({ deviceId, appliedSeq: next, updatedAt: at })
      .onConflictDoUpdate({
        target: syncCursors.deviceId,
        set: { appliedSeq: next, updatedAt: at },
      })
      .run();
  }
  return next;
}
