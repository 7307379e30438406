import { eq, getTableColumns } from 'drizzle-orm';
import type Database from 'better-sqlite3';
import type { Change } from '../../shared/model';
import type { BatonDatabase } from '../db/batonDatabase';
import { ENTITIES, type EntityName } from '../db/entities';
import { preparedOnce } from '../db/prepared';
import type { DecodedBatch } from './batchFormat';
import { rowFromHistory, winningChanges, type FieldChange } from './merge';
import type { SyncProblemKind } from './syncProblem';
import { advanceCursor, recordBatch, recordedBatch } from './syncState';

/** Why a batch was rolled back; the importer reports it and tries again next time. */
export class BatchApplyError extends Error {
  constructor(
    readonly kind: SyncProblemKind,
    message: string,
  ) {
    super(message);
  }
}

export type ApplyOutcome =
  | { applied: false; reason: 'already-applied' }
  | {
      applied: true;
      /** Changes this database did not hold before (all join the history). */
      newChanges: number;
      /** Of those, how many became a field's value (the rest lost to a later local edit). */
      won: number;
      /** Rows created here from their changes. */
      created: number;
    };

type IncomingChange = FieldChange & { source: Change };

// drizzle's tables share no common generic type; the per-entity types are not needed here
// because values come from change rows that the writing device's schema already checked.
type AnyTable = (typeof ENTITIES)['workspace'];

/**
 * Applies one verified batch of a teammate in one transaction: all of it or none of it.
 * Idempotent: a batch already recorded, or changes already held, change nothing.
 */
export function applyBatch(db: BatonDatabase, batch: DecodedBatch, at: string): ApplyOutcome {
  const { header } = batch;
  return db.applyRemote<ApplyOutcome>(({ observeHlc }) => {
    if (recordedBatch(db, header.deviceId, header.seq)) {
      return { result: { applied: false, reason: 'already-applied' }, rows: {} };
    }
    // Rows arrive in change order, not parent-first: foreign keys are checked at the end.
    db.sqlite.pragma('defer_foreign_keys = ON');
    const stmts = statements(db.sqlite);

    const incoming: IncomingChange[] = [];
    for (const c of batch.changes) {
      checkKnownField(c);
      if (stmts.hasChange.get(c.id) !== undefined) continue;
      incoming.push({ ...c, value: JSON.stringify(c.value), source: c });
    }
    // Decided before the incoming changes join the history they are compared with.
    const winners = winningChanges(
      incoming,
      (c) => (stmts.latestHlc.get(c.entity, c.entityId, c.field) as string | null) ?? null,
    );
    for (const c of incoming) {
      stmts.insertChange.run({
        ...c.source,
        value: c.value,
        actorId: c.source.actorId ?? null,
      });
    }

    const rows: Partial<Record<EntityName, string[]>> = {};
    let created = 0;
    for (const [rowKey, fields] of groupByRow(winners)) {
      const [entity, entityId] = rowKey;
      const table = ENTITIES[entity] as unknown as AnyTable;
      const exists = db.orm
        .select({ id: table.id })
        .from(table)
        .where(eq(table.id, entityId))
        .get();
      if (exists) {
        const patch = Object.fromEntries(fields.map((c) => [c.field, JSON.parse(c.value)]));
        db.orm.update(table).set(patch).where(eq(table.id, entityId)).run();
      } else {
        const history = stmts.rowHistory.all(entity, entityId) as FieldChange[];
        const rebuilt = rowFromHistory(history, requiredFields(entity));
        // Incomplete: the batch that creates the row has not arrived; its changes wait.
        if (!rebuilt.complete) continue;
        const values = Object.fromEntries(
          Object.entries(rebuilt.values).map(([f, v]) => [f, JSON.parse(v)]),
        );
        db.orm
          .insert(table)
          .values({ ...values, id: entityId } as AnyTable['$inferInsert'])
          .run();
        created++;
      }
      (rows[entity] ??= []).push(entityId);
    }

    const problems = db.sqlite.pragma('foreign_key_check') as { table: string }[];
    if (problems.length > 0) {
      const tables = [...new Set(problems.map((p) => p.table))].join(', ');
      throw new BatchApplyError(
        'not-applied',
        `refers to rows that have not arrived yet (in ${tables}); it will be applied once they do`,
      );
    }
    recordBatch(db, header, batch.sha256, at);
    advanceCursor(db, header.deviceId, at);
    observeHlc(header.lastHlc);
    return {
      result: { applied: true, newChanges: incoming.length, won: winners.length, created },
      rows,
    };
  });
}

function checkKnownField(c: Change): void {
  const table = (ENTITIES as unknown as Record<string, AnyTable | undefined>)[c.entity];
  if (!table) {
    throw new BatchApplyError('corrupt', `has a change of an unknown entity "${c.entity}"`);
  }
  if (c.field === 'id' || !(c.field in getTableColumns(table))) {
    throw new BatchApplyError(
      'corrupt',
      `has a change of an unknown field "${c.entity}.${c.field}"`,
    );
  }
}

/** Columns a row cannot be created without: NOT NULL and no default. */
function requiredFields(entity: EntityName): string[] {
  const columns = getTableColumns(ENTITIES[entity] as unknown as AnyTable);
  return Object.entries(columns)
    .filter(([key, col]) => key !== 'id' && col.notNull && !col.hasDefault)
    .map(([key]) => key);
}

function groupByRow<C extends FieldChange>(changes: readonly C[]): Map<[EntityName, string], C[]> {
  const byKey = new Map<string, { key: [EntityName, string]; list: C[] }>();
  for (const c of changes) {
    const k = `${c.entity}\u0000${c.entityId}`;
    let group = byKey.get(k);
    if (!group) {
      group = { key: [c.entity as EntityName, c.entityId], list: [] };
      byKey.set(k, group);
    }
    group.list.push(c);
  }
  return new Map([...byKey.values()].map((g) => [g.key, g.list]));
}

function statements(sqlite: Database.Database) {
  return preparedOnce(sqlite, 'sync:apply', () => ({
    hasChange: sqlite.prepare('SELECT 1 FROM changes WHERE id = ?').pluck(),
    latestHlc: sqlite
      .prepare('SELECT max(hlc) FROM changes WHERE entity = ? AND entity_id = ? AND field = ?')
      .pluck(),
    rowHistory: sqlite.prepare(
      `SELECT entity, entity_id AS entityId, field, hlc, value FROM changes
        WHERE entity = ? AND entity_id = ?`,
    ),
    insertChange: sqlite.prepare(
      `INSERT OR IGNORE INTO changes (id, entity, entity_id, field, value, hlc, device_id,
        actor_id, schema_version, tx_id) VALUES (@id, @entity, @entityId, @field, @value, @hlc,
        @deviceId, @actorId, @schemaVersion, @txId)`,
    ),
  }));
}
