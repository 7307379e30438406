import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BatonDatabase } from '../../electron/db/batonDatabase';
import type { SyncReport } from '../../electron/sync';
import type { CommitNotice } from '../../shared/model';
import { SyncRunner } from '../../electron/sync/syncRunner';
import { toBatonError } from '../../renderer/api/errors';
import { failureOf } from '../harness/apiBindings';
import { contentDump, START, syncTeam, type SyncDevice } from '../harness/syncDevices';
import { makeTempDir } from '../harness/tempDir';

// The sync runner over real folders and real SQLite files: it syncs by itself after local
// commits (debounced), on folder events and on a poll, and never runs twice at once.

let team: ReturnType<typeof syncTeam>;
const cleanups: (() => void)[] = [];
afterEach(() => {
  team?.close();
  for (const c of cleanups.splice(0).reverse()) c();
});

/** Resolves once `check` passes; fails with its last error after `ms`. */
async function eventually(check: () => Promise<void> | void, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      await check();
      return;
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function expectRuleViolation(call: Promise<unknown>, field: string, text: RegExp) {
  const err = await failureOf(call);
  expect(err).toMatchObject({ code: 'RULE_VIOLATION', defined: true });
  const { issues, message } = toBatonError(err);
  expect(issues.map((i) => i.field)).toEqual([field]);
  expect(message).toMatch(text);
}

/** A with the demo agency shares it in the folder; B joins. */
async function sharedDemo(a: SyncDevice, b: SyncDevice) {
  await a.client.workspace.loadDemo();
  const created = await a.client.sync.setup({
    folder: team.sharedDir,
    deviceName: 'Ada laptop',
    mode: 'create',
  });
  expect(created.lastRun).toMatchObject({ applied: 0, problems: [], error: null });
  expect(created.lastRun!.exported).toBeGreaterThan(0);
  const joined = await b.client.sync.setup({
    folder: team.sharedDir,
    deviceName: 'Ben laptop',
    mode: 'join',
  });
  expect(joined.lastRun).toMatchObject({ exported: 0, problems: [], error: null });
  expect(joined.lastRun!.applied).toBeGreaterThan(0);
  const me = (await a.client.workspace.get())!.me!;
  await b.client.workspace.setMe({ personId: me.id });
}

describe('sync runner', () => {
  it('syncs two devices after a local commit without being asked', async () => {
    team = syncTeam();
    const fast = { triggers: true, debounceMs: 50, pollMs: 60_000 };
    const a = team.device('a', START, fast);
    const b = team.device('b', START, fast);
    await sharedDemo(a, b);
    expect(contentDump(b)).toEqual(contentDump(a));

    const card = (await a.client.campaigns.list({}))[0]!;
    a.advance(60_000);
    await a.client.campaigns.update({ id: card.id, name: 'Renamed on A' });
    // No sync.run: A exports after its debounce, B sees the file (watch) and applies it.
    await eventually(async () => {
      const there = (await b.client.campaigns.list({})).find((c) => c.id === card.id);
      expect(there?.name).toBe('Renamed on A');
    });
    expect(b.commits.some((e) => e.origin === 'sync' && e.tables.includes('campaign'))).toBe(true);
    await eventually(async () => {
      expect((await a.client.sync.status()).pendingChanges).toBe(0);
    });
    await eventually(() => expect(contentDump(b)).toEqual(contentDump(a)));
  });

  it('tells open windows: a live update names what a run applied', async () => {
    team = syncTeam();
    const a = team.device('a');
    const b = team.device('b');
    await sharedDemo(a, b);
    const controller = new AbortController();
    cleanups.push(() => controller.abort());
    const notices: CommitNotice[] = [];
    const stream = await b.client.live.updates(undefined, { signal: controller.signal });
    void (async () => {
      try {
        for await (const notice of stream) notices.push(notice);
      } catch {
        // Aborting ends the stream.
      }
    })();

    const card = (await a.client.campaigns.list({}))[0]!;
    a.advance(60_000);
    await a.client.campaigns.update({ id: card.id, name: 'Seen live on B' });
    a.sync();
    expect((await b.client.sync.run()).applied).toBe(1);
    await eventually(() =>
      expect(notices).toContainEqual(
        expect.objectContaining({ tables: ['campaign'], ids: [card.id], campaignIds: [card.id] }),
      ),
    );
  });

  it('checkpoints the WAL once a run has applied batches, and hands back automatic checkpoints', async () => {
    team = syncTeam();
    const a = team.device('a');
    const b = team.device('b');
    await sharedDemo(a, b);
    const sqlite = b.backend.context.db.sqlite;
    // The join applied the whole demo (less WAL than the automatic 4 MiB): left alone, the
    // next commit here would find it all still to copy.
    const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(
      (4 * 1024 * 1024) / pageSize,
    );
    const [state] = sqlite.pragma('wal_checkpoint(PASSIVE)') as { log: number }[];
    expect(state!.log).toBeLessThan(50);
  });

  it('picks up a batch another device dropped into the folder, by polling alone', async () => {
    team = syncTeam();
    const a = team.device('a');
    const b = team.device('b', START, { triggers: true, watch: false, pollMs: 100 });
    await a.client.workspace.loadDemo();
    a.sync();
    await b.client.sync.setup({ folder: team.sharedDir, deviceName: 'Ben', mode: 'join' });
    const me = (await a.client.workspace.get())!.me!;
    await b.client.workspace.setMe({ personId: me.id });

    const card = (await a.client.campaigns.list({}))[0]!;
    a.advance(60_000);
    await a.client.campaigns.update({ id: card.id, name: 'Dropped in by A' });
    expect(a.sync().exported).toHaveLength(1);
    await eventually(async () => {
      const there = (await b.client.campaigns.list({})).find((c) => c.id === card.id);
      expect(there?.name).toBe('Dropped in by A');
    });
    expect(contentDump(b)).toEqual(contentDump(a));
  });

  it('does not run again because it applied teammates changes', async () => {
    team = syncTeam();
    const a = team.device('a');
    const b = team.device('b', START, {
      triggers: true,
      watch: false,
      debounceMs: 20,
      pollMs: 60_000,
    });
    await a.client.workspace.loadDemo();
    a.sync();
    await b.client.sync.setup({ folder: team.sharedDir, deviceName: 'Ben', mode: 'join' });
    expect(b.commits.length).toBeGreaterThan(0);
    expect(b.commits.every((e) => e.origin === 'sync')).toBe(true);
    const runs = (await b.client.sync.status()).lastRun!.at;
    b.advance(60_000); // a later run would carry a later time
    await sleep(200);
    // Still the setup's run: commits from applying batches do not trigger a run.
    expect((await b.client.sync.status()).lastRun!.at).toBe(runs);
    expect(b.backend.context.sync.status().running).toBe(false);
  });

  it('never overlaps runs: requests during a run make exactly one more run', async () => {
    const data = makeTempDir('baton-runner-');
    const shared = makeTempDir('baton-runner-shared-');
    const db = BatonDatabase.open(data.dir);
    cleanups.push(data.cleanup, shared.cleanup, () => db.close());
    let active = 0;
    let most = 0;
    let started = 0;
    const empty: SyncReport = { exported: [], applied: [], parked: [], problems: [] };
    const runner = new SyncRunner(db, shared.dir, {
      watch: false,
      debounceMs: 10,
      run: async () => {
        started++;
        active++;
        most = Math.max(most, active);
        await sleep(50);
        active--;
        return empty;
      },
    });
    cleanups.push(() => void runner.stop());

    // A burst of requests before the first run starts is one run.
    const burst = await Promise.all([runner.request(), runner.request(), runner.request()]);
    expect(started).toBe(1);
    expect(new Set(burst).size).toBe(1);

    // Requests while a run is going make exactly one more run, after it.
    const first = runner.request();
    await sleep(10);
    expect(runner.isRunning).toBe(true);
    const during = [runner.request(), runner.request(), runner.request()];
    const [one, ...more] = await Promise.all([first, ...during]);
    expect(started).toBe(3);
    expect(new Set(more).size).toBe(1);
    expect(more[0]).not.toBe(one);
    expect(most).toBe(1);

    // Local commits while running: debounced into one more run, still one at a time.
    runner.start();
    await eventually(() => expect(started).toBe(4)); // the start's run
    for (let i = 0; i < 5; i++) {
      db.write(null, (tx) =>
        tx.insert('workspace', {
          name: `W${i}`,
          homeTimeZone: 'UTC',
          createdAt: new Date().toISOString(),
        }),
      );
    }
    await eventually(() => expect(started).toBe(5));
    await sleep(100);
    expect(started).toBe(5);
    expect(most).toBe(1);
  });

  it('runs during a burst of commits that never pauses, at the latest after maxWaitMs', async () => {
    const data = makeTempDir('baton-runner-');
    const shared = makeTempDir('baton-runner-shared-');
    const db = BatonDatabase.open(data.dir);
    cleanups.push(data.cleanup, shared.cleanup, () => db.close());
    const startedAt: number[] = [];
    const runner = new SyncRunner(db, shared.dir, {
      watch: false,
      debounceMs: 150,
      maxWaitMs: 300,
      run: async () => {
        startedAt.push(Date.now());
        return { exported: [], applied: [], parked: [], problems: [] };
      },
    });
    cleanups.push(() => void runner.stop());
    runner.start();
    await eventually(() => expect(startedAt).toHaveLength(1));
    const burstStart = Date.now();
    for (let i = 0; i < 20; i++) {
      db.write(null, (tx) =>
        tx.insert('workspace', {
          name: `W${i}`,
          homeTimeZone: 'UTC',
          createdAt: new Date().toISOString(),
        }),
      );
      await sleep(50);
    }
    // A second of commits 50 ms apart: a plain 150 ms debounce would not have run yet.
    const during = startedAt.filter((t) => t > burstStart && t < Date.now());
    expect(during.length).toBeGreaterThanOrEqual(2);
  });

  it('writes nothing while the shared folder is gone, and syncs once it is back', async () => {
    team = syncTeam();
    const a = team.device('a');
    const b = team.device('b');
    await sharedDemo(a, b);
    const away = `${team.sharedDir}-unplugged`;
    fs.renameSync(team.sharedDir, away);
    cleanups.push(() => fs.rmSync(away, { recursive: true, force: true }));

    const card = (await b.client.campaigns.list({}))[0]!;
    b.advance(60_000);
    await b.client.campaigns.update({ id: card.id, name: 'Written while unplugged' });
    const offline = await b.client.sync.run();
    expect(offline).toMatchObject({ exported: 0, applied: 0, error: null });
    expect(offline.problems).toEqual([expect.objectContaining({ kind: 'unreadable', file: '.' })]);
    expect(offline.problems[0]!.message).toMatch(/is not there/);
    expect(fs.existsSync(team.sharedDir)).toBe(false);
    expect((await b.client.sync.status()).pendingChanges).toBe(1);

    fs.renameSync(away, team.sharedDir);
    const back = await b.client.sync.run();
    expect(back).toMatchObject({ exported: 1, problems: [], error: null });
    a.advance(120_000);
    expect(a.sync().applied).toHaveLength(1);
    expect(contentDump(a)).toEqual(contentDump(b));
  });

  it('reports a corrupt batch in the folder and carries on with the others', async () => {
    team = syncTeam();
    const a = team.device('a');
    const b = team.device('b');
    await a.client.workspace.loadDemo();
    a.sync();
    const stranger = path.join(team.sharedDir, 'baton', 'devices', '00112233aabbccdd', 'batches');
    fs.mkdirSync(stranger, { recursive: true });
    // Sealed, but the seal does not match the bytes: corrupt, not merely incomplete.
    const seal = JSON.stringify({ seal: '0'.repeat(64) });
    fs.writeFileSync(path.join(stranger, '0000000001.batch'), `{"format":"x"}\n${seal}\n`);

    const joined = await b.client.sync.setup({
      folder: team.sharedDir,
      deviceName: 'Ben',
      mode: 'join',
    });
    const bad = 'baton/devices/00112233aabbccdd/batches/0000000001.batch';
    expect(joined.problems).toEqual([expect.objectContaining({ kind: 'corrupt', file: bad })]);
    expect(joined.lastRun!.applied).toBeGreaterThan(0);
    expect(contentDump(b)).toEqual(contentDump(a));

    const me = (await a.client.workspace.get())!.me!;
    await b.client.workspace.setMe({ personId: me.id });
    const card = (await b.client.campaigns.list({}))[0]!;
    b.advance(60_000);
    await b.client.campaigns.update({ id: card.id, name: 'Renamed on B' });
    const run = await b.client.sync.run();
    expect(run).toMatchObject({ exported: 1, applied: 0, error: null });
    expect(run.problems.map((p) => p.file)).toEqual([bad]);
    a.advance(120_000);
    expect(a.sync().applied).toHaveLength(1);
    expect(contentDump(a)).toEqual(contentDump(b));
  });
});

describe('sync procedures', () => {
  it('status names the folder, the devices seen and what is pending', async () => {
    team = syncTeam();
    const a = team.device('a');
    const b = team.device('b');
    const before = await a.client.sync.status();
    expect(before).toMatchObject({ folder: null, lastRun: null, devices: [], running: false });
    await sharedDemo(a, b);

    const status = await b.client.sync.status();
    expect(status.folder).toBe(team.sharedDir);
    expect(status.deviceName).toBe('Ben laptop');
    expect(status.pendingChanges).toBe(0);
    expect(status.devices.map((d) => [d.deviceName, d.isThisDevice])).toEqual(
      expect.arrayContaining([
        ['Ada laptop', false],
        ['Ben laptop', true],
      ]),
    );
    for (const d of status.devices) {
      expect(d.appVersion).toMatch(/^\d+\.\d+\.\d+/);
      expect(d.lastSeen).toBe(new Date(START).toISOString());
    }

    const card = (await b.client.campaigns.list({}))[0]!;
    await b.client.campaigns.update({ id: card.id, name: 'Pending on B' });
    expect((await b.client.sync.status()).pendingChanges).toBe(1);
    await b.client.sync.run();
    expect((await b.client.sync.status()).pendingChanges).toBe(0);
  });

  it('setup refuses a folder that cannot work, naming the field', async () => {
    team = syncTeam();
    const a = team.device('a');
    const b = team.device('b');
    const missing = path.join(team.sharedDir, 'nope');
    await expectRuleViolation(
      a.client.sync.setup({ folder: missing, deviceName: 'A', mode: 'join' }),
      'folder',
      /folder does not exist/,
    );
    const file = path.join(team.sharedDir, 'a-file.txt');
    fs.writeFileSync(file, 'x');
    await expectRuleViolation(
      a.client.sync.setup({ folder: file, deviceName: 'A', mode: 'join' }),
      'folder',
      /folder is not a folder/,
    );
    // Root may write anywhere a mode allows; /proc/self takes no new files even for root.
    let readOnlyDir = '/proc/self';
    if (process.getuid?.() !== 0) {
      readOnlyDir = path.join(team.sharedDir, 'read-only');
      fs.mkdirSync(readOnlyDir, { mode: 0o555 });
      cleanups.push(() => fs.chmodSync(readOnlyDir, 0o755));
    }
    await expectRuleViolation(
      a.client.sync.setup({ folder: readOnlyDir, deviceName: 'A', mode: 'join' }),
      'folder',
      /folder is not writable/,
    );
    await expectRuleViolation(
      a.client.sync.setup({ folder: team.sharedDir, deviceName: 'A', mode: 'join' }),
      'folder',
      /holds no Baton workspace to join/,
    );
    await expectRuleViolation(
      a.client.sync.setup({ folder: team.sharedDir, deviceName: 'A', mode: 'create' }),
      'mode',
      /needs a workspace on this laptop/,
    );
    await expectRuleViolation(a.client.sync.run(), 'folder', /not set up/);

    // A folder holding another workspace is refused both ways, and nothing is written there.
    await a.client.workspace.loadDemo();
    await a.client.sync.setup({ folder: team.sharedDir, deviceName: 'A', mode: 'create' });
    await b.client.workspace.create({ name: 'Other agency', me: { name: 'Bo' } });
    for (const mode of ['create', 'join'] as const) {
      await expectRuleViolation(
        b.client.sync.setup({ folder: team.sharedDir, deviceName: 'B', mode }),
        'folder',
        /belongs to another workspace/,
      );
    }
    expect(fs.readdirSync(path.join(team.sharedDir, 'baton', 'devices'))).toEqual([a.deviceId]);
    expect((await b.client.sync.status()).folder).toBeNull();
  });

  it('leave forgets the folder and stops syncing; the data stays', async () => {
    team = syncTeam();
    const a = team.device('a');
    const b = team.device('b', START, { triggers: true, debounceMs: 20, pollMs: 100 });
    await sharedDemo(a, b);
    const left = await b.client.sync.leave();
    expect(left).toMatchObject({ folder: null, lastRun: null, devices: [] });
    expect((await b.client.campaigns.list({})).length).toBeGreaterThan(0);
    await expectRuleViolation(b.client.sync.run(), 'folder', /not set up/);

    const card = (await a.client.campaigns.list({}))[0]!;
    a.advance(60_000);
    await a.client.campaigns.update({ id: card.id, name: 'After B left' });
    a.sync();
    await sleep(300);
    const there = (await b.client.campaigns.list({})).find((c) => c.id === card.id);
    expect(there?.name).not.toBe('After B left');
  });
});
