import type Database from 'better-sqlite3';
import { eq, getTableColumns, getTableName, sql, type Column } from 'drizzle-orm';
import { ENTITIES, type EntityName } from './entities';
import { preparedOnce } from './prepared';
import type * as schema from './schema';
import type { Orm } from './writeTx';

// Every entity table has `id` and `deletedAt`; drizzle cannot express "any of these tables" in
// one generic, so the table is widened here and callers keep the per-entity types.
type AnyEntityTable = typeof schema.workspaces;

/** The placeholder of the row id in a prepared update (not a column name, so no clash). */
export const ROW_ID = '__rowId';

function placeholders(keys: readonly string[]) {
  return Object.fromEntries(keys.map((k) => [k, sql.placeholder(k)]));
}

export function tableOf(entity: EntityName): AnyEntityTable {
  return ENTITIES[entity] as unknown as AnyEntityTable;
}

/** Drizzle's column order of a statement's keys does not matter; the cache key must not either. */
function keyOf(values: Record<string, unknown>): string[] {
  return Object.keys(values)
    .filter((k) => values[k] !== undefined)
    .sort();
}

/**
 * An update of exactly these columns of one row (bound with `ROW_ID`), returning the row;
 * built and compiled once per connection: building a statement cost more than running it,
 * on the board's hot paths and in a sync catch-up of thousands of rows.
 */
export function rowUpdate(orm: Orm, entity: EntityName, fields: Record<string, unknown>) {
  const keys = keyOf(fields);
  return preparedOnce(orm, `update:${entity}:${keys.join(',')}`, () => {
    const t = tableOf(entity);
    return orm
      .update(t)
      .set(placeholders(keys) as Partial<typeof t.$inferInsert>)
      .where(eq(t.id, sql.placeholder(ROW_ID)))
      .returning()
      .prepare();
  });
}

/**
 * An insert of exactly these columns, returning the row, compiled once per connection.
 * (Omitted columns take SQL defaults, the same in every statement: the schema has no
 * $defaultFn.)
 */
export function rowInsert(orm: Orm, entity: EntityName, values: Record<string, unknown>) {
  const keys = keyOf(values);
  return preparedOnce(orm, `insert:${entity}:${keys.join(',')}`, () => {
    const t = tableOf(entity);
    return orm
      .insert(t)
      .values(placeholders(keys) as unknown as typeof t.$inferInsert)
      .returning()
      .prepare();
  });
}

/**
 * Writes whole rows by column key without drizzle's per-call query machinery: values are
 * mapped to SQLite by each column's own `mapToDriverValue` (JSON text, booleans as 0/1) and
 * bound to a statement compiled once per connection, entity and set of keys. For the sync
 * engine's catch-up, where drizzle's per-call work cost more than SQLite's.
 */
export function writeRawRow(
  sqlite: Database.Database,
  entity: EntityName,
  id: string,
  values: Record<string, unknown>,
  mode: 'insert' | 'update',
): void {
  const keys = Object.keys(values)
    .filter((k) => k !== 'id' && values[k] !== undefined)
    .sort();
  const columns = getTableColumns(tableOf(entity)) as Record<string, Column>;
  const statement = preparedOnce(sqlite, `raw:${mode}:${entity}:${keys.join(',')}`, () => {
    const table = getTableName(tableOf(entity));
    const names = keys.map((k) => `"${columns[k]!.name}"`);
    return mode === 'insert'
      ? sqlite.prepare(
          `INSERT INTO "${table}" ("id", ${names.join(', ')}) VALUES (?${', ?'.repeat(keys.length)})`,
        )
      : sqlite.prepare(
          `UPDATE "${table}" SET ${names.map((n) => `${n} = ?`).join(', ')} WHERE "id" = ?`,
        );
  });
  const bound = keys.map((k) => {
    const v = values[k];
    return v === null ? null : columns[k]!.mapToDriverValue(v);
  });
  if (mode === 'insert') statement.run(id, ...bound);
  else statement.run(...bound, id);
}
