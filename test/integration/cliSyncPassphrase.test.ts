import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { filesUnder as snapshot, runBaton, succeeded, syncSetupArgs } from '../harness/batonCli';
import { makeTempDir } from '../harness/tempDir';

// `baton sync-setup` with a team passphrase, as child processes over real data folders and a
// real shared folder: from a file or the environment, never from the command line.

// Each child derives a key with Argon2id: allow it more than the default before killing it.
const baton = (env: Record<string, string>, ...args: string[]) =>
  runBaton(args, { env, killAfterMs: 90_000 });

// Child processes plus Argon2id over 64 MiB: slow on a busy 2-core machine.
describe('baton sync-setup with a team passphrase', { timeout: 120_000 }, () => {
  let root: string;
  let cleanup: () => void;
  let shared: string;
  const dataDir = (name: string) => path.join(root, name);
  const file = (name: string, text: string) => {
    const p = path.join(root, name);
    fs.writeFileSync(p, text);
    return p;
  };

  beforeAll(async () => {
    ({ dir: root, cleanup } = makeTempDir('baton-cli-passphrase-'));
    shared = path.join(root, 'Dropbox');
    fs.mkdirSync(shared);
    expect((await baton({}, 'demo', '--data-dir', dataDir('a'))).code).toBe(0);
  });

  afterAll(() => cleanup?.());

  test('creates an encrypted team folder from a passphrase file (its newline not included)', async () => {
    const created = await baton(
      {},
      ...syncSetupArgs({
        folder: shared,
        deviceName: 'Ada laptop',
        passphraseFile: file('team.pass', 'blue heron 7 quay\n'),
        dataDir: dataDir('a'),
      }),
    );
    expect(succeeded(created)).toEqual([
      `Shared this workspace in ${shared} as "Ada laptop"`,
      `Synced with ${shared}: wrote 1 batch file, applied 0 batch files`,
    ]);
    const manifest = JSON.parse(
      fs.readFileSync(path.join(shared, 'baton', 'workspace.json'), 'utf8'),
    ) as { formatVersion: number; encryption?: object };
    expect(manifest.formatVersion).toBe(2);
    expect(manifest.encryption).toBeDefined();
  });

  test('refuses a wrong passphrase from the environment: exit 1, nothing written', async () => {
    const before = snapshot(shared);
    const refused = await baton(
      { BATON_SYNC_PASSPHRASE: 'blue heron 7 quay ' },
      ...syncSetupArgs({
        folder: shared,
        join: true,
        deviceName: 'Ben laptop',
        dataDir: dataDir('b'),
      }),
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/passphrase does not open this team folder/);
    expect(snapshot(shared)).toEqual(before);
    expect(fs.existsSync(path.join(dataDir('b'), 'sync-key.json'))).toBe(false);
  });

  test('refuses a passphrase on the command line and an empty passphrase file (exit 2)', async () => {
    const argv = await baton({}, 'sync-setup', '--folder', shared, '--passphrase', 'x');
    expect(argv.code).toBe(2);
    expect(argv.stderr).toMatch(/--passphrase/);
    const empty = await baton(
      {},
      ...syncSetupArgs({
        folder: shared,
        join: true,
        passphraseFile: file('empty.pass', '\n'),
        dataDir: dataDir('b'),
      }),
    );
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/--passphrase-file .*empty\.pass is empty/);
  });

  test('joins with the right passphrase file (Windows line end) and applies the batch', async () => {
    const joined = await baton(
      {},
      ...syncSetupArgs({
        folder: shared,
        join: true,
        deviceName: 'Ben laptop',
        passphraseFile: file('ben.pass', 'blue heron 7 quay\r\n'),
        dataDir: dataDir('b'),
      }),
    );
    expect(succeeded(joined)).toEqual([
      `Joined ${shared} as "Ben laptop"`,
      `Synced with ${shared}: wrote 0 batch files, applied 1 batch file`,
    ]);
    const listOf = (d: string) =>
      baton({}, 'list', 'campaigns', '--json', '--data-dir', dataDir(d));
    const [onA, onB] = await Promise.all([listOf('a'), listOf('b')]);
    expect(onB.code).toBe(0);
    expect((JSON.parse(onB.stdout) as unknown[]).length).toBeGreaterThan(0);
    expect(onB.stdout).toBe(onA.stdout);
  });
});
