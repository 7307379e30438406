import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { syncTeam, contentDump, changeIds, type SyncDevice } from '../harness/syncDevices';

let team: ReturnType<typeof syncTeam>;
afterEach(() => team.close());

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

/** Rewrites a batch's header and seals it again, as a well-behaved writer of that header would. */
function withHeader(bytes: Buffer, edit: (header: Record<string, unknown>) => void): Buffer {
  const lines = bytes.toString('utf8').split('\n').slice(0, -2); // drop the seal and the last ''
  const header = JSON.parse(lines[0]!) as Record<string, unknown>;
  edit(header);
  const sealed = [JSON.stringify(header), ...lines.slice(1)].join('\n') + '\n';
  return Buffer.from(sealed + JSON.stringify({ seal: sha256(sealed) }) + '\n');
}

/**
 * A has the demo and B has it too; then A renames a campaign and exports one more batch, which
 * is taken out of the folder: each test puts a damaged version of it back in its place.
 */
async function withPendingBatch(): Promise<{
  a: SyncDevice;
  b: SyncDevice;
  good: Buffer;
  file: string;
  rel: string;
  campaignId: string;
}> {
  team = syncTeam();
  const a = team.device('a');
  const b = team.device('b');
  await a.client.workspace.loadDemo();
  a.sync();
  b.sync();
  const campaignId = (await a.client.campaigns.list({}))[0]!.id;
  a.advance(10_000);
  await a.client.campaigns.update({ id: campaignId, name: 'From the pending batch' });
  const rel = a.sync().exported[0]!.file;
  const file = path.join(team.sharedDir, rel);
  const good = fs.readFileSync(file);
  fs.rmSync(file);
  return { a, b, good, file, rel, campaignId };
}

async function nameOn(d: SyncDevice, id: string): Promise<string> {
  return (await d.client.campaigns.get({ id })).campaign.name;
}

describe('a damaged batch file is skipped, reported by name, and nothing of it applied', () => {
  const damages: [string, (good: Buffer) => Buffer, string, RegExp][] = [
    ['truncated', (g) => g.subarray(0, Math.floor(g.length / 2)), 'incomplete', /no seal line/],
    ['zero-length (a cloud placeholder)', () => Buffer.alloc(0), 'incomplete', /is empty/],
    [
      'a flipped byte (bad hash)',
      (g) => {
        const copy = Buffer.from(g);
        const i = copy.indexOf('From the pending batch');
        copy[i] = 'f'.charCodeAt(0);
        return copy;
      },
      'corrupt',
      /does not match its seal/,
    ],
    [
      'an unknown format version',
      (g) => withHeader(g, (h) => (h.formatVersion = 99)),
      'unsupported-format',
      /batch format 99, newer than this Baton reads \(2\)/,
    ],
    [
      'garbage JSON',
      () => Buffer.from('{"not": "a batch"\nrandom ][ text\n'),
      'incomplete',
      /no seal/,
    ],
    [
      'garbage JSON, sealed',
      () => {
        const sealed = 'this is { not json\n';
        return Buffer.from(sealed + JSON.stringify({ seal: sha256(sealed) }) + '\n');
      },
      'corrupt',
      /header that is not JSON/,
    ],
    [
      'a header whose count lies',
      (g) => withHeader(g, (h) => (h.count = 99)),
      'corrupt',
      /holds \d+ changes but its header says 99/,
    ],
  ];

  it.each(damages)('%s', async (_, damage, kind, message) => {
    const { a, b, good, file, rel, campaignId } = await withPendingBatch();
    const before = { content: contentDump(b), changes: changeIds(b) };
    fs.writeFileSync(file, damage(good));

    const report = b.sync();
    expect(report.applied).toEqual([]);
    expect(report.problems).toEqual([
      { kind, file: rel, message: expect.stringMatching(message) as unknown },
    ]);
    expect(report.problems[0]!.message).toContain(rel);
    expect(contentDump(b)).toEqual(before.content);
    expect(changeIds(b)).toEqual(before.changes);
    expect(fs.readFileSync(file)).toEqual(damage(good)); // left in place, never deleted

    // Once the real file arrives (the cloud client finished), the next sync applies it.
    fs.writeFileSync(file, good);
    const retry = b.sync();
    expect(retry.problems).toEqual([]);
    expect(retry.applied).toHaveLength(1);
    expect(await nameOn(b, campaignId)).toBe(await nameOn(a, campaignId));
    // Converged: B shows what A shows and holds every change A made, the retried ones once.
    expect(contentDump(b)).toEqual(contentDump(a));
    expect(changeIds(b)).toEqual(changeIds(a));
    expect(b.sync().applied).toEqual([]);
  });
});

describe('files Baton did not write', () => {
  it('are reported as foreign and left alone; temp files are ignored', async () => {
    const { b, good, file, rel } = await withPendingBatch();
    const dir = path.dirname(file);
    const conflicted = path.join(dir, '0000000002 (Ana’s conflicted copy 2026-03-02).batch');
    fs.writeFileSync(conflicted, good);
    fs.writeFileSync(path.join(dir, '.0000000002.batch.1a2b3c4d.tmp'), good.subarray(0, 10));
    fs.writeFileSync(path.join(team.sharedDir, 'baton', 'devices', 'desktop.ini'), '');

    const report = b.sync();
    expect(report.applied).toEqual([]);
    // Sorted on both sides: the device folder's name is a random id, so where it sorts
    // against "desktop.ini" differs from run to run.
    const byFile = (a: string[], b: string[]) => a[1]!.localeCompare(b[1]!);
    expect(report.problems.map((p) => [p.kind, p.file]).sort(byFile)).toEqual(
      [
        ['foreign', path.posix.join(path.posix.dirname(rel), path.basename(conflicted))],
        ['foreign', 'baton/devices/desktop.ini'],
      ].sort(byFile),
    );
    expect(fs.existsSync(conflicted)).toBe(true);
  });

  it('a batch copied into another device folder is misplaced, not applied', async () => {
    const { b, good, rel } = await withPendingBatch();
    const elsewhere = path.join(team.sharedDir, 'baton/devices/00000000000000aa/batches');
    fs.mkdirSync(elsewhere, { recursive: true });
    fs.writeFileSync(path.join(elsewhere, path.basename(rel)), good);
    const report = b.sync();
    expect(report.applied).toEqual([]);
    expect(report.problems).toEqual([
      expect.objectContaining({
        kind: 'misplaced',
        file: expect.stringContaining('00000000000000aa'),
      }),
    ]);
  });
});

describe('a batch from a newer schema version', () => {
  it('is parked with a clear message, not applied, and its cursor does not move', async () => {
    const { b, good, file, rel, campaignId } = await withPendingBatch();
    const nameBefore = await nameOn(b, campaignId);
    const schema = b.backend.context.db.schemaVersion;
    fs.writeFileSync(
      file,
      withHeader(good, (h) => (h.schemaVersion = schema + 1)),
    );

    const report = b.sync();
    expect(report.applied).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.parked).toEqual([
      expect.objectContaining({
        file: rel,
        schemaVersion: schema + 1,
        message: expect.stringMatching(
          new RegExp(
            `newer version of Baton \\(schema ${schema + 1}; this one knows ${schema}\\).*update Baton`,
          ),
        ) as unknown,
      }),
    ]);
    expect(await nameOn(b, campaignId)).toBe(nameBefore);
    const cursor = b.backend.context.db.sqlite
      .prepare('SELECT applied_seq FROM sync_cursors')
      .pluck()
      .get();
    expect(cursor).toBe(1);
    // Still parked next time: the file is kept, not dropped.
    expect(b.sync().parked).toHaveLength(1);
    expect(fs.existsSync(file)).toBe(true);
  });
});

describe('a shared folder of another workspace', () => {
  it('is refused before anything is written or applied', async () => {
    team = syncTeam();
    const a = team.device('a');
    const c = team.device('c');
    await a.client.workspace.loadDemo();
    a.sync();
    await c.client.workspace.create({
      name: 'Other agency',
      homeTimeZone: 'Europe/Berlin',
      me: { name: 'Cleo' },
    });
    const report = c.sync();
    expect(report.exported).toEqual([]);
    expect(report.applied).toEqual([]);
    expect(report.problems).toEqual([
      expect.objectContaining({ kind: 'workspace-mismatch', file: 'baton/workspace.json' }),
    ]);
    expect(fs.existsSync(path.join(team.sharedDir, 'baton/devices', c.deviceId))).toBe(false);
  });
});
