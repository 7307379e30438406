import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/domain';
import type { BatonDatabase } from '../../electron/db/batonDatabase';
import { newId } from '../../electron/db/uuid';
import { startBackend, type Backend } from '../../electron/backend/startBackend';
import { changeLogProblems, tableCounts, type ChangeRow } from '../harness/changeLog';
import { makeTempDir } from '../harness/tempDir';

let backend: Backend;
let db: BatonDatabase;
let cleanup: () => void;

beforeEach(async () => {
  const t = makeTempDir();
  backend = startBackend({ dataDir: t.dir });
  db = backend.context.db;
  cleanup = () => {
    backend.close();
    t.cleanup();
  };
  await backend.client.workspace.loadDemo();
});
afterEach(() => cleanup());

const changeCount = () => db.sqlite.prepare('SELECT count(*) FROM changes').pluck().get() as number;
const changesSince = (n: number) =>
  db.sqlite.prepare('SELECT * FROM changes ORDER BY rowid LIMIT -1 OFFSET ?').all(n) as ChangeRow[];
const lastHlc = () => db.sqlite.prepare('SELECT last_hlc FROM device').pluck().get() as string;

/** Runs one API call and returns the change rows it appended. */
async function logged<T>(call: () => Promise<T>): Promise<{ result: T; changes: ChangeRow[] }> {
  const before = changeCount();
  const result = await call();
  return { result, changes: changesSince(before) };
}

const fieldsOf = (changes: ChangeRow[], entityId: string) =>
  changes
    .filter((c) => c.entity_id === entityId)
    .map((c) => c.field)
    .sort();

describe('every mutation leaves its change rows', () => {
  it('a scripted session through the API keeps rows and change log in step', async () => {
    const { client } = backend;
    const me = (await client.workspace.get())!.me!;
    expect(changeLogProblems(db)).toEqual([]);

    const session: { name: string; changes: ChangeRow[] }[] = [];
    const step = async <T>(name: string, call: () => Promise<T>): Promise<T> => {
      const { result, changes } = await logged(call);
      session.push({ name, changes });
      return result;
    };

    const ada = await step('people.create', () =>
      client.people.create({
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        roleTitle: 'Analyst',
      }),
    );
    await step('people.update', () =>
      client.people.update({ id: ada.id, name: 'Ada King', roleTitle: 'Lead Analyst' }),
    );
    await step('people.remove', () => client.people.remove({ id: ada.id }));
    await step('people.restore', () => client.people.restore({ id: ada.id }));
    const acme = await step('clients.create', () =>
      client.clients.create({ name: 'Acme', accentColor: '#112233' }),
    );
    await step('clients.update', () =>
      client.clients.update({
        id: acme.id,
        name: 'Acme Corp',
        brand: { voice: 'Loud and clear', dos: ['Shout'], donts: [] },
      }),
    );
    const gone = await step('clients.create (2)', () =>
      client.clients.create({ name: 'Gone Ltd' }),
    );
    await step('clients.remove', () => client.clients.remove({ id: gone.id }));
    const stages = await client.stages.list();
    await step('stages.rename', () => client.stages.rename({ id: stages[1]!.id, name: 'Ideas' }));
    const camp = await step('campaigns.create', () =>
      client.campaigns.create({
        name: 'Autumn launch',
        clientId: acme.id,
        type: 'email',
        channels: ['email'],
        launchDate: '2026-09-01',
        ownerId: ada.id,
        team: [ada.id, me.id],
      }),
    );
    await step('campaigns.update (re-plans due dates)', () =>
      client.campaigns.update({ id: camp.id, name: 'Autumn relaunch', launchDate: '2026-10-01' }),
    );
    const handoffId = (await client.campaigns.get({ id: camp.id })).handoffs[0]!.handoff.id;
    await step('handoffs.setField (new)', () =>
      client.handoffs.setField({ handoffId, key: 'objective', value: 'Win back lapsed buyers.' }),
    );
    await step('handoffs.setField (edit)', () =>
      client.handoffs.setField({ handoffId, key: 'objective', value: 'Win back 15% of buyers.' }),
    );
    await step('handoffs.setField (table)', () =>
      client.handoffs.setField({
        handoffId,
        key: 'audience',
        value: [{ aspect: 'Demographics', insight: 'Lapsed buyers' }],
      }),
    );
    await step('campaigns.remove', () => client.campaigns.remove({ id: camp.id }));
    await step('campaigns.restore', () => client.campaigns.restore({ id: camp.id }));

    for (const s of session) {
      // Each mutation wrote something, in exactly one transaction, as the local person.
      expect(s.changes.length, s.name).toBeGreaterThan(0);
      expect(new Set(s.changes.map((c) => c.tx_id)).size, s.name).toBe(1);
      expect(new Set(s.changes.map((c) => c.actor_id)), s.name).toEqual(new Set([me.id]));
      expect(new Set(s.changes.map((c) => c.device_id)), s.name).toEqual(new Set([db.deviceId]));
      expect(new Set(s.changes.map((c) => c.schema_version)), s.name).toEqual(
        new Set([db.schemaVersion]),
      );
    }
    const byName = new Map(session.map((s) => [s.name, s.changes]));
    // Only what changed is logged: the update touched name, initials and role title.
    expect(fieldsOf(byName.get('people.update')!, ada.id)).toEqual([
      'initials',
      'name',
      'roleTitle',
    ]);
    expect(fieldsOf(byName.get('people.remove')!, ada.id)).toEqual(['deletedAt']);
    expect(JSON.parse(byName.get('people.restore')![0]!.value)).toBeNull();
    expect(
      fieldsOf(
        byName.get('handoffs.setField (edit)')!,
        byName.get('handoffs.setField (new)')![0]!.entity_id,
      ),
    ).toEqual(['value']);
    // Moving the launch date logged the campaign's fields and the re-planned handoff due date.
    const replan = byName.get('campaigns.update (re-plans due dates)')!;
    expect(fieldsOf(replan, camp.id)).toEqual(['launchDate', 'name']);
    expect(replan.filter((c) => c.entity === 'handoff').map((c) => c.field)).toEqual(['dueDate']);

    // HLCs only grow, across transactions and within them.
    const hlcs = db.sqlite
      .prepare('SELECT hlc FROM changes ORDER BY rowid')
      .pluck()
      .all() as string[];
    expect([...hlcs].sort()).toEqual(hlcs);
    expect(new Set(hlcs).size).toBe(hlcs.length);
    expect(lastHlc()).toBe(hlcs[hlcs.length - 1]);

    expect(changeLogProblems(db)).toEqual([]);
    expect(await client.system.check()).toEqual({ ok: true, problems: [] });
  });

  it('publishes one live update per committed write, none for failed ones', async () => {
    const seen: string[][] = [];
    const off = db.onCommit((e) => seen.push(e.tables));
    const p = await backend.client.people.create({ name: 'Grace Hopper' });
    await expect(
      backend.client.people.update({ id: newId(), name: 'Nobody' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await backend.client.people.update({ id: p.id, name: 'Grace Hopper' });
    off();
    expect(seen).toEqual([['person']]);
  });
});

describe('a failed transaction leaves nothing behind', () => {
  function someIds() {
    const ws = db.sqlite.prepare('SELECT id FROM workspaces').pluck().get() as string;
    const stages = db.sqlite
      .prepare('SELECT id FROM stages ORDER BY position')
      .pluck()
      .all() as string[];
    const campaign = db.sqlite.prepare('SELECT id, name FROM campaigns LIMIT 1').get() as {
      id: string;
      name: string;
    };
    return { ws, stages, campaign };
  }

  it('a foreign-key violation after other inserts rolls back every row and change row', () => {
    const { ws, stages, campaign } = someIds();
    const counts = tableCounts(db);
    const hlc = lastHlc();
    let commits = 0;
    db.onCommit(() => commits++);
    let thrown: unknown;
    try {
      db.write(null, (tx) => {
        tx.insert('client', {
          workspaceId: ws,
          name: 'Half Written',
          accentColor: '#000000',
          brand: {},
          createdAt: tx.at,
        });
        tx.insert('person', {
          workspaceId: ws,
          name: 'Half Person',
          initials: 'HP',
          color: '#1f5fbf',
          createdAt: tx.at,
        });
        tx.update('campaign', campaign.id, { name: 'Renamed in a doomed transaction' });
        tx.insert('handoff', {
          campaignId: newId(), // no such campaign
          fromStageId: stages[0]!,
          toStageId: stages[1]!,
          templateId: 'builtin.generic',
          templateVersion: 1,
          status: 'draft',
          createdAt: tx.at,
        });
      });
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toMatchObject({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' });
    expect(tableCounts(db)).toEqual(counts);
    expect(lastHlc()).toBe(hlc);
    expect(
      db.sqlite.prepare('SELECT name FROM campaigns WHERE id = ?').pluck().get(campaign.id),
    ).toBe(campaign.name);
    expect(
      db.sqlite.prepare(`SELECT count(*) FROM clients WHERE name = 'Half Written'`).pluck().get(),
    ).toBe(0);
    expect(commits).toBe(0);
    expect(db.sqlite.inTransaction).toBe(false);
    expect(changeLogProblems(db)).toEqual([]);
  });

  it.each([
    ['a DomainError', () => new DomainError('RULE_VIOLATION', 'Stop right there')],
    ['any other error', () => new TypeError('a bug in a service')],
  ])('%s thrown after writes rolls back too, and reaches the caller unchanged', (_name, make) => {
    const { ws, campaign } = someIds();
    const counts = tableCounts(db);
    const error = make();
    expect(() =>
      db.write(null, (tx) => {
        tx.insert('person', {
          workspaceId: ws,
          name: 'Temp',
          initials: 'TE',
          color: '#1f5fbf',
          createdAt: tx.at,
        });
        tx.update('campaign', campaign.id, { name: 'Temp name' });
        tx.softDelete('campaign', campaign.id);
        throw error;
      }),
    ).toThrow(error);
    expect(tableCounts(db)).toEqual(counts);
    expect(
      db.sqlite.prepare('SELECT name, deleted_at FROM campaigns WHERE id = ?').get(campaign.id),
    ).toEqual({
      name: campaign.name,
      deleted_at: null,
    });
    // The database is usable afterwards.
    db.write(null, (tx) => tx.update('campaign', campaign.id, { name: 'After the failure' }));
    expect(changeLogProblems(db)).toEqual([]);
  });

  it('an async callback is refused and what it wrote before awaiting is rolled back', () => {
    const { ws } = someIds();
    const counts = tableCounts(db);
    expect(() =>
      db.write(null, async (tx) => {
        tx.insert('person', {
          workspaceId: ws,
          name: 'Async',
          initials: 'AS',
          color: '#1f5fbf',
          createdAt: tx.at,
        });
        await Promise.resolve();
      }),
    ).toThrow(/synchronous/);
    expect(tableCounts(db)).toEqual(counts);
  });

  it('a rule broken through the API is a typed error and writes nothing', async () => {
    const counts = tableCounts(db);
    const clients = await backend.client.clients.list();
    await expect(
      backend.client.campaigns.create({
        name: 'Ghost team',
        clientId: clients[0]!.id,
        type: 'email',
        team: [newId()],
      }),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    const handoffId = (await backend.client.campaigns.list()).find((c) => c.currentHandoff)!
      .currentHandoff!.id;
    await expect(
      backend.client.handoffs.setField({ handoffId, key: 'objective', value: ['not', 'text'] }),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    expect(tableCounts(db)).toEqual(counts);
  });
});

describe('only real changes are logged', () => {
  it('update with unchanged values writes no change rows', async () => {
    const person = (await backend.client.people.list())[0]!;
    const client = (await backend.client.clients.list())[0]!;
    const before = changeCount();
    const hlc = lastHlc();
    db.write(null, (tx) => {
      tx.update('person', person.id, {
        name: person.name,
        email: person.email,
        roleTitle: person.roleTitle,
      });
      tx.update('client', client.id, {
        brand: structuredClone(client.brand),
        accentColor: client.accentColor,
      });
      tx.update('person', person.id, {});
      tx.restore('person', person.id); // not deleted: nothing to restore
    });
    await backend.client.people.update({ id: person.id, name: person.name, email: person.email });
    await backend.client.clients.update({ id: client.id, name: client.name, brand: client.brand });
    expect(changeCount()).toBe(before);
    expect(lastHlc()).toBe(hlc);
  });

  it('a partial change logs only the fields that changed', async () => {
    const person = (await backend.client.people.list())[0]!;
    const { changes } = await logged(() =>
      backend.client.people.update({ id: person.id, name: person.name, email: 'new@example.com' }),
    );
    expect(changes.map((c) => [c.field, JSON.parse(c.value)])).toEqual([
      ['email', 'new@example.com'],
    ]);
  });
  it('a partial update through the API leaves the fields it omits alone', async () => {
    const { client } = backend;
    const person = (await client.people.list()).find((p) => p.email && p.roleTitle)!;
    const brandClient = (await client.clients.list())[0]!;
    const campaign = (await client.campaigns.list()).find((c) => c.launchDate && c.ownerId)!;
    const { changes } = await logged(async () => {
      await client.people.update({ id: person.id, name: 'Renamed Person' });
      await client.clients.update({ id: brandClient.id, name: 'Renamed Client' });
      await client.campaigns.update({ id: campaign.id, name: 'Renamed Campaign' });
    });
    expect(changes.map((c) => c.field).sort()).toEqual(['initials', 'name', 'name', 'name']);
    expect((await client.people.list()).find((p) => p.id === person.id)).toMatchObject({
      email: person.email,
      roleTitle: person.roleTitle,
    });
    expect((await client.clients.list()).find((c) => c.id === brandClient.id)).toMatchObject({
      accentColor: brandClient.accentColor,
      brand: brandClient.brand,
    });
    expect((await client.campaigns.get({ id: campaign.id })).campaign).toMatchObject({
      launchDate: campaign.launchDate,
      ownerId: campaign.ownerId,
      team: campaign.team,
      channels: campaign.channels,
    });
  });
});

describe('append-only facts', () => {
  it('a handoff event cannot be edited or deleted, and nothing is logged', () => {
    const event = db.sqlite.prepare('SELECT * FROM handoff_events LIMIT 1').get() as {
      id: string;
      kind: string;
    };
    expect(event).toBeDefined();
    const counts = tableCounts(db);
    for (const attempt of [
      () => db.write(null, (tx) => tx.update('handoffEvent', event.id, { kind: 'override' })),
      () => db.write(null, (tx) => tx.softDelete('handoffEvent', event.id)),
    ]) {
      let thrown: unknown;
      try {
        attempt();
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(DomainError);
      expect(thrown).toMatchObject({
        code: 'RULE_VIOLATION',
        message: expect.stringMatching(/permanent/),
      });
    }
    expect(tableCounts(db)).toEqual(counts);
    expect(
      db.sqlite.prepare('SELECT kind, deleted_at FROM handoff_events WHERE id = ?').get(event.id),
    ).toEqual({
      kind: event.kind,
      deleted_at: null,
    });
  });

  it('new facts can still be added', () => {
    const handoffId = db.sqlite.prepare('SELECT id FROM handoffs LIMIT 1').pluck().get() as string;
    db.write(null, (tx) =>
      tx.insert('handoffEvent', {
        handoffId,
        kind: 'reopened',
        deviceId: tx.deviceId,
        at: tx.at,
        missing: [],
      }),
    );
    expect(changeLogProblems(db)).toEqual([]);
  });
});

describe('system.check finds rows written outside the write path', () => {
  it.each<[string, (ids: { ws: string; person: string; handoff: string }) => void, RegExp]>([
    [
      'a row inserted with raw SQL',
      ({ ws }) =>
        db.sqlite
          .prepare(
            `INSERT INTO people (id, workspace_id, name, initials, color, created_at)
             VALUES (?, ?, 'Sneaky', 'SN', '#1f5fbf', '2026-01-01T00:00:00.000Z')`,
          )
          .run(newId(), ws),
      /1 person row\(s\) have no change log entries/,
    ],
    [
      'a row edited with raw SQL',
      ({ person }) =>
        db.sqlite.prepare(`UPDATE people SET name = 'Tampered' WHERE id = ?`).run(person),
      /1 person row\(s\) differ from their change log/,
    ],
    [
      'a row deleted with raw SQL',
      ({ person }) => {
        db.sqlite.pragma('foreign_keys = OFF');
        db.sqlite.prepare('DELETE FROM people WHERE id = ?').run(person);
        db.sqlite.pragma('foreign_keys = ON');
      },
      /foreign key: .* points to a missing people/,
    ],
    [
      'a dangling reference inserted with foreign keys off',
      ({ person }) => {
        db.sqlite.pragma('foreign_keys = OFF');
        db.sqlite
          .prepare(
            `INSERT INTO comments (id, handoff_id, author_id, body, created_at)
             VALUES (?, ?, ?, 'hi', '2026-01-01T00:00:00.000Z')`,
          )
          .run(newId(), newId(), person);
        db.sqlite.pragma('foreign_keys = ON');
      },
      /foreign key: comments row \d+ points to a missing handoffs/,
    ],
  ])('%s', async (_name, tamper, problem) => {
    expect((await backend.client.system.check()).ok).toBe(true);
    const ws = db.sqlite.prepare('SELECT id FROM workspaces').pluck().get() as string;
    const person = (await backend.client.people.list())[0]!.id;
    const handoff = db.sqlite.prepare('SELECT id FROM handoffs LIMIT 1').pluck().get() as string;
    tamper({ ws, person, handoff });
    const check = await backend.client.system.check();
    expect(check.ok).toBe(false);
    expect(
      check.problems.some((p) => problem.test(p)),
      check.problems.join('\n'),
    ).toBe(true);
  });
});
