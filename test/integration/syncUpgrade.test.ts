import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMigrations, migrationsDir } from '../../electron/db/migrations';
import { deviceAt } from '../harness/deviceAt';
import { changeIds, contentDump, START, type SyncDevice } from '../harness/syncDevices';
import { makeTempDir } from '../harness/tempDir';

// A batch from a newer schema is parked, then applied after this laptop is upgraded (issue 7).
// The newer Baton is this one with one more migration: the shipped migrations copied with an
// extra one appended, chosen through BATON_MIGRATIONS_DIR (how the app finds its migrations).
// So the writer really runs a newer schema and stamps its changes with it, and the reader
// really upgrades its database file the way an updated app would on open.

const cleanups: (() => void)[] = [];
const envBefore = process.env.BATON_MIGRATIONS_DIR;
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
  if (envBefore === undefined) delete process.env.BATON_MIGRATIONS_DIR;
  else process.env.BATON_MIGRATIONS_DIR = envBefore;
});

function temp(prefix: string): string {
  const t = makeTempDir(prefix);
  cleanups.push(t.cleanup);
  return t.dir;
}

interface Journal {
  entries: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[];
}

/** The shipped migrations plus one more (a harmless new table): "the next Baton". */
function newerMigrations(): { dir: string; version: number } {
  const dir = temp('baton-migrations-');
  fs.cpSync(migrationsDir(), dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as Journal;
  const tag = `${String(journal.entries.length).padStart(4, '0')}_test_next_version`;
  journal.entries.push({
    idx: journal.entries.length,
    version: '6',
    when: Date.now(),
    tag,
    breakpoints: true,
  });
  fs.writeFileSync(journalFile, JSON.stringify(journal, null, 2));
  fs.writeFileSync(
    path.join(dir, `${tag}.sql`),
    'CREATE TABLE `next_version_probe` (`id` text PRIMARY KEY NOT NULL);',
  );
  return { dir, version: loadMigrations(dir).length };
}

function open(name: string, dataDir: string, sharedDir: string, migrations?: string) {
  if (migrations) process.env.BATON_MIGRATIONS_DIR = migrations;
  else if (envBefore === undefined) delete process.env.BATON_MIGRATIONS_DIR;
  else process.env.BATON_MIGRATIONS_DIR = envBefore;
  const d = deviceAt(name, dataDir, sharedDir, START + 3_600_000);
  cleanups.push(() => d.close());
  return d;
}

const cursorOf = (d: SyncDevice, of: SyncDevice) =>
  d.backend.context.db.sqlite
    .prepare('SELECT applied_seq FROM sync_cursors WHERE device_id = ?')
    .pluck()
    .get(of.deviceId);

describe('a batch from a newer schema version', () => {
  it('is parked until this laptop is upgraded, then applied once and the cursor moves on', async () => {
    const shared = temp('baton-shared-');
    const aDir = temp('baton-a-');
    const bDir = temp('baton-b-');
    const next = newerMigrations();

    // Both laptops on this version: the demo, B joined.
    let a = open('a', aDir, shared);
    await a.client.workspace.loadDemo();
    a.sync();
    let b = open('b', bDir, shared);
    b.sync();
    const current = b.backend.context.db.schemaVersion;
    expect(next.version).toBe(current + 1);

    // A is updated first and renames a campaign: its batch says the newer schema.
    a.close();
    a = open('a', aDir, shared, next.dir);
    expect(a.backend.context.db.schemaVersion).toBe(next.version);
    const campaignId = (await a.client.campaigns.list({}))[0]!.id;
    await a.client.campaigns.update({ id: campaignId, name: 'Renamed on the newer Baton' });
    const [exported] = a.sync().exported;
    expect(exported).toMatchObject({ seq: 2, count: expect.any(Number) as unknown });
    const header = JSON.parse(
      fs.readFileSync(path.join(shared, exported!.file), 'utf8').split('\n')[0]!,
    ) as { schemaVersion: number };
    expect(header.schemaVersion).toBe(next.version);

    // B, not updated yet: parked, not applied, cursor stays; again on the next sync.
    for (let i = 0; i < 2; i++) {
      const report = b.sync();
      expect(report.applied).toEqual([]);
      expect(report.problems).toEqual([]);
      expect(report.parked).toEqual([
        expect.objectContaining({ file: exported!.file, seq: 2, schemaVersion: next.version }),
      ]);
      expect(cursorOf(b, a)).toBe(1);
      expect((await b.client.campaigns.get({ id: campaignId })).campaign.name).not.toBe(
        'Renamed on the newer Baton',
      );
    }

    // B is updated: its database migrates on open, and the next sync applies the batch.
    b.close();
    b = open('b', bDir, shared, next.dir);
    expect(b.backend.context.db.schemaVersion).toBe(next.version);
    const report = b.sync();
    expect(report.parked).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.applied).toEqual([
      expect.objectContaining({ deviceId: a.deviceId, seq: 2, newChanges: exported!.count }),
    ]);
    expect(cursorOf(b, a)).toBe(2);
    expect((await b.client.campaigns.get({ id: campaignId })).campaign.name).toBe(
      'Renamed on the newer Baton',
    );
    // Once: nothing more to apply, nothing parked.
    const again = b.sync();
    expect([again.applied, again.parked, again.problems]).toEqual([[], [], []]);
    a.sync();
    expect(contentDump(b)).toEqual(contentDump(a));
    expect(changeIds(b)).toEqual(changeIds(a));
  });
});
