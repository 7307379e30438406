import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBackend } from '../../electron/backend/startBackend';
import { decodeBatch } from '../../electron/sync/batchFormat';
import {
  changeIds,
  contentDump,
  demoPair,
  openDevice,
  START,
  syncTeam,
  type SyncDevice,
} from '../harness/syncDevices';
import { makeTempDir } from '../harness/tempDir';

// Two databases writing as one device (a copied data folder, a restored backup), through real
// data folders and one real shared folder: the copy that finds the other's batch takes a new
// device id, nothing is lost, everyone converges.

let team: ReturnType<typeof syncTeam>;
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
  team.close();
});

/** A laptop over an existing data folder (the original after a copy, or the copy). */
function reopen(name: string, dataDir: string, startMs = START + 3_600_000): SyncDevice {
  const device = openDevice(name, dataDir, team.sharedDir, startMs);
  cleanups.push(() => device.close());
  return device;
}

/** B's data folder copied (laptop closed) to a new folder: returns B reopened and its copy. */
function cloneB(b: SyncDevice): { b: SyncDevice; copy: SyncDevice } {
  const dir = b.backend.dataDir;
  b.backend.close();
  const copyDir = makeTempDir('baton-copy-');
  cleanups.push(copyDir.cleanup);
  fs.cpSync(dir, copyDir.dir, { recursive: true });
  return { b: reopen('b', dir), copy: reopen('b-copy', copyDir.dir) };
}

async function rename(d: SyncDevice, index: number, name: string): Promise<string[]> {
  const before = new Set(changeIds(d));
  // By id: the same campaign on every device whatever names it has meanwhile.
  const campaign = (await d.client.campaigns.list({})).sort((x, y) => x.id.localeCompare(y.id))[
    index
  ]!;
  d.advance(60_000);
  await d.client.campaigns.update({ id: campaign.id, name });
  return changeIds(d).filter((id) => !before.has(id));
}

/** Syncs every device in turn until a full round applies nothing. */
function settle(devices: SyncDevice[]): void {
  for (let round = 0; round < 5; round++) {
    const applied = devices.map((d) => d.sync().applied.length);
    if (applied.every((n) => n === 0)) return;
  }
  throw new Error('sync did not settle in 5 rounds');
}

function expectConverged(devices: SyncDevice[], made: string[]): void {
  const [first, ...rest] = devices;
  for (const d of rest) {
    expect(contentDump(d)).toEqual(contentDump(first!));
    expect(changeIds(d)).toEqual(changeIds(first!));
  }
  expect(changeIds(first!)).toEqual(expect.arrayContaining(made));
}

/** Every batch file under a device folder says it is that device's and lies at its seq. */
function batchOwners(sharedDir: string): Map<string, string[]> {
  const devicesDir = path.join(sharedDir, 'baton', 'devices');
  const owners = new Map<string, string[]>();
  for (const id of fs.readdirSync(devicesDir)) {
    const dir = path.join(devicesDir, id, 'batches');
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).filter((n) => /^\d{10}\.batch$/.test(n))) {
      const decoded = decodeBatch(fs.readFileSync(path.join(dir, name)));
      if (!decoded.ok) throw new Error(`${id}/${name}: ${decoded.message}`);
      expect(decoded.batch.header.deviceId).toBe(id);
      expect(decoded.batch.changes.every((c) => c.deviceId === id)).toBe(true);
      owners.set(id, [...(owners.get(id) ?? []), name]);
    }
  }
  return owners;
}

describe('a cloned device id', () => {
  it('a copied data folder: the copy that finds the other copy’s batch re-identifies', async () => {
    team = syncTeam();
    const { a, b: original } = await demoPair(team);
    const sharedId = original.deviceId;
    const { b, copy } = cloneB(original);
    expect(copy.deviceId).toBe(sharedId);

    const made = [
      ...(await rename(b, 0, 'Renamed on B')),
      ...(await rename(copy, 1, 'Renamed on the copy')),
      ...(await rename(a, 2, 'Renamed on A')),
    ];
    expect(made).toHaveLength(3);
    // The copy records a handoff event, which names the device it was recorded on.
    const deal = (await copy.client.campaigns.list({})).find(
      (c) => c.name === 'Student Bike Deal',
    )!;
    const submitted = await copy.client.handoffs.submit({ id: deal.currentHandoff!.id });
    const event = submitted.events.find((e) => e.kind === 'submitted')!;
    expect(event.deviceId).toBe(sharedId);

    const fromB = b.sync();
    expect(fromB.problems).toEqual([]);
    expect(fromB.exported).toHaveLength(1);

    const fromCopy = copy.sync();
    expect(fromCopy.problems).toEqual([
      expect.objectContaining({
        kind: 'reidentified',
        file: fromB.exported[0]!.file,
        message: expect.stringContaining(`now syncs as device ${copy.deviceId}`),
      }),
    ]);
    expect(copy.deviceId).not.toBe(sharedId);
    expect(b.deviceId).toBe(sharedId);
    // The copy's edit went out under its new id; B's batch was applied on the copy.
    expect(fromCopy.exported.map((e) => e.file)).toEqual([
      `baton/devices/${copy.deviceId}/batches/0000000001.batch`,
    ]);
    expect(fromCopy.applied.map((x) => x.deviceId)).toContain(sharedId);

    settle([a, b, copy]);
    expectConverged([a, b, copy], made);
    const trail = await a.client.handoffs.get({ id: deal.currentHandoff!.id });
    expect(trail.events.find((e) => e.id === event.id)?.deviceId).toBe(copy.deviceId);
    expect(
      (await a.client.campaigns.list({})).map((c) => c.name).filter((n) => n.startsWith('Renamed')),
    ).toEqual(expect.arrayContaining(['Renamed on B', 'Renamed on the copy', 'Renamed on A']));
    // B never doubted itself; the shared id's folder holds B's batches only.
    const owners = batchOwners(team.sharedDir);
    expect(owners.get(copy.deviceId)).toEqual(['0000000001.batch']);

    // Later edits on the copy travel as the new device too.
    const later = await rename(copy, 0, 'Later on the copy');
    settle([copy, a, b]);
    expectConverged([a, b, copy], [...made, ...later]);
    const row = copy.backend.context.db.sqlite
      .prepare('SELECT device_id FROM changes WHERE id = ?')
      .pluck()
      .get(later[0]) as string;
    expect(row).toBe(copy.deviceId);
  });

  it('both copies wrote the same sequence and the cloud kept the copy’s: B re-identifies, its lost batch goes out again', async () => {
    team = syncTeam();
    const { a, b: original } = await demoPair(team);
    const sharedId = original.deviceId;
    const { b, copy } = cloneB(original);
    const made = [
      ...(await rename(b, 0, 'Renamed on B')),
      ...(await rename(copy, 1, 'Renamed on the copy')),
    ];

    // Both export before either sees the other's file: the cloud keeps the copy's under the
    // name and B's becomes a "conflicted copy" (a foreign name, ignored by everyone).
    const fromB = b.sync();
    const name = path.join(team.sharedDir, fromB.exported[0]!.file);
    const aside = path.join(path.dirname(name), '0000000002 (conflicted copy).batch');
    fs.renameSync(name, aside);
    const fromCopy = copy.sync();
    expect(fromCopy.problems).toEqual([]);
    expect(fromCopy.exported.map((e) => e.file)).toEqual([fromB.exported[0]!.file]);
    expect(copy.deviceId).toBe(sharedId);

    const again = b.sync();
    expect(again.problems.map((p) => p.kind)).toEqual(['reidentified', 'foreign']);
    expect(b.deviceId).not.toBe(sharedId);
    expect(again.exported).toHaveLength(1);
    // B applied the copy's batch under the shared id like a teammate's.
    expect(again.applied.map((x) => x.file)).toEqual([fromB.exported[0]!.file]);

    settle([a, b, copy]);
    expectConverged([a, b, copy], made);
    const names = (await copy.client.campaigns.list({})).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Renamed on B', 'Renamed on the copy']));
  });

  it('each copy finds a batch of the other under the shared id: both re-identify, nothing is lost', async () => {
    team = syncTeam();
    const { a, b: original } = await demoPair(team);
    const sharedId = original.deviceId;
    const { b, copy } = cloneB(original);
    const batches = path.join(team.sharedDir, 'baton', 'devices', sharedId, 'batches');
    const aside = makeTempDir('baton-aside-');
    cleanups.push(aside.cleanup);
    const hide = (file: string, as: string) =>
      fs.renameSync(path.join(team.sharedDir, file), path.join(aside.dir, as));

    // Neither copy's cloud client has the other's files yet when it exports.
    const x1 = await rename(copy, 0, 'First on the copy');
    const copyFirst = copy.sync().exported[0]!;
    hide(copyFirst.file, 'copy');
    const y = await rename(b, 1, 'On B');
    const bFirst = b.sync().exported[0]!;
    expect(bFirst.seq).toBe(copyFirst.seq);
    hide(bFirst.file, 'b');
    const x2 = await rename(copy, 2, 'Second on the copy');
    expect(copy.sync().exported.map((e) => e.seq)).toEqual([copyFirst.seq + 1]);
    // Then the cloud settles: B's file keeps the name, the copy's becomes a conflicted copy.
    fs.renameSync(path.join(aside.dir, 'b'), path.join(team.sharedDir, bFirst.file));
    fs.renameSync(
      path.join(aside.dir, 'copy'),
      path.join(batches, `${String(copyFirst.seq).padStart(10, '0')} (conflicted copy).batch`),
    );

    expect(b.sync().problems.map((p) => p.kind)).toContain('reidentified');
    expect(copy.sync().problems.map((p) => p.kind)).toContain('reidentified');
    expect(b.deviceId).not.toBe(sharedId);
    expect(copy.deviceId).not.toBe(sharedId);
    expect(b.deviceId).not.toBe(copy.deviceId);

    settle([a, b, copy]);
    expectConverged([a, b, copy], [...x1, ...y, ...x2]);
    const names = (await a.client.campaigns.list({})).map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining(['First on the copy', 'On B', 'Second on the copy']),
    );
  });

  it('a restored backup gets back what it exported after the backup', async () => {
    team = syncTeam();
    const { a, b: original } = await demoPair(team);
    const dir = original.backend.dataDir;
    original.backend.close();
    const backup = makeTempDir('baton-backup-');
    cleanups.push(backup.cleanup);
    fs.cpSync(dir, backup.dir, { recursive: true });

    const b = reopen('b', dir);
    const lost = await rename(b, 0, 'Renamed on B after the backup');
    expect(b.sync().exported).toHaveLength(1);
    b.backend.close();
    fs.rmSync(dir, { recursive: true });
    fs.cpSync(backup.dir, dir, { recursive: true });

    const restored = reopen('b restored', dir, START + 7_200_000);
    expect(changeIds(restored)).not.toEqual(expect.arrayContaining(lost));
    const first = restored.sync();
    expect(first.problems.map((p) => p.kind)).toEqual(['reidentified']);
    expect(changeIds(restored)).toEqual(expect.arrayContaining(lost));
    settle([a, restored]);
    expectConverged([a, restored], lost);
  });

  it('in the app: the sync worker re-identifies the copy and the app’s own connection follows', async () => {
    team = syncTeam();
    const { b: original } = await demoPair(team);
    const sharedId = original.deviceId;
    const dir = original.backend.dataDir;
    original.backend.close();
    const copyDir = makeTempDir('baton-copy-');
    cleanups.push(copyDir.cleanup);
    fs.cpSync(dir, copyDir.dir, { recursive: true });
    // No test clock: like the app, each syncs in its worker thread with its own connection.
    const b = startBackend({ dataDir: dir });
    const copy = startBackend({ dataDir: copyDir.dir });
    cleanups.push(
      () => b.close(),
      () => copy.close(),
    );
    const edit = async (backend: typeof b, name: string) => {
      const first = (await backend.client.campaigns.list({}))[0]!;
      await backend.client.campaigns.update({ id: first.id, name });
    };
    for (const backend of [b, copy]) {
      await backend.client.sync.setup({ folder: team.sharedDir, deviceName: 'B', mode: 'join' });
    }
    await edit(b, 'On B');
    expect((await b.client.sync.run()).exported).toBe(1);
    await edit(copy, 'On the copy');
    const run = await copy.client.sync.run();
    expect(run.problems.map((p) => p.kind)).toEqual(['reidentified']);
    expect(run.exported).toBe(1);

    const status = await copy.client.sync.status();
    expect(status.deviceId).not.toBe(sharedId);
    expect(status.problems.map((p) => p.kind)).toEqual(['reidentified']);
    expect(status.devices.find((d) => d.isThisDevice)?.deviceId).toBe(status.deviceId);
    await edit(copy, 'Later on the copy');
    const later = copy.context.db.sqlite
      .prepare('SELECT device_id FROM changes ORDER BY hlc DESC LIMIT 1')
      .pluck()
      .get();
    expect(later).toBe(status.deviceId);
    expect((await b.client.sync.status()).deviceId).toBe(sharedId);
  });

  it('a batch of its own changes it had not recorded (a crash after writing) is not a clone', async () => {
    team = syncTeam();
    const { b } = await demoPair(team);
    const id = b.deviceId;
    await rename(b, 0, 'Renamed on B');
    const out = b.sync();
    expect(out.exported).toHaveLength(1);
    // As if the process died between renaming the file into place and recording it.
    b.backend.context.db.sqlite
      .prepare('DELETE FROM sync_batches WHERE device_id = ? AND seq = ?')
      .run(id, out.exported[0]!.seq);
    const again = b.sync();
    expect(again.problems).toEqual([]);
    expect(b.deviceId).toBe(id);
  });

  it('another process of the copied database writes as the new id once the copy re-identified', async () => {
    team = syncTeam();
    const { b: original } = await demoPair(team);
    const { b, copy } = cloneB(original);
    const window = reopen('b-copy window', copy.backend.dataDir);
    await rename(b, 0, 'Renamed on B');
    b.sync();
    await rename(copy, 1, 'Renamed on the copy');
    copy.sync();
    expect(copy.deviceId).not.toBe(b.deviceId);
    // Before it writes anything: what it tells (sync status) is the new id already.
    expect((await window.client.sync.status()).deviceId).toBe(copy.deviceId);
    const made = await rename(window, 2, 'Renamed in the other window');
    const stamped = window.backend.context.db.sqlite
      .prepare('SELECT device_id AS deviceId, hlc FROM changes WHERE id = ?')
      .get(made[0]) as { deviceId: string; hlc: string };
    expect(stamped.deviceId).toBe(copy.deviceId);
    expect(stamped.hlc.endsWith(`-${copy.deviceId}`)).toBe(true);
    expect(window.deviceId).toBe(copy.deviceId);
  });
});
