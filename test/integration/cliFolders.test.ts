import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeTempDir } from '../harness/tempDir';

// `baton folders` as a child process over a real data folder and a real chosen folder.

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const ENTRY = path.join('electron', 'cli', 'index.ts');
const TREE = 'helio-bikes_commuter-season';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const children = new Set<ChildProcess>();

function baton(...args: string[]): Promise<Run> {
  const child = spawn(TSX, [ENTRY, ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      children.delete(child);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('baton folders', () => {
  let data: { dir: string; cleanup: () => void };
  let chosen: { dir: string; cleanup: () => void };

  beforeAll(async () => {
    data = makeTempDir('baton-cli-folders-');
    chosen = makeTempDir('baton-cli-chosen-');
    const demo = await baton('demo', '--data-dir', data.dir);
    expect(demo.code).toBe(0);
  }, 120_000);

  afterAll(() => {
    for (const child of children) child.kill('SIGKILL');
    data?.cleanup();
    chosen?.cleanup();
  });

  // One child at a time: a tsx start is CPU-bound on this 2-core machine.
  test('--check makes nothing and exits 1 when a file breaks the convention', async () => {
    const creative = path.join(chosen.dir, TREE, '02_creative');
    fs.mkdirSync(creative, { recursive: true });
    const file = path.join(creative, 'Banner 300x250 V2.PNG');
    fs.writeFileSync(file, 'png');
    const day = new Date('2026-05-04T12:00:00');
    fs.utimesSync(file, day, day);

    const run = await baton(
      'folders',
      '--campaign',
      'commuter season',
      '--folder',
      chosen.dir,
      '--check',
      '--data-dir',
      data.dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Missing: ${TREE}/01_strategy/`);
    expect(run.stdout).toContain(`${TREE}/02_creative/Banner 300x250 V2.PNG`);
    expect(run.stdout).toContain(
      'suggested: 2026-05-04_helio-bikes-commuter-season_banner-300x250_v02.png',
    );
    expect(fs.readdirSync(path.join(chosen.dir, TREE))).toEqual(['02_creative']);
  }, 90_000);

  test('creates the missing folders, prints them, exits 0, and leaves the file', async () => {
    const run = await baton(
      'folders',
      '--campaign',
      'Commuter Season',
      '--folder',
      chosen.dir,
      '--data-dir',
      data.dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Created: ${TREE}/01_strategy/`);
    expect(run.stdout).not.toContain(`Created: ${TREE}/02_creative/`);
    expect(run.stdout).toContain('Files: 0 follow the naming convention, 1 breaks it');
    const made = fs.readdirSync(path.join(chosen.dir, TREE)).sort();
    expect(made.slice(0, 3)).toEqual(['01_strategy', '02_creative', '03_production']);
    expect(fs.readdirSync(path.join(chosen.dir, TREE, '02_creative'))).toEqual([
      'Banner 300x250 V2.PNG',
    ]);
  }, 90_000);

  test('an unknown campaign names near matches and makes nothing', async () => {
    const run = await baton(
      'folders',
      '--campaign',
      'Comuter Season',
      '--folder',
      path.join(chosen.dir, 'elsewhere'),
      '--data-dir',
      data.dir,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No campaign "Comuter Season". Did you mean "Commuter Season"?');
  }, 90_000);

  test('a folder that does not exist is an error naming folder', async () => {
    const missing = path.join(chosen.dir, 'nope');
    const run = await baton(
      'folders',
      '--campaign',
      'Commuter Season',
      '--folder',
      missing,
      '--data-dir',
      data.dir,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`folder ${missing} does not exist`);
    expect(fs.existsSync(missing)).toBe(false);
  }, 90_000);
});
