import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BatonDatabase } from '../db/batonDatabase';
import { decodeBatch } from './batchFormat';
import { DEVICE_ID, seqOfBatchFile, type FolderLayout } from './folderLayout';
import type { SyncProblem } from './syncProblem';
import { advanceCursor } from './syncState';
import { batchKeyOf } from './teamKeyStore';

/**
 * Two databases writing as one device: a data folder copied to a second laptop, a laptop
 * restored from another's backup, a backup of this laptop restored after it had synced more.
 * Each copy skips its own device's batches when importing, so without this neither would ever
 * receive what the other exported, and their batches would take each other's sequences.
 *
 * Evidence, read from this device's own batch folder before anything is exported:
 * - a batch under a sequence this database wrote whose seal is not the one it recorded (the
 *   other copy wrote that sequence and the cloud kept its file), or
 * - a batch under a sequence this database never wrote holding a change it does not have (the
 *   other copy exported it). A batch of changes it does have is its own: another process of
 *   this database between writing the file and recording it, or a crash in between.
 *
 * An instance token in the database would not do: copying the data folder copies the token.
 *
 * The copy that finds evidence takes a new device id. Its changes that reached the folder in
 * its own, intact batches stay under the old id (everyone, the other copy included, has or
 * will read them there); its changes nobody can receive (not exported yet, or in a batch the
 * other copy's file replaced) move to the new id and are exported as the new device. The old
 * id's folder becomes a teammate's: the other copy's batches are applied here like anyone's.
 */
export interface Reidentified {
  previousId: string;
  deviceId: string;
  /** Changes moved to the new id (exported by this run as the new device). */
  restamped: number;
  problem: SyncProblem;
}

/** Seals of own batch files already found intact by this process, by path (size:mtime:seal). */
const checkedFiles = new Map<string, string>();

/** Files read (seal or whole batch) between two pauses of `settleDeviceIdentitySteps`. */
const READS_PER_STEP = 100;

/**
 * Looks for another copy of this database writing as this device and, when found, moves this
 * database to a new device id. Returns what it did, reported like a problem so a person sees it.
 */
export function settleDeviceIdentity(
  db: BatonDatabase,
  layout: FolderLayout,
  at: string,
): Reidentified | null {
  const steps = settleDeviceIdentitySteps(db, layout, at);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `settleDeviceIdentity` pausing every 100 files it reads: a laptop's first sync after start
 * reads the seal of each of its own batches once (about 0.1 ms each), and the backend's
 * thread keeps answering in between (see syncFolderAsync).
 */
export function* settleDeviceIdentitySteps(
  db: BatonDatabase,
  layout: FolderLayout,
  at: string,
): Generator<void, Reidentified | null> {
  const previousId = db.deviceId;
  const evidence = yield* findCloneEvidence(db, layout);
  if (evidence === null) return null;

  const deviceId = freshDeviceId(layout);
  let restamped = 0;
  const moved = db.reidentify(deviceId, (oldId) => {
    restamped = restampUnshared(db, oldId, deviceId, evidence.lostSeqs);
    // The old id is a teammate's from now on: its cursor covers the batches this copy holds.
    advanceCursor(db, oldId, at);
  });
  if (!moved) return null;
  const file = evidence.file;
  return {
    previousId,
    deviceId,
    restamped,
    problem: {
      kind: 'reidentified',
      file,
      message:
        `This laptop's database is a copy of another device's (${file} was written by the other ` +
        `copy as device ${previousId}). This laptop now syncs as device ${deviceId}: ` +
        `${restamped} change${restamped === 1 ? '' : 's'} only it held go out under the new id, ` +
        `and the other copy's batches are applied here like a teammate's. Nothing was lost.`,
    },
  };
}

interface CloneEvidence {
  /** The first file showing another writer (relative to the shared folder). */
  file: string;
  /** Sequences this database wrote whose file in the folder is the other copy's. */
  lostSeqs: number[];
}

function* findCloneEvidence(
  db: BatonDatabase,
  layout: FolderLayout,
): Generator<void, CloneEvidence | null> {
  const dir = layout.batchesDir(db.deviceId);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return null;
  }
  const recorded = new Map(
    (
      db.sqlite
        .prepare('SELECT seq, sha256 FROM sync_batches WHERE device_id = ?')
        .all(db.deviceId) as { seq: number; sha256: string }[]
    ).map((r) => [r.seq, r.sha256]),
  );
  const lostSeqs: number[] = [];
  let first: string | null = null;
  let reads = 0;
  let pausedAt = 0;
  const read = () => void reads++;
  for (const name of names.sort()) {
    const seq = seqOfBatchFile(name);
    if (seq === null) continue;
    const file = path.join(dir, name);
    const mine = recorded.get(seq);
    const foreign =
      mine === undefined ? holdsUnknownChange(db, file, read) : sealDiffers(file, mine, read);
    if (reads - pausedAt >= READS_PER_STEP) {
      pausedAt = reads;
      yield;
    }
    if (!foreign) continue;
    first ??= layout.relative(file);
    if (mine !== undefined) lostSeqs.push(seq);
  }
  return first === null ? null : { file: first, lostSeqs };
}

/** A sealed own batch this database did not write, holding a change it does not have. */
function holdsUnknownChange(db: BatonDatabase, file: string, read: () => void): boolean {
  read();
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return false;
  }
  const decoded = decodeBatch(bytes, batchKeyOf(db));
  // Incomplete, damaged or sealed with another key: every other device's importer reports it;
  // not evidence here.
  if (!decoded.ok) return false;
  const held = db.sqlite.prepare('SELECT 1 FROM changes WHERE id = ?').pluck();
  return decoded.batch.changes.some((c) => held.get(c.id) === undefined);
}

/** The file's seal line differs from the one recorded when this database wrote it. */
function sealDiffers(file: string, recordedSeal: string, read: () => void): boolean {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return false;
  }
  const key = `${stat.size}:${stat.mtimeMs}:${recordedSeal}`;
  if (checkedFiles.get(file) === key) return false;
  read();
  const seal = readSeal(file, stat.size);
  // No seal yet: a cloud client still writing it; looked at again next time.
  if (seal === null) return false;
  if (seal === recordedSeal) {
    checkedFiles.set(file, key);
    return false;
  }
  return true;
}

/** The last line's `{"seal":"<hex>"}`, read from the end of the file only. */
function readSeal(file: string, size: number): string | null {
  const length = Math.min(size, 256);
  const tail = Buffer.alloc(length);
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    fs.readSync(fd, tail, 0, length, size - length);
  } catch {
    return null;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  const m = /\{"seal":"([0-9a-f]{64})"\}\n$/.exec(tail.toString('utf8'));
  return m ? m[1]! : null;
}

/** A random id no device folder in the shared folder uses yet. */
function freshDeviceId(layout: FolderLayout): string {
  for (;;) {
    const id = crypto.randomBytes(8).toString('hex');
    if (DEVICE_ID.test(id) && !fs.existsSync(layout.deviceDir(id))) return id;
  }
}

/**
 * Moves to `newId` every change of `oldId` that is in no intact exported batch: those after the
 * last batch this database wrote, and those of the batches the other copy's files replaced
 * (each batch holds a contiguous HLC range of this device's changes). Their HLCs keep time and
 * counter and take the new id as node. Handoff events created by those changes name the
 * device they were recorded on: that becomes the new id too.
 */
function restampUnshared(
  db: BatonDatabase,
  oldId: string,
  newId: string,
  lostSeqs: number[],
): number {
  const s = db.sqlite;
  const last = s
    .prepare('SELECT max(last_hlc) FROM sync_batches WHERE device_id = ?')
    .pluck()
    .get(oldId) as string | null;
  const ranges = lostSeqs.map(
    (seq) =>
      s
        .prepare(
          'SELECT first_hlc AS first, last_hlc AS last FROM sync_batches WHERE device_id = ? AND seq = ?',
        )
        .get(oldId, seq) as { first: string; last: string },
  );
  // The other copy's file stands under these sequences: apply it like a teammate's batch.
  const forget = s.prepare('DELETE FROM sync_batches WHERE device_id = ? AND seq = ?');
  for (const seq of lostSeqs) forget.run(oldId, seq);

  const restamp = (where: string, ...params: string[]) =>
    s
      .prepare(
        `UPDATE changes SET device_id = ?, hlc = substr(hlc, 1, length(hlc) - length(?)) || ?
         WHERE device_id = ? AND hlc LIKE '%-' || ? AND ${where}`,
      )
      .run(newId, oldId, newId, oldId, oldId, ...params).changes;
  let moved = restamp('hlc > ?', last ?? '');
  for (const r of ranges) moved += restamp('hlc BETWEEN ? AND ?', r.first, r.last);

  const oldValue = JSON.stringify(oldId);
  const newValue = JSON.stringify(newId);
  s.prepare(
    `UPDATE handoff_events SET device_id = ? WHERE device_id = ? AND id IN (
       SELECT entity_id FROM changes WHERE device_id = ? AND entity = 'handoffEvent'
       AND field = 'deviceId' AND value = ?)`,
  ).run(newId, oldId, newId, oldValue);
  s.prepare(
    `UPDATE changes SET value = ? WHERE device_id = ? AND entity = 'handoffEvent'
     AND field = 'deviceId' AND value = ?`,
  ).run(newValue, newId, oldValue);
  return moved;
}
