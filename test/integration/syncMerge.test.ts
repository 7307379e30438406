import { afterEach, describe, expect, it } from 'vitest';
import type { WriteTx } from '../../electron/db/writeTx';
import { openConflicts } from '../../electron/sync/syncConflicts';
import { syncFolder } from '../../electron/sync';
import { changeLogProblems } from '../harness/changeLog';
import {
  campaignDeletedAndRenamed,
  contentDump,
  demoPair,
  exchange,
  expectPairConverged as expectConverged,
  handoffWithLongText,
  syncTeam,
  textEditedOnBoth,
  type SyncDevice,
} from '../harness/syncDevices';

// The merge rules beyond per-field last-writer-wins (docs/sync-format.md, "Merge rules"), with
// two laptops, real database files and one real shared folder.

let team: ReturnType<typeof syncTeam>;
afterEach(() => team.close());

/** A with the demo agency, B joined from the shared folder, both synced once. */
function twoDevices(): Promise<{ a: SyncDevice; b: SyncDevice }> {
  team = syncTeam();
  return demoPair(team);
}

const text = (...lines: string[]) => lines.join('\n');
const BASE = text('Goal: awareness', 'Audience: parents', 'Tone: warm', 'Budget: 10k');

describe('long text merges line by line', () => {
  async function editedOnBoth(first: string, second: string) {
    team = syncTeam();
    // Offline on both laptops: A edits first, B later.
    const { a, b, handoffId, key } = await textEditedOnBoth(team, BASE, first, second);
    return { a, b, handoffId, key };
  }

  it('keeps edits of different lines made on both laptops, whichever syncs first', async () => {
    for (const order of ['ab', 'ba'] as const) {
      const { a, b, handoffId, key } = await editedOnBoth(
        text('Goal: leads', 'Audience: parents', 'Tone: warm', 'Budget: 10k'),
        text('Goal: awareness', 'Audience: parents', 'Tone: warm', 'Budget: 12k'),
      );
      if (order === 'ab') exchange(a, b);
      else exchange(b, a);
      for (const d of [a, b]) {
        const { fields } = await d.client.handoffs.get({ id: handoffId });
        expect(fields[key]).toBe(
          text('Goal: leads', 'Audience: parents', 'Tone: warm', 'Budget: 12k'),
        );
        expect(openConflicts(d.backend.context.db)).toEqual([]);
      }
      await expectConverged(a, b);
      team.close();
    }
  });

  it('keeps both versions of a line changed on both, between markers, and notes it', async () => {
    const { a, b, handoffId, key } = await editedOnBoth(
      text('Goal: awareness', 'Audience: parents', 'Tone: playful', 'Budget: 10k'),
      text('Goal: awareness', 'Audience: parents', 'Tone: serious', 'Budget: 10k'),
    );
    exchange(a, b);
    const expected = text(
      'Goal: awareness',
      'Audience: parents',
      '<<<<<<< one version (edited first)',
      'Tone: playful',
      '=======',
      'Tone: serious',
      '>>>>>>> the other version (edited later)',
      'Budget: 10k',
    );
    for (const d of [a, b]) {
      expect((await d.client.handoffs.get({ id: handoffId })).fields[key]).toBe(expected);
    }
    await expectConverged(a, b);
    for (const d of [a, b]) {
      expect(openConflicts(d.backend.context.db)).toEqual([
        expect.objectContaining({ kind: 'text', entity: 'handoffField', field: 'value' }),
      ]);
    }
    expect(openConflicts(a.backend.context.db)[0]!.id).toBe(
      openConflicts(b.backend.context.db)[0]!.id,
    );
    // Both laptops still agree after more rounds: no merge of merges.
    exchange(b, a);
    expect((await b.client.handoffs.get({ id: handoffId })).fields[key]).toBe(expected);
    await expectConverged(a, b);
  });

  it('an edit made after seeing the other one simply wins (no markers)', async () => {
    const { a, b } = await twoDevices();
    const { h, key } = await handoffWithLongText(a);
    const handoffId = h.handoff.id;
    a.advance(1_000);
    await a.client.handoffs.setField({ handoffId, key, value: BASE });
    exchange(a, b);
    a.advance(10_000);
    await a.client.handoffs.setField({ handoffId, key, value: BASE.replace('warm', 'playful') });
    exchange(a, b);
    b.advance(20_000);
    await b.client.handoffs.setField({ handoffId, key, value: BASE.replace('warm', 'serious') });
    exchange(b, a);
    for (const d of [a, b]) {
      expect((await d.client.handoffs.get({ id: handoffId })).fields[key]).toBe(
        BASE.replace('warm', 'serious'),
      );
    }
    await expectConverged(a, b);
  });
});

describe('an approval is bound to the package it approved', () => {
  it('approve on one laptop, edit on the other: the handoff is reopened once, on both', async () => {
    const { a, b } = await twoDevices();
    const { h, key } = await handoffWithLongText(a, 'submitted');
    const handoffId = h.handoff.id;
    // A, as the quality owner, approves; B, offline, edits the package it still sees submitted.
    await a.client.workspace.setMe({ personId: h.handoff.qualityOwnerId! });
    a.advance(10_000);
    const approved = await a.client.handoffs.approve({ id: handoffId, packageHash: h.packageHash });
    expect(approved.handoff.status).toBe('approved');
    b.advance(20_000);
    await b.client.handoffs.setField({ handoffId, key, value: 'Edited on B meanwhile' });
    expect((await b.client.handoffs.get({ id: handoffId })).handoff.status).toBe('submitted');

    exchange(a, b);
    // Each laptop reopened it while applying; what a merge writes travels with the next sync.
    exchange(b, a);
    for (const d of [a, b]) {
      const after = await d.client.handoffs.get({ id: handoffId });
      expect(after.fields[key]).toBe('Edited on B meanwhile');
      expect(after.handoff.status).toBe('submitted');
      expect(after.approvedHash).toBe(h.packageHash);
      expect(after.packageHash).not.toBe(after.approvedHash);
      expect(after.gate).toMatchObject({ passed: false, state: 'awaiting_approval' });
      const kinds = after.events.map((e) => e.kind);
      expect(kinds.slice(-2)).toEqual(['approved', 'reopened']);
      expect(after.events.at(-1)!.reason).toMatch(/^Changed since approval/);
    }
    await expectConverged(a, b);
  });

  it('an edit that leaves the approved package as it was does not reopen it', async () => {
    const { a, b } = await twoDevices();
    const { h } = await handoffWithLongText(a, 'submitted');
    await a.client.workspace.setMe({ personId: h.handoff.qualityOwnerId! });
    a.advance(10_000);
    await a.client.handoffs.approve({ id: h.handoff.id, packageHash: h.packageHash });
    b.advance(20_000);
    await b.client.handoffs.comment({ handoffId: h.handoff.id, body: 'Looks good' });
    exchange(a, b);
    for (const d of [a, b]) {
      const after = await d.client.handoffs.get({ id: h.handoff.id });
      expect(after.handoff.status).toBe('approved');
      expect(after.events.at(-1)!.kind).toBe('approved');
    }
    await expectConverged(a, b);
  });
});

describe('append-only entries', () => {
  it('comments and handoff events from both laptops are all kept', async () => {
    const { a, b } = await twoDevices();
    const { h } = await handoffWithLongText(a, 'submitted');
    const handoffId = h.handoff.id;
    a.advance(10_000);
    await a.client.handoffs.comment({ handoffId, body: 'From A' });
    b.advance(10_000);
    await b.client.handoffs.comment({ handoffId, body: 'From B' });
    await a.client.workspace.setMe({ personId: h.handoff.qualityOwnerId! });
    await a.client.handoffs.requestChanges({ id: handoffId, reason: 'Tighten the audience' });
    const eventsBefore = h.events.length;
    exchange(a, b);
    for (const d of [a, b]) {
      const after = await d.client.handoffs.get({ id: handoffId });
      expect(after.comments.map((c) => c.body)).toEqual(
        expect.arrayContaining(['From A', 'From B']),
      );
      expect(after.events).toHaveLength(eventsBefore + 1);
      expect(after.events.at(-1)).toMatchObject({
        kind: 'changes_requested',
        reason: 'Tighten the audience',
      });
    }
    await expectConverged(a, b);
  });
});

describe('delete vs edit', () => {
  it('a campaign deleted on one laptop and renamed on the other ends in the trash, restorable with the edit', async () => {
    team = syncTeam();
    const { a, b, card } = await campaignDeletedAndRenamed(team);
    for (const d of [a, b]) {
      expect((await d.client.campaigns.list({})).map((c) => c.id)).not.toContain(card.id);
      const row = d.backend.context.db.sqlite
        .prepare('SELECT name, deleted_at AS deletedAt FROM campaigns WHERE id = ?')
        .get(card.id) as { name: string; deletedAt: string | null };
      expect(row.deletedAt).not.toBeNull();
      expect(row.name).toBe('Renamed on B');
    }
    await expectConverged(a, b);
    for (const d of [a, b]) {
      expect(openConflicts(d.backend.context.db)).toEqual([
        expect.objectContaining({
          kind: 'changed-after-deletion',
          entity: 'campaign',
          entityId: card.id,
        }),
      ]);
    }
    const restored = await b.client.campaigns.restore({ id: card.id });
    expect(restored).toMatchObject({ name: 'Renamed on B', deletedAt: null });
    exchange(b, a);
    expect((await a.client.campaigns.list({})).map((c) => c.id)).toContain(card.id);
    await expectConverged(a, b);
  });
});

describe('one card moved on two laptops', () => {
  it('the later move wins on both; the losing move stays in the trail and is noted', async () => {
    const { a, b } = await twoDevices();
    const stages = (await a.client.workspace.get())!.stages;
    const position = (id: string) => stages.findIndex((st) => st.id === id);
    const card = (await a.client.campaigns.list({})).find((c) => position(c.stageId) >= 2)!;
    const [first, second] = [stages[position(card.stageId) - 1]!, stages[0]!];
    a.advance(10_000);
    await a.client.campaigns.move({ id: card.id, toStageId: first.id, reason: 'Back on A' });
    b.advance(20_000);
    await b.client.campaigns.move({ id: card.id, toStageId: second.id, reason: 'Back on B' });
    exchange(a, b);
    for (const d of [a, b]) {
      expect((await d.client.campaigns.get({ id: card.id })).campaign.stageId).toBe(second.id);
      // Each move back reopened a handoff with its reason: the losing move is in the trail.
      const trail = (await d.client.campaigns.activity({ id: card.id, limit: 1000 })).map(
        (e) => e.text,
      );
      expect(trail).toEqual(
        expect.arrayContaining([
          expect.stringContaining('Back on A'),
          expect.stringContaining('Back on B'),
        ]),
      );
      expect(openConflicts(d.backend.context.db)).toEqual([
        expect.objectContaining({
          kind: 'stage-move',
          entityId: card.id,
          detail: {
            won: expect.objectContaining({ stageId: second.id, deviceId: b.deviceId }),
            lost: expect.objectContaining({ stageId: first.id, deviceId: a.deviceId }),
          },
        }),
      ]);
    }
    exchange(b, a);
    await expectConverged(a, b);
  });
});

describe('one card moved forward on two laptops', () => {
  it('opens one next handoff, with one checklist and one RACI, on both', async () => {
    const { a, b } = await twoDevices();
    const clientId = (await a.client.clients.list())[0]!.id;
    const created = await a.client.campaigns.create({
      name: 'Twice moved',
      clientId,
      type: 'email',
      launchDate: '2026-10-01',
    });
    const detail = await a.client.campaigns.get({ id: created.id });
    const accountable = detail.handoffs[0]!.raci.find((r) => r.role === 'A')!.personId;
    exchange(a, b);
    const stages = (await a.client.workspace.get())!.stages;
    for (const [d, ms] of [
      [a, 10_000],
      [b, 20_000],
    ] as const) {
      await d.client.workspace.setMe({ personId: accountable });
      d.advance(ms);
      // The accountable person overrides the open gate, offline, on each laptop.
      await d.client.handoffs.override({
        id: detail.handoffs[0]!.handoff.id,
        reason: 'Kick-off call',
      });
      await d.client.campaigns.move({ id: created.id, toStageId: stages[1]!.id });
    }
    exchange(a, b);
    exchange(b, a);
    for (const d of [a, b]) {
      const { handoffs } = await d.client.campaigns.get({ id: created.id });
      const next = handoffs.filter((h) => h.handoff.fromStageId === stages[1]!.id);
      expect(next).toHaveLength(1);
      const keys = next[0]!.checklist.map((i) => i.label);
      expect(new Set(keys).size).toBe(keys.length);
      const roles = next[0]!.raci.map((r) => `${r.personId}:${r.role}`);
      expect(new Set(roles).size).toBe(roles.length);
    }
    await expectConverged(a, b);
  });
});

describe('checklist items', () => {
  /** Writes through the write path directly: no procedure adds or deletes one item yet. */
  function write(d: SyncDevice, fn: (tx: WriteTx) => void): void {
    d.backend.context.db.write(null, fn);
  }

  it('add wins: an item ticked on one laptop while deleted on the other stays, ticked', async () => {
    const { a, b } = await twoDevices();
    const { h } = await handoffWithLongText(a, 'submitted');
    const item = h.checklist.find((c) => !c.done) ?? h.checklist[0]!;
    a.advance(10_000);
    write(a, (tx) => tx.softDelete('checklistItem', item.id));
    b.advance(20_000);
    await b.client.handoffs.setChecklistItem({ id: item.id, done: !item.done });
    exchange(a, b);
    exchange(b, a);
    for (const d of [a, b]) {
      const after = await d.client.handoffs.get({ id: h.handoff.id });
      expect(after.checklist.find((c) => c.id === item.id)).toMatchObject({ done: !item.done });
      expect(openConflicts(d.backend.context.db)).toEqual([]);
    }
    await expectConverged(a, b);
  });

  it('an item added on one laptop arrives beside the other’s; ticks merge by HLC', async () => {
    const { a, b } = await twoDevices();
    const { h } = await handoffWithLongText(a, 'submitted');
    const item = h.checklist[0]!;
    a.advance(10_000);
    let added = '';
    write(a, (tx) => {
      added = tx.insert('checklistItem', {
        handoffId: h.handoff.id,
        key: null,
        label: 'Added on A',
        required: false,
        position: 99,
      }).id;
    });
    await a.client.handoffs.setChecklistItem({ id: item.id, done: true });
    b.advance(20_000); // B's untick is later: it wins on both
    await b.client.handoffs.setChecklistItem({ id: item.id, done: false });
    exchange(a, b);
    exchange(b, a);
    for (const d of [a, b]) {
      const after = await d.client.handoffs.get({ id: h.handoff.id });
      expect(after.checklist.find((c) => c.id === added)).toMatchObject({ label: 'Added on A' });
      expect(after.checklist.find((c) => c.id === item.id)).toMatchObject({
        done: false,
        doneById: null,
        doneAt: null,
      });
    }
    await expectConverged(a, b);
  });
});

describe('three laptops', () => {
  it('a third laptop that sees both concurrent edits merges them to the same text', async () => {
    const { a, b } = await twoDevices();
    const c = team.device('c');
    expect(c.sync().problems).toEqual([]);
    const { h, key } = await handoffWithLongText(a);
    const handoffId = h.handoff.id;
    a.advance(1_000);
    await a.client.handoffs.setField({ handoffId, key, value: BASE });
    for (const d of [a, b, c]) d.sync();
    a.advance(10_000);
    await a.client.handoffs.setField({ handoffId, key, value: BASE.replace('awareness', 'leads') });
    b.advance(20_000);
    await b.client.handoffs.setField({ handoffId, key, value: BASE.replace('10k', '12k') });
    // C hears from A and B before they hear from each other, then everyone syncs twice.
    a.sync();
    b.sync();
    c.sync();
    for (let round = 0; round < 2; round++) for (const d of [a, b, c]) d.sync();
    const expected = BASE.replace('awareness', 'leads').replace('10k', '12k');
    for (const d of [a, b, c]) {
      expect((await d.client.handoffs.get({ id: handoffId })).fields[key]).toBe(expected);
      expect(changeLogProblems(d.backend.context.db)).toEqual([]);
    }
    expect(contentDump(c)).toEqual(contentDump(a));
    expect(contentDump(b)).toEqual(contentDump(a));
  });
});

describe('a teammate whose clock is a year ahead', () => {
  /**
   * A and B (B's clock a year ahead) share the demo and one long text, then edit it offline:
   * A's `ours` line, B's Budget line. A cannot stamp its merge after B's edit.
   */
  async function editedOnBothWithBAhead(ours: (text: string) => string) {
    team = syncTeam();
    const a = team.device('a');
    const b = team.device('b', Date.parse('2027-03-02T09:00:00.000Z'));
    await a.client.workspace.loadDemo();
    a.sync();
    b.sync();
    const me = (await a.client.workspace.get())!.me!;
    await b.client.workspace.setMe({ personId: me.id });
    const { h, key } = await handoffWithLongText(a);
    const handoffId = h.handoff.id;
    await a.client.handoffs.setField({ handoffId, key, value: BASE });
    exchange(a, b);
    a.advance(10_000);
    await a.client.handoffs.setField({ handoffId, key, value: ours(BASE) });
    b.advance(10_000);
    await b.client.handoffs.setField({ handoffId, key, value: BASE.replace('10k', '12k') });
    const textOn = async (d: SyncDevice) =>
      (await d.client.handoffs.get({ id: handoffId })).fields[key];
    return { a, b, textOn };
  }

  it('both edits still survive, and the change log holds', async () => {
    const { a, b, textOn } = await editedOnBothWithBAhead((t) => t.replace('warm', 'playful'));
    exchange(a, b);
    exchange(b, a);
    for (const d of [a, b]) {
      expect(changeLogProblems(d.backend.context.db)).toEqual([]);
    }
    expect(contentDump(a)).toEqual(contentDump(b));
    // The text is a function of the edits, not of whose clock is later: A's merge is stamped
    // before B's edit, yet both laptops show both lines.
    const merged = await textOn(a);
    expect(merged).toBe(await textOn(b));
    // (Tone and Budget are neighbouring lines: kept side by side for a person, nothing lost.)
    expect(merged).toContain('Tone: playful');
    expect(merged).toContain('Budget: 12k');
  });

  it('a new laptop starting from a snapshot shows the merged text, not the later clock’s', async () => {
    const { a, b, textOn } = await editedOnBothWithBAhead((t) => t.replace('Goal', 'Aim'));
    b.sync();
    // A merges B's edit (stamped before it) and writes a snapshot.
    const snapshots = { everyChanges: 1, everyMs: 1 };
    syncFolder(a.backend.context.db, team.sharedDir, { now: () => Date.now(), snapshots });
    const merged = BASE.replace('Goal', 'Aim').replace('10k', '12k');
    expect(await textOn(a)).toBe(merged);

    const c = team.device('c');
    const first = c.sync();
    expect(first.fromSnapshots).toEqual([expect.objectContaining({ via: 'bootstrap' })]);
    // Last writer wins alone would have rebuilt B's text (the latest HLC) on the new laptop.
    expect(await textOn(c)).toBe(merged);
  });
});

describe('a package field filled on both laptops before either synced', () => {
  it('is one row on both, its value merged like any field, and every batch applies', async () => {
    const { a, b } = await twoDevices();
    let found: { handoffId: string; shortKey: string; longKey: string } | null = null;
    for (const card of await a.client.campaigns.list({})) {
      if (!card.currentHandoff || found) continue;
      const h = await a.client.handoffs.get({ id: card.currentHandoff.id });
      const empty = h.template.fields.filter((f) => h.fields[f.key] === undefined);
      const short = empty.find((f) => f.type === 'text');
      const long = empty.find((f) => f.type === 'long_text');
      if (short && long)
        found = { handoffId: h.handoff.id, shortKey: short.key, longKey: long.key };
    }
    const { handoffId, shortKey, longKey } = found!;
    a.advance(10_000);
    await a.client.handoffs.setField({ handoffId, key: shortKey, value: 'From A' });
    await a.client.handoffs.setField({ handoffId, key: longKey, value: 'A line from A' });
    b.advance(20_000);
    await b.client.handoffs.setField({ handoffId, key: shortKey, value: 'From B' });
    await b.client.handoffs.setField({ handoffId, key: longKey, value: 'A line from B' });

    exchange(a, b);
    for (const d of [a, b]) {
      const { fields } = await d.client.handoffs.get({ id: handoffId });
      expect(fields[shortKey]).toBe('From B'); // the later edit
      expect(fields[longKey]).toContain('A line from A');
      expect(fields[longKey]).toContain('A line from B');
    }
    await expectConverged(a, b);
  });
});

describe('a long-text field the workspace added to a template', () => {
  it('merges line by line like a built-in one, on both laptops', async () => {
    const { a, b } = await twoDevices();
    const slot = { from: 'strategy', to: 'creative', campaignType: 'event' } as const;
    const t = (await a.client.templates.get(slot)).template;
    await a.client.templates.save({
      ...slot,
      expectedVersion: t.version,
      name: t.name,
      fields: [
        ...t.fields,
        {
          key: 'venueNotes',
          label: 'Venue notes',
          type: 'long_text',
          required: false,
          help: 'Access, power, Wi-Fi.',
          columns: [],
        },
      ],
      checklist: t.checklist,
      defaultRaci: t.defaultRaci,
      durationDays: t.durationDays,
      bufferDays: t.bufferDays,
    });
    const clientId = (await a.client.clients.list())[0]!.id;
    const created = await a.client.campaigns.create({
      name: 'Summit',
      clientId,
      type: 'event',
      launchDate: '2026-09-15',
    });
    const handoffId = (await a.client.campaigns.get({ id: created.id })).handoffs[0]!.handoff.id;
    const key = 'venueNotes';
    await a.client.handoffs.setField({ handoffId, key, value: BASE });
    exchange(a, b);
    a.advance(10_000);
    await a.client.handoffs.setField({ handoffId, key, value: BASE.replace('Goal', 'Aim') });
    b.advance(10_000);
    await b.client.handoffs.setField({ handoffId, key, value: BASE.replace('10k', '12k') });
    exchange(a, b);
    exchange(b, a);
    const merged = BASE.replace('Goal', 'Aim').replace('10k', '12k');
    for (const d of [a, b]) {
      expect((await d.client.handoffs.get({ id: handoffId })).fields[key]).toBe(merged);
    }
  });
});
