import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addDays, DEFAULT_STAGES } from '../../shared/domain';
import type { CommitNotice } from '../../shared/model';
import type { ApiClient } from '../../renderer/api/client';
import { toBatonError } from '../../renderer/api/errors';
import {
  BINDINGS,
  connect,
  failureOf,
  openBackend,
  type Binding,
  type TestBackend,
} from '../harness/apiBindings';

// One set of scenarios, run through every binding of the one router: what the renderer sees
// must not depend on whether it talks over Electron IPC, HTTP or WebSocket.

const NOW = Date.parse('2026-03-02T10:00:00.000Z');
const UNKNOWN_ID = '01900000-0000-7000-8000-000000000000';

interface Seed {
  clientId: string;
  strategyStageId: string;
}

async function seedWorkspace(api: ApiClient): Promise<Seed> {
  const ws = await api.workspace.create({
    name: 'Northwind Agency',
    homeTimeZone: 'Europe/Paris',
    me: { name: 'Ada Lovelace', email: 'ada@northwind.example', roleTitle: 'Account Director' },
  });
  const client = await api.clients.create({ name: 'Helio Bikes', accentColor: '#0f766e' });
  return { clientId: client.id, strategyStageId: ws.stages[0]!.id };
}

async function expectTypedError(
  call: Promise<unknown>,
  code: string,
  fields: string[],
): Promise<void> {
  const err = await failureOf(call);
  // Contract errors are declared in the error map (typed on the client); BAD_REQUEST is oRPC's.
  expect(err).toMatchObject({ code, defined: code !== 'BAD_REQUEST' });
  const normalised = toBatonError(err);
  expect(normalised.code).toBe(code);
  expect(normalised.issues.map((i) => i.field)).toEqual(expect.arrayContaining(fields));
  for (const issue of normalised.issues) expect(issue.problem).toEqual(expect.any(String));
}

describe.each(BINDINGS)('contract over %s', (bindingName) => {
  let env: TestBackend;
  let binding: Binding;
  let api: ApiClient;

  beforeEach(async () => {
    env = openBackend({ now: () => NOW });
    binding = await connect(bindingName, env.backend);
    api = binding.client;
  });

  afterEach(async () => {
    await binding.close();
    env.close();
  });

  test('system.info before a workspace exists', async () => {
    const info = await api.system.info();
    expect(info).toMatchObject({
      hasWorkspace: false,
      dataDir: env.dir,
      readOnlyReason: null,
      deviceId: env.backend.context.db.deviceId,
    });
    expect(info.schemaVersion).toBeGreaterThan(0);
    expect(await api.workspace.get()).toBeNull();
  });

  test('workspace.create, then get shows the 8 default stages and me', async () => {
    const created = await api.workspace.create({
      name: '  Northwind Agency ',
      me: { name: 'Ada Lovelace', email: 'ada@northwind.example', roleTitle: 'Strategist' },
    });
    const ws = await api.workspace.get();
    expect(ws).toEqual(created);
    expect(ws!.workspace).toMatchObject({ name: 'Northwind Agency', homeTimeZone: 'UTC' });
    expect(ws!.stages.map((s) => s.name)).toEqual(DEFAULT_STAGES.map((s) => s.name));
    expect(ws!.stages).toHaveLength(8);
    expect(ws!.stages.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(ws!.me).toMatchObject({
      name: 'Ada Lovelace',
      email: 'ada@northwind.example',
      roleTitle: 'Strategist',
      initials: 'AL',
      workspaceId: ws!.workspace.id,
    });
    expect((await api.system.info()).hasWorkspace).toBe(true);
    expect((await api.people.list()).map((p) => p.id)).toEqual([ws!.me!.id]);
  });

  test('clients.create returns the client and lists it', async () => {
    await seedWorkspace(api);
    const client = await api.clients.create({ name: 'Fjord Insurance' });
    expect(client).toMatchObject({
      name: 'Fjord Insurance',
      accentColor: '#3b5bdb',
      deletedAt: null,
    });
    expect(client.brand.dos).toEqual([]);
    const names = (await api.clients.list()).map((c) => c.name);
    expect(names).toEqual(['Fjord Insurance', 'Helio Bikes']);
  });

  test('campaigns.create puts the campaign in Strategy with a gate naming what is missing', async () => {
    const seed = await seedWorkspace(api);
    const created = await api.campaigns.create({
      name: 'Commuter Season',
      clientId: seed.clientId,
      type: 'paid_ads',
      channels: ['meta_ads', 'google_ads'],
      launchDate: '2026-06-01',
    });
    expect(created.stageId).toBe(seed.strategyStageId);

    const list = await api.campaigns.list();
    expect(list).toHaveLength(1);
    const card = list[0]!;
    expect(card).toMatchObject({
      id: created.id,
      name: 'Commuter Season',
      clientName: 'Helio Bikes',
      stageName: 'Strategy',
      launchDate: '2026-06-01',
    });
    expect(card.currentHandoff).toMatchObject({ name: 'Creative brief', status: 'draft' });
    expect(card.gate).toMatchObject({ passed: false, state: 'missing' });
    // The card counts what is missing; its handoff lists it.
    const { missing } = (await api.handoffs.get({ id: card.currentHandoff!.id })).gate;
    expect(card.gate!.missingCount).toBe(missing.length);
    expect(card.gate!.label).toBe(`${missing.length} missing`);
    expect(missing.length).toBeGreaterThan(4);
    expect(missing.filter((m) => m.kind === 'field').map((m) => m.key)).toEqual(
      expect.arrayContaining([
        'objective',
        'context',
        'constraints',
        'success',
        'strategySummary',
        'primaryMessage',
      ]),
    );
    expect(missing.find((m) => m.key === 'objective')).toMatchObject({
      label: 'Objective',
      problem: 'is missing',
    });
  });

  test('handoffs.setField then handoffs.get shows the value and one fewer missing', async () => {
    const seed = await seedWorkspace(api);
    const campaign = await api.campaigns.create({
      name: 'Winter Riding Tips',
      clientId: seed.clientId,
      type: 'email',
    });
    const detail = await api.campaigns.get({ id: campaign.id });
    const handoffId = detail.summary.currentHandoff!.id;
    const before = await api.handoffs.get({ id: handoffId });
    expect(before.fields.objective).toBeUndefined();

    const objective = 'Keep winter churn of newsletter readers under 2%.';
    const field = await api.handoffs.setField({ handoffId, key: 'objective', value: objective });
    expect(field).toMatchObject({ handoffId, key: 'objective', value: objective });

    const after = await api.handoffs.get({ id: handoffId });
    expect(after.fields.objective).toBe(objective);
    expect(after.gate.missing).toHaveLength(before.gate.missing.length - 1);
    expect(after.gate.missing.map((m) => m.key)).not.toContain('objective');
    expect(after.gate.label).toBe(`${after.gate.missing.length} missing`);

    const table = [{ aspect: 'Demographics', insight: 'Helio owners' }];
    await api.handoffs.setField({ handoffId, key: 'audience', value: table });
    expect((await api.handoffs.get({ id: handoffId })).fields.audience).toEqual(table);
  });

  test('campaigns.update moving the launch date re-plans the handoff due date', async () => {
    const seed = await seedWorkspace(api);
    const campaign = await api.campaigns.create({
      name: 'Claims in a Day',
      clientId: seed.clientId,
      type: 'multi_channel',
      launchDate: '2026-06-01',
    });
    const handoffId = (await api.campaigns.get({ id: campaign.id })).handoffs[0]!.handoff.id;
    const due = (await api.handoffs.get({ id: handoffId })).handoff.dueDate;
    expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(due! < '2026-06-01').toBe(true);

    const moved = await api.campaigns.update({ id: campaign.id, launchDate: '2026-06-15' });
    expect(moved.launchDate).toBe('2026-06-15');
    const replanned = (await api.handoffs.get({ id: handoffId })).handoff.dueDate;
    expect(replanned).toBe(addDays(due!, 14));
    const card = (await api.campaigns.list())[0]!;
    expect(card.currentHandoff!.dueDate).toBe(replanned);

    await api.campaigns.update({ id: campaign.id, launchDate: null });
    expect((await api.handoffs.get({ id: handoffId })).handoff.dueDate).toBeNull();
  });

  describe('typed errors', () => {
    test('NOT_FOUND for an unknown id', async () => {
      await seedWorkspace(api);
      await expectTypedError(api.campaigns.get({ id: UNKNOWN_ID }), 'NOT_FOUND', ['id']);
      await expectTypedError(api.handoffs.get({ id: UNKNOWN_ID }), 'NOT_FOUND', ['id']);
      await expectTypedError(api.campaigns.update({ id: UNKNOWN_ID, name: 'Ghost' }), 'NOT_FOUND', [
        'id',
      ]);
    });

    test('RULE_VIOLATION for a campaign whose client does not exist', async () => {
      await seedWorkspace(api);
      await expectTypedError(
        api.campaigns.create({ name: 'Orphan', clientId: UNKNOWN_ID, type: 'email' }),
        'RULE_VIOLATION',
        ['clientId'],
      );
      expect(await api.campaigns.list()).toEqual([]);
    });

    test('BAD_REQUEST naming the field for a bad email or an empty name', async () => {
      await expectTypedError(
        api.workspace.create({ name: 'Agency', me: { name: 'Ada', email: 'not-an-email' } }),
        'BAD_REQUEST',
        ['me.email'],
      );
      await seedWorkspace(api);
      await expectTypedError(
        api.people.create({ name: 'Grace Hopper', email: 'grace@' }),
        'BAD_REQUEST',
        ['email'],
      );
      await expectTypedError(api.clients.create({ name: '   ' }), 'BAD_REQUEST', ['name']);
      const err = toBatonError(await failureOf(api.clients.create({ name: '' })));
      expect(err.issues).toEqual([{ field: 'name', problem: 'is required' }]);
      expect(err.message).toBe('name is required');
      expect((await api.people.list()).map((p) => p.name)).toEqual(['Ada Lovelace']);
    });

    test('CONFLICT when creating a second workspace', async () => {
      await seedWorkspace(api);
      await expectTypedError(
        api.workspace.create({ name: 'Second', me: { name: 'Bob' } }),
        'CONFLICT',
        ['workspace'],
      );
      expect((await api.workspace.get())!.workspace.name).toBe('Northwind Agency');
    });

    test('RULE_VIOLATION for setField with a value of the wrong type', async () => {
      const seed = await seedWorkspace(api);
      const campaign = await api.campaigns.create({
        name: 'Spring Origins Launch',
        clientId: seed.clientId,
        type: 'content',
      });
      const handoffId = (await api.campaigns.get({ id: campaign.id })).handoffs[0]!.handoff.id;
      await expectTypedError(
        api.handoffs.setField({ handoffId, key: 'objective', value: 42 }),
        'RULE_VIOLATION',
        ['objective'],
      );
      await expectTypedError(
        api.handoffs.setField({ handoffId, key: 'supportingPoints', value: 'not a list' }),
        'RULE_VIOLATION',
        ['supportingPoints'],
      );
      await expectTypedError(
        api.handoffs.setField({ handoffId, key: 'noSuchField', value: 'x' }),
        'RULE_VIOLATION',
        ['key'],
      );
      expect((await api.handoffs.get({ id: handoffId })).fields).toEqual({});
    });
  });

  test('campaigns.cards answers the cards named as the board lists them, leaving out deleted ones', async () => {
    const seed = await seedWorkspace(api);
    const make = (name: string) =>
      api.campaigns.create({ name, clientId: seed.clientId, type: 'email' });
    const a = await make('Alpha Push');
    const b = await make('Beta Push');
    await api.campaigns.remove({ id: b.id });
    const cards = await api.campaigns.cards({ ids: [a.id, b.id] });
    const listed = (await api.campaigns.list()).find((c) => c.id === a.id);
    expect(cards).toEqual([listed]);
    await expectTypedError(
      api.campaigns.cards({ ids: Array.from({ length: 101 }, () => a.id) }),
      'BAD_REQUEST',
      ['ids'],
    );
  });

  test('live.updates delivers a notice naming the campaign table after campaigns.create', async () => {
    const seed = await seedWorkspace(api);
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), 10_000);
    const notices: CommitNotice[] = [];
    const waiters = new Set<() => void>();
    const stream = await api.live.updates(undefined, { signal: controller.signal });
    const consumer = (async () => {
      try {
        for await (const notice of stream) {
          notices.push(notice);
          for (const wake of waiters) wake();
        }
      } catch {
        // Aborting the stream ends the loop with an abort error.
      }
    })();
    const noticeFor = (table: string, id: string, ms: number) =>
      new Promise<CommitNotice | null>((resolve) => {
        const check = () => {
          const found = notices.find((n) => n.tables.includes(table) && n.ids.includes(id));
          if (found) done(found);
        };
        const timer = setTimeout(() => done(null), ms);
        const done = (value: CommitNotice | null) => {
          clearTimeout(timer);
          waiters.delete(check);
          resolve(value);
        };
        waiters.add(check);
        check();
      });

    try {
      // The subscription is live once a write shows up in it; writes before that are not replayed.
      let warm: CommitNotice | null = null;
      for (let attempt = 0; attempt < 20 && !warm && !controller.signal.aborted; attempt++) {
        const c = await api.clients.create({ name: `Warm-up ${attempt}` });
        warm = await noticeFor('client', c.id, 250);
      }
      expect(warm, 'the stream never delivered a commit').not.toBeNull();

      const campaign = await api.campaigns.create({
        name: 'Live Update Check',
        clientId: seed.clientId,
        type: 'social',
      });
      const notice = await noticeFor('campaign', campaign.id, 5_000);
      expect(notice).not.toBeNull();
      expect(notice!.tables).toEqual(expect.arrayContaining(['campaign', 'handoff']));
      expect(notice!.txId).toEqual(expect.any(String));
      expect(notice!.campaignIds).toEqual([campaign.id]);

      // A brief field's row names no campaign itself: the notice names its campaign, so a
      // window refetches that one card (campaigns.cards) rather than the board.
      const detail = await api.campaigns.get({ id: campaign.id });
      const handoffId = detail.handoffs[0]!.handoff.id;
      await api.handoffs.setField({ handoffId, key: 'objective', value: 'Sell more bikes' });
      const fieldNotice = await new Promise<CommitNotice | null>((resolve) => {
        const started = Date.now();
        const poll = () => {
          const found = notices.find((n) => n.tables.includes('handoffField'));
          if (found || Date.now() - started > 5_000) resolve(found ?? null);
          else setTimeout(poll, 10);
        };
        poll();
      });
      expect(fieldNotice?.campaignIds).toEqual([campaign.id]);
      const [card] = await api.campaigns.cards({ ids: fieldNotice!.campaignIds! });
      expect(card!.id).toBe(campaign.id);
      expect(card!.gate!.missingCount).toBe(
        (await api.handoffs.get({ id: handoffId })).gate.missing.length,
      );
      expect(card!.gate!.missingCount).toBeLessThan(detail.handoffs[0]!.gate.missing.length);
    } finally {
      clearTimeout(timeout);
      controller.abort();
      await consumer;
    }
  });
});
