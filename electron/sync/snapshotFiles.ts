import fs from 'node:fs';
import path from 'node:path';
import type { BatonDatabase } from '../db/batonDatabase';
import { DEVICE_ID, isTempFile, numberOfSnapshotFile, type FolderLayout } from './folderLayout';
import { writeFileOnce } from './sealedFile';
import {
  decodeSnapshot,
  decodeSnapshotHeader,
  encodeSnapshot,
  type IndexedBatch,
  type SnapshotDecodeResult,
  type SnapshotHeader,
  type StoredChange,
} from './snapshotFormat';
import type { SyncProblem } from './syncProblem';
import { appliedCursors, lastRecordedBatch } from './syncState';
import { batchKeyOf } from './teamKeyStore';

/** A snapshot file in the shared folder, known by its header (the body is read when used). */
export interface ListedSnapshot {
  deviceId: string;
  number: number;
  path: string;
  /** Relative to the shared folder, for reports. */
  file: string;
  header: SnapshotHeader;
}

/**
 * The snapshots of every device, by header. Files that are not right are reported like
 * batches (a snapshot being downloaded has no header yet: 'incomplete').
 */
export function listSnapshots(layout: FolderLayout, problems: SyncProblem[]): ListedSnapshot[] {
  const listed: ListedSnapshot[] = [];
  for (const deviceId of listDir(layout.devicesDir).sort()) {
    if (!DEVICE_ID.test(deviceId)) continue;
    const dir = layout.snapshotsDir(deviceId);
    for (const name of listDir(dir).sort()) {
      const p = path.join(dir, name);
      const file = layout.relative(p);
      const number = numberOfSnapshotFile(name);
      if (number === null) {
        if (!isTempFile(name)) {
          problems.push({
            kind: 'foreign',
            file,
            message: `${file} is not a file Baton writes: ignored (left in place)`,
          });
        }
        continue;
      }
      const head = readHeader(p);
      if (!head.ok) {
        problems.push({ kind: head.kind, file, message: `${file} ${head.message}` });
        continue;
      }
      if (head.header.deviceId !== deviceId) {
        problems.push({
          kind: 'misplaced',
          file,
          message: `${file} says it is a snapshot of device ${head.header.deviceId}: not used`,
        });
        continue;
      }
      listed.push({ deviceId, number, path: p, file, header: head.header });
    }
  }
  return listed;
}

/** Reads and verifies (in an encrypted workspace: opens) a whole snapshot; a problem names the file. */
export function readSnapshot(
  db: BatonDatabase,
  snapshot: Pick<ListedSnapshot, 'path' | 'file'>,
): SnapshotDecodeResult {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(snapshot.path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    return { ok: false, kind: 'unreadable', message: `${snapshot.file} cannot be read (${code})` };
  }
  const decoded = decodeSnapshot(bytes, batchKeyOf(db));
  return decoded.ok ? decoded : { ...decoded, message: `${snapshot.file} ${decoded.message}` };
}

/**
 * What a snapshot written now would cover: per teammate, the sequence up to which every batch
 * was applied (the cursors), and this device's last exported batch.
 */
export function coverage(db: BatonDatabase): Record<string, number> {
  const covers = Object.fromEntries([...appliedCursors(db)].filter(([, seq]) => seq > 0));
  const own = lastRecordedBatch(db, db.deviceId)?.seq ?? 0;
  if (own > 0) covers[db.deviceId] = own;
  return covers;
}

export interface WrittenSnapshot {
  file: string;
  changes: number;
  batches: number;
  bytes: number;
}

/**
 * Writes a snapshot of this database into this device's own folder: every change it holds,
 * the index of every batch it applied or wrote, and what that covers. Named by the number of
 * batches covered, never replaced (null when a snapshot of that coverage is already there).
 */
export function writeSnapshot(
  db: BatonDatabase,
  layout: FolderLayout,
  at: string,
): WrittenSnapshot | null {
  const covers = coverage(db);
  const number = Object.values(covers).reduce((a, b) => a + b, 0);
  const target = layout.snapshotFile(db.deviceId, number);
  if (number === 0 || fs.existsSync(target)) return null;
  // One read transaction, so the index, the changes and the cursors agree.
  const { batches, changes } = db.sqlite.transaction(() => ({
    batches: db.sqlite
      .prepare(
        `SELECT device_id AS deviceId, seq, first_hlc AS firstHlc, last_hlc AS lastHlc,
          change_count AS count, sha256 FROM sync_batches ORDER BY device_id, seq`,
      )
      .all() as IndexedBatch[],
    changes: db.sqlite
      .prepare(
        `SELECT id, entity, entity_id AS entityId, field, value, hlc, device_id AS deviceId,
          actor_id AS actorId, schema_version AS schemaVersion, tx_id AS txId, base
         FROM changes ORDER BY device_id, hlc`,
      )
      .all() as StoredChange[],
  }))();
  const encoded = encodeSnapshot({
    deviceId: db.deviceId,
    createdAt: at,
    covers,
    batches,
    changes,
    key: batchKeyOf(db),
  });
  if (!writeFileOnce(target, encoded.bytes)) return null;
  return {
    file: layout.relative(target),
    changes: changes.length,
    batches: batches.length,
    bytes: encoded.bytes.length,
  };
}

type HeaderRead =
  { ok: true; header: SnapshotHeader } | { ok: false; kind: SyncProblem['kind']; message: string };

/** The header line from the file's first bytes (a snapshot may be tens of megabytes). */
function readHeader(p: string): HeaderRead {
  let fd: number;
  try {
    fd = fs.openSync(p, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    return { ok: false, kind: 'unreadable', message: `cannot be read (${code})` };
  }
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const n = fs.readSync(fd, chunk, 0, chunk.length, total);
      if (n === 0) break;
      const part = chunk.subarray(0, n);
      const newline = part.indexOf(0x0a);
      if (newline >= 0) {
        chunks.push(part.subarray(0, newline));
        return decodeSnapshotHeader(Buffer.concat(chunks).toString('utf8'));
      }
      chunks.push(part);
      total += n;
      if (total > 4 * 1024 * 1024) break;
    }
    return total === 0
      ? {
          ok: false,
          kind: 'incomplete',
          message: 'is empty (a cloud placeholder not downloaded yet, or cut short)',
        }
      : {
          ok: false,
          kind: 'incomplete',
          message: 'has no complete header line: it is still being written or was cut short',
        };
  } finally {
    fs.closeSync(fd);
  }
}

function listDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}
