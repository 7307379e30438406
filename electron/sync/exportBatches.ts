import fs from 'node:fs';
import type { Change } from '../../shared/model';
import type { BatonDatabase } from '../db/batonDatabase';
import { encodeBatch } from './batchFormat';
import { seqOfBatchFile, type FolderLayout } from './folderLayout';
import { writeFileOnce } from './sealedFile';
import { appliedCursors, lastRecordedBatch, recordBatch } from './syncState';
import { batchKeyOf } from './teamKeyStore';

/** Big enough for a day of edits, small enough to read and apply well within a second. */
export const MAX_CHANGES_PER_BATCH = 5000;

export interface ExportedBatch {
  file: string;
  seq: number;
  count: number;
}

interface ChangeRow extends Omit<Change, 'value'> {
  value: string;
}

/**
 * Writes this device's changes not exported yet as sealed batch files in its own folder. Own
 * HLCs only grow in commit order, so "after the last exported HLC" is exactly "not exported".
 * Running it again without new changes writes nothing.
 */
export function exportBatches(
  db: BatonDatabase,
  layout: FolderLayout,
  at: string,
): ExportedBatch[] {
  const last = lastRecordedBatch(db, db.deviceId);
  const rows = db.sqlite
    .prepare(
      `SELECT id, entity, entity_id AS entityId, field, value, hlc, device_id AS deviceId,
        actor_id AS actorId, schema_version AS schemaVersion, tx_id AS txId, base
       FROM changes WHERE device_id = ? AND hlc > ? ORDER BY hlc`,
    )
    .all(db.deviceId, last?.lastHlc ?? '') as ChangeRow[];
  if (rows.length === 0) return [];

  // A restored backup may not know batches this device already wrote: never reuse their seq.
  let seq = Math.max(last?.seq ?? 0, highestSeqInFolder(layout, db.deviceId));
  // Export runs before applying teammates' batches, so this is what the device knew when it
  // made these changes (merge rules: an edit made without seeing another is concurrent).
  const knows = Object.fromEntries(appliedCursors(db));
  // An encrypted workspace's files are encrypted (the manifest check vouched for the key).
  const key = batchKeyOf(db);
  const written: ExportedBatch[] = [];
  for (const chunk of chunkByTransaction(rows, MAX_CHANGES_PER_BATCH)) {
    const changes: Change[] = chunk.map((r) => ({ ...r, value: JSON.parse(r.value) as unknown }));
    let encoded: ReturnType<typeof encodeBatch>;
    let file: string;
    // Only this device writes here; another process of it (the CLI) may take a seq meanwhile.
    do {
      seq++;
      encoded = encodeBatch({ deviceId: db.deviceId, seq, createdAt: at, changes, knows, key });
      file = layout.batchFile(db.deviceId, seq);
    } while (!writeFileOnce(file, encoded.bytes));
    // Recorded after the file is safely on disk: a crash in between re-exports the same
    // changes under the next seq, which readers apply as a no-op.
    recordBatch(db, encoded.header, encoded.sha256, at);
    written.push({ file: layout.relative(file), seq, count: changes.length });
  }
  return written;
}

/** Splits at transaction boundaries, so a local transaction always travels in one file. */
export function chunkByTransaction<T extends { txId: string }>(
  rows: readonly T[],
  max: number,
): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  for (const row of rows) {
    const last = current[current.length - 1];
    if (current.length >= max && last !== undefined && last.txId !== row.txId) {
      chunks.push(current);
      current = [];
    }
    current.push(row);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

function highestSeqInFolder(layout: FolderLayout, deviceId: string): number {
  let names: string[];
  try {
    names = fs.readdirSync(layout.batchesDir(deviceId));
  } catch {
    return 0;
  }
  return Math.max(0, ...names.map((n) => seqOfBatchFile(n) ?? 0));
}
