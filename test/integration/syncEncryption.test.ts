import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeBatch, sealText } from '../../electron/sync/batchFormat';
import { cryptoReady } from '../../electron/sync/sodium';
import { TEAM_KEY_FILE, keepTeamKey, readTeamKey } from '../../electron/sync/teamKeyStore';
import { toBatonError } from '../../renderer/api/errors';
import { failureOf } from '../harness/apiBindings';
import { filesUnder } from '../harness/batonCli';
import { changeIds, contentDump, syncTeam, type SyncDevice } from '../harness/syncDevices';

// An encrypted team folder between laptops with their own data folders and SQLite files, and
// one real shared folder: what lies in the folder hides names and values, a wrong or missing
// passphrase writes nothing anywhere, and files a laptop cannot open are reported, not applied.

const PASSPHRASE = 'orange kite 42 harbour';

let team: ReturnType<typeof syncTeam>;
afterEach(() => team.close());
beforeAll(() => cryptoReady());

/**
 * Every file under the shared folder, by relative path, with its bytes. To show a folder did not
 * change, compare `filesUnder` instead (bytes as base64 strings): toEqual walks a Buffer byte by
 * byte, over a minute for the encrypted demo's batches on this machine.
 */
function folderFiles(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.set(path.relative(dir, p), fs.readFileSync(p));
    }
  };
  walk(dir);
  return files;
}

/** A creates the encrypted team folder from the demo agency; B joins with the passphrase. */
async function encryptedPair() {
  team = syncTeam();
  const a = team.device('a');
  const b = team.device('b');
  await a.client.workspace.loadDemo();
  const created = await a.client.sync.setup({
    folder: team.sharedDir,
    deviceName: 'Ada laptop',
    mode: 'create',
    passphrase: PASSPHRASE,
  });
  expect(created.lastRun).toMatchObject({ problems: [], error: null });
  expect(created.lastRun!.exported).toBeGreaterThan(0);
  const joined = await b.client.sync.setup({
    folder: team.sharedDir,
    deviceName: 'Ben laptop',
    mode: 'join',
    passphrase: PASSPHRASE,
  });
  expect(joined.lastRun).toMatchObject({ problems: [], error: null });
  const me = (await a.client.workspace.get())!.me!;
  await b.client.workspace.setMe({ personId: me.id });
  return { a, b };
}

async function expectPassphraseRefused(call: Promise<unknown>, text: RegExp) {
  const err = await failureOf(call);
  expect(err).toMatchObject({ code: 'RULE_VIOLATION' });
  const { issues } = toBatonError(err);
  expect(issues).toEqual([{ field: 'passphrase', problem: expect.stringMatching(text) }]);
}

const nameOf = async (d: SyncDevice, id: string) =>
  (await d.client.campaigns.list({})).find((c) => c.id === id)?.name;

const renameFirst = async (d: SyncDevice, name: string) => {
  const card = (await d.client.campaigns.list({}))[0]!;
  d.advance(60_000);
  await d.client.campaigns.update({ id: card.id, name });
  return card.id;
};

// Argon2id over 64 MiB runs several times per test: on a busy 2-core machine that alone can
// take seconds, so these tests get more than the default 30 s.
describe('an encrypted team folder', { timeout: 120_000 }, () => {
  it('syncs and converges, and its bytes hold no campaign name or value', async () => {
    const { a, b } = await encryptedPair();
    expect(contentDump(b)).toEqual(contentDump(a));

    const manifest = JSON.parse(
      fs.readFileSync(path.join(team.sharedDir, 'baton', 'workspace.json'), 'utf8'),
    ) as { formatVersion: number; encryption: Record<string, unknown> };
    expect(manifest.formatVersion).toBe(2);
    expect(manifest.encryption).toMatchObject({
      cipher: 'xchacha20poly1305-ietf',
      kdf: 'argon2id13',
      opslimit: 3,
      memlimit: 64 * 1024 * 1024,
    });

    // Edits both ways after the join.
    await renameFirst(b, 'Secret launch on B');
    expect(b.sync().problems).toEqual([]);
    a.advance(120_000);
    const clientId = (await a.client.clients.list({}))[0]!.id;
    await a.client.campaigns.create({ name: 'Confidential rebrand', clientId, type: 'email' });
    expect(a.sync()).toMatchObject({ problems: [], applied: [expect.anything()] });
    expect(b.sync()).toMatchObject({ problems: [], applied: [expect.anything()] });
    expect(contentDump(b)).toEqual(contentDump(a));
    expect(changeIds(b)).toEqual(changeIds(a));

    const names = (await a.client.campaigns.list({})).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Secret launch on B', 'Confidential rebrand']));
    const files = folderFiles(team.sharedDir);
    const all = Buffer.concat([...files.values()]).toString('utf8');
    for (const name of names) expect(all).not.toContain(name);
    const batches = [...files].filter(([p]) => p.endsWith('.batch'));
    expect(batches.length).toBeGreaterThanOrEqual(3);
    for (const [, bytes] of batches) {
      expect(JSON.parse(bytes.toString('utf8').split('\n')[0]!)).toMatchObject({
        formatVersion: 2,
      });
    }
    // The key stays on the laptops, owner-only, never in the folder.
    expect(all).not.toContain(
      Buffer.from(readTeamKey(a.backend.context.db)!.teamKey).toString('base64'),
    );
    const keyFile = path.join(a.backend.context.db.dataDir, TEAM_KEY_FILE);
    expect(fs.statSync(keyFile).mode & 0o077).toBe(0);
    // Leaving forgets it: joining again asks for the passphrase.
    await a.client.sync.leave();
    expect(fs.existsSync(keyFile)).toBe(false);
  });

  it('refuses a laptop with a wrong or missing passphrase at setup, and it writes nothing', async () => {
    await encryptedPair();
    const c = team.device('c');
    const before = filesUnder(team.sharedDir);
    const statusBefore = await c.client.sync.status();
    const setup = (passphrase?: string) =>
      c.client.sync.setup({
        folder: team.sharedDir,
        deviceName: 'Cleo laptop',
        mode: 'join',
        ...(passphrase === undefined ? {} : { passphrase }),
      });

    await expectPassphraseRefused(setup('orange kite 42 harbor'), /does not open this team folder/);
    await expectPassphraseRefused(setup(), /is required: this team folder is encrypted/);

    expect(filesUnder(team.sharedDir)).toEqual(before);
    expect(fs.existsSync(path.join(c.backend.context.db.dataDir, TEAM_KEY_FILE))).toBe(false);
    expect(await c.client.sync.status()).toEqual(statusBefore);
    expect(await c.client.workspace.get()).toBeNull();
  });

  it('refuses a passphrase for a team folder that is not encrypted', async () => {
    team = syncTeam();
    const a = team.device('a');
    await a.client.workspace.loadDemo();
    await a.client.sync.setup({ folder: team.sharedDir, deviceName: 'Ada', mode: 'create' });
    const b = team.device('b');
    await expectPassphraseRefused(
      b.client.sync.setup({
        folder: team.sharedDir,
        deviceName: 'Ben',
        mode: 'join',
        passphrase: PASSPHRASE,
      }),
      /this team folder is not encrypted/,
    );
    expect((await b.client.sync.status()).folder).toBeNull();
  });

  it('reports an encrypted batch read without the key and applies nothing, writing nothing', async () => {
    const { a, b } = await encryptedPair();
    const id = await renameFirst(a, 'Renamed while B lost its key');
    const exported = a.sync().exported;
    expect(exported).toHaveLength(1);

    // Without a key the file itself says so (format v2 needs the team key).
    const file = path.join(team.sharedDir, exported[0]!.file);
    expect(decodeBatch(fs.readFileSync(file))).toMatchObject({ ok: false, kind: 'encrypted' });

    // A laptop that lost its key: the run stops before reading or writing anything.
    fs.rmSync(path.join(b.backend.context.db.dataDir, TEAM_KEY_FILE));
    await renameFirst(b, 'Edited on B meanwhile');
    const before = filesUnder(team.sharedDir);
    const report = b.sync();
    expect(report.applied).toEqual([]);
    expect(report.exported).toEqual([]);
    expect(report.problems).toEqual([
      {
        kind: 'encrypted',
        file: 'baton/workspace.json',
        message: expect.stringContaining('enter the team passphrase in Settings → Sync') as unknown,
      },
    ]);
    expect(filesUnder(team.sharedDir)).toEqual(before);
    expect(await nameOf(b, id)).toBe('Edited on B meanwhile');

    // A new laptop that never joined, syncing the folder directly, is told the same.
    const c = team.device('c');
    expect(c.sync().problems.map((p) => p.kind)).toEqual(['encrypted']);
    expect(await c.client.workspace.get()).toBeNull();
  });

  it('reports a kept key that does not open the folder (wrong key): nothing applied or written', async () => {
    const { a, b } = await encryptedPair();
    await renameFirst(a, 'Only for the right key');
    a.sync();
    const db = b.backend.context.db;
    const kept = readTeamKey(db)!;
    keepTeamKey(db, { ...kept, teamKey: new Uint8Array(32).fill(7) });
    const before = filesUnder(team.sharedDir);
    const dump = contentDump(b);
    const report = b.sync();
    expect(report).toMatchObject({ applied: [], exported: [] });
    expect(report.problems).toEqual([
      expect.objectContaining({
        kind: 'encrypted',
        message: expect.stringContaining('does not open this workspace') as unknown,
      }),
    ]);
    expect(filesUnder(team.sharedDir)).toEqual(before);
    expect(contentDump(b)).toEqual(dump);
  });

  it('writes a lost workspace.json again encrypted, from the key a laptop keeps', async () => {
    const { a, b } = await encryptedPair();
    const file = path.join(team.sharedDir, 'baton', 'workspace.json');
    const original = fs.readFileSync(file, 'utf8');
    fs.rmSync(file);
    await renameFirst(a, 'After the manifest was lost');
    expect(a.sync()).toMatchObject({ problems: [], exported: [expect.anything()] });
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({
      formatVersion: 2,
      encryption: (JSON.parse(original) as { encryption: object }).encryption,
    });
    expect(b.sync()).toMatchObject({ problems: [], applied: [expect.anything()] });
    expect(contentDump(b)).toEqual(contentDump(a));
  });

  it('refuses a batch whose ciphertext was changed (even re-sealed): reported, not applied', async () => {
    const { a, b } = await encryptedPair();
    const id = await renameFirst(a, 'Tampered in the folder');
    const [batch] = a.sync().exported;
    const file = path.join(team.sharedDir, batch!.file);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const raw = Buffer.from(lines[1]!, 'base64');
    raw[5]! ^= 0x40;
    lines[1] = raw.toString('base64');
    fs.writeFileSync(file, sealText(lines.slice(0, 2).join('\n') + '\n').bytes);
    const report = b.sync();
    expect(report.applied).toEqual([]);
    expect(report.problems).toEqual([
      {
        kind: 'corrupt',
        file: batch!.file,
        message: expect.stringContaining('does not decrypt with the team key') as unknown,
      },
    ]);
    expect(await nameOf(b, id)).not.toBe('Tampered in the folder');
  });
});
