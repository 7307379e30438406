import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_STAGES } from '../../shared/domain';
import { BATON_BIN, batonCommand } from '../harness/batonCli';
import { makeTempDir } from '../harness/tempDir';

// The real `baton` command line, each command a child process over a real data folder: the
// run's bundled CLI, and `demo` through bin/baton.cjs exactly as `npx baton` starts it.

const ROOT = path.resolve(__dirname, '../..');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const children = new Set<ChildProcess>();

function start(args: string[], fromSource = false): ChildProcess {
  const { command, args: lead } = fromSource
    ? { command: process.execPath, args: [BATON_BIN] }
    : batonCommand();
  const child = spawn(command, [...lead, ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code));
  });
}

async function batonRun(args: string[], fromSource: boolean): Promise<Run> {
  const child = start(args, fromSource);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
  try {
    const code = await exited(child);
    return { code, stdout, stderr };
  } finally {
    clearTimeout(timer);
  }
}

const baton = (...args: string[]) => batonRun(args, false);

function lines(text: string): string[] {
  return text.split('\n').filter((l) => l.trim().length > 0);
}

/** Reads the database directly (read-only), as a second opinion on what the CLI reported. */
function query<T>(dataDir: string, sql: string): T[] {
  const db = new Database(path.join(dataDir, 'baton.db'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

describe('baton CLI', () => {
  let dir: string;
  let cleanup: () => void;
  let tamperedDir: string;
  let demo: Run;
  let demoCampaignIds: string[];

  beforeAll(async () => {
    ({ dir, cleanup } = makeTempDir('baton-cli-'));
    demo = await batonRun(['demo', '--data-dir', dir], true);
    demoCampaignIds = query<{ id: string }>(dir, 'select id from campaigns order by id').map(
      (r) => r.id,
    );
    // A second copy of the demo for the tampering test, taken while no Baton has it open.
    tamperedDir = path.join(dir, 'tampered');
    fs.mkdirSync(tamperedDir);
    fs.copyFileSync(path.join(dir, 'baton.db'), path.join(tamperedDir, 'baton.db'));
  });

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await Promise.all([...children].map(exited));
    cleanup?.();
  });

  // One child at a time: a node start is CPU-bound, so side by side they are no faster here.
  test('demo creates the sample agency', () => {
    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
    expect(lines(demo.stdout)).toEqual([
      `Created "Relay & Co. (sample agency)" with ${demoCampaignIds.length} campaigns in ${dir}`,
    ]);
    expect(demoCampaignIds.length).toBeGreaterThanOrEqual(12);
  });

  test('list campaigns --json lists every demo campaign with its card facts', async () => {
    const run = await baton('list', 'campaigns', '--json', '--data-dir', dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const list = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(list.length).toBeGreaterThanOrEqual(12);
    expect(list.map((c) => c.id).sort()).toEqual(demoCampaignIds);
    const stageNames = DEFAULT_STAGES.map((s) => s.name);
    for (const c of list) {
      expect(c.id).toMatch(UUID);
      expect(c).toMatchObject({
        name: expect.any(String),
        client: expect.any(String),
        type: expect.any(String),
        launchDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
      expect(stageNames).toContain(c.stage);
      expect(c).toHaveProperty('gate');
    }
    const spring = list.find((c) => c.name === 'Spring Origins Launch')!;
    expect(spring).toMatchObject({ client: 'Northwind Coffee', stage: 'Strategy' });
    expect(spring.gate).toMatchObject({
      state: 'missing',
      label: expect.stringMatching(/missing$/),
    });
    // The gates of the demo differ: some cards are blocked, some wait on people, some are ready.
    const states = new Set(list.map((c) => (c.gate as { state?: string } | null)?.state));
    expect(states.size).toBeGreaterThanOrEqual(3);
  });

  test('show campaign prints its handoffs, MISSING marks and the trail', async () => {
    const run = await baton('show', 'campaign', 'Helio X2 Reveal', '--data-dir', dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(lines(out)[0]).toBe('Helio X2 Reveal  (Helio Bikes, Event)');
    expect(out).toContain('Strategy → Creative: Creative brief');
    expect(out).toContain('Creative → Production');
    expect(out).toMatch(/Constraints \*: MISSING/);
    expect(out).toMatch(/gate: \d+ missing/);
    // Status in the same words as the board and the panel (shared/model/labels.ts).
    expect(out).toMatch(
      /status: (Draft|Submitted|Approved|Changes requested|Acknowledged|Done) {3}due:/,
    );
    expect(out).not.toMatch(/status: [a-z_]+ /);
    expect(out).toContain('trail:');
    expect(out).toMatch(/submitted {2}by Jonas Weber/);
    expect(out).toMatch(/approved {2}by Maya Okafor/);
    expect(out).toMatch(/acknowledged {2}by Sam Patel/);
  });

  test('show campaign with a typo fails with one line suggesting the right name', async () => {
    const run = await baton('show', 'campaign', 'Sprng Orgins', '--data-dir', dir);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain('"Spring Origins Launch"');
    expect(run.stderr).toMatch(/No campaign "Sprng Orgins"/);
  });

  test('check passes on a database written only by Baton', async () => {
    const run = await baton('check', '--data-dir', dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(`Database OK: ${dir}`);
  });

  test('check fails naming the person rows written around the write path', async () => {
    const db = new Database(path.join(tamperedDir, 'baton.db'));
    try {
      const ws = db.prepare('select id from workspaces').get() as { id: string };
      db.prepare(
        `insert into people (id, workspace_id, name, email, role_title, initials, color, created_at)
         values (?, ?, 'Mallory Sneak', '', '', 'MS', '#000000', '2026-01-01T00:00:00.000Z')`,
      ).run('01900000-0000-7000-8000-00000000beef', ws.id);
    } finally {
      db.close();
    }
    const run = await baton('check', '--data-dir', tamperedDir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toEqual([
      expect.stringMatching(/^1 person row\(s\) have no change log entries/),
    ]);
  });

  test('an unknown command exits 2', async () => {
    const run = await baton('frobnicate', '--data-dir', dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toEqual([expect.stringMatching(/Unknown command "frobnicate"/)]);
  });

  test('demo a second time fails with one line and leaves the first workspace intact', async () => {
    const run = await baton('demo', '--data-dir', dir);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/already has a workspace/);
    expect(query(dir, 'select id from workspaces')).toHaveLength(1);
    const ids = query<{ id: string }>(dir, 'select id from campaigns order by id').map((r) => r.id);
    expect(ids).toEqual(demoCampaignIds);
  });

  test('backup writes a copy of the database into the backups folder', async () => {
    const run = await baton('backup', '--data-dir', dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const match = /^Backup written to (.+\.db)$/.exec(run.stdout.trim());
    expect(match, run.stdout).not.toBeNull();
    const file = match![1]!;
    expect(path.dirname(file)).toBe(path.join(dir, 'backups'));
    expect(fs.readdirSync(path.join(dir, 'backups'))).toContain(path.basename(file));
    const copy = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const row = copy.prepare('select count(*) as n from campaigns').get() as { n: number };
      expect(row.n).toBe(demoCampaignIds.length);
    } finally {
      copy.close();
    }
  });

  test('serve prints one line with its URL, which answers with the token', async () => {
    const child = start(['serve', '--port', '0', '--data-dir', dir]);
    let stdout = '';
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const firstLine = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve printed no line: ${stderr}`)), 25_000);
      child.stdout!.on('data', (c: Buffer) => {
        stdout += c.toString('utf8');
        if (stdout.includes('\n')) {
          clearTimeout(timer);
          resolve(stdout.split('\n')[0]!);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`serve exited early (${code}): ${stderr}`));
      });
    });
    const match = /^Baton is running at (http:\/\/127\.0\.0\.1:(\d+))\/\?token=([^\s&]+)$/.exec(
      firstLine,
    );
    expect(match, firstLine).not.toBeNull();
    const [, origin, port, token] = match!;
    expect(Number(port)).toBeGreaterThan(0);

    const info = await fetch(`${origin}/rpc/system/info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-baton-token': decodeURIComponent(token!) },
      body: '{}',
    });
    expect(info.status).toBe(200);
    const body = (await info.json()) as { json: { hasWorkspace: boolean; dataDir: string } };
    expect(body.json).toMatchObject({ hasWorkspace: true, dataDir: dir });

    const anonymous = await fetch(`${origin}/rpc/system/info`, { method: 'POST', body: '{}' });
    expect(anonymous.status).toBe(401);

    child.kill('SIGTERM');
    const code = await exited(child);
    expect(code).toBe(0);
    expect(lines(stdout)).toEqual([firstLine]);
    expect(stderr).toBe('');
  });
});
