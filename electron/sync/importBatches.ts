import fs from 'node:fs';
import path from 'node:path';
import type { BatonDatabase } from '../db/batonDatabase';
import { RemoteGroupEndedError } from '../db/remoteTransaction';
import { applyBatch, BatchApplyError } from './applyBatch';
import { changesOf, verifyBatch, type VerifiedBatch } from './batchFormat';
import {
  ACK_FILE,
  BATCHES_DIR,
  DEVICE_FILE,
  DEVICE_ID,
  isTempFile,
  seqOfBatchFile,
  SNAPSHOTS_DIR,
  type FolderLayout,
} from './folderLayout';
import type { ParkedBatch, SyncProblem } from './syncProblem';
import { recordedSeqs } from './syncState';
import { batchKeyOf } from './teamKeyStore';

export interface AppliedBatch {
  file: string;
  deviceId: string;
  seq: number;
  /** Changes new to this database, and how many of them became a field's current value. */
  newChanges: number;
  won: number;
}

export interface ImportResult {
  applied: AppliedBatch[];
  parked: ParkedBatch[];
  problems: SyncProblem[];
}

interface Candidate {
  deviceId: string;
  seq: number;
  path: string;
  file: string;
}

/**
 * Reads teammates' batches not applied yet, verifies each and applies it in its own
 * transaction. Within a device, batches go in sequence order; a bad one is reported and
 * skipped (merge by HLC does not depend on order, and nothing is lost: the file is read
 * again next time). A batch that waits for rows from another device's batch is retried after
 * the others, as long as retries make progress.
 */
export function importBatches(db: BatonDatabase, layout: FolderLayout, at: string): ImportResult {
  const steps = importSteps(db, layout, at);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `importBatches` one batch at a time: the generator pauses after each batch it read or tried
 * to apply, so a caller on a busy thread can let other work run in between (the sync runner).
 */
export function* importSteps(
  db: BatonDatabase,
  layout: FolderLayout,
  at: string,
): Generator<void, ImportResult> {
  const result: ImportResult = { applied: [], parked: [], problems: [] };
  let waiting: Waiting[] = [];
  let group: Verified[] = [];
  let groupChanges = 0;
  for (const candidate of findCandidates(db, layout, result.problems)) {
    const batch = readVerified(db, candidate, result);
    if (batch) {
      if (group.length > 0 && groupChanges + batch.header.count > GROUP_CHANGES) {
        waiting.push(...applyGroup(db, group, at, result));
        group = [];
        groupChanges = 0;
        yield;
      }
      group.push({ candidate, batch });
      groupChanges += batch.header.count;
    }
    yield;
  }
  if (group.length > 0) waiting.push(...applyGroup(db, group, at, result));
  // Batches of one device may need rows from another's: retry while that makes progress.
  while (waiting.length > 0) {
    const still: Waiting[] = [];
    for (const w of waiting) {
      const wait = tryApply(db, w.candidate, w.batch, at, result);
      if (wait) still.push(wait);
      yield;
    }
    if (still.length === waiting.length) break;
    waiting = still;
  }
  for (const w of waiting) {
    result.problems.push({ kind: 'not-applied', file: w.candidate.file, message: w.message });
  }
  return result;
}

interface Verified {
  candidate: Candidate;
  batch: VerifiedBatch;
}

interface Waiting extends Verified {
  message: string;
}

/**
 * Verified batches are applied together, one transaction for up to this many changes (each
 * batch a savepoint in it): a catch-up's full batches (~5,000 changes) four at a time, a
 * week of a team's small batches in one. Bounded because a write on the app's connection
 * waits for the whole transaction (the app's reads do not wait: WAL).
 */
export const GROUP_CHANGES = 20_000;

/**
 * Applies consecutive verified batches in one transaction (`applyRemoteGroup`); every batch's
 * record and cursor move as its own. When a batch of the group fails (its writes are in the
 * transaction: no savepoints) or the group's commit is refused (a batch needs rows another
 * device's batch brings) or fails, nothing of the group is kept and its batches are applied
 * one at a time instead, each all or nothing: a bad batch then rolls back alone and is
 * reported, and the others stay.
 */
function applyGroup(
  db: BatonDatabase,
  group: readonly Verified[],
  at: string,
  result: ImportResult,
): Waiting[] {
  const applyEach = (into: ImportResult) =>
    group.flatMap(({ candidate, batch }) => {
      const wait = tryApply(db, candidate, batch, at, into);
      return wait ? [wait] : [];
    });
  if (group.length === 1) return applyEach(result);
  const inGroup: ImportResult = { applied: [], parked: [], problems: [] };
  try {
    db.applyRemoteGroup(() => {
      for (const { candidate, batch } of group) {
        // A batch that failed or waits left part of its writes: the group is given up at
        // once (nothing after it is applied twice) and applied batch by batch.
        if (tryApply(db, candidate, batch, at, inGroup) || inGroup.problems.length > 0) {
          throw new GroupAbandoned();
        }
      }
      // A batch that ended the transaction (SQLite rolls back on a full disk) ends the group.
      if (!db.sqlite.inTransaction) throw new RemoteGroupEndedError();
    });
  } catch {
    return applyEach(result);
  }
  result.applied.push(...inGroup.applied);
  return [];
}

/** A group's batch failed: nothing of the group is kept, its batches go one at a time. */
class GroupAbandoned extends Error {}

/**
 * Parses one batch's changes and applies them; returns the batch when it waits for other
 * batches, otherwise reports. Its changes live only while it is applied.
 */
function tryApply(
  db: BatonDatabase,
  candidate: Candidate,
  batch: VerifiedBatch,
  at: string,
  result: ImportResult,
): Waiting | null {
  const { file } = candidate;
  const parsed = changesOf(batch);
  if (!parsed.ok) {
    result.problems.push({ kind: parsed.kind, file, message: `${file} ${parsed.message}` });
    return null;
  }
  try {
    const { header, sha256 } = batch;
    const outcome = applyBatch(db, { header, changes: parsed.changes, sha256 }, at);
    if (outcome.applied) {
      const { newChanges, won } = outcome;
      result.applied.push({
        file,
        deviceId: candidate.deviceId,
        seq: candidate.seq,
        newChanges,
        won,
      });
    }
    return null;
  } catch (err) {
    if (err instanceof RemoteGroupEndedError) throw err;
    const message = `${file} ${err instanceof Error ? err.message : String(err)}`;
    if (err instanceof BatchApplyError && err.kind === 'not-applied') {
      return { candidate, batch, message };
    }
    // Anything else (an unknown field, a constraint) was rolled back; the file is kept and
    // tried again on the next sync, but not again in this one.
    const kind = err instanceof BatchApplyError ? err.kind : 'not-applied';
    result.problems.push({ kind, file, message });
    return null;
  }
}

/** Batch files of other devices not applied yet, in (device, seq) order; strays reported. */
function findCandidates(
  db: BatonDatabase,
  layout: FolderLayout,
  problems: SyncProblem[],
): Candidate[] {
  const candidates: Candidate[] = [];
  const foreign = (p: string) =>
    problems.push({
      kind: 'foreign',
      file: layout.relative(p),
      message: `${layout.relative(p)} is not a file Baton writes: ignored (left in place)`,
    });
  for (const deviceId of listDir(layout.devicesDir, layout, problems).sort()) {
    const deviceDir = layout.deviceDir(deviceId);
    if (!DEVICE_ID.test(deviceId) || !isDirectory(deviceDir)) {
      if (!isTempFile(deviceId)) foreign(deviceDir);
      continue;
    }
    if (deviceId === db.deviceId) continue;
    for (const name of listDir(deviceDir, layout, problems)) {
      if (
        ![BATCHES_DIR, DEVICE_FILE, ACK_FILE, SNAPSHOTS_DIR].includes(name) &&
        !isTempFile(name)
      ) {
        foreign(path.join(deviceDir, name));
      }
    }
    const applied = recordedSeqs(db, deviceId);
    const batchesDir = layout.batchesDir(deviceId);
    const found: Candidate[] = [];
    for (const name of listDir(batchesDir, layout, problems)) {
      const seq = seqOfBatchFile(name);
      const file = path.join(batchesDir, name);
      if (seq === null) {
        // Our own half-written temp files are someone's write in progress (or a crash): skip.
        if (!isTempFile(name)) foreign(file);
      } else if (!applied.has(seq)) {
        found.push({ deviceId, seq, path: file, file: layout.relative(file) });
      }
    }
    candidates.push(...found.sort((a, b) => a.seq - b.seq));
  }
  return candidates;
}

/**
 * The verified batch if it may be applied now; otherwise reported (problem or parked). Its
 * change lines are checked when it is applied (`tryApply`).
 */
function readVerified(
  db: BatonDatabase,
  candidate: Candidate,
  result: ImportResult,
): VerifiedBatch | null {
  const { file } = candidate;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(candidate.path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    result.problems.push({ kind: 'unreadable', file, message: `${file} cannot be read (${code})` });
    return null;
  }
  const decoded = verifyBatch(bytes, batchKeyOf(db));
  if (!decoded.ok) {
    result.problems.push({ kind: decoded.kind, file, message: `${file} ${decoded.message}` });
    return null;
  }
  const { header } = decoded.batch;
  if (header.deviceId !== candidate.deviceId || header.seq !== candidate.seq) {
    result.problems.push({
      kind: 'misplaced',
      file,
      message: `${file} says it is batch ${header.seq} of device ${header.deviceId}: not applied`,
    });
    return null;
  }
  if (header.schemaVersion > db.schemaVersion) {
    result.parked.push({
      file,
      deviceId: header.deviceId,
      seq: header.seq,
      schemaVersion: header.schemaVersion,
      message:
        `${file} was written by a newer version of Baton (schema ${header.schemaVersion}; this ` +
        `one knows ${db.schemaVersion}). It is kept and will be applied after you update Baton.`,
    });
    return null;
  }
  return decoded.batch;
}

function listDir(dir: string, layout: FolderLayout, problems: SyncProblem[]): string[] {
  try {
    return fs.readdirSync(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') {
      const file = layout.relative(dir);
      problems.push({ kind: 'unreadable', file, message: `${file} cannot be read (${code})` });
    }
    return [];
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
