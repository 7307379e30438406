import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { toBatonError } from '../../renderer/api/errors';
import {
  connect,
  failureOf,
  openBackend,
  type Binding,
  type TestBackend,
} from '../harness/apiBindings';
import { makeTempDir } from '../harness/tempDir';

// The campaign folder tree over the API, in real temp folders on disk.

const ROOT = 'helio-bikes_commuter-season';
const STAGES = [
  '01_strategy',
  '02_creative',
  '03_production',
  '04_launch',
  '05_live',
  '06_optimization',
  '07_retrospective',
  '08_done',
];

let env: TestBackend;
let binding: Binding;
let campaignId: string;
let chosen: { dir: string; cleanup: () => void };

beforeAll(async () => {
  env = openBackend();
  binding = await connect('MessagePort', env.backend);
  const api = binding.client;
  await api.workspace.create({
    name: 'Northwind Agency',
    me: { name: 'Ada Lovelace', email: 'ada@agency.example', roleTitle: 'Account Director' },
  });
  const client = await api.clients.create({ name: 'Helio Bikes' });
  const campaign = await api.campaigns.create({
    name: 'Commuter Season',
    clientId: client.id,
    type: 'paid_ads',
  });
  campaignId = campaign.id;
});

afterAll(async () => {
  await binding?.close();
  env?.close();
});

beforeEach(() => {
  chosen = makeTempDir('baton-folders-');
});

afterEach(() => chosen.cleanup());

const folderStructure = (folder: string, create: boolean) =>
  binding.client.campaigns.folderStructure({ campaignId, folder, create });

/** Every path under `dir`, `/`-separated, folders ending with `/`. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        out.push(`${child}/`);
        walk(child);
      } else out.push(child);
    }
  };
  walk('');
  return out.sort();
}

describe('campaigns.folderStructure', () => {
  test('a dry run lists the tree to create and makes nothing', async () => {
    const result = await folderStructure(chosen.dir, false);
    expect(result.dryRun).toBe(true);
    expect(result.root).toBe(ROOT);
    expect(result.created).toEqual([ROOT, ...STAGES.map((s) => `${ROOT}/${s}`)]);
    expect(tree(chosen.dir)).toEqual([]);
  });

  test('creates the tree, and a second run creates nothing', async () => {
    const first = await folderStructure(chosen.dir, true);
    expect(first.created).toEqual([ROOT, ...STAGES.map((s) => `${ROOT}/${s}`)]);
    expect(tree(chosen.dir)).toEqual([`${ROOT}/`, ...STAGES.map((s) => `${ROOT}/${s}/`)]);

    const second = await folderStructure(chosen.dir, true);
    expect(second.created).toEqual([]);
    expect(second.existing).toEqual(first.created);
    expect(second.conflicts).toEqual([]);
  });

  test("a user's file in 02_creative is never modified, and its bad name gets a suggestion", async () => {
    const creative = path.join(chosen.dir, ROOT, '02_creative');
    fs.mkdirSync(creative, { recursive: true });
    const file = path.join(creative, 'Hero Banner FINAL v3.PSD');
    const good = path.join(creative, '2026-03-14_helio-bikes-commuter-season_hero_v01.png');
    fs.writeFileSync(file, Buffer.from([0, 1, 2, 3, 255]));
    fs.writeFileSync(good, 'png');
    const old = new Date('2026-03-14T10:00:00');
    fs.utimesSync(file, old, old);
    const before = { bytes: fs.readFileSync(file), mtime: fs.statSync(file).mtimeMs };

    const result = await folderStructure(chosen.dir, true);
    expect(result.existing).toEqual([ROOT, `${ROOT}/02_creative`]);
    expect(result.created).toHaveLength(STAGES.length - 1);
    expect(fs.readFileSync(file)).toEqual(before.bytes);
    expect(fs.statSync(file).mtimeMs).toBe(before.mtime);
    expect(fs.readdirSync(creative).sort()).toEqual(
      [path.basename(good), path.basename(file)].sort(),
    );

    const bad = result.files.find((f) => f.path === `${ROOT}/02_creative/Hero Banner FINAL v3.PSD`);
    expect(bad).toMatchObject({
      status: 'breaks',
      suggestion: '2026-03-14_helio-bikes-commuter-season_hero-banner-final_v03.psd',
    });
    expect(bad!.problems.length).toBeGreaterThan(0);
    expect(result.files.find((f) => f.path.endsWith('_hero_v01.png'))?.status).toBe('ok');
  });

  test('a file where a folder should be is reported and left as it is', async () => {
    fs.mkdirSync(path.join(chosen.dir, ROOT));
    const squatter = path.join(chosen.dir, ROOT, '03_production');
    fs.writeFileSync(squatter, 'not a folder');
    const result = await folderStructure(chosen.dir, true);
    expect(result.conflicts).toEqual([
      {
        path: `${ROOT}/03_production`,
        problem: expect.stringContaining('a file is where this folder should be'),
      },
    ]);
    expect(fs.readFileSync(squatter, 'utf8')).toBe('not a folder');
    expect(result.created).not.toContain(`${ROOT}/03_production`);
    expect(result.created).toContain(`${ROOT}/04_launch`);
  });

  test('a file where the root folder should be blocks every stage folder under it', async () => {
    fs.writeFileSync(path.join(chosen.dir, ROOT), 'x');
    const result = await folderStructure(chosen.dir, true);
    expect(result.created).toEqual([]);
    expect(result.conflicts.map((c) => c.path)).toEqual([
      ROOT,
      ...STAGES.map((s) => `${ROOT}/${s}`),
    ]);
    expect(fs.readFileSync(path.join(chosen.dir, ROOT), 'utf8')).toBe('x');
  });

  test('a folder differing only in capitals is reported, not doubled', async () => {
    fs.mkdirSync(path.join(chosen.dir, ROOT, '02_Creative'), { recursive: true });
    const result = await folderStructure(chosen.dir, true);
    expect(result.conflicts).toEqual([
      {
        path: `${ROOT}/02_creative`,
        problem: expect.stringContaining("'02_Creative' differs only in capitals"),
      },
    ]);
    expect(fs.readdirSync(path.join(chosen.dir, ROOT))).not.toContain('02_creative');
  });

  test('files in folders the plan does not have are reported outside the plan, untouched', async () => {
    const other = path.join(chosen.dir, ROOT, 'old stuff');
    fs.mkdirSync(other, { recursive: true });
    fs.writeFileSync(path.join(other, 'Logo.AI'), 'ai');
    const result = await folderStructure(chosen.dir, true);
    expect(result.files).toEqual([
      expect.objectContaining({
        path: `${ROOT}/old stuff/Logo.AI`,
        status: 'outside',
        suggestion: null,
      }),
    ]);
    expect(fs.readFileSync(path.join(other, 'Logo.AI'), 'utf8')).toBe('ai');
  });

  test.each<[string, (dir: string) => string, RegExp]>([
    ['a folder that does not exist', (dir) => path.join(dir, 'nope'), /does not exist/],
    ['a relative path', () => 'clients/helio', /must be a full path/],
    [
      'a file, not a folder',
      (dir) => {
        fs.writeFileSync(path.join(dir, 'f.txt'), '');
        return path.join(dir, 'f.txt');
      },
      /is a file, not a folder/,
    ],
  ])('%s is an error naming folder', async (_, folderOf, problem) => {
    const err = await failureOf(folderStructure(folderOf(chosen.dir), true));
    const { code, issues } = toBatonError(err);
    expect(code).toBe('RULE_VIOLATION');
    expect(issues).toEqual([{ field: 'folder', problem: expect.stringMatching(problem) }]);
  });

  test('an unwritable folder is an error naming folder, and nothing is made', async () => {
    const locked = path.join(chosen.dir, 'locked');
    fs.mkdirSync(locked);
    lock(locked);
    try {
      const err = await failureOf(folderStructure(locked, true));
      const { code, issues } = toBatonError(err);
      expect(code).toBe('RULE_VIOLATION');
      expect(issues).toEqual([{ field: 'folder', problem: expect.stringMatching(/not writable/) }]);
      // A dry run only reads: it still answers.
      expect((await folderStructure(locked, false)).created).toHaveLength(STAGES.length + 1);
    } finally {
      unlock(locked);
    }
    expect(fs.readdirSync(locked)).toEqual([]);
  });
});

/** Root ignores permission bits: the immutable attribute stops even root from adding to it. */
function lock(dir: string): void {
  fs.chmodSync(dir, 0o555);
  if (process.getuid?.() === 0) execFileSync('chattr', ['+i', dir]);
}

function unlock(dir: string): void {
  if (process.getuid?.() === 0) execFileSync('chattr', ['-i', dir]);
  fs.chmodSync(dir, 0o755);
}
