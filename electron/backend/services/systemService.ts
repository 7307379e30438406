import { getTableName, isNull } from 'drizzle-orm';
import type { SystemInfo } from '../../../shared/model';
import { ENTITIES } from '../../db/entities';
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
  }
  return { ok: problems.length === 0, problems };
}
