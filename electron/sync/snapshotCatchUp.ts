import fs from 'node:fs';
import type { BatonDatabase } from '../db/batonDatabase';
import { highestAck } from './compaction';
import { DEVICE_ID, seqOfBatchFile, type FolderLayout } from './folderLayout';
import { bootstrapFromSnapshot, isBlankDatabase, mergeSnapshot } from './snapshotApply';
import type { ListedSnapshot } from './snapshotFiles';
import { readSnapshot } from './snapshotFiles';
import type { SyncProblem } from './syncProblem';
import { appliedCursors, recordedSeqs } from './syncState';

export interface AppliedSnapshot {
  file: string;
  /** `bootstrap`: taken whole by a blank database; `merge`: its missing batches applied. */
  via: 'bootstrap' | 'merge';
  changes: number;
  batches: number;
}

/** Batches of a device this database lacks and the folder no longer holds (compacted). */
export interface Gap {
  deviceId: string;
  from: number;
  to: number;
}

/**
 * Before batch files are read: a blank database (a new laptop) starts from the snapshot that
 * covers most; any database whose cursor of a device lies below the oldest batch the folder
 * still holds of it (compaction removed the ones between) takes the missing batches from a
 * snapshot that covers them. A gap no snapshot closes is reported (`missing`), never skipped
 * silently.
 */
export function* catchUpFromSnapshots(
  db: BatonDatabase,
  layout: FolderLayout,
  snapshots: readonly ListedSnapshot[],
  at: string,
  problems: SyncProblem[],
): Generator<void, AppliedSnapshot[]> {
  const applied: AppliedSnapshot[] = [];
  const usable = snapshots.filter((s) => s.header.schemaVersion <= db.schemaVersion);
  const tried = new Set<string>();
  const failed = new Set<string>();

  if (usable.length > 0 && isBlankDatabase(db)) {
    for (const s of byCoverage(usable)) {
      tried.add(s.file);
      const read = readSnapshot(db, s);
      if (!read.ok) {
        problems.push({ kind: read.kind, file: s.file, message: read.message });
        failed.add(s.file);
        continue;
      }
      yield;
      try {
        const done = bootstrapFromSnapshot(db, read.snapshot, at);
        applied.push({
          file: s.file,
          via: 'bootstrap',
          changes: done.changes,
          batches: done.batches,
        });
        break;
      } catch (err) {
        problems.push({
          kind: 'not-applied',
          file: s.file,
          message: `${s.file} ${err instanceof Error ? err.message : String(err)}: not applied`,
        });
        failed.add(s.file);
      }
    }
  }

  for (;;) {
    const gaps = findGaps(db, layout, snapshots);
    if (gaps.length === 0) break;
    const closes = (s: ListedSnapshot) =>
      gaps.filter((g) => (s.header.covers[g.deviceId] ?? 0) >= g.to).length;
    const next = byCoverage(usable.filter((s) => !tried.has(s.file) && closes(s) > 0)).sort(
      (a, b) => closes(b) - closes(a),
    )[0];
    if (!next) {
      reportGaps(gaps, snapshots, usable, failed, layout, problems);
      break;
    }
    tried.add(next.file);
    const read = readSnapshot(db, next);
    if (!read.ok) {
      problems.push({ kind: read.kind, file: next.file, message: read.message });
      failed.add(next.file);
      continue;
    }
    yield;
    const done = yield* mergeSnapshot(db, read.snapshot, next.file, at, problems);
    applied.push({ file: next.file, via: 'merge', changes: done.changes, batches: done.batches });
  }
  return applied;
}

/** Newest coverage first (the sum of what a snapshot covers only grows). */
function byCoverage(list: readonly ListedSnapshot[]): ListedSnapshot[] {
  const total = (s: ListedSnapshot) => Object.values(s.header.covers).reduce((a, b) => a + b, 0);
  return [...list].sort(
    (a, b) => total(b) - total(a) || b.header.createdAt.localeCompare(a.header.createdAt),
  );
}

/**
 * Per teammate device: the batches after this database's cursor that are neither applied nor
 * in the folder, up to the oldest batch the folder still holds after the cursor (or, when it
 * holds none, up to what the snapshots say the device wrote). Only a run of missing batches
 * right after the cursor counts: compaction removes the oldest batches, never some in between.
 */
export function findGaps(
  db: BatonDatabase,
  layout: FolderLayout,
  snapshots: readonly ListedSnapshot[],
): Gap[] {
  const cursors = appliedCursors(db);
  const devices = new Set<string>();
  for (const name of listDir(layout.devicesDir)) if (DEVICE_ID.test(name)) devices.add(name);
  for (const s of snapshots) for (const id of Object.keys(s.header.covers)) devices.add(id);
  devices.delete(db.deviceId);

  const gaps: Gap[] = [];
  for (const deviceId of [...devices].sort()) {
    const cursor = cursors.get(deviceId) ?? 0;
    const present = listDir(layout.batchesDir(deviceId))
      .map(seqOfBatchFile)
      .filter((s): s is number => s !== null && s > cursor);
    if (present.includes(cursor + 1)) continue;
    const written = Math.max(0, ...snapshots.map((s) => s.header.covers[deviceId] ?? 0));
    // A loop, not Math.min(...present): a long catch-up lists tens of thousands of files.
    const oldest = present.reduce((min, seq) => (seq < min ? seq : min), Infinity);
    const to = present.length > 0 ? oldest - 1 : written;
    if (to <= cursor) continue;
    const recorded = recordedSeqs(db, deviceId);
    let from = cursor + 1;
    while (from <= to && recorded.has(from)) from++;
    if (from <= to) gaps.push({ deviceId, from, to });
  }
  return gaps;
}

function reportGaps(
  gaps: readonly Gap[],
  snapshots: readonly ListedSnapshot[],
  usable: readonly ListedSnapshot[],
  failed: ReadonlySet<string>,
  layout: FolderLayout,
  problems: SyncProblem[],
): void {
  for (const g of gaps) {
    const covering = snapshots.filter((s) => (s.header.covers[g.deviceId] ?? 0) >= g.to);
    // Without a sign that the batches existed (a snapshot or an ack of them) the later files
    // merely arrived first: a cloud client downloading out of order, or a stray copy.
    if (covering.length === 0 && highestAck(layout, g.deviceId) < g.from) continue;
    const broken = covering.some((s) => failed.has(s.file));
    const newer = covering.filter((s) => !usable.includes(s));
    const what =
      g.from === g.to
        ? `Batch ${g.from} of device ${g.deviceId} is`
        : `Batches ${g.from}–${g.to} of device ${g.deviceId} are`;
    const file = layout.relative(layout.batchesDir(g.deviceId));
    problems.push({
      kind: 'missing',
      file,
      message:
        `${what} not in ${file} (removed once every device had ` +
        `them, or not downloaded yet) and ` +
        (broken
          ? `the snapshot that covers them cannot be used (see its own problem): they are not ` +
            `applied; changes after them are applied as they come.`
          : newer.length > 0
            ? `only a snapshot from a newer Baton covers them: update Baton.`
            : `no snapshot in the folder covers them: they are not applied; changes after them ` +
              `are applied as they come.`),
    });
  }
}

function listDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}
