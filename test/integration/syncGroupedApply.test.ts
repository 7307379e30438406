import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBatch, encodeBatch } from '../../electron/sync/batchFormat';
import type { Change } from '../../shared/model';
import { appliedCursors } from '../../electron/sync/syncState';
import { contentDump, syncTeam, type SyncDevice } from '../harness/syncDevices';

// Consecutive verified batches are applied in one transaction, given up for one transaction
// per batch when any of them fails (electron/sync/importBatches.ts, `applyGroup`). These tests
// hold it to what a batch applied alone guarantees: all or nothing per batch, exact records
// and cursors, a batch that waits for another device's rows applied once they arrive.

let team: ReturnType<typeof syncTeam>;
afterEach(() => team.close());

/** A with a workspace and one client; B (and C) joined from the folder, acting as A's person. */
async function team3(): Promise<{ a: SyncDevice; b: SyncDevice; c: SyncDevice; clientId: string }> {
  team = syncTeam();
  const a = team.device('a');
  const b = team.device('b');
  const c = team.device('c');
  const ws = await a.client.workspace.create({
    name: 'Northwind Agency',
    me: { name: 'Ada Lovelace', email: 'ada@agency.example', roleTitle: 'Account Director' },
  });
  const client = await a.client.clients.create({ name: 'Helio Bikes' });
  for (const d of [a, b, c]) expect(d.sync().problems).toEqual([]);
  for (const d of [b, c]) await d.client.workspace.setMe({ personId: ws.me!.id });
  return { a, b, c, clientId: client.id };
}

async function clientName(d: SyncDevice, id: string): Promise<string> {
  return (await d.client.clients.list({})).find((x) => x.id === id)!.name;
}

const seqsOf = (report: { applied: { seq: number }[] }) => report.applied.map((x) => x.seq);

function batchFile(d: SyncDevice, seq: number): string {
  return path.join(
    team.sharedDir,
    'baton',
    'devices',
    d.deviceId,
    'batches',
    `${String(seq).padStart(10, '0')}.batch`,
  );
}

describe('batches applied together in one transaction', () => {
  it('good batches commit together, once, each recorded with the cursor at the last', async () => {
    const { a, b, clientId } = await team3();
    const seqs: number[] = [];
    for (const name of ['One', 'Two', 'Three']) {
      b.advance(10_000);
      await b.client.clients.update({ id: clientId, name });
      seqs.push(b.sync().exported[0]!.seq);
    }
    const commitsBefore = a.commits.length;
    const report = a.sync();
    expect([seqsOf(report), report.problems]).toEqual([seqs, []]);
    expect(a.commits.slice(commitsBefore).map((e) => [e.origin, e.rows.client])).toEqual([
      ['sync', [clientId]],
    ]);
    expect(appliedCursors(a.backend.context.db).get(b.deviceId)).toBe(seqs[2]);
    expect(await clientName(a, clientId)).toBe('Three');
  });

  it.each<[string, (c: Change) => Change, RegExp]>([
    [
      'a change of a field no table has',
      (c) => ({ ...c, field: 'noSuchField' }),
      /unknown field "client\.noSuchField"/,
    ],
    // Lines are parsed and checked as their batch is applied, inside the group.
    [
      'a change line that is not a change',
      (c) => ({ ...c, entityId: 42 as unknown as string }),
      /invalid change on line 2 \(entityId is not text\)/,
    ],
  ])(
    'a batch that fails (%s) rolls back alone: the others stay, each recorded, the cursor exact',
    async (_, damage, fault) => {
      const { a, b, clientId } = await team3();
      const names = ['One', 'Two', 'Three', 'Four'];
      const seqs: number[] = [];
      for (const name of names) {
        b.advance(10_000);
        await b.client.clients.update({ id: clientId, name });
        seqs.push(b.sync().exported[0]!.seq);
      }
      // The third batch, sealed like any good file but with a bad change: it passes reading
      // and fails only while being applied, inside the group.
      const third = batchFile(b, seqs[2]!);
      const good = fs.readFileSync(third);
      const decoded = decodeBatch(good);
      if (!decoded.ok) throw new Error(decoded.message);
      const { header, changes } = decoded.batch;
      fs.writeFileSync(
        third,
        encodeBatch({
          deviceId: header.deviceId,
          seq: header.seq,
          createdAt: header.createdAt,
          changes: changes.map(damage),
        }).bytes,
      );

      const commitsBefore = a.commits.length;
      const report = a.sync();
      expect(seqsOf(report)).toEqual([seqs[0], seqs[1], seqs[3]]);
      expect(report.problems.map((p) => [p.kind, path.basename(p.file)])).toEqual([
        ['corrupt', path.basename(third)],
      ]);
      expect(report.problems[0]!.message).toMatch(fault);
      // The group was given up (the bad batch's writes were in its transaction) and its
      // batches applied one at a time: a commit for each good one, none for the bad one.
      const told = a.commits.slice(commitsBefore);
      expect(told.map((e) => [e.origin, e.rows.client])).toEqual([
        ['sync', [clientId]],
        ['sync', [clientId]],
        ['sync', [clientId]],
      ]);
      expect(await clientName(a, clientId)).toBe('Four');
      const db = a.backend.context.db;
      const recorded = db.sqlite
        .prepare('SELECT seq FROM sync_batches WHERE device_id = ? ORDER BY seq')
        .pluck()
        .all(b.deviceId);
      expect(recorded).toEqual([seqs[0], seqs[1], seqs[3]]);
      // Every batch up to the second was applied; the fourth waits behind the hole.
      expect(appliedCursors(db).get(b.deviceId)).toBe(seqs[1]);
      const thirdIds = changes.map((x) => x.id);
      const held = db.sqlite
        .prepare(`SELECT count(*) FROM changes WHERE id IN (${thirdIds.map(() => '?').join(',')})`)
        .pluck()
        .get(...thirdIds);
      expect(held).toBe(0);

      // A good copy of the third arrives: applied, the cursor closes the hole, the later name stays.
      fs.writeFileSync(third, good);
      const again = a.sync();
      expect([seqsOf(again), again.problems]).toEqual([[seqs[2]], []]);
      expect(appliedCursors(db).get(b.deviceId)).toBe(seqs[3]);
      expect(await clientName(a, clientId)).toBe('Four');
      expect(b.sync().problems).toEqual([]);
      expect(contentDump(a)).toEqual(contentDump(b));
    },
  );

  it('a group whose commit is refused for rows not arrived is applied batch by batch', async () => {
    const { a, b, c, clientId } = await team3();
    b.advance(10_000);
    const campaign = await b.client.campaigns.create({
      name: 'Commuter Season',
      clientId,
      type: 'paid_ads',
      launchDate: '2026-06-01',
    });
    const fromB = b.sync().exported.map((x) => x.seq);
    expect(fromB).toHaveLength(1);
    expect(c.sync().problems).toEqual([]);
    c.advance(20_000);
    const detail = await c.client.campaigns.get({ id: campaign.id });
    await c.client.handoffs.comment({
      handoffId: detail.handoffs[0]!.handoff.id,
      body: 'Brief looks complete.',
    });
    const needsB = c.sync().exported[0]!.seq;
    c.advance(10_000);
    await c.client.clients.update({ id: clientId, name: 'Helio Bikes Nordic' });
    const independent = c.sync().exported[0]!.seq;

    // B's folder is not there yet (a cloud client still downloading it): C's comment refers
    // to B's handoff, so the group's commit is refused and C's batches go one at a time.
    const bFolder = path.join(team.sharedDir, 'baton', 'devices', b.deviceId);
    const away = path.join(path.dirname(team.sharedDir), `${path.basename(team.sharedDir)}-away`);
    fs.renameSync(bFolder, away);
    let report;
    try {
      report = a.sync();
    } finally {
      fs.renameSync(away, bFolder);
    }
    expect(seqsOf(report)).toEqual([independent]);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({
      kind: 'not-applied',
      file: path.relative(team.sharedDir, batchFile(c, needsB)).split(path.sep).join('/'),
    });
    expect(report.problems[0]!.message).toMatch(
      /refers to rows that have not arrived yet \(in [a-z_]+(, [a-z_]+)*\); it will be applied once they do/,
    );
    expect(await clientName(a, clientId)).toBe('Helio Bikes Nordic');
    const db = a.backend.context.db;
    expect(appliedCursors(db).get(c.deviceId) ?? 0).toBe(needsB - 1);

    // B's folder is back: its batch and then C's waiting one are applied.
    const after = a.sync();
    expect(after.problems).toEqual([]);
    expect(after.applied.map((x) => [x.deviceId, x.seq]).sort()).toEqual(
      [
        [b.deviceId, fromB[0]],
        [c.deviceId, needsB],
      ].sort(),
    );
    expect(appliedCursors(db).get(c.deviceId)).toBe(independent);
    for (const d of [b, c, a]) expect(d.sync().problems).toEqual([]);
    expect(contentDump(a)).toEqual(contentDump(c));
    expect(contentDump(a)).toEqual(contentDump(b));
  });
});
