import { getTableColumns, getTableName, isNull } from 'drizzle-orm';
import type { SystemInfo } from '../../../shared/model';
import { ENTITIES, type EntityName } from '../../db/entities';
import * as s from '../../db/schema';
import type { BackendContext } from '../context';

export function systemInfo(ctx: BackendContext): SystemInfo {
  const dev = ctx.db.deviceInfo();
  return {
    appVersion: ctx.appVersion,
    schemaVersion: ctx.db.schemaVersion,
    dataDir: ctx.db.dataDir,
    deviceId: dev.deviceId,
    deviceName: dev.deviceName,
    readOnlyReason: ctx.db.readOnlyReason,
    hasWorkspace: !!ctx.db.read
      .select()
      .from(s.workspaces)
      .where(isNull(s.workspaces.deletedAt))
      .get(),
  };
}

/**
 * `baton check`: SQLite's own integrity and foreign-key checks, plus Baton's invariant that
 * every synced row was written through the write path (it has change rows).
 */
export function checkDatabase(ctx: BackendContext): { ok: boolean; problems: string[] } {
  const sqlite = ctx.db.sqlite;
  const problems: string[] = [];
  const integrity = sqlite.pragma('integrity_check') as { integrity_check: string }[];
  for (const row of integrity) {
    if (row.integrity_check !== 'ok') problems.push(`integrity: ${row.integrity_check}`);
  }
  const fk = sqlite.pragma('foreign_key_check') as {
    table: string;
    rowid: number;
    parent: string;
  }[];
  for (const row of fk) {
    problems.push(`foreign key: ${row.table} row ${row.rowid} points to a missing ${row.parent}`);
  }
  for (const [entity, table] of Object.entries(ENTITIES)) {
    const name = getTableName(table);
    const orphans = sqlite
      .prepare(
        `SELECT count(*) AS n FROM "${name}" t WHERE NOT EXISTS
          (SELECT 1 FROM changes c WHERE c.entity_id = t.id AND c.entity = ?)`,
      )
      .get(entity) as { n: number };
    if (orphans.n > 0) {
      problems.push(
        `${orphans.n} ${entity} row(s) have no change log entries (written outside Baton)`,
      );
    }
    const drifted = rowsDifferingFromLog(ctx, entity as EntityName);
    if (drifted > 0) {
      problems.push(
        `${drifted} ${entity} row(s) differ from their change log (edited outside Baton)`,
      );
    }
  }
  return { ok: problems.length === 0, problems };
}

/**
 * Logged rows whose current values are not what the newest change of each field (by HLC) says:
 * an edit made with raw SQL, which sync would never ship to teammates.
 */
function rowsDifferingFromLog(ctx: BackendContext, entity: EntityName): number {
  const table = ENTITIES[entity];
  const latest = new Map<string, Map<string, string>>();
  const logged = ctx.db.sqlite
    .prepare(
      `SELECT entity_id, field, value FROM (SELECT entity_id, field, value, row_number() OVER
        (PARTITION BY entity_id, field ORDER BY hlc DESC) AS n FROM changes WHERE entity = ?)
        WHERE n = 1`,
    )
    .all(entity) as { entity_id: string; field: string; value: string }[];
  for (const r of logged) {
    const fields = latest.get(r.entity_id) ?? new Map<string, string>();
    fields.set(r.field, r.value);
    latest.set(r.entity_id, fields);
  }
  const columns = Object.keys(getTableColumns(table)).filter((f) => f !== 'id');
  let drifted = 0;
  for (const row of ctx.db.read.select().from(table).all() as Record<string, unknown>[]) {
    const fields = latest.get(row.id as string);
    if (!fields) continue; // no change rows at all: reported above
    const differs = columns.some((f) => {
      const value = row[f] ?? null;
      const last = fields.get(f);
      return last === undefined ? value !== null : last !== JSON.stringify(value);
    });
    if (differs) drifted++;
  }
  return drifted;
}
