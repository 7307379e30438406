import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { DomainError, notFound } from '../../shared/domain';
import { APPEND_ONLY, type EntityInsert, type EntityName, type EntityRow } from './entities';
import type { HlcClock } from './hlcClock';
import { preparedOnce } from './prepared';
import { ROW_ID, rowInsert, rowUpdate, tableOf } from './rowStatements';
import type * as schema from './schema';
import { changes } from './schema';
import { newId } from './uuid';

export type Orm = BetterSQLite3Database<typeof schema>;
/** What services may do with the database outside the write path: read. */
export type ReadDb = Pick<Orm, 'select' | '$count'>;

export interface TxDeps {
  orm: Orm;
  clock: HlcClock;
  deviceId: string;
  schemaVersion: number;
  nowIso: () => string;
  /** Appends one row to `changes` (a prepared statement: this runs once per changed field). */
  appendChange: (row: typeof schema.changes.$inferInsert) => void;
}

type AnyRow = Record<string, unknown> & { id: string; deletedAt: string | null };

/**
 * One write transaction. Services change synced tables only through these methods, which
 * record one `changes` row per changed field. Created by `BatonDatabase.write`.
 */
export class WriteTx {
  readonly at: string;
  readonly touchedTables = new Set<EntityName>();
  readonly touchedIds = new Set<string>();
  /** The same ids by table, so a live update can say which campaigns a write concerned. */
  readonly touchedRows = new Map<EntityName, Set<string>>();

  constructor(
    private readonly deps: TxDeps,
    readonly actorId: string | null,
    /** Shared by every write of one `BatonDatabase.writeBatch`: they commit as one. */
    readonly txId: string = newId(),
  ) {
    this.at = deps.nowIso();
  }

  get read(): ReadDb {
    return this.deps.orm;
  }

  get deviceId(): string {
    return this.deps.deviceId;
  }

  /** The row, soft-deleted or not. */
  get<E extends EntityName>(entity: E, id: string): EntityRow<E> | undefined {
    const orm = this.deps.orm;
    const byId = preparedOnce(orm, `get:${entity}`, () => {
      const t = tableOf(entity);
      return orm
        .select()
        .from(t)
        .where(eq(t.id, sql.placeholder('id')))
        .prepare();
    });
    return byId.get({ id }) as EntityRow<E> | undefined;
  }

  /** The row, which must exist and not be deleted. */
  require<E extends EntityName>(entity: E, id: string): EntityRow<E> {
    const row = this.get(entity, id);
    if (!row || (row as AnyRow).deletedAt) throw notFound(entity, id);
    return row;
  }

  insert<E extends EntityName>(
    entity: E,
    values: Omit<EntityInsert<E>, 'id'> & { id?: string },
  ): EntityRow<E> {
    const t = tableOf(entity);
    const withId = { ...(values as Record<string, unknown>), id: (values as AnyRow).id ?? newId() };
    const row = rowInsert(this.deps.orm, entity, withId).get(withId) as unknown as AnyRow;
    for (const field of Object.keys(getTableColumns(t))) {
      if (field === 'id' || row[field] === null || row[field] === undefined) continue;
      this.record(entity, row.id, field, row[field], isFieldValue(entity, field) ? '' : null);
    }
    return row as unknown as EntityRow<E>;
  }

  /** Writes only the fields whose value actually changes; returns the row as it now is. */
  update<E extends EntityName>(
    entity: E,
    id: string,
    patch: Partial<Omit<EntityInsert<E>, 'id'>>,
  ): EntityRow<E> {
    if (APPEND_ONLY.has(entity)) {
      throw new DomainError(
        'RULE_VIOLATION',
        `${entity} entries are permanent and cannot be edited`,
      );
    }
    const t = tableOf(entity);
    const current = this.require(entity, id) as unknown as AnyRow;
    const columns = getTableColumns(t);
    const changed: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(patch as Record<string, unknown>)) {
      if (value === undefined || field === 'id' || !(field in columns)) continue;
      if (JSON.stringify(current[field]) !== JSON.stringify(value)) changed[field] = value;
    }
    if (Object.keys(changed).length === 0) return current as unknown as EntityRow<E>;
    const base =
      'value' in changed && isFieldValue(entity, 'value') ? this.baseOf(id, current.value) : null;
    return this.setFields(entity, id, changed, base);
  }

  /**
   * The change whose value this edit of a package field replaces: the newest one holding the
   * value shown (a merge of several laptops' edits shows a value that sync wrote). Long text
   * merges edits against it (electron/sync/textFold.ts). '' when no change holds it.
   */
  private baseOf(fieldId: string, shown: unknown): string {
    const orm = this.deps.orm;
    const find = preparedOnce(orm, 'write:fieldBase', () =>
      orm
        .select({ hlc: changes.hlc })
        .from(changes)
        .where(
          and(
            eq(changes.entityId, sql.placeholder('fieldId')),
            eq(changes.entity, 'handoffField'),
            eq(changes.field, 'value'),
            eq(changes.value, sql.placeholder('value')),
          ),
        )
        // Any change holding the shown text gives the same base text; the field's changes
        // (found by the entity id index) are few enough to sort.
        .orderBy(desc(changes.hlc))
        .limit(1)
        .prepare(),
    );
    return find.get({ fieldId, value: JSON.stringify(shown ?? null) })?.hlc ?? '';
  }

  softDelete<E extends EntityName>(entity: E, id: string): EntityRow<E> {
    if (APPEND_ONLY.has(entity)) {
      throw new DomainError(
        'RULE_VIOLATION',
        `${entity} entries are permanent and cannot be deleted`,
      );
    }
    this.require(entity, id);
    return this.setFields(entity, id, { deletedAt: this.at });
  }

  restore<E extends EntityName>(entity: E, id: string): EntityRow<E> {
    const row = this.get(entity, id) as AnyRow | undefined;
    if (!row) throw notFound(entity, id);
    if (!row.deletedAt) return row as unknown as EntityRow<E>;
    return this.setFields(entity, id, { deletedAt: null });
  }

  private setFields<E extends EntityName>(
    entity: E,
    id: string,
    fields: Record<string, unknown>,
    valueBase: string | null = null,
  ): EntityRow<E> {
    const statement = rowUpdate(this.deps.orm, entity, fields);
    const row = statement.get({ ...fields, [ROW_ID]: id });
    for (const [field, value] of Object.entries(fields)) {
      this.record(entity, id, field, value, field === 'value' ? valueBase : null);
    }
    return row as unknown as EntityRow<E>;
  }

  private record(
    entity: EntityName,
    entityId: string,
    field: string,
    value: unknown,
    base: string | null,
  ): void {
    this.deps.appendChange({
      id: newId(),
      entity,
      entityId,
      field,
      value: JSON.stringify(value),
      hlc: this.deps.clock.next(),
      deviceId: this.deps.deviceId,
      actorId: this.actorId,
      schemaVersion: this.deps.schemaVersion,
      txId: this.txId,
      base,
    });
    this.touchedTables.add(entity);
    this.touchedIds.add(entityId);
    let rows = this.touchedRows.get(entity);
    if (!rows) {
      rows = new Set();
      this.touchedRows.set(entity, rows);
    }
    rows.add(entityId);
  }
}

/** A package field's value: the one change whose base is recorded. */
function isFieldValue(entity: EntityName, field: string): boolean {
  return entity === 'handoffField' && field === 'value';
}
