import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { BatonDatabase } from '../../electron/db/batonDatabase';
import { changeLogProblems } from '../harness/changeLog';
import { makeTempDir } from '../harness/tempDir';

const TSX = path.resolve('node_modules/.bin/tsx');
const WORKER = path.resolve('test/fixtures/dbWorker.ts');
/** Fields a person insert logs: workspaceId, name, email, roleTitle, initials, color, createdAt. */
const PERSON_FIELDS = 7;

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

interface Worker {
  child: ChildProcessWithoutNullStreams;
  lines: string[];
  stderr: () => string;
  waitFor(test: (lines: string[]) => boolean): Promise<void>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** True while any process of the group (tsx and the node process it starts) is alive. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * kill -9 for the worker: tsx runs the script in a child node process, so the whole process
 * group is killed, and this waits until none of it is left.
 */
async function killGroup(child: ChildProcessWithoutNullStreams): Promise<void> {
  process.kill(-child.pid!, 'SIGKILL');
  while (groupAlive(child.pid!)) await new Promise((r) => setTimeout(r, 10));
}

function startWorker(args: string[]): Worker {
  // Its own process group, so a kill reaches the node process tsx starts, not only tsx.
  const child = spawn(TSX, [WORKER, ...args], { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  cleanups.push(() => {
    if (groupAlive(child.pid!)) process.kill(-child.pid!, 'SIGKILL');
  });
  const lines: string[] = [];
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const waiters: (() => void)[] = [];
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const w of waiters.slice()) w();
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    lines,
    stderr: () => err,
    waitFor: (test) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (test(lines)) {
            waiters.splice(waiters.indexOf(check), 1);
            resolve();
          }
        };
        waiters.push(check);
        void exit.then(() => {
          if (!test(lines)) reject(new Error(`worker exited early:\n${lines.join('\n')}\n${err}`));
        });
        check();
      }),
    exit,
  };
}

/** A fresh database with a workspace, closed; returns its folder and the workspace id. */
function freshDatabase(): { dir: string; workspaceId: string } {
  const t = makeTempDir();
  cleanups.push(t.cleanup);
  const db = BatonDatabase.open(t.dir);
  const ws = db.write(null, (tx) =>
    tx.insert('workspace', { name: 'Load test', homeTimeZone: 'UTC', createdAt: tx.at }),
  );
  db.close();
  return { dir: t.dir, workspaceId: ws.id };
}

function reopen(dir: string): BatonDatabase {
  const db = BatonDatabase.open(dir);
  cleanups.push(() => db.close());
  return db;
}

const committedLines = (lines: string[]) => lines.filter((l) => l.startsWith('committed '));

describe('kill -9 in the middle of writing', () => {
  it('every transaction is all there or not there at all', { timeout: 90_000 }, async () => {
    const PER_TX = 200;
    const { dir, workspaceId } = freshDatabase();
    const worker = startWorker([dir, workspaceId, 'crash', String(PER_TX)]);
    await worker.waitFor((l) => l.includes('ready'));
    worker.child.stdin.end('go\n');
    // The worker starts the next big transaction the moment it prints; kill it in there.
    await worker.waitFor((l) => committedLines(l).length >= 4);
    await killGroup(worker.child);
    expect(await worker.exit).toEqual({ code: null, signal: 'SIGKILL' });
    const printed = committedLines(worker.lines).map((l) => l.split(' ')[1]!);

    const db = reopen(dir);
    const sql = db.sqlite;
    expect(sql.pragma('integrity_check', { simple: true })).toBe('ok');
    const txs = sql
      .prepare(
        `SELECT tx_id, count(*) AS changes, count(DISTINCT entity_id) AS people,
           (SELECT count(*) FROM people p WHERE p.id IN
             (SELECT entity_id FROM changes c2 WHERE c2.tx_id = c.tx_id)) AS rows
         FROM changes c WHERE entity = 'person' GROUP BY tx_id`,
      )
      .all() as { tx_id: string; changes: number; people: number; rows: number }[];
    for (const tx of txs) {
      expect(tx).toEqual({
        tx_id: tx.tx_id,
        changes: PER_TX * PERSON_FIELDS,
        people: PER_TX,
        rows: PER_TX,
      });
    }
    const committed = new Set(txs.map((t) => t.tx_id));
    for (const id of printed) expect(committed.has(id)).toBe(true);
    // Everything printed was committed; at most the one in flight committed without printing.
    expect(txs.length).toBeGreaterThanOrEqual(printed.length);
    expect(txs.length).toBeLessThanOrEqual(printed.length + 1);
    expect(sql.prepare('SELECT count(*) FROM people').pluck().get()).toBe(PER_TX * txs.length);
    expect(changeLogProblems(db)).toEqual([]);

    // The clock carries on after the last committed change, and the database takes writes.
    const lastLogged = sql.prepare('SELECT max(hlc) FROM changes').pluck().get() as string;
    db.write(null, (tx) =>
      tx.insert('person', {
        workspaceId,
        name: 'After',
        initials: 'AF',
        color: '#1f5fbf',
        createdAt: tx.at,
      }),
    );
    const newest = sql
      .prepare('SELECT hlc FROM changes ORDER BY rowid DESC LIMIT 1')
      .pluck()
      .get() as string;
    expect(newest > lastLogged).toBe(true);
  });
});

async function twoWriters(transactions: number, clock: 'real' | 'coarse') {
  const { dir, workspaceId } = freshDatabase();
  const workers = ['Alpha', 'Beta'].map((label) =>
    startWorker([dir, workspaceId, 'writer', label, String(transactions), clock]),
  );
  await Promise.all(workers.map((w) => w.waitFor((l) => l.includes('ready'))));
  for (const w of workers) w.child.stdin.end('go\n');
  for (const w of workers) {
    expect(await w.exit, w.stderr()).toEqual({ code: 0, signal: null });
    const done = w.lines.find((l) => l.startsWith('done '));
    expect(JSON.parse(done!.slice(5))).toEqual({ committed: transactions, errors: [] });
    expect(w.stderr()).not.toMatch(/SQLITE_BUSY|locked/);
  }
  return reopen(dir);
}

/** Change HLCs in commit order: unique and growing, so last-writer-wins matches what happened. */
function expectHlcsInCommitOrder(db: BatonDatabase): void {
  const hlcs = db.sqlite
    .prepare('SELECT hlc FROM changes ORDER BY rowid')
    .pluck()
    .all() as string[];
  expect(new Set(hlcs).size).toBe(hlcs.length);
  const outOfOrder = hlcs.findIndex((h, i) => i > 0 && h <= hlcs[i - 1]!);
  expect(outOfOrder, `change #${outOfOrder} sorts before the one committed before it`).toBe(-1);
}

describe('two processes writing at once', () => {
  it('both finish, all 600 transactions land, no SQLITE_BUSY', { timeout: 90_000 }, async () => {
    const TXS = 300;
    const db = await twoWriters(TXS, 'real');
    const sql = db.sqlite;
    expect(sql.pragma('integrity_check', { simple: true })).toBe('ok');
    const count = (like: string) =>
      sql.prepare('SELECT count(*) FROM people WHERE name LIKE ?').pluck().get(like);
    expect(count('Alpha %')).toBe(TXS);
    expect(count('Beta %')).toBe(TXS);
    expect(
      sql
        .prepare(`SELECT count(DISTINCT tx_id) FROM changes WHERE entity = 'person'`)
        .pluck()
        .get(),
    ).toBe(2 * TXS);
    expect(sql.prepare(`SELECT count(*) FROM changes WHERE entity = 'person'`).pluck().get()).toBe(
      2 * TXS * PERSON_FIELDS,
    );
    expect(changeLogProblems(db)).toEqual([]);
    // The two really interleaved.
    const order = sql.prepare('SELECT name FROM people ORDER BY rowid').pluck().all() as string[];
    const switches = order.filter((n, i) => i > 0 && n[0] !== order[i - 1]![0]).length;
    expect(switches).toBeGreaterThan(1);
    expectHlcsInCommitOrder(db);
  });

  it(
    'with a wall clock that barely moves, HLCs still follow commit order across processes',
    { timeout: 90_000 },
    async () => {
      const db = await twoWriters(100, 'coarse');
      expect(db.sqlite.prepare('SELECT count(*) FROM people').pluck().get()).toBe(200);
      expectHlcsInCommitOrder(db);
    },
  );
});
