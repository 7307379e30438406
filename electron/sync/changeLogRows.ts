import type Database from 'better-sqlite3';
import type { Change } from '../../shared/model';
import { preparedOnce } from '../db/prepared';

/** Rows per INSERT statement: one call into SQLite binds this many at once. */
const ROWS_PER_STATEMENT = 64;
const COLUMNS = 11;

const insertSql = (rows: number) =>
  `INSERT OR IGNORE INTO changes (id, entity, entity_id, field, value, hlc, device_id, actor_id,
    schema_version, tx_id, base) VALUES ${Array(rows)
      .fill(`(${'?, '.repeat(COLUMNS - 1)}?)`)
      .join(', ')}`;

/**
 * Appends teammates' changes to the change log, 64 rows per statement: a catch-up writes
 * ~100,000 of them, and one call into SQLite per row cost a tenth of that time in the calls
 * themselves. A change already held is ignored (its id is the key). `flush` writes the rest.
 */
export function changeLogAppender(sqlite: Database.Database): {
  add: (c: Change, valueJson: string) => void;
  flush: () => void;
} {
  const { many, one } = preparedOnce(sqlite, 'sync:changeLogRows', () => ({
    many: sqlite.prepare(insertSql(ROWS_PER_STATEMENT)),
    one: sqlite.prepare(insertSql(1)),
  }));
  // Positional and reused: binding by name costs a property look-up per column.
  const args: unknown[] = new Array(ROWS_PER_STATEMENT * COLUMNS);
  let filled = 0;
  return {
    add(c, valueJson) {
      let i = filled * COLUMNS;
      args[i++] = c.id;
      args[i++] = c.entity;
      args[i++] = c.entityId;
      args[i++] = c.field;
      args[i++] = valueJson;
      args[i++] = c.hlc;
      args[i++] = c.deviceId;
      args[i++] = c.actorId ?? null;
      args[i++] = c.schemaVersion;
      args[i++] = c.txId;
      args[i] = c.base ?? null;
      if (++filled === ROWS_PER_STATEMENT) {
        many.run(args);
        filled = 0;
      }
    },
    flush() {
      for (let r = 0; r < filled; r++) one.run(args.slice(r * COLUMNS, (r + 1) * COLUMNS));
      filled = 0;
    },
  };
}
