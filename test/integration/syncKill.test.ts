import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deviceAt } from '../harness/deviceAt';
import { changeIds, contentDump, START, type SyncDevice } from '../harness/syncDevices';
import { makeTempDir } from '../harness/tempDir';

// kill -9 of a laptop's sync in the middle of writing a batch and in the middle of applying
// one (issue 7). The sync runs in a child process (test/harness/syncKillChild.ts) that stops
// dead at the chosen point and is killed there with SIGKILL; real database files, one real
// shared folder.

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const CHILD = path.join(ROOT, 'test', 'harness', 'syncKillChild.ts');

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

type Stop = Record<string, unknown> & { point: string };

/**
 * Runs the child until it stops at `point`, then kills its whole process group (tsx and the
 * node process it starts) with SIGKILL and waits until none of it is left.
 */
async function syncKilledAt(
  dataDir: string,
  sharedDir: string,
  point: 'write' | 'rename' | 'apply',
  after?: number,
): Promise<Stop> {
  const marker = path.join(makeTemp('baton-marker-'), 'stopped.json');
  const args = [CHILD, dataDir, sharedDir, point, marker, ...(after ? [String(after)] : [])];
  // Its own process group, so the kill reaches the node process tsx starts.
  const child: ChildProcess = spawn(TSX, args, { cwd: ROOT, detached: true, stdio: 'pipe' });
  const pgid = child.pid!;
  cleanups.push(() => {
    if (groupAlive(pgid)) process.kill(-pgid, 'SIGKILL');
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  let exited = false;
  child.on('exit', () => (exited = true));
  const deadline = Date.now() + 60_000;
  while (!fs.existsSync(marker) || fs.statSync(marker).size === 0) {
    if (exited) throw new Error(`the sync child exited before stopping at ${point}:\n${stderr}`);
    if (Date.now() > deadline) throw new Error(`the sync child never stopped at ${point}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const stop = JSON.parse(fs.readFileSync(marker, 'utf8')) as Stop;
  process.kill(-pgid, 'SIGKILL');
  while (groupAlive(pgid)) await new Promise((r) => setTimeout(r, 10));
  return stop;
}

function makeTemp(prefix: string): string {
  const t = makeTempDir(prefix);
  cleanups.push(t.cleanup);
  return t.dir;
}

function open(name: string, dataDir: string, sharedDir: string): SyncDevice & { close(): void } {
  const d = deviceAt(name, dataDir, sharedDir, START + 3_600_000);
  cleanups.push(() => d.close());
  return d;
}

const count = (d: SyncDevice, sql: string, ...params: unknown[]) =>
  d.backend.context.db.sqlite
    .prepare(sql)
    .pluck()
    .get(...params) as number;

/**
 * A has the demo, B joined; then A renames campaigns and fills a long text, and is closed with
 * those changes not exported yet: the next sync of A's data folder exports them as batch 2.
 */
async function pendingOnA() {
  const shared = makeTemp('baton-shared-');
  const aDir = makeTemp('baton-a-');
  const bDir = makeTemp('baton-b-');
  const a = deviceAt('a', aDir, shared);
  await a.client.workspace.loadDemo();
  a.sync();
  const b = open('b', bDir, shared);
  b.sync();
  await b.client.workspace.setMe({ personId: (await a.client.workspace.get())!.me!.id });
  for (const [i, c] of (await a.client.campaigns.list({})).slice(0, 5).entries()) {
    a.advance(1_000);
    await a.client.campaigns.update({ id: c.id, name: `Renamed before the crash ${i}` });
  }
  const pending = count(
    a,
    `SELECT count(*) FROM changes WHERE device_id = ? AND hlc >
      (SELECT max(last_hlc) FROM sync_batches WHERE device_id = ?)`,
    a.deviceId,
    a.deviceId,
  );
  const aId = a.deviceId;
  a.close();
  const batches = path.join(shared, 'baton', 'devices', aId, 'batches');
  return { shared, aDir, b, pending, batches };
}

describe('a sync killed while writing a batch', () => {
  it(
    'leaves no sealed half file; readers ignore the temp; the next run exports the same changes',
    { timeout: 90_000 },
    async () => {
      const { shared, aDir, b, pending, batches } = await pendingOnA();
      const before = { content: contentDump(b), changes: changeIds(b) };

      const stop = await syncKilledAt(aDir, shared, 'write');
      expect(stop).toMatchObject({ point: 'write' });
      const temp = stop.temp as string;
      // The half-written temp is all there is of batch 2: no file under its final name.
      expect(fs.statSync(temp).size).toBe(stop.written);
      expect(stop.written).toBeLessThan(stop.total as number);
      expect(fs.readdirSync(batches).filter((n) => n.endsWith('.batch'))).toEqual([
        '0000000001.batch',
      ]);

      // A teammate's sync meanwhile: the temp is ignored silently, nothing applied.
      const meanwhile = b.sync();
      expect([meanwhile.applied, meanwhile.problems]).toEqual([[], []]);
      expect(contentDump(b)).toEqual(before.content);
      expect(changeIds(b)).toEqual(before.changes);

      // A starts again: nothing was recorded, so the same changes go out as batch 2.
      const a = open('a', aDir, shared);
      expect(count(a, 'SELECT max(seq) FROM sync_batches WHERE device_id = ?', a.deviceId)).toBe(1);
      expect(a.sync().exported).toEqual([
        { file: expect.stringMatching(/0000000002\.batch$/) as unknown, seq: 2, count: pending },
      ]);
      const after = b.sync();
      expect(after.problems).toEqual([]);
      expect(after.applied).toEqual([expect.objectContaining({ seq: 2, newChanges: pending })]);
      expect(contentDump(b)).toEqual(contentDump(a));
      expect(changeIds(b)).toEqual(changeIds(a));
      expect(fs.existsSync(temp)).toBe(true); // a crash's leftover, left alone
    },
  );

  it(
    'killed after the rename, before recording it: the next run exports again, applied as a no-op',
    { timeout: 90_000 },
    async () => {
      const { shared, aDir, b, pending, batches } = await pendingOnA();

      const stop = await syncKilledAt(aDir, shared, 'rename');
      expect(stop).toMatchObject({ point: 'rename' });
      expect(path.basename(stop.file as string)).toBe('0000000002.batch');

      const a = open('a', aDir, shared);
      expect(count(a, 'SELECT max(seq) FROM sync_batches WHERE device_id = ?', a.deviceId)).toBe(1);
      // Batch 2 is on disk but not recorded: the same changes go out again as batch 3.
      expect(a.sync().exported).toEqual([expect.objectContaining({ seq: 3, count: pending })]);
      expect(fs.readdirSync(batches).filter((n) => n.endsWith('.batch'))).toHaveLength(3);

      const report = b.sync();
      expect(report.problems).toEqual([]);
      expect(report.applied).toEqual([
        expect.objectContaining({ seq: 2, newChanges: pending }),
        expect.objectContaining({ seq: 3, newChanges: 0 }),
      ]);
      expect(contentDump(b)).toEqual(contentDump(a));
      expect(changeIds(b)).toEqual(changeIds(a));
    },
  );
});

describe('a sync killed while applying a batch', () => {
  it(
    'leaves none of that batch in the database; the next run applies it, once',
    { timeout: 90_000 },
    async () => {
      const shared = makeTemp('baton-shared-');
      const aDir = makeTemp('baton-a-');
      const bDir = makeTemp('baton-b-');
      const a = open('a', aDir, shared);
      await a.client.workspace.loadDemo();
      const [exported] = a.sync().exported;
      expect(exported).toBeDefined();
      const total = exported!.count;

      // B is a new laptop joining: killed halfway through A's first batch.
      const stop = await syncKilledAt(bDir, shared, 'apply', Math.floor(total / 2));
      expect(stop).toEqual({
        point: 'apply',
        inserted: Math.floor(total / 2),
        inTransaction: true,
      });

      const b = open('b', bDir, shared);
      const fromA = 'SELECT count(*) FROM changes WHERE device_id = ?';
      expect(count(b, fromA, a.deviceId)).toBe(0);
      expect(count(b, 'SELECT count(*) FROM sync_batches WHERE device_id = ?', a.deviceId)).toBe(0);
      expect(count(b, 'SELECT count(*) FROM sync_cursors')).toBe(0);
      expect(count(b, 'SELECT count(*) FROM workspaces')).toBe(0);
      expect(count(b, 'PRAGMA integrity_check') as unknown).toBe('ok');

      const report = b.sync();
      expect(report.problems).toEqual([]);
      expect(report.applied).toEqual([
        expect.objectContaining({ deviceId: a.deviceId, seq: 1, newChanges: total }),
      ]);
      expect(count(b, fromA, a.deviceId)).toBe(total);
      expect(count(b, 'SELECT count(*) FROM sync_batches WHERE device_id = ?', a.deviceId)).toBe(1);
      expect(count(b, 'SELECT applied_seq FROM sync_cursors WHERE device_id = ?', a.deviceId)).toBe(
        1,
      );
      expect(b.sync().applied).toEqual([]);
      expect(contentDump(b)).toEqual(contentDump(a));
      expect(changeIds(b)).toEqual(changeIds(a));
    },
  );
});
