import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { BatonDatabase } from '../db/batonDatabase';
import { ACK_FILE, DEVICE_ID, seqOfBatchFile, type FolderLayout } from './folderLayout';
import { readDeviceFiles } from './manifests';
import type { ListedSnapshot } from './snapshotFiles';

/** When a device may delete its own old files (docs/sync-format.md, "Compaction"). */
export interface CompactionPolicy {
  /** A batch stays at least this long after it was written, whatever the acks say. */
  graceMs: number;
  /** A teammate not seen for longer than this is not waited for (it catches up from a snapshot). */
  horizonMs: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_COMPACTION_POLICY: CompactionPolicy = {
  graceMs: 14 * DAY_MS,
  horizonMs: 90 * DAY_MS,
};

export interface Compacted {
  /** Paths relative to the shared folder of the files deleted. */
  files: string[];
  /** The sequence up to which batches may go (acknowledged and covered), for reports. */
  upTo: number;
}

const AckFile = z.object({
  format: z.literal('baton-ack'),
  applied: z.record(z.string(), z.number().int().nonnegative()),
});

/**
 * Deletes files of this device's own folder that nobody needs any more; never another
 * device's (each device is the only writer of its folder). A batch goes when
 * - every teammate seen within the horizon says in its `ack.json` that it applied it,
 * - a snapshot in the folder (any device's, seal checked) covers it,
 * - it was written more than the grace period ago,
 * and it is not this device's newest batch (which keeps sequences from being reused by a
 * restored backup). Older snapshots of this device go once a newer one of it is sound.
 */
export function compactOwnFolder(
  db: BatonDatabase,
  layout: FolderLayout,
  snapshots: readonly ListedSnapshot[],
  nowMs: number,
  policy: CompactionPolicy = DEFAULT_COMPACTION_POLICY,
): Compacted {
  const me = db.deviceId;
  const deleted: string[] = [];
  const remove = (p: string) => {
    try {
      fs.rmSync(p);
      deleted.push(layout.relative(p));
    } catch {
      // Gone already (another process of this device) or locked by a cloud client: next time.
    }
  };

  const own = snapshots.filter((s) => s.deviceId === me).sort((a, b) => b.number - a.number);
  if (own.length > 1 && sealHolds(own[0]!.path)) own.slice(1).forEach((s) => remove(s.path));
  const remaining = snapshots.filter((s) => s.deviceId !== me || !deleted.includes(s.file));

  const seqs = listDir(layout.batchesDir(me))
    .map(seqOfBatchFile)
    .filter((s): s is number => s !== null)
    .sort((a, b) => a - b);
  seqs.pop(); // the newest batch always stays
  if (seqs.length === 0) return { files: deleted, upTo: 0 };

  const acked = acknowledgedByAll(layout, me, nowMs, policy.horizonMs);
  // Batches are written in order: the first one not acknowledged or too young ends the run.
  // Checked before any snapshot is hashed, which most runs then need not do.
  const old: number[] = [];
  for (const seq of seqs) {
    const createdAt = seq <= acked ? batchCreatedAt(layout.batchFile(me, seq)) : null;
    if (createdAt === null || nowMs - createdAt < policy.graceMs) break;
    old.push(seq);
  }
  if (old.length === 0) return { files: deleted, upTo: 0 };
  const upTo = Math.min(acked, coveredBySoundSnapshot(remaining, me, old[0]!));
  for (const seq of old) if (seq <= upTo) remove(layout.batchFile(me, seq));
  return { files: deleted, upTo };
}

/**
 * The sequence of `me`'s batches every teammate within the horizon has applied (Infinity when
 * there is none to wait for). A teammate's last sign of life is `lastSeen` in its
 * `device.json`, or else the time its folder last changed.
 */
function acknowledgedByAll(
  layout: FolderLayout,
  me: string,
  nowMs: number,
  horizonMs: number,
): number {
  const seen = new Map(readDeviceFiles(layout).map((d) => [d.deviceId, d.lastSeen]));
  let min = Infinity;
  for (const id of listDir(layout.devicesDir)) {
    if (id === me || !DEVICE_ID.test(id)) continue;
    const dir = layout.deviceDir(id);
    const lastSeen = Date.parse(seen.get(id) ?? '') || mtime(dir);
    if (nowMs - lastSeen > horizonMs) continue;
    min = Math.min(min, ackOf(path.join(dir, ACK_FILE), me));
  }
  return min;
}

/** The highest sequence of `deviceId` any device's `ack.json` says it applied (0: none). */
export function highestAck(layout: FolderLayout, deviceId: string): number {
  let max = 0;
  for (const id of listDir(layout.devicesDir)) {
    if (id === deviceId || !DEVICE_ID.test(id)) continue;
    max = Math.max(max, ackOf(path.join(layout.deviceDir(id), ACK_FILE), deviceId));
  }
  return max;
}

function ackOf(file: string, deviceId: string): number {
  try {
    const parsed = AckFile.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? (parsed.data.applied[deviceId] ?? 0) : 0;
  } catch {
    return 0;
  }
}

/**
 * The highest sequence of `me` that a snapshot with a sound seal covers. Only as many
 * snapshots are hashed as it takes to find one: the best first.
 */
function coveredBySoundSnapshot(
  snapshots: readonly ListedSnapshot[],
  me: string,
  atLeast: number,
): number {
  const candidates = snapshots
    .filter((s) => (s.header.covers[me] ?? 0) >= atLeast)
    .sort((a, b) => (b.header.covers[me] ?? 0) - (a.header.covers[me] ?? 0));
  for (const s of candidates) if (sealHolds(s.path)) return s.header.covers[me] ?? 0;
  return 0;
}

/** The seal line matches the bytes before it (the full check runs when a snapshot is used). */
function sealHolds(file: string): boolean {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return false;
  }
  const sealStart = bytes.lastIndexOf(0x0a, bytes.length - 2) + 1;
  if (sealStart === 0 || bytes[bytes.length - 1] !== 0x0a) return false;
  try {
    const { seal } = JSON.parse(bytes.subarray(sealStart).toString('utf8')) as { seal?: unknown };
    const hash = crypto.createHash('sha256').update(bytes.subarray(0, sealStart)).digest('hex');
    return seal === hash;
  } catch {
    return false;
  }
}

function batchCreatedAt(file: string): number | null {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(4096);
      const n = fs.readSync(fd, buf, 0, buf.length, 0);
      const line = buf.subarray(0, n).toString('utf8').split('\n')[0]!;
      const header = JSON.parse(line) as { createdAt?: unknown };
      const at = typeof header.createdAt === 'string' ? Date.parse(header.createdAt) : NaN;
      return Number.isNaN(at) ? null : at;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return null;
  }
}

function mtime(p: string): number {
  try {
    return fs.statSync(p).mtimeMs;
  } catch {
    return 0;
  }
}

function listDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}
