import { afterEach, describe, expect, it } from 'vitest';
import { decodeBatch } from '../../electron/sync/batchFormat';
import { applyBatch } from '../../electron/sync/applyBatch';
import { importBatches } from '../../electron/sync/importBatches';
import { FolderLayout } from '../../electron/sync/folderLayout';
import fs from 'node:fs';
import path from 'node:path';
import { changeLogProblems } from '../harness/changeLog';
import {
  changeIds,
  contentDump,
  demoPair,
  syncTeam,
  type SyncDevice,
} from '../harness/syncDevices';

let team: ReturnType<typeof syncTeam>;
afterEach(() => team.close());

/** A with the demo agency, B joined from the shared folder, both synced once. */
function twoDevices(): Promise<{ a: SyncDevice; b: SyncDevice }> {
  team = syncTeam();
  return demoPair(team);
}

const firstCampaign = async (d: SyncDevice) => (await d.client.campaigns.list({}))[0]!;

describe('two devices through one shared folder', () => {
  it('converge: the demo and later edits on either side arrive on the other', async () => {
    team = syncTeam();
    const a = team.device('a');
    const b = team.device('b');
    await a.client.workspace.loadDemo();
    expect(await b.client.workspace.get()).toBeNull();

    const first = a.sync();
    expect(first.problems).toEqual([]);
    expect(first.exported.length).toBeGreaterThan(0);
    expect(first.exported[0]!.file).toBe(`baton/devices/${a.deviceId}/batches/0000000001.batch`);
    expect(fs.existsSync(path.join(team.sharedDir, 'baton', 'workspace.json'))).toBe(true);

    const pulled = b.sync();
    expect(pulled.problems).toEqual([]);
    expect(pulled.applied.map((x) => x.deviceId)).toEqual(first.exported.map(() => a.deviceId));
    // Live updates fired for what arrived, so open windows refetch.
    expect(b.commits.some((e) => e.tables.includes('campaign'))).toBe(true);

    expect((await b.client.workspace.get())!.workspace).toEqual(
      (await a.client.workspace.get())!.workspace,
    );
    expect(await b.client.campaigns.list({})).toEqual(await a.client.campaigns.list({}));
    expect(contentDump(b)).toEqual(contentDump(a));

    // B edits: a campaign and a field of its current handoff.
    const me = (await a.client.workspace.get())!.me!;
    await b.client.workspace.setMe({ personId: me.id });
    const card = (await b.client.campaigns.list({})).find((c) => c.currentHandoff)!;
    b.advance(60_000);
    await b.client.campaigns.update({ id: card.id, name: 'Renamed on B' });
    const handoff = await b.client.handoffs.get({ id: card.currentHandoff!.id });
    const key = handoff.template.fields.find((f) => f.type === 'long_text')!.key;
    await b.client.handoffs.setField({ handoffId: handoff.handoff.id, key, value: 'Written on B' });

    const fromB = b.sync();
    expect(fromB.exported).toHaveLength(1);
    expect(fromB.applied).toEqual([]);
    a.advance(120_000);
    const intoA = a.sync();
    expect(intoA.exported).toEqual([]);
    expect(intoA.applied).toHaveLength(1);

    expect(await a.client.campaigns.list({})).toEqual(await b.client.campaigns.list({}));
    expect(await a.client.handoffs.get({ id: handoff.handoff.id })).toEqual(
      await b.client.handoffs.get({ id: handoff.handoff.id }),
    );
    expect((await a.client.handoffs.get({ id: handoff.handoff.id })).fields[key]).toBe(
      'Written on B',
    );
    expect(contentDump(a)).toEqual(contentDump(b));
    expect(changeIds(a)).toEqual(changeIds(b));
    expect(changeLogProblems(a.backend.context.db)).toEqual([]);
    expect(changeLogProblems(b.backend.context.db)).toEqual([]);
  });

  it('exports and applies nothing when nothing changed', async () => {
    const { a, b } = await twoDevices();
    b.sync(); // exports nothing: setMe is device-local and writes no change
    const again = [a.sync(), b.sync(), a.sync()];
    for (const r of again) {
      expect(r).toEqual({ exported: [], applied: [], parked: [], problems: [] });
    }
  });

  it('keeps per-device cursors and acks of what was applied', async () => {
    const { a, b } = await twoDevices();
    const db = b.backend.context.db;
    const cursor = db.sqlite
      .prepare('SELECT applied_seq FROM sync_cursors WHERE device_id = ?')
      .pluck()
      .get(a.deviceId);
    expect(cursor).toBe(1);
    const ack = JSON.parse(
      fs.readFileSync(
        path.join(team.sharedDir, 'baton', 'devices', b.deviceId, 'ack.json'),
        'utf8',
      ),
    ) as { applied: Record<string, number> };
    expect(ack.applied).toEqual({ [a.deviceId]: 1 });
  });

  it('applying moves the local clock past the remote HLCs', async () => {
    team = syncTeam();
    // A's wall clock is two minutes ahead of B's (within the drift B accepts).
    const a = team.device('a');
    a.advance(120_000);
    const b = team.device('b');
    await a.client.workspace.loadDemo();
    a.sync();
    b.sync();
    const me = (await a.client.workspace.get())!.me!;
    await b.client.workspace.setMe({ personId: me.id });
    const card = await firstCampaign(b);
    await b.client.campaigns.update({ id: card.id, name: 'After catching up' });
    const hlcs = b.backend.context.db.sqlite
      .prepare('SELECT device_id, max(hlc) AS hlc FROM changes GROUP BY device_id')
      .all() as { device_id: string; hlc: string }[];
    const byDevice = Object.fromEntries(hlcs.map((r) => [r.device_id, r.hlc]));
    expect(byDevice[b.deviceId]! > byDevice[a.deviceId]!).toBe(true);
  });
});

describe('concurrent edits of the same field', () => {
  it.each([
    ['the earlier editor syncs first', ['a', 'b', 'a']],
    ['the later editor syncs first', ['b', 'a', 'b']],
  ] as const)(
    'the later HLC wins on both sides (%s); the loser stays in history',
    async (_, order) => {
      const { a, b } = await twoDevices();
      const card = await firstCampaign(a);
      a.advance(10_000);
      await a.client.campaigns.update({ id: card.id, name: 'Name from A' });
      b.advance(20_000); // B edits later, while both are offline
      await b.client.campaigns.update({ id: card.id, name: 'Name from B' });

      const devices = { a, b };
      for (const name of order) devices[name].sync();

      for (const d of [a, b]) {
        expect((await d.client.campaigns.get({ id: card.id })).campaign.name).toBe('Name from B');
        const names = (await d.client.activity.list({ entityId: card.id, limit: 1000 }))
          .filter((c) => c.field === 'name')
          .map((c) => c.value);
        expect(names).toEqual(expect.arrayContaining(['Name from A', 'Name from B']));
        expect(changeLogProblems(d.backend.context.db)).toEqual([]);
      }
      expect(contentDump(a)).toEqual(contentDump(b));
    },
  );

  it('different fields of one row both survive', async () => {
    const { a, b } = await twoDevices();
    const card = await firstCampaign(a);
    a.advance(10_000);
    await a.client.campaigns.update({ id: card.id, name: 'Name from A' });
    b.advance(20_000);
    await b.client.campaigns.update({ id: card.id, launchDate: '2026-09-01' });
    a.sync();
    b.sync();
    a.sync();
    for (const d of [a, b]) {
      const { campaign: c } = await d.client.campaigns.get({ id: card.id });
      expect([c.name, c.launchDate]).toEqual(['Name from A', '2026-09-01']);
    }
    expect(contentDump(a)).toEqual(contentDump(b));
  });
});

describe('re-applying', () => {
  it('the same batch again is a no-op, recorded or not', async () => {
    const { a, b } = await twoDevices();
    const card = await firstCampaign(a);
    a.advance(10_000);
    await a.client.campaigns.update({ id: card.id, name: 'Once' });
    const exported = a.sync().exported;
    expect(b.sync().applied).toHaveLength(1);
    const file = path.join(team.sharedDir, exported[0]!.file);
    const decoded = decodeBatch(fs.readFileSync(file));
    if (!decoded.ok) throw new Error(decoded.message);
    const db = b.backend.context.db;
    const before = { content: contentDump(b), changes: changeIds(b), commits: b.commits.length };

    expect(applyBatch(db, decoded.batch, new Date().toISOString())).toEqual({
      applied: false,
      reason: 'already-applied',
    });

    // Even if this database forgot it applied the batch, its changes are already held.
    db.sqlite.prepare('DELETE FROM sync_batches WHERE device_id = ?').run(a.deviceId);
    db.sqlite.prepare('DELETE FROM sync_cursors').run();
    const again = importBatches(db, new FolderLayout(team.sharedDir), new Date().toISOString());
    expect(again.problems).toEqual([]);
    expect(again.applied.map((x) => [x.newChanges, x.won])).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(contentDump(b)).toEqual(before.content);
    expect(changeIds(b)).toEqual(before.changes);
    expect(b.commits.length).toBe(before.commits); // nothing changed, nothing announced
  });
});
