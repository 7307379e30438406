import type Database from 'better-sqlite3';
import { preparedOnce } from './prepared';

/**
 * A commit SQLite refused because rows the transaction wrote refer to rows that are not there
 * (its foreign keys were deferred to the commit): a teammate's batch that needs another
 * device's rows first. Nothing of the transaction was kept.
 */
export class MissingReferencesError extends Error {
  constructor(readonly tables: readonly string[]) {
    super(`refers to rows that are not there (in ${tables.join(', ')})`);
  }
}

/** A batch was to join a group of batches whose transaction SQLite had already ended. */
export class RemoteGroupEndedError extends Error {
  constructor() {
    super('the transaction of the batches applied together ended before this one');
  }
}

/**
 * Runs `fn` in one IMMEDIATE transaction (inside an open one: a savepoint, which a throw rolls
 * back alone; or, with `join`, no savepoint at all: a throw then leaves `fn`'s writes in the
 * open transaction, which its owner must roll back whole), like better-sqlite3's
 * `transaction().immediate()`, with one difference: when
 * the commit is refused for deferred foreign keys, the tables at fault are read before the
 * rollback (SQLite keeps the transaction open after such a refusal) and thrown as
 * `MissingReferencesError`. So a sync apply need not run `PRAGMA foreign_key_check` before
 * every commit: that reads every foreign key of the whole database, a cost that grew with the
 * workspace, where SQLite's own count of deferred violations is free and exact.
 */
export function runImmediate<T>(
  sqlite: Database.Database,
  fn: () => T,
  nested: 'savepoint' | 'join' = 'savepoint',
): T {
  const s = statements(sqlite);
  if (sqlite.inTransaction && nested === 'join') return fn();
  if (sqlite.inTransaction) {
    s.savepoint.run();
    try {
      const result = fn();
      s.release.run();
      return result;
    } catch (err) {
      s.rollbackTo.run();
      s.release.run();
      throw err;
    }
  }
  s.begin.run();
  let result: T;
  try {
    result = fn();
  } catch (err) {
    if (sqlite.inTransaction) s.rollback.run();
    throw err;
  }
  try {
    s.commit.run();
  } catch (err) {
    if (!sqlite.inTransaction) throw err;
    const refused = isForeignKeyRefusal(err)
      ? new MissingReferencesError(tablesAtFault(sqlite))
      : err;
    s.rollback.run();
    throw refused;
  }
  return result;
}

function isForeignKeyRefusal(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

function tablesAtFault(sqlite: Database.Database): string[] {
  const problems = sqlite.pragma('foreign_key_check') as { table: string }[];
  return [...new Set(problems.map((p) => p.table))].sort();
}

function statements(sqlite: Database.Database) {
  return preparedOnce(sqlite, 'remoteTransaction', () => ({
    begin: sqlite.prepare('BEGIN IMMEDIATE'),
    commit: sqlite.prepare('COMMIT'),
    rollback: sqlite.prepare('ROLLBACK'),
    savepoint: sqlite.prepare('SAVEPOINT remote_apply'),
    release: sqlite.prepare('RELEASE remote_apply'),
    rollbackTo: sqlite.prepare('ROLLBACK TO remote_apply'),
  }));
}
