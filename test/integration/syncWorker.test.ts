import fs from 'node:fs';
import { threadId } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { startBackend, type Backend } from '../../electron/backend/startBackend';
import type { CommitEvent } from '../../electron/db/batonDatabase';
import { dbFilePath } from '../../electron/db/paths';
import { syncFolder } from '../../electron/sync';
import { SyncRunner } from '../../electron/sync/syncRunner';
import { SyncWorkerClient } from '../../electron/sync/syncWorkerClient';
import { makeTempDir } from '../harness/tempDir';

// Sync in its worker thread (the default without a test clock): its own connection applies
// teammates' batches, the app's thread hears which rows changed, and stopping closes it.

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function laptop(name: string): Backend {
  const data = makeTempDir(`baton-worker-${name}-`);
  const backend = startBackend({ dataDir: data.dir, deviceName: name });
  cleanups.push(() => {
    backend.close();
    data.cleanup();
  });
  return backend;
}

async function nameOf(backend: Backend, id: string): Promise<string | undefined> {
  return (await backend.client.campaigns.list({})).find((c) => c.id === id)?.name;
}

describe('sync in a worker thread', () => {
  it('applies a teammate’s batches off the app’s thread and announces the rows it changed', async () => {
    const shared = makeTempDir('baton-worker-shared-');
    cleanups.push(shared.cleanup);
    const a = laptop('a');
    const b = laptop('b');
    await a.client.workspace.loadDemo();
    const mine = new SyncRunner(a.context.db, shared.dir, { watch: false });
    const theirs = new SyncRunner(b.context.db, shared.dir, { watch: false });
    cleanups.push(
      () => mine.stop(),
      () => theirs.stop(),
    );

    const exported = await mine.request();
    expect(exported).toMatchObject({ error: null, problems: [] });
    expect(exported.exported).toBeGreaterThan(0);

    const heard: CommitEvent[] = [];
    b.context.db.onCommit((e) => heard.push(e));
    const applied = await theirs.request();
    expect(applied).toMatchObject({ error: null, problems: [] });
    expect(applied.applied).toBe(exported.exported);

    // The app's connection sees what the worker's wrote, and heard which campaigns changed.
    const names = (list: { name: string }[]) => list.map((c) => c.name).sort();
    const campaigns = await b.client.campaigns.list({});
    expect(names(campaigns)).toEqual(names(await a.client.campaigns.list({})));
    const announced = heard
      .filter((e) => e.origin === 'sync')
      .flatMap((e) => e.rows.campaign ?? []);
    expect(new Set(announced)).toEqual(new Set(campaigns.map((c) => c.id)));
    // The worker read its own log rows: the first batches bring people and clients, which
    // every card shows, so it names no cards (null: all of them).
    const followed = heard.flatMap((e) => e.followed ?? []);
    expect(followed.length).toBeGreaterThan(0);
    expect(followed.some((f) => f.campaignIds === null)).toBe(true);
    for (const f of followed) expect(f.upTo).toBeGreaterThan(f.after);

    // A later edit on A arrives the same way, and B's own write after it is exported.
    const card = campaigns[0]!;
    await a.client.campaigns.update({ id: card.id, name: 'Renamed on A' });
    await mine.request();
    heard.length = 0;
    expect((await theirs.request()).applied).toBe(1);
    // A campaign's own change: the worker names that one card.
    expect(heard.flatMap((e) => e.followed ?? []).map((f) => f.campaignIds)).toEqual([[card.id]]);
    expect(await nameOf(b, card.id)).toBe('Renamed on A');
    await b.client.campaigns.update({ id: card.id, name: 'Renamed on B' });
    expect((await theirs.request()).exported).toBe(1);
    await mine.request();
    expect(await nameOf(a, card.id)).toBe('Renamed on B');
  });

  it('reports before the checkpoint, and the app’s connection checkpoints again only once the worker has', async () => {
    const shared = makeTempDir('baton-worker-shared-');
    cleanups.push(shared.cleanup);
    const a = laptop('a');
    const b = laptop('b');
    const c = laptop('c');
    await a.client.workspace.loadDemo();
    syncFolder(a.context.db, shared.dir);

    // The engine: the report is out while the run's pages are still in the WAL only (the
    // database file has not grown); the checkpoint after it copies them.
    const fileSize = (backend: Backend) => fs.statSync(dbFilePath(backend.context.db.dataDir)).size;
    const before = fileSize(c);
    let atReport = -1;
    const report = syncFolder(c.context.db, shared.dir, {
      onReport: () => (atReport = fileSize(c)),
    });
    expect(report.applied.length).toBeGreaterThan(0);
    expect(atReport).toBe(before);
    expect(fileSize(c)).toBeGreaterThan(before);

    // The worker: its report reaches the runner first; the app's connection keeps its own
    // checkpoints off until the worker has checkpointed, then gets them back.
    const autocheckpoint = () =>
      b.context.db.sqlite.pragma('wal_autocheckpoint', { simple: true }) as number;
    const normal = autocheckpoint();
    expect(normal).toBeGreaterThan(0);
    const sizeBefore = fileSize(b);
    let duringReport = -1;
    const runner = new SyncRunner(b.context.db, shared.dir, {
      watch: false,
      onRun: () => (duringReport = autocheckpoint()),
    });
    cleanups.push(() => runner.stop());
    const outcome = await runner.request();
    expect(outcome).toMatchObject({ error: null, problems: [] });
    expect(outcome.applied).toBe(report.applied.length);
    expect(duringReport).toBe(0);
    expect(autocheckpoint()).toBe(normal);
    // Checkpointed by then, and not by the app's connection (its checkpoints were off).
    expect(fileSize(b)).toBeGreaterThan(sizeBefore);
  });

  it('stop ends the run between steps, then the thread', async () => {
    const shared = makeTempDir('baton-worker-shared-');
    cleanups.push(shared.cleanup);
    const a = laptop('a');
    await a.client.workspace.loadDemo();
    const announced: string[] = [];
    const client = new SyncWorkerClient(a.context.db.dataDir, {
      onApplied: (rows) => announced.push(...Object.keys(rows)),
    });
    cleanups.push(() => client.stop());
    expect(client.threadId).toBeNull();
    const running = client.run(shared.dir);
    expect(client.threadId).not.toBeNull();
    expect(client.threadId).not.toBe(threadId);
    const stopped = client.stop();
    // Stopping ends the run between two steps (each step all or nothing): it finishes, or
    // says it stopped after exporting; never half a batch.
    const outcome = await running.then(
      (report) => report.problems,
      (err: Error) => err.message,
    );
    expect([[], 'Sync has stopped']).toContainEqual(outcome);
    await stopped;
    expect(client.threadId).toBeNull();
    expect(announced).toEqual([]); // exporting changes no rows here
    // What the worker exported is recorded in the app's database.
    expect((await a.client.sync.status()).pendingChanges).toBe(0);
  });
});
