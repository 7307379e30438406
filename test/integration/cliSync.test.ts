import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeTempDir } from '../harness/tempDir';

// `baton sync`, `sync-status` and `sync-setup` as child processes over real data folders and
// one real shared folder.

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const ENTRY = path.join('electron', 'cli', 'index.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function baton(...args: string[]): Promise<Run> {
  const child = spawn(TSX, [ENTRY, ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const lines = (text: string) => text.split('\n').filter((l) => l.trim().length > 0);

describe('baton sync commands', () => {
  let root: string;
  let cleanup: () => void;
  let shared: string;
  const dataDir = (name: string) => path.join(root, name);

  beforeAll(async () => {
    ({ dir: root, cleanup } = makeTempDir('baton-cli-sync-'));
    shared = path.join(root, 'Dropbox');
    fs.mkdirSync(shared);
    const demo = await baton('demo', '--data-dir', dataDir('a'));
    expect(demo.code).toBe(0);
  });

  afterAll(() => cleanup?.());

  // In order: each test builds on the folders the previous ones left.
  test('sync-setup shares the workspace from one laptop and joins it on another', async () => {
    const created = await baton(
      'sync-setup',
      '--folder',
      shared,
      '--device-name',
      'Ada laptop',
      '--data-dir',
      dataDir('a'),
    );
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(lines(created.stdout)).toEqual([
      `Shared this workspace in ${shared} as "Ada laptop"`,
      `Synced with ${shared}: wrote 1 batch file, applied 0 batch files`,
    ]);

    const joined = await baton(
      'sync-setup',
      '--folder',
      shared,
      '--device-name',
      'Ben laptop',
      '--join',
      '--data-dir',
      dataDir('b'),
    );
    expect(joined.stderr).toBe('');
    expect(joined.code).toBe(0);
    expect(lines(joined.stdout)).toEqual([
      `Joined ${shared} as "Ben laptop"`,
      `Synced with ${shared}: wrote 0 batch files, applied 1 batch file`,
    ]);
  });

  test('sync-status --json tells the folder, the devices seen and nothing pending', async () => {
    const run = await baton('sync-status', '--json', '--data-dir', dataDir('b'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const status = JSON.parse(run.stdout) as {
      folder: string;
      deviceName: string;
      pendingChanges: number;
      devices: { deviceName: string; isThisDevice: boolean; appVersion: string }[];
      problems: unknown[];
    };
    expect(status).toMatchObject({
      folder: shared,
      deviceName: 'Ben laptop',
      pendingChanges: 0,
      problems: [],
    });
    expect(status.devices.map((d) => [d.deviceName, d.isThisDevice]).sort()).toEqual([
      ['Ada laptop', false],
      ['Ben laptop', true],
    ]);
    expect(status.devices.every((d) => /^\d+\.\d+\.\d+/.test(d.appVersion))).toBe(true);

    const text = await baton('sync-status', '--data-dir', dataDir('a'));
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`Shared folder: ${shared}`);
    expect(text.stdout).toContain('Ada laptop (this one)');
    expect(text.stdout).toContain('Changes not written to the folder yet: 0');
  });

  test('sync exits 1 naming a file it could not apply', async () => {
    const stranger = path.join(shared, 'baton', 'devices', '00112233aabbccdd', 'batches');
    fs.mkdirSync(stranger, { recursive: true });
    const seal = JSON.stringify({ seal: '0'.repeat(64) });
    fs.writeFileSync(path.join(stranger, '0000000001.batch'), `{"format":"x"}\n${seal}\n`);
    const run = await baton('sync', '--data-dir', dataDir('b'));
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual([
      `Synced with ${shared}: wrote 0 batch files, applied 0 batch files (1 problem)`,
    ]);
    expect(lines(run.stderr)).toEqual([
      expect.stringMatching(
        /^corrupt: baton\/devices\/00112233aabbccdd\/batches\/0000000001\.batch /,
      ),
    ]);
    fs.rmSync(path.dirname(stranger), { recursive: true });
    const clean = await baton('sync', '--data-dir', dataDir('b'));
    expect(clean.stderr).toBe('');
    expect(clean.code).toBe(0);
  });

  test('sync before setup and setup with a missing folder fail with one line', async () => {
    const notSetUp = await baton('sync', '--data-dir', dataDir('c'));
    expect(notSetUp.code).toBe(1);
    expect(notSetUp.stdout).toBe('');
    expect(lines(notSetUp.stderr)).toEqual([expect.stringMatching(/Sync is not set up/)]);

    const missing = await baton(
      'sync-setup',
      '--folder',
      path.join(root, 'nowhere'),
      '--join',
      '--data-dir',
      dataDir('c'),
    );
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(lines(missing.stderr)).toEqual([expect.stringMatching(/folder does not exist/)]);
  });
});
