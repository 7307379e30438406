import { afterEach, describe, expect, it } from 'vitest';
import type { SyncConflictView } from '../../shared/model';
import { syncFolder } from '../../electron/sync';
import { openConflicts } from '../../electron/sync/syncConflicts';
import { toBatonError } from '../../renderer/api/errors';
import {
  campaignDeletedAndRenamed,
  demoPair,
  exchange,
  expectPairConverged as expectConverged,
  syncTeam,
  textEditedOnBoth,
} from '../harness/syncDevices';

// Resolving what merges left for a person (sync.conflicts, sync.resolveConflict), with two
// laptops, real database files and one real shared folder: the decision is written like any
// edit, restore or move, so it reaches the teammate with the next sync.

let team: ReturnType<typeof syncTeam>;
afterEach(() => team.close());

async function failure(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    return toBatonError(err);
  }
  throw new Error('expected the call to fail');
}

const text = (...lines: string[]) => lines.join('\n');
const BASE = text('Goal: awareness', 'Audience: parents', 'Tone: warm', 'Budget: 10k');
const PLAYFUL = BASE.replace('warm', 'playful');
const SERIOUS = BASE.replace('warm', 'serious');

/**
 * A and B edit the same line of one long text offline (A first); both sync until each has
 * heard the other's copy of the merge (see 'resolved before hearing …' below for why).
 */
async function textConflict({ hearMerges = true } = {}) {
  team = syncTeam();
  const { a, b, card, handoffId, key } = await textEditedOnBoth(team, BASE, PLAYFUL, SERIOUS);
  const campaign = card.name;
  exchange(a, b);
  if (hearMerges) exchange(b, a);
  return { a, b, handoffId, key, campaign };
}

function only<K extends SyncConflictView['kind']>(
  list: SyncConflictView[],
  kind: K,
): Extract<SyncConflictView, { kind: K }> {
  expect(list.map((c) => c.kind)).toEqual([kind]);
  return list[0] as Extract<SyncConflictView, { kind: K }>;
}

describe('a text conflict', () => {
  it('lists both versions, their base and the merged text, each side named', async () => {
    const { a, b, key, campaign } = await textConflict();
    const onA = only(await a.client.sync.conflicts(), 'text');
    expect(onA).toMatchObject({
      entity: 'handoffField',
      title: campaign,
      base: BASE,
      conflicts: 1,
      choices: ['text'],
    });
    expect(onA.where).toMatch(/ handoff · /);
    expect(onA.fieldLabel.length).toBeGreaterThan(0);
    expect(onA.fieldLabel).not.toBe(key);
    expect(onA.merged).toContain('<<<<<<<');
    expect(onA.merged).toContain('Tone: playful\n=======\nTone: serious');
    // A edited first: its version is the first, and on A it is "yours".
    expect(onA.versions.map((v) => [v.text, v.isThisDevice, v.deviceId])).toEqual([
      [PLAYFUL, true, a.deviceId],
      [SERIOUS, false, b.deviceId],
    ]);
    expect(onA.versions[0]!.personName).toBe((await a.client.workspace.get())!.me!.name);
    expect(onA.versions[0]!.at < onA.versions[1]!.at).toBe(true);
    const onB = only(await b.client.sync.conflicts(), 'text');
    expect(onB.id).toBe(onA.id);
    expect(onB.versions.map((v) => v.isThisDevice)).toEqual([false, true]);
  });

  it('a new laptop starting from a snapshot lists the same conflict', async () => {
    const { a } = await textConflict();
    const onA = only(await a.client.sync.conflicts(), 'text');
    const snapshots = { everyChanges: 1, everyMs: 1 };
    syncFolder(a.backend.context.db, team.sharedDir, { now: () => Date.now(), snapshots });
    const c = team.device('c');
    expect(c.sync().fromSnapshots).toEqual([expect.objectContaining({ via: 'bootstrap' })]);
    const onC = only(await c.client.sync.conflicts(), 'text');
    expect(onC).toMatchObject({ id: onA.id, merged: onA.merged, base: BASE });
  });

  it('keeping one version writes it as an edit, marks it resolved, and the teammate gets it', async () => {
    const { a, b, handoffId, key } = await textConflict();
    const conflict = only(await a.client.sync.conflicts(), 'text');
    const result = await a.client.sync.resolveConflict({
      id: conflict.id,
      choice: { text: SERIOUS },
    });
    expect(result).toMatchObject({ id: conflict.id, open: [] });
    expect((await a.client.handoffs.get({ id: handoffId })).fields[key]).toBe(SERIOUS);
    const row = a.backend.context.db.sqlite
      .prepare('SELECT resolved_at FROM sync_conflicts WHERE id = ?')
      .pluck()
      .get(conflict.id);
    expect(row).toBe(result.resolvedAt);
    // Through the write path: one change of the field, by this laptop's person.
    const [latest] = await a.client.activity.list({ entityId: conflict.entityId, limit: 1 });
    expect(latest).toMatchObject({ field: 'value', value: SERIOUS, deviceId: a.deviceId });
    expect(latest!.actorId).toBe((await a.client.workspace.get())!.me!.id);

    exchange(a, b);
    exchange(b, a);
    for (const d of [a, b]) {
      expect((await d.client.handoffs.get({ id: handoffId })).fields[key]).toBe(SERIOUS);
    }
    // B's own note of the conflict is settled by the edit that arrived: nothing left to do.
    expect(await b.client.sync.conflicts()).toEqual([]);
    expect(openConflicts(b.backend.context.db)).toEqual([]);
    await expectConverged(a, b);
  });

  it('a merge the person wrote is kept as written on both laptops', async () => {
    const { a, b, handoffId, key } = await textConflict();
    const conflict = only(await b.client.sync.conflicts(), 'text');
    const merged = BASE.replace('warm', 'playful but serious');
    await b.client.sync.resolveConflict({ id: conflict.id, choice: { text: merged } });
    exchange(b, a);
    exchange(a, b);
    for (const d of [a, b]) {
      expect((await d.client.handoffs.get({ id: handoffId })).fields[key]).toBe(merged);
      expect(await d.client.sync.conflicts()).toEqual([]);
    }
    await expectConverged(a, b);
  });

  it('refuses, naming the field: markers left, a choice of another kind, resolved twice, unknown id', async () => {
    const { a, handoffId, key } = await textConflict();
    const conflict = only(await a.client.sync.conflicts(), 'text');
    const before = (await a.client.handoffs.get({ id: handoffId })).fields[key];

    const markers = await failure(
      a.client.sync.resolveConflict({ id: conflict.id, choice: { text: conflict.merged } }),
    );
    expect(markers).toMatchObject({ code: 'RULE_VIOLATION' });
    expect(markers.issues.map((i) => i.field)).toEqual(['choice.text']);

    const wrongKind = await failure(
      a.client.sync.resolveConflict({ id: conflict.id, choice: 'restore' }),
    );
    expect(wrongKind).toMatchObject({ code: 'RULE_VIOLATION' });
    expect(wrongKind.issues).toEqual([
      { field: 'choice', problem: expect.stringContaining('{ text }') },
    ]);
    // Nothing was written by the refusals, and the conflict is still open.
    expect((await a.client.handoffs.get({ id: handoffId })).fields[key]).toBe(before);
    expect(await a.client.sync.conflicts()).toHaveLength(1);

    await a.client.sync.resolveConflict({ id: conflict.id, choice: { text: PLAYFUL } });
    const twice = await failure(
      a.client.sync.resolveConflict({ id: conflict.id, choice: { text: SERIOUS } }),
    );
    expect(twice).toMatchObject({ code: 'CONFLICT' });
    expect(twice.issues.map((i) => i.field)).toEqual(['id']);
    expect((await a.client.handoffs.get({ id: handoffId })).fields[key]).toBe(PLAYFUL);

    const unknown = await failure(
      a.client.sync.resolveConflict({
        id: '01900000-0000-7000-8000-0000000000ff',
        choice: 'keep',
      }),
    );
    expect(unknown).toMatchObject({ code: 'NOT_FOUND' });
    expect(unknown.issues.map((i) => i.field)).toEqual(['id']);
  });

  it('resolved before hearing the teammate’s copy of the merge: the decision stands on both', async () => {
    // A decides at once; B's own merge (same text, written when B applied A's edit) reaches A
    // only afterwards. Today's merge engine takes the two as concurrent edits and the markers
    // come back (docs/sync-format.md, "Resolving conflicts"): then the conflict is listed again.
    const { a, b, handoffId, key } = await textConflict({ hearMerges: false });
    const conflict = only(await a.client.sync.conflicts(), 'text');
    await a.client.sync.resolveConflict({ id: conflict.id, choice: { text: SERIOUS } });
    exchange(a, b);
    exchange(b, a);
    await expectConverged(a, b);
    for (const d of [a, b]) {
      const value = (await d.client.handoffs.get({ id: handoffId })).fields[key] as string;
      const listed = await d.client.sync.conflicts();
      expect(value).toBe(SERIOUS);
      expect(listed).toEqual([]);
    }
  });

  it('an edit of the field since the merge settles it: the list drops it', async () => {
    const { a, handoffId, key } = await textConflict();
    const conflict = only(await a.client.sync.conflicts(), 'text');
    await a.client.handoffs.setField({ handoffId, key, value: PLAYFUL });
    expect(await a.client.sync.conflicts()).toEqual([]);
    const settled = await failure(
      a.client.sync.resolveConflict({ id: conflict.id, choice: { text: SERIOUS } }),
    );
    expect(settled).toMatchObject({ code: 'CONFLICT' });
    expect(settled.issues.map((i) => i.field)).toEqual(['id']);
  });
});

describe('a row changed after deletion', () => {
  async function deletedAndRenamed() {
    team = syncTeam();
    return campaignDeletedAndRenamed(team);
  }

  it('shows what was deleted and the edit; restore brings it back on both laptops', async () => {
    const { a, b, card } = await deletedAndRenamed();
    const conflict = only(await b.client.sync.conflicts(), 'changed-after-deletion');
    expect(conflict).toMatchObject({
      entity: 'campaign',
      entityId: card.id,
      title: 'Renamed on B',
      campaignId: card.id,
      choices: ['restore', 'keep-deleted'],
      deleted: { deviceId: a.deviceId, isThisDevice: false },
    });
    expect(conflict.edits).toEqual([
      expect.objectContaining({
        field: 'name',
        fieldLabel: 'Name',
        value: 'Renamed on B',
        isThisDevice: true,
      }),
    ]);
    const wrong = await failure(b.client.sync.resolveConflict({ id: conflict.id, choice: 'keep' }));
    expect(wrong.issues).toEqual([
      { field: 'choice', problem: expect.stringContaining('restore or keep-deleted') },
    ]);

    await b.client.sync.resolveConflict({ id: conflict.id, choice: 'restore' });
    expect((await b.client.campaigns.list({})).map((c) => c.id)).toContain(card.id);
    exchange(b, a);
    expect((await a.client.campaigns.get({ id: card.id })).campaign).toMatchObject({
      name: 'Renamed on B',
      deletedAt: null,
    });
    expect(await a.client.sync.conflicts()).toEqual([]);
    await expectConverged(a, b);
  });

  it('keep deleted leaves it in the trash and marks it resolved', async () => {
    const { a, card } = await deletedAndRenamed();
    const conflict = only(await a.client.sync.conflicts(), 'changed-after-deletion');
    const changesBefore = (await a.client.activity.list({ limit: 1000 })).length;
    const result = await a.client.sync.resolveConflict({
      id: conflict.id,
      choice: 'keep-deleted',
    });
    expect(result.open).toEqual([]);
    expect((await a.client.campaigns.list({})).map((c) => c.id)).not.toContain(card.id);
    expect((await a.client.activity.list({ limit: 1000 })).length).toBe(changesBefore);
    expect(openConflicts(a.backend.context.db)).toEqual([]);
  });
});

describe('one card moved on two laptops', () => {
  /** B moves the card back two stages, A (later) back one: A's move wins, B's lost. */
  async function movedOnBoth() {
    team = syncTeam();
    const { a, b } = await demoPair(team);
    const stages = (await a.client.workspace.get())!.stages;
    const position = (id: string) => stages.findIndex((st) => st.id === id);
    const card = (await a.client.campaigns.list({})).find((c) => position(c.stageId) >= 2)!;
    const nearer = stages[position(card.stageId) - 1]!;
    const further = stages[position(card.stageId) - 2]!;
    b.advance(10_000);
    await b.client.campaigns.move({ id: card.id, toStageId: further.id, reason: 'Back on B' });
    a.advance(20_000);
    await a.client.campaigns.move({ id: card.id, toStageId: nearer.id, reason: 'Back on A' });
    exchange(a, b);
    return { a, b, card, nearer, further };
  }

  it('names the winning and the losing stage; move-to-other moves the card there on both', async () => {
    const { a, b, card, nearer, further } = await movedOnBoth();
    const conflict = only(await a.client.sync.conflicts(), 'stage-move');
    expect(conflict).toMatchObject({
      title: card.name,
      choices: ['keep', 'move-to-other'],
      won: { stageId: nearer.id, stageName: nearer.name, isThisDevice: true },
      lost: { stageId: further.id, stageName: further.name, deviceId: b.deviceId },
      currentStageName: nearer.name,
    });
    await a.client.sync.resolveConflict({ id: conflict.id, choice: 'move-to-other' });
    expect((await a.client.campaigns.get({ id: card.id })).campaign.stageId).toBe(further.id);
    exchange(a, b);
    exchange(b, a);
    expect((await b.client.campaigns.get({ id: card.id })).campaign.stageId).toBe(further.id);
    // The card moved since: B's note is settled by it.
    expect(await b.client.sync.conflicts()).toEqual([]);
    // The move went through the move service: a move back records its reason in the trail.
    const trail = (await b.client.campaigns.activity({ id: card.id, limit: 50 })).map(
      (e) => e.text,
    );
    expect(trail.join('\n')).toContain('Sync conflict resolved');
    await expectConverged(a, b);
  });

  it('moving to the other stage keeps the usual rules: forward needs the gate', async () => {
    team = syncTeam();
    const { a, b } = await demoPair(team);
    const stages = (await a.client.workspace.get())!.stages;
    const position = (id: string) => stages.findIndex((st) => st.id === id);
    const card = (await a.client.campaigns.list({})).find((c) => position(c.stageId) >= 2)!;
    const nearer = stages[position(card.stageId) - 1]!;
    const further = stages[position(card.stageId) - 2]!;
    // A moves back one stage first, B back two later: B's move stands, A's lost one is forward.
    a.advance(10_000);
    await a.client.campaigns.move({ id: card.id, toStageId: nearer.id, reason: 'Back on A' });
    b.advance(20_000);
    await b.client.campaigns.move({ id: card.id, toStageId: further.id, reason: 'Back on B' });
    exchange(a, b);
    const conflict = only(await a.client.sync.conflicts(), 'stage-move');
    expect(conflict).toMatchObject({ won: { stageId: further.id }, lost: { stageId: nearer.id } });
    const refused = await failure(
      a.client.sync.resolveConflict({ id: conflict.id, choice: 'move-to-other' }),
    );
    // The handoff leaving the further stage was reopened by the move back: its gate is not met.
    expect(refused.code).toBe('RULE_VIOLATION');
    expect((await a.client.campaigns.get({ id: card.id })).campaign.stageId).toBe(further.id);
    expect((await a.client.sync.conflicts()).map((c) => c.id)).toEqual([conflict.id]);
  });

  it('keep leaves the card where the later move put it', async () => {
    const { b, card, nearer } = await movedOnBoth();
    const conflict = only(await b.client.sync.conflicts(), 'stage-move');
    await b.client.sync.resolveConflict({ id: conflict.id, choice: 'keep' });
    expect((await b.client.campaigns.get({ id: card.id })).campaign.stageId).toBe(nearer.id);
    expect(await b.client.sync.conflicts()).toEqual([]);
  });
});
