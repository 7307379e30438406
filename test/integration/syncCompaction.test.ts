import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { syncFolder, type SyncReport } from '../../electron/sync';
import type { SnapshotPolicy } from '../../electron/sync/snapshotSchedule';
import { cryptoReady } from '../../electron/sync/sodium';
import { appliedCursors } from '../../electron/sync/syncState';
import {
  changeIds,
  contentDump,
  demoPair,
  START,
  syncTeam,
  type SyncDevice,
} from '../harness/syncDevices';

// Compaction and snapshots (docs/sync-format.md, "Snapshots" and "Compaction"): laptops with
// real database files, one real shared folder, a wall clock the test moves by days and months.

const DAY = 24 * 60 * 60 * 1000;
/** A snapshot as soon as anything is not covered (the default waits for 50,000 changes or a week). */
const EAGER: SnapshotPolicy = { everyChanges: 1, everyMs: DAY };
/** Never a snapshot. */
const NEVER: SnapshotPolicy = { everyChanges: Number.MAX_SAFE_INTEGER, everyMs: 1e15 };

let team: ReturnType<typeof syncTeam>;
afterEach(() => team.close());
beforeAll(() => cryptoReady());

/** The team's wall clock: every device of a test moves together. */
let now = START;
const devices: SyncDevice[] = [];
function pass(ms: number): void {
  now += ms;
  for (const d of devices) d.advance(ms);
}

function sync(d: SyncDevice, snapshots: SnapshotPolicy = NEVER): SyncReport {
  return syncFolder(d.backend.context.db, team.sharedDir, { now: () => now, snapshots });
}

async function startTeam(): Promise<{ a: SyncDevice; b: SyncDevice }> {
  now = START;
  devices.length = 0;
  team = syncTeam();
  const pair = await demoPair(team);
  devices.push(pair.a, pair.b);
  return pair;
}

function join(name: string): SyncDevice {
  const d = team.device(name, now);
  devices.push(d);
  return d;
}

const deviceDir = (d: SyncDevice) => path.join(team.sharedDir, 'baton', 'devices', d.deviceId);
const listDir = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);
const batchSeqs = (d: SyncDevice) =>
  listDir(path.join(deviceDir(d), 'batches')).map((n) => Number(n.slice(0, 10)));
const snapshotFiles = (d: SyncDevice) => listDir(path.join(deviceDir(d), 'snapshots'));

async function rename(d: SyncDevice, index: number, name: string): Promise<void> {
  const card = (await d.client.campaigns.list({}))[index]!;
  await d.client.campaigns.update({ id: card.id, name });
}

function expectConverged(...team: SyncDevice[]): void {
  const [first, ...others] = team;
  for (const d of others) {
    expect(contentDump(d)).toEqual(contentDump(first!));
    expect(changeIds(d)).toEqual(changeIds(first!));
  }
}

/**
 * A's folder after: batches 1–3 acknowledged by B and 15 days old, 4 exported while B was
 * away, 5 with the first snapshot; B's one batch.
 */
async function compactedTeam() {
  const { a, b } = await startTeam();
  await b.client.campaigns.update({
    id: (await b.client.campaigns.list({}))[1]!.id,
    name: 'Renamed by B',
  });
  sync(b);
  for (const name of ['First', 'Second']) {
    pass(60_000);
    await rename(a, 0, name);
    sync(a);
    sync(b);
  }
  expect(batchSeqs(a)).toEqual([1, 2, 3]);
  pass(15 * DAY);
  await rename(a, 0, 'Third, B has not seen it');
  sync(a);
  await rename(a, 0, 'Fourth, with the first snapshot');
  const report = sync(a, EAGER);
  return { a, b, report };
}

describe('compaction', () => {
  it('deletes only batches of its own folder that every device applied, a snapshot covers and are past the grace period', async () => {
    const { a, b, report } = await compactedTeam();
    expect(report.problems).toEqual([]);
    expect(report.snapshotWritten?.file).toMatch(/snapshots\/\d{10}\.snapshot$/);
    // 1–3: acknowledged by B, covered, 15 days old. 4: B has not applied it. 5: the newest.
    expect(batchSeqs(a)).toEqual([4, 5]);
    expect(report.compacted?.sort()).toEqual(
      [1, 2, 3].map(
        (s) => `baton/devices/${a.deviceId}/batches/${String(s).padStart(10, '0')}.batch`,
      ),
    );
    // Never another device's folder, though B's batch is just as old and acknowledged.
    expect(batchSeqs(b)).toEqual([1]);

    // B catches up (acknowledging 5); A writes batch 6 with a newer snapshot the same day:
    // 4 and 5 are acknowledged and covered but younger than 14 days, so they stay.
    expect(sync(b).problems).toEqual([]);
    await rename(a, 0, 'Fifth');
    const sameDay = sync(a, EAGER);
    expect(sameDay.snapshotWritten).toBeDefined();
    expect(batchSeqs(a)).toEqual([4, 5, 6]);
    // Only the newest snapshot of A is kept once it is there and sound.
    expect(snapshotFiles(a)).toHaveLength(1);
    expect(sameDay.compacted).toEqual([report.snapshotWritten!.file]);

    pass(15 * DAY);
    sync(b);
    const later = sync(a);
    expect(later.problems).toEqual([]);
    expect(batchSeqs(a)).toEqual([6]);
    expect(batchSeqs(b)).toEqual([1]);
    expectConverged(a, b);
  });

  it('waits for a teammate seen within 90 days, not for one away longer', async () => {
    const { a, b } = await startTeam();
    const c = join('c');
    expect(sync(c).problems).toEqual([]);
    // C has applied A's batch 1 and goes quiet; A and B go on.
    await rename(a, 0, 'After C went quiet');
    sync(a, EAGER);
    sync(b);
    pass(30 * DAY);
    await rename(a, 0, 'A month later');
    sync(a, EAGER);
    sync(b);
    sync(a);
    // Everything is old enough, acknowledged by B and covered, but C (seen 30 days ago) has
    // applied batch 1 only: batch 2 stays for it.
    expect(batchSeqs(a)).toEqual([2, 3]);
    pass(61 * DAY);
    sync(b);
    sync(a);
    // 91 days without a sign of C: it is not waited for (it will catch up from the snapshot).
    expect(batchSeqs(a)).toEqual([3]);
  });
});

describe('snapshots', () => {
  it('a new laptop joining after compaction starts from a snapshot and converges', async () => {
    const { a, b } = await compactedTeam();
    const c = join('c');
    const first = sync(c);
    expect(first.problems).toEqual([]);
    expect(first.fromSnapshots).toEqual([
      expect.objectContaining({ via: 'bootstrap', file: expect.stringContaining(a.deviceId) }),
    ]);
    // From the snapshot: A up to 5 and B's batch; nothing of A before it was read as a file.
    expect(first.applied.map((x) => [x.deviceId, x.seq])).toEqual([]);
    expect(Object.fromEntries(appliedCursors(c.backend.context.db))).toEqual({
      [a.deviceId]: 5,
      [b.deviceId]: 1,
    });
    for (const d of [a, b, c, a, b]) expect(sync(d).problems).toEqual([]);
    expectConverged(a, b, c);
    // The history came along: the activity log of a new laptop is the same as everyone's.
    expect(changeIds(c).length).toBeGreaterThan(100);
    expect((await c.client.campaigns.list({})).map((x) => x.name)).toContain(
      'Fourth, with the first snapshot',
    );
  });

  it('a laptop away for 8 months comes back after compaction: catches up from the snapshot, its offline edits survive', async () => {
    const { a, b } = await startTeam();
    const d = join('d');
    expect(sync(d).problems).toEqual([]);
    const me = (await a.client.workspace.get())!.me!;
    await d.client.workspace.setMe({ personId: me.id });
    const ids = (await a.client.campaigns.list({})).map((c) => c.id);
    const renameId = (x: SyncDevice, i: number, name: string) =>
      x.client.campaigns.update({ id: ids[i]!, name });
    // Offline on D from now on: an edit nobody else makes, and one A will overwrite later.
    pass(1_000);
    await renameId(d, 2, 'Renamed on D while away');
    await renameId(d, 3, 'D, before A renames it');

    for (let month = 1; month <= 8; month++) {
      pass(30 * DAY);
      await renameId(a, 3, `A in month ${month}`);
      await renameId(b, 4, `B in month ${month}`);
      sync(a, month % 2 ? EAGER : undefined);
      sync(b);
      sync(a);
    }
    // A's and B's early batches are gone; D's cursors lie below what the folder still holds.
    expect(batchSeqs(a)[0]).toBeGreaterThan(2);
    expect(batchSeqs(b)[0]).toBeGreaterThan(2);
    const cursors = appliedCursors(d.backend.context.db);
    expect(cursors.get(a.deviceId)! + 1).toBeLessThan(batchSeqs(a)[0]!);

    const back = sync(d);
    expect(back.problems).toEqual([]);
    expect(back.exported.length).toBe(1);
    expect(back.fromSnapshots?.map((s) => s.via)).toEqual(['merge']);
    for (const x of [a, b, d, a, b]) expect(sync(x).problems).toEqual([]);
    expectConverged(a, b, d);
    const names = (await a.client.campaigns.list({})).map((c) => c.name);
    expect(names).toContain('Renamed on D while away');
    expect(names).toContain('A in month 8');
    expect(names).toContain('B in month 8');
    expect(names).not.toContain('D, before A renames it');
  });

  it('a corrupt snapshot is reported and not used; the gap it leaves is reported until a sound one comes', async () => {
    const { a, b } = await compactedTeam();
    const [name] = snapshotFiles(a);
    const file = path.join(deviceDir(a), 'snapshots', name!);
    const bytes = fs.readFileSync(file);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0x20;
    fs.writeFileSync(file, bytes);

    const c = join('c');
    const first = sync(c);
    expect(first.fromSnapshots).toBeUndefined();
    const rel = `baton/devices/${a.deviceId}/snapshots/${name}`;
    expect(first.problems).toContainEqual({
      kind: 'corrupt',
      file: rel,
      message: `${rel} does not match its seal: its bytes were changed or damaged`,
    });
    expect(first.problems).toContainEqual(
      expect.objectContaining({
        kind: 'missing',
        file: `baton/devices/${a.deviceId}/batches`,
        message: expect.stringContaining(`Batches 1–3 of device ${a.deviceId} are not in`),
      }),
    );
    // Nothing of the compacted batches reached C: no campaign exists there.
    expect(await c.client.campaigns.list({})).toEqual([]);

    // A writes a sound snapshot (it has something new); C closes the gap from it.
    await rename(a, 0, 'After the damage');
    expect(sync(a, EAGER).snapshotWritten).toBeDefined();
    const second = sync(c);
    expect(second.fromSnapshots?.map((s) => s.via)).toEqual(['merge']);
    expect(second.problems.filter((p) => p.kind !== 'corrupt')).toEqual([]);
    for (const x of [a, b, c, a, b]) sync(x);
    expectConverged(a, b, c);
  });

  it('a snapshot from a newer schema is not used: the gap says to update Baton', async () => {
    const { a } = await compactedTeam();
    const [name] = snapshotFiles(a);
    const file = path.join(deviceDir(a), 'snapshots', name!);
    const text = fs.readFileSync(file, 'utf8');
    const lines = text.split('\n').slice(0, -2); // without the seal line and the last \n
    const header = JSON.parse(lines[0]!) as { schemaVersion: number };
    header.schemaVersion = a.backend.context.db.schemaVersion + 1;
    const sealed = [JSON.stringify(header), ...lines.slice(1)].join('\n') + '\n';
    const seal = crypto.createHash('sha256').update(sealed).digest('hex');
    fs.writeFileSync(file, sealed + JSON.stringify({ seal }) + '\n');

    const c = join('c');
    const first = sync(c);
    expect(first.fromSnapshots).toBeUndefined();
    expect(first.problems).toContainEqual(
      expect.objectContaining({
        kind: 'missing',
        message: expect.stringContaining(
          'only a snapshot from a newer Baton covers them: update Baton',
        ),
      }),
    );
    expect(await c.client.campaigns.list({})).toEqual([]);
  });

  it('in an encrypted workspace a snapshot is encrypted too, and a laptop with the passphrase starts from it', async () => {
    now = START;
    devices.length = 0;
    team = syncTeam();
    const a = team.device('a');
    devices.push(a);
    await a.client.workspace.loadDemo();
    const passphrase = 'orange kite 42 harbour';
    await a.client.sync.setup({
      folder: team.sharedDir,
      deviceName: 'A',
      mode: 'create',
      passphrase,
    });
    await rename(a, 0, 'Secret launch');
    const written = sync(a, EAGER).snapshotWritten!;
    const bytes = fs.readFileSync(path.join(team.sharedDir, written.file));
    expect(JSON.parse(bytes.toString('utf8').split('\n')[0]!)).toMatchObject({ formatVersion: 2 });
    expect(bytes.includes('Secret launch')).toBe(false);
    // As compaction would: only the newest batch is left, the rest is in the snapshot alone.
    for (const seq of batchSeqs(a).slice(0, -1)) {
      fs.rmSync(path.join(deviceDir(a), 'batches', `${String(seq).padStart(10, '0')}.batch`));
    }

    const c = join('c');
    const joined = await c.client.sync.setup({
      folder: team.sharedDir,
      deviceName: 'C',
      mode: 'join',
      passphrase,
    });
    expect(joined.lastRun).toMatchObject({ problems: [], error: null });
    expectConverged(a, c);
    expect((await c.client.campaigns.list({})).map((x) => x.name)).toContain('Secret launch');
  });
});
