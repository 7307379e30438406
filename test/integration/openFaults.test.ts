import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBackend, type Backend } from '../../electron/backend/startBackend';
import { BACKUPS_KEPT, listBackups } from '../../electron/db/backup';
import { BatonDatabase, PAGE_SIZE } from '../../electron/db/batonDatabase';
import { DatabaseOpenError } from '../../electron/db/dbErrors';
import { loadMigrations } from '../../electron/db/migrations';
import { backupsDir, dbFilePath } from '../../electron/db/paths';
import { makeTempDir } from '../harness/tempDir';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

function tempDir(): string {
  const t = makeTempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

function open(dataDir: string): Backend {
  const backend = startBackend({ dataDir });
  cleanups.push(() => backend.close());
  return backend;
}

/** A real Baton database with the sample agency, closed cleanly (nothing left in the WAL). */
async function demoDataDir(): Promise<string> {
  const dir = tempDir();
  const backend = startBackend({ dataDir: dir });
  await backend.client.workspace.loadDemo();
  backend.close();
  return dir;
}

const sha256 = (file: string) =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function openError(dataDir: string): DatabaseOpenError {
  try {
    BatonDatabase.open(dataDir).close();
  } catch (err) {
    expect(err).toBeInstanceOf(DatabaseOpenError);
    return err as DatabaseOpenError;
  }
  throw new Error(`expected ${dataDir} to fail to open`);
}

function rawSet(file: string, pragma: string): void {
  const raw = new Database(file);
  raw.pragma(pragma);
  raw.close();
}

describe('a file that is not SQLite', () => {
  it.each<[string, Buffer]>([
    ['notes', Buffer.from('Meeting notes\n- call Maya about the brief\n'.repeat(200))],
    ['JSON', Buffer.from(JSON.stringify({ campaigns: [{ name: 'Spring' }] }))],
    ['a few bytes', Buffer.from('hi')],
    [
      'a PNG',
      Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        crypto.randomBytes(4000),
      ]),
    ],
  ])('%s is refused as not_sqlite and left byte for byte as it was', (_name, bytes) => {
    const dir = tempDir();
    const file = dbFilePath(dir);
    fs.writeFileSync(file, bytes);
    const before = sha256(file);
    const err = openError(dir);
    expect(err.reason).toBe('not_sqlite');
    expect(err.message).toContain(file);
    expect(err.message).toMatch(/not an SQLite file.*left untouched/);
    expect(() => startBackend({ dataDir: dir })).toThrow(DatabaseOpenError);
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['baton.db']);
  });
});

describe('a damaged database', () => {
  type Damage = (file: string, pageSize: number, pages: number) => void;
  const overwrite = (file: string, offset: number, bytes: Buffer) => {
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, bytes, 0, bytes.length, offset);
    fs.closeSync(fd);
  };

  it.each<[string, Damage]>([
    [
      'garbage over the middle pages',
      (file, pageSize, pages) => {
        const from = Math.floor(pages / 3);
        const to = Math.floor((2 * pages) / 3);
        overwrite(file, from * pageSize, Buffer.alloc((to - from) * pageSize, 0xa5));
      },
    ],
    [
      'random bytes over every page after the first',
      (file, pageSize, pages) => {
        overwrite(file, pageSize, crypto.randomBytes((pages - 1) * pageSize));
      },
    ],
    [
      'the schema page scrambled after the header',
      (file, pageSize) => overwrite(file, 100, crypto.randomBytes(pageSize - 100)),
    ],
    [
      'truncated to half its size',
      (file, pageSize, pages) => fs.truncateSync(file, Math.floor(pages / 2) * pageSize),
    ],
    ['truncated to its first page', (file, pageSize) => fs.truncateSync(file, pageSize)],
  ])('%s: refused as corrupt, left untouched', async (_name, damage) => {
    const dir = await demoDataDir();
    const file = dbFilePath(dir);
    const raw = new Database(file, { readonly: true });
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    const pages = raw.pragma('page_count', { simple: true }) as number;
    raw.close();
    expect(pages).toBeGreaterThan(20);
    damage(file, pageSize, pages);
    const before = sha256(file);
    const err = openError(dir);
    expect(err.reason).toBe('corrupt');
    expect(err.message).toContain(file);
    expect(err.message).toMatch(/damaged.*left untouched/);
    expect(err.message).toMatch(/backup/);
    expect(sha256(file)).toBe(before);
    expect(fs.existsSync(backupsDir(dir))).toBe(false);
  });
});

describe('a data folder Baton cannot write', () => {
  it.each([
    ['a folder that cannot be created', '/proc/self/baton-data'],
    ['a nested folder that cannot be created', '/proc/self/baton/data'],
    ['an existing folder that refuses files', '/proc/self'],
  ])('%s is reported as not_writable with a clear message', (_name, dir) => {
    const err = openError(dir);
    expect(err.reason).toBe('not_writable');
    expect(err.message).toContain(`cannot write to the data folder ${dir}`);
    expect(err.message).toMatch(/Choose a folder you can write to/);
  });

  it('a file where the folder should be is not_writable too', () => {
    const file = path.join(tempDir(), 'occupied');
    fs.writeFileSync(file, 'not a folder');
    expect(openError(file).reason).toBe('not_writable');
    expect(fs.readFileSync(file, 'utf8')).toBe('not a folder');
  });
});

/** Campaigns in a database file, read straight from SQLite. */
function campaignCount(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM campaigns').pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('a database from a newer Baton', () => {
  it('opens read-only with a reason, reads work, every write fails READ_ONLY, bytes unchanged', async () => {
    const dir = await demoDataDir();
    const file = dbFilePath(dir);
    const demoCampaigns = campaignCount(file);
    expect(demoCampaigns).toBeGreaterThanOrEqual(12);
    rawSet(file, 'user_version = 999');
    const before = sha256(file);

    const backend = open(dir);
    const { client } = backend;
    expect(backend.readOnlyReason).toMatch(/newer version of Baton.*schema 999/);
    const info = await client.system.info();
    expect(info.readOnlyReason).toBe(backend.readOnlyReason);
    const campaigns = await client.campaigns.list();
    expect(campaigns).toHaveLength(demoCampaigns);
    const people = await client.people.list();
    const clients = await client.clients.list();
    const stages = await client.stages.list();
    const campaign = await client.campaigns.get({ id: campaigns[0]!.id });
    const handoffId = campaign.handoffs[0]!.handoff.id;
    expect((await client.handoffs.get({ id: handoffId })).handoff.id).toBe(handoffId);
    expect((await client.activity.list({ limit: 5 })).length).toBe(5);

    const person = people[0]!.id;
    const writes: [string, () => Promise<unknown>][] = [
      ['people.create', () => client.people.create({ name: 'New Person' })],
      ['people.update', () => client.people.update({ id: person, name: 'Renamed' })],
      ['people.remove', () => client.people.remove({ id: person })],
      ['people.restore', () => client.people.restore({ id: person })],
      ['clients.create', () => client.clients.create({ name: 'New Client' })],
      ['clients.update', () => client.clients.update({ id: clients[0]!.id, name: 'Renamed' })],
      ['clients.remove', () => client.clients.remove({ id: clients[0]!.id })],
      ['stages.rename', () => client.stages.rename({ id: stages[0]!.id, name: 'Renamed' })],
      [
        'campaigns.create',
        () => client.campaigns.create({ name: 'New', clientId: clients[0]!.id, type: 'email' }),
      ],
      [
        'campaigns.update',
        () => client.campaigns.update({ id: campaign.campaign.id, name: 'Renamed' }),
      ],
      ['campaigns.remove', () => client.campaigns.remove({ id: campaign.campaign.id })],
      ['campaigns.restore', () => client.campaigns.restore({ id: campaign.campaign.id })],
      [
        'handoffs.setField',
        () => client.handoffs.setField({ handoffId, key: 'objective', value: 'x' }),
      ],
      ['workspace.setMe', () => client.workspace.setMe({ personId: person })],
    ];
    for (const [name, write] of writes) {
      await expect(write(), name).rejects.toMatchObject({
        code: 'READ_ONLY',
        message: expect.stringMatching(/newer version of Baton/),
      });
    }
    expect(() => backend.context.db.write(null, () => 1)).toThrow(/newer version/);
    expect(await client.campaigns.list()).toEqual(campaigns);
    backend.close();
    expect(sha256(file)).toBe(before);
    expect(fs.existsSync(backupsDir(dir))).toBe(false);
  });

  it('without a workspace yet: creating one or loading the demo fails READ_ONLY', async () => {
    const dir = tempDir();
    BatonDatabase.open(dir).close();
    const file = dbFilePath(dir);
    rawSet(file, 'user_version = 999');
    const before = sha256(file);
    const backend = open(dir);
    await expect(backend.client.workspace.loadDemo()).rejects.toMatchObject({ code: 'READ_ONLY' });
    await expect(
      backend.client.workspace.create({ name: 'Mine', homeTimeZone: 'UTC', me: { name: 'Me' } }),
    ).rejects.toMatchObject({ code: 'READ_ONLY' });
    expect(await backend.client.workspace.get()).toBeNull();
    backend.close();
    expect(sha256(file)).toBe(before);
  });
});

describe('migrations', () => {
  const previousEnv = process.env.BATON_MIGRATIONS_DIR;
  afterEach(() => {
    if (previousEnv === undefined) delete process.env.BATON_MIGRATIONS_DIR;
    else process.env.BATON_MIGRATIONS_DIR = previousEnv;
  });

  /** The shipped migrations plus one more, as drizzle-kit would lay them out. */
  function migrationsWith(tag: string, sql: string): string {
    const dir = path.join(tempDir(), 'migrations');
    fs.cpSync(path.resolve('electron/db/migrations'), dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${tag}.sql`), sql);
    const journalFile = path.join(dir, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as {
      entries: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[];
    };
    const idx = journal.entries.length;
    journal.entries.push({ idx, version: '6', when: Date.now(), tag, breakpoints: true });
    fs.writeFileSync(journalFile, JSON.stringify(journal, null, 2));
    return dir;
  }

  const shipped = loadMigrations().length;
  const columns = (db: Database.Database, table: string) =>
    (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);

  it('a pending migration runs after a backup, keeps the data and bumps user_version', async () => {
    const dir = await demoDataDir();
    const before = startBackend({ dataDir: dir });
    const campaignsBefore = await before.client.campaigns.list();
    const peopleBefore = await before.client.people.list();
    before.close();

    process.env.BATON_MIGRATIONS_DIR = migrationsWith(
      '0001_people_nickname',
      'ALTER TABLE `people` ADD `nickname` text;',
    );
    const backend = open(dir);
    const db = backend.context.db;

    const backups = listBackups(dir);
    expect(backups).toHaveLength(1);
    expect(path.basename(backups[0]!)).toMatch(`before-migration-v${shipped}-to-v${shipped + 1}`);
    // The backup is the database as it was before migrating.
    const copy = new Database(backups[0]!, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(shipped);
    expect(columns(copy, 'people')).not.toContain('nickname');
    expect(copy.prepare('SELECT count(*) FROM people').pluck().get()).toBe(peopleBefore.length);
    expect(copy.prepare('SELECT count(*) FROM campaigns').pluck().get()).toBe(
      campaignsBefore.length,
    );
    copy.close();

    expect(db.sqlite.pragma('user_version', { simple: true })).toBe(shipped + 1);
    expect(db.schemaVersion).toBe(shipped + 1);
    expect(columns(db.sqlite, 'people')).toContain('nickname');
    expect(await backend.client.campaigns.list()).toEqual(campaignsBefore);
    expect(await backend.client.people.list()).toEqual(peopleBefore);
    expect(await backend.client.system.check()).toEqual({ ok: true, problems: [] });
    await backend.client.people.create({ name: 'After Migration' });
    const versions = db.sqlite
      .prepare('SELECT DISTINCT schema_version FROM changes ORDER BY 1')
      .pluck()
      .all();
    expect(versions).toEqual([shipped, shipped + 1]);

    // Opening again does not migrate or back up again.
    backend.close();
    open(dir).close();
    expect(listBackups(dir)).toHaveLength(1);
  });

  it('a failing migration changes nothing: old schema, old data, backup kept', async () => {
    const dir = await demoDataDir();
    const file = dbFilePath(dir);
    const people = () => {
      const raw = new Database(file, { readonly: true });
      const result = {
        version: raw.pragma('user_version', { simple: true }),
        columns: columns(raw, 'people'),
        count: raw.prepare('SELECT count(*) FROM people').pluck().get(),
      };
      raw.close();
      return result;
    };
    const before = people();
    process.env.BATON_MIGRATIONS_DIR = migrationsWith(
      '0001_broken',
      'ALTER TABLE `people` ADD `nickname` text;\n--> statement-breakpoint\nALTER TABLE `no_such_table` ADD `x` text;',
    );
    expect(() => BatonDatabase.open(dir)).toThrow(DatabaseOpenError);
    expect(people()).toEqual(before);
    expect(listBackups(dir)).toHaveLength(1);

    delete process.env.BATON_MIGRATIONS_DIR;
    const backend = open(dir);
    expect(await backend.client.system.check()).toEqual({ ok: true, problems: [] });
  });

  it('a new database is created at the current version without a backup', () => {
    const dir = tempDir();
    const db = BatonDatabase.open(dir);
    expect(db.sqlite.pragma('user_version', { simple: true })).toBe(shipped);
    db.close();
    expect(listBackups(dir)).toEqual([]);
  });
});

describe('page size', () => {
  const pragma = (db: BatonDatabase, name: string) => db.sqlite.pragma(name, { simple: true });

  it('a new database takes 16 KiB pages, checkpointing every 4 MiB of WAL', () => {
    const dir = tempDir();
    const db = BatonDatabase.open(dir);
    expect(pragma(db, 'page_size')).toBe(PAGE_SIZE);
    expect(pragma(db, 'journal_mode')).toBe('wal');
    expect(pragma(db, 'wal_autocheckpoint')).toBe(256);
    // A run deferring checkpoints asks in bytes, whatever the page size.
    const restore = db.deferCheckpoints(128 * 1024 * 1024);
    expect(pragma(db, 'wal_autocheckpoint')).toBe(8192);
    restore();
    expect(pragma(db, 'wal_autocheckpoint')).toBe(256);
    db.close();
  });

  it('an existing database keeps its own page size and data, with the same 4 MiB of WAL', async () => {
    const dir = tempDir();
    // A workspace written with SQLite's default 4 KiB pages (before session 18).
    const raw = new Database(dbFilePath(dir));
    raw.pragma('page_size = 4096');
    raw.pragma('journal_mode = WAL');
    raw.close();
    const backend = startBackend({ dataDir: dir });
    await backend.client.workspace.loadDemo();
    const campaigns = (await backend.client.campaigns.list({})).length;
    backend.close();

    const db = BatonDatabase.open(dir);
    expect(pragma(db, 'page_size')).toBe(4096);
    expect(pragma(db, 'wal_autocheckpoint')).toBe(1024);
    db.close();
    const again = open(dir);
    expect((await again.client.campaigns.list({})).length).toBe(campaigns);
    expect(campaigns).toBeGreaterThan(0);
  });
});

describe('backups', () => {
  it(`keeps only the newest ${BACKUPS_KEPT}, each a complete copy`, async () => {
    const dir = await demoDataDir();
    const backend = open(dir);
    fs.mkdirSync(backupsDir(dir), { recursive: true });
    const stray = path.join(backupsDir(dir), 'notes.txt');
    fs.writeFileSync(stray, 'mine');
    const made: string[] = [];
    for (let i = 0; i < BACKUPS_KEPT + 3; i++)
      made.push((await backend.client.system.backup()).path);
    expect(new Set(made).size).toBe(made.length);
    expect(listBackups(dir)).toEqual(made.slice(-BACKUPS_KEPT));
    for (const old of made.slice(0, 3)) expect(fs.existsSync(old)).toBe(false);
    expect(fs.readFileSync(stray, 'utf8')).toBe('mine');
    expect(fs.readdirSync(backupsDir(dir)).filter((f) => f.endsWith('.partial'))).toEqual([]);
    const newest = new Database(made[made.length - 1]!, { readonly: true });
    expect(newest.prepare('SELECT count(*) FROM campaigns').pluck().get()).toBe(
      campaignCount(dbFilePath(dir)),
    );
    expect(newest.pragma('integrity_check', { simple: true })).toBe('ok');
    newest.close();
  });
  it('two backups in the same millisecond both survive, in order', () => {
    const dir = tempDir();
    const db = BatonDatabase.open(dir);
    cleanups.push(() => db.close());
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 2, 14, 9, 30) });
    try {
      const made = Array.from({ length: 4 }, () => db.backup('manual'));
      expect(new Set(made).size).toBe(4);
      expect(listBackups(dir)).toEqual(made);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a full disk', () => {
  it('a write fails with CONFLICT "disk is full", nothing half-saved, saved data intact', async () => {
    const dir = await demoDataDir();
    const backend = open(dir);
    const { client } = backend;
    const db = backend.context.db;
    const campaigns = await client.campaigns.list();
    const people = await client.people.list();
    const handoffId = campaigns.find((c) => c.currentHandoff)!.currentHandoff!.id;
    const changes = () => db.sqlite.prepare('SELECT count(*) FROM changes').pluck().get() as number;
    const changesBefore = changes();

    const pages = db.sqlite.pragma('page_count', { simple: true }) as number;
    db.sqlite.pragma(`max_page_count = ${pages}`);
    const big = 'All work and no play makes a dull brief. '.repeat(4000);
    const err = await client.handoffs.setField({ handoffId, key: 'context', value: big }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/disk is full/) });
    expect(changes()).toBe(changesBefore);
    expect(db.sqlite.inTransaction).toBe(false);
    expect(await client.system.check()).toEqual({ ok: true, problems: [] });
    const detail = await client.handoffs.get({ id: handoffId });
    expect(detail.fields.context).not.toBe(big);

    // Space freed: the same write goes through, and everything written earlier is still there.
    db.sqlite.pragma('max_page_count = 1073741823');
    await client.handoffs.setField({ handoffId, key: 'context', value: big });
    backend.close();
    const again = open(dir);
    expect((await again.client.handoffs.get({ id: handoffId })).fields.context).toBe(big);
    const names = (list: { id: string; name: string }[]) => list.map((c) => `${c.id} ${c.name}`);
    expect(names(await again.client.campaigns.list())).toEqual(names(campaigns));
    expect(await again.client.people.list()).toEqual(people);
    expect(await again.client.system.check()).toEqual({ ok: true, problems: [] });
  });
});
