import { getTableColumns, getTableName } from 'drizzle-orm';
import type { BatonDatabase } from '../../electron/db/batonDatabase';
import { ENTITIES, type EntityName } from '../../electron/db/entities';

export interface ChangeRow {
  id: string;
  entity: string;
  entity_id: string;
  field: string;
  value: string;
  hlc: string;
  device_id: string;
  actor_id: string | null;
  schema_version: number;
  tx_id: string;
}

/** Row counts of every table of the database, `changes` and `device` included. */
export function tableCounts(db: BatonDatabase): Record<string, number> {
  const names = db.sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    names
      .sort()
      .map((n) => [n, db.sqlite.prepare(`SELECT count(*) FROM "${n}"`).pluck().get() as number]),
  );
}

/**
 * Everything wrong with the write-path invariant, as readable lines (empty when it holds):
 * the ids of each synced table equal the entity ids in `changes` for that entity; every
 * non-null column of every row appears as a field in its changes; and the newest change of
 * each field (by HLC) holds the value the row has now.
 */
export function changeLogProblems(db: BatonDatabase): string[] {
  const problems: string[] = [];
  for (const [entity, table] of Object.entries(ENTITIES) as [
    EntityName,
    (typeof ENTITIES)[EntityName],
  ][]) {
    const name = getTableName(table);
    const rows = db.read.select().from(table).all() as Record<string, unknown>[];
    const changes = db.sqlite
      .prepare('SELECT * FROM changes WHERE entity = ? ORDER BY hlc')
      .all(entity) as ChangeRow[];
    const latest = new Map<string, Map<string, string>>();
    for (const c of changes) {
      const fields = latest.get(c.entity_id) ?? new Map<string, string>();
      fields.set(c.field, c.value);
      latest.set(c.entity_id, fields);
    }
    const rowIds = new Set(rows.map((r) => r.id as string));
    for (const id of latest.keys()) {
      if (!rowIds.has(id)) problems.push(`${name}: changes for ${id}, which has no row`);
    }
    const columns = Object.keys(getTableColumns(table)).filter((k) => k !== 'id');
    for (const row of rows) {
      const id = row.id as string;
      const fields = latest.get(id);
      if (!fields) {
        problems.push(`${name}: row ${id} has no changes`);
        continue;
      }
      for (const key of columns) {
        const value = row[key] ?? null;
        const logged = fields.get(key);
        if (logged === undefined) {
          if (value !== null) problems.push(`${name}.${key} of ${id} is set but never logged`);
        } else if (logged !== JSON.stringify(value)) {
          problems.push(`${name}.${key} of ${id} is ${JSON.stringify(value)}, log says ${logged}`);
        }
      }
    }
  }
  return problems;
}
