import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  tag: string;
  statements: string[];
}

interface Journal {
  entries: { idx: number; tag: string }[];
}

/**
 * The SQL migrations drizzle-kit generated, found at run time: next to the sources in dev, tests
 * and the CLI; under `resources/migrations` in a packaged app (electron-builder extraResources).
 */
export function migrationsDir(): string {
  const candidates: string[] = [];
  if (process.env.BATON_MIGRATIONS_DIR) candidates.push(process.env.BATON_MIGRATIONS_DIR);
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) candidates.push(path.join(resourcesPath, 'migrations'));
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    candidates.push(path.join(dir, 'electron', 'db', 'migrations'));
    candidates.push(path.join(dir, 'migrations'));
    if (path.dirname(dir) === dir) break;
  }
  const found = candidates.find((c) => fs.existsSync(path.join(c, 'meta', '_journal.json')));
  if (!found)
    throw new Error(`Baton's database migrations are missing (looked in ${candidates[0]})`);
  return found;
}

const cache = new Map<string, Migration[]>();

export function loadMigrations(dir: string = migrationsDir()): Migration[] {
  const hit = cache.get(dir);
  if (hit) return hit;
  const journal = JSON.parse(
    fs.readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8'),
  ) as Journal;
  const list = journal.entries
    .slice()
    .sort((a, b) => a.idx - b.idx)
    .map((e, i) => ({
      version: i + 1,
      tag: e.tag,
      statements: fs
        .readFileSync(path.join(dir, `${e.tag}.sql`), 'utf8')
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    }));
  cache.set(dir, list);
  return list;
}

/** The schema version this build of Baton writes: the number of migrations it ships. */
export function currentSchemaVersion(): number {
  return loadMigrations().length;
}

/**
 * Brings the database from its `user_version` to the latest schema in ONE transaction, the
 * version stamp included, so a crash leaves either the old schema or the new one.
 */
export function migrate(sqlite: Database.Database, from: number): number {
  const pending = loadMigrations().filter((m) => m.version > from);
  if (pending.length === 0) return from;
  const to = pending[pending.length - 1]!.version;
  sqlite
    .transaction(() => {
      for (const m of pending) for (const stmt of m.statements) sqlite.exec(stmt);
      sqlite.pragma(`user_version = ${to}`);
    })
    .immediate();
  return to;
}
