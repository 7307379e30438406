import { eq, getTableName } from 'drizzle-orm';
import type Database from 'better-sqlite3';
import type { Change } from '../../shared/model';
import type { BatonDatabase } from '../db/batonDatabase';
import { APPEND_ONLY, ENTITIES, type EntityName } from '../db/entities';
import { ENTITY_COLUMNS } from '../db/entityColumns';
import * as s from '../db/schema';
import { preparedOnce } from '../db/prepared';
import { MissingReferencesError } from '../db/remoteTransaction';
import { writeRawRow } from '../db/rowStatements';
import type { DecodedBatch } from './batchFormat';
import { latestPerField, rowFromHistory, type FieldChange } from './merge';
import { writerKnew, type ChangeRef } from './mergeConcurrency';
import { foldTextEdits, MERGE_BASE, type TextChange } from './textFold';
import { isLongTextField } from './longTextFields';
import {
  incomingRows,
  winnersOfRow,
  type HeldChange,
  type IncomingChange,
  type IncomingRow,
} from './incomingRows';
import { newId } from '../db/uuid';
import { reopenNeeded, REOPENED_BY_MERGE } from './reopenAfterMerge';
import { changeLogAppender } from './changeLogRows';
import { recordConflicts } from './syncConflicts';
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
      /** What the merge rules beyond last-writer-wins did (see docs/sync-format.md). */
      merged: MergeNote[];
    };

/**
 * A merge a person may want to look at: a long text merged from two concurrent edits (with
 * `conflicts` > 0 both versions sit in the value between markers), a row edited on one device
 * while deleted on the other (it stays in the trash, restorable), a handoff reopened because
 * its approved package changed.
 */
export type MergeNote =
  | {
      kind: 'text-merged';
      entity: EntityName;
      entityId: string;
      field: string;
      conflicts: number;
      /** The two edits, first by HLC first, and their common ancestor (null: none). */
      hlcs: [string, string];
      baseHlc: string | null;
    }
  | {
      /** `kept-by-edit`: a checklist item (add wins) edited concurrently stays, not deleted. */
      kind: 'changed-after-deletion' | 'kept-by-edit';
      entity: EntityName;
      entityId: string;
      deletedHlc: string;
      editHlcs: string[];
    }
  | {
      kind: 'stage-move';
      entity: 'campaign';
      entityId: string;
      /** The move that stands (later HLC) and the one that lost, still in the trail. */
      won: StageMove;
      lost: StageMove;
    }
  | { kind: 'reopened'; entity: 'handoff'; entityId: string; approvalId: string };

type DeletionNote = Extract<MergeNote, { deletedHlc: string }>;

export interface StageMove {
  hlc: string;
  deviceId: string;
  stageId: string;
}

/**
 * Applies one verified batch of a teammate in one transaction: all of it or none of it.
 * Idempotent: a batch already recorded, or changes already held, change nothing.
 */
export function applyBatch(db: BatonDatabase, batch: DecodedBatch, at: string): ApplyOutcome {
  try {
    return applyInTransaction(db, batch, at);
  } catch (err) {
    if (!(err instanceof MissingReferencesError)) throw err;
    // Foreign keys are deferred to the commit, which refused it: rolled back, tried again later.
    throw new BatchApplyError(
      'not-applied',
      `refers to rows that have not arrived yet (in ${err.tables.join(', ')}); it will be applied once they do`,
    );
  }
}

function applyInTransaction(db: BatonDatabase, batch: DecodedBatch, at: string): ApplyOutcome {
  const { header } = batch;
  return db.applyRemote<ApplyOutcome>(({ observeHlc, stamp }) => {
    if (recordedBatch(db, header.deviceId, header.seq)) {
      return { result: { applied: false, reason: 'already-applied' }, rows: {} };
    }
    // Rows arrive in change order, not parent-first: foreign keys are checked by the commit.
    db.sqlite.pragma('defer_foreign_keys = ON');
    const stmts = statements(db.sqlite);

    for (const c of batch.changes) checkKnownField(c);
    // One look for the whole batch says which rows have a history here: a catch-up brings
    // thousands of rows this laptop never held, each of which cost a query of its own.
    const withHistory = idsWithHistory(stmts, batch.changes);
    const touched = incomingRows(batch.changes, (entity, entityId) =>
      withHistory.held.has(entityId) ? (stmts.heldOfRow.all(entityId, entity) as HeldChange[]) : [],
    );
    const incoming = touched.flatMap((row) => row.incoming);
    // What the writer had seen: an edit it made without seeing a local one is concurrent.
    const knew = (c: ChangeRef) =>
      writerKnew(
        header,
        c,
        (x) => stmts.batchOf.get(x.deviceId, x.hlc, x.hlc) as number | undefined,
      );
    // Reopening an approved handoff is a status that must win by last writer wins, so it needs
    // an HLC after everything in the batch. A teammate's clock far ahead (which ours does not
    // follow past 5 minutes) makes that impossible: then it is left to that teammate's laptop
    // (the gate still compares hashes, so the approval reads "changed since approval"). Text
    // merges and add-wins are decided from the edits themselves and do not need it.
    observeHlc(header.lastHlc);
    const mayWrite = stamp() > header.lastHlc;
    const winningRows = touched
      .map((row) => ({ row, fields: winnersOfRow(row) }))
      .filter((w) => w.fields.length > 0);
    const deletions = findChangesAfterDeletion(stmts, touched, knew);
    const moves = findConcurrentMoves(stmts, incoming, knew);
    const heldHandoffs = mayWrite ? handoffsHeldAndTouched(stmts, touched, withHistory) : [];
    const changeLog = changeLogAppender(db.sqlite);
    for (const c of incoming) changeLog.add(c.source, c.value);
    changeLog.flush();

    const rows: Partial<Record<EntityName, string[]>> = {};
    let created = 0;
    for (const { row, fields } of winningRows) {
      const { entity, entityId } = row;
      const update = () => writeRawRow(db.sqlite, entity, entityId, valuesOf(fields), 'update');
      // `deleted_at` of a missing row is undefined: one prepared look says whether it exists.
      // A row without change rows here is not here (every row is written with its changes,
      // which `baton check` verifies): a catch-up's thousands of new rows need no look.
      const exists = row.held.length > 0 && stmts.rowDeletedAt(entity).get(entityId) !== undefined;
      if (exists) update();
      else {
        const values = newRowValues(row, fields);
        // Incomplete: the batch that creates the row has not arrived; its changes wait.
        if (!values) continue;
        try {
          writeRawRow(db.sqlite, entity, entityId, values, 'insert');
          created++;
        } catch (err) {
          // A row here without its history after all (written around the write path): the
          // batch's winning fields update it, as for any row this laptop holds.
          if ((err as { code?: unknown }).code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') throw err;
          update();
        }
      }
      (rows[entity] ??= []).push(entityId);
    }

    const txId = newId();
    const local = (
      entity: EntityName,
      entityId: string,
      patch: Record<string, unknown>,
      base: string | null = null,
    ) => {
      for (const [field, value] of Object.entries(patch)) {
        stmts.insertChange.run(
          newId(),
          entity,
          entityId,
          field,
          JSON.stringify(value),
          stamp(),
          db.deviceId,
          null,
          db.schemaVersion,
          txId,
          base,
        );
      }
      (rows[entity] ??= []).push(entityId);
    };
    const merged: MergeNote[] = [];
    for (const fieldId of longTextsTouched(db, touched)) {
      // Every long text the batch touched shows the fold of all its edits held now (merge
      // rule 2), whatever last writer wins put there: merges of merges cannot pile up.
      const row = stmts.fieldValue.get(fieldId) as { value: string | null } | undefined;
      if (!row) continue; // its row waits for the batch that creates it
      const fold = foldTextEdits(stmts.textHistory.all(fieldId) as TextChange[]);
      if (!fold.ok) continue;
      for (const c of fold.conflicts) {
        merged.push({
          kind: 'text-merged',
          entity: 'handoffField',
          entityId: fieldId,
          field: 'value',
          ...c,
        });
      }
      if (row.value === JSON.stringify(fold.text)) continue;
      stmts.setFieldValue.run(JSON.stringify(fold.text), fieldId);
      local('handoffField', fieldId, { value: fold.text }, MERGE_BASE);
      if (fold.conflicts.length === 0) {
        const hlcs = incoming.filter((c) => c.entityId === fieldId).map((c) => c.hlc);
        merged.push({
          kind: 'text-merged',
          entity: 'handoffField',
          entityId: fieldId,
          field: 'value',
          conflicts: 0,
          hlcs: [hlcs[0]!, hlcs[hlcs.length - 1]!],
          baseHlc: null,
        });
      }
    }
    for (const note of deletions.map((d) => d()).filter((d) => d !== null)) {
      if (note.entity === 'checklistItem') {
        // Checklist items: add wins. An item ticked or edited while deleted elsewhere stays.
        db.orm
          .update(s.checklistItems)
          .set({ deletedAt: null })
          .where(eq(s.checklistItems.id, note.entityId))
          .run();
        local('checklistItem', note.entityId, { deletedAt: null });
        merged.push({ ...note, kind: 'kept-by-edit' });
      } else merged.push(note);
    }
    merged.push(...moves);
    for (const handoffId of stillApproved(stmts, heldHandoffs)) {
      const reopen = reopenNeeded(db, handoffId);
      if (!reopen) continue;
      const exists = db.orm
        .select({ id: s.handoffEvents.id })
        .from(s.handoffEvents)
        .where(eq(s.handoffEvents.id, reopen.eventId))
        .get();
      if (!exists) {
        const event = {
          handoffId,
          kind: 'reopened',
          actorId: null,
          deviceId: db.deviceId,
          at,
          reason: REOPENED_BY_MERGE,
          packageHash: null,
          missing: [] as string[],
        };
        db.orm
          .insert(s.handoffEvents)
          .values({ id: reopen.eventId, ...event })
          .run();
        local('handoffEvent', reopen.eventId, event);
      }
      db.orm
        .update(s.handoffs)
        .set({ status: 'submitted' })
        .where(eq(s.handoffs.id, handoffId))
        .run();
      local('handoff', handoffId, { status: 'submitted' });
      merged.push({
        kind: 'reopened',
        entity: 'handoff',
        entityId: handoffId,
        approvalId: reopen.approvalId,
      });
    }

    recordConflicts(db, merged, at);
    recordBatch(db, header, batch.sha256, at);
    advanceCursor(db, header.deviceId, at);
    return {
      result: {
        applied: true,
        newChanges: incoming.length,
        won: winningRows.reduce((n, w) => n + w.fields.length, 0),
        created,
        merged,
      },
      rows,
    };
  });
}

function checkKnownField(c: Change): void {
  const columns = ENTITY_COLUMNS.get(c.entity);
  if (!columns) {
    throw new BatchApplyError('corrupt', `has a change of an unknown entity "${c.entity}"`);
  }
  if (c.field === 'id' || !columns.keys.has(c.field)) {
    throw new BatchApplyError(
      'corrupt',
      `has a change of an unknown field "${c.entity}.${c.field}"`,
    );
  }
}

function requiredFields(entity: EntityName): readonly string[] {
  return ENTITY_COLUMNS.get(entity)!.required;
}

/** The changes' values by field, as decoded from the batch (not parsed again from JSON). */
function valuesOf(changes: readonly IncomingChange[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const c of changes) values[c.field] = c.source.value;
  return values;
}

/**
 * The values of a row to create here, or null while a required field has none (the batch
 * that creates the row has not arrived). A row with no history here, most rows of a
 * catch-up, is the batch's newest change of each field (`winners`: nothing held to lose
 * to); one whose earlier changes are held is rebuilt from all of them.
 */
function newRowValues(
  row: IncomingRow,
  winners: readonly IncomingChange[],
): Record<string, unknown> | null {
  const required = requiredFields(row.entity);
  if (row.held.length === 0) {
    const values = valuesOf(winners);
    return required.every((f) => values[f] !== undefined && values[f] !== null) ? values : null;
  }
  const rebuilt = rowFromHistory([...row.held, ...row.incoming], required);
  if (!rebuilt.complete) return null;
  const values: Record<string, unknown> = {};
  for (const [f, v] of Object.entries(rebuilt.values)) values[f] = JSON.parse(v);
  return values;
}

/**
 * The long-text package fields whose value the batch changes and this laptop had a value of:
 * only those can hold edits that did not see each other. A field new here shows the batch's
 * value (last writer wins); it is folded when an edit from elsewhere arrives.
 */
function longTextsTouched(db: BatonDatabase, touched: readonly IncomingRow[]): string[] {
  return touched
    .filter(
      (row) =>
        row.entity === 'handoffField' &&
        row.incoming.some((c) => c.field === 'value') &&
        row.held.some((c) => c.field === 'value'),
    )
    .map((row) => row.entityId)
    .filter((id) => isLongTextField(db, id));
}

/**
 * Delete vs edit (merge rule 5): a row deleted on one side and edited on the other without
 * either seeing the other stays deleted (per-field last writer wins leaves `deletedAt` set)
 * and is noted "changed after deletion", restorable with the edit in it. Looked at before
 * the batch joins the history; the returned checks run after it was applied.
 */
function findChangesAfterDeletion(
  stmts: Statements,
  touched: readonly IncomingRow[],
  knew: (c: ChangeRef) => boolean,
): (() => DeletionNote | null)[] {
  const checks: (() => DeletionNote | null)[] = [];
  for (const { entity, entityId, held: allHeld, incoming: theirs } of touched) {
    // Only a row with history here (a catch-up brings thousands without), not append-only,
    // and that is or is about to be deleted can qualify: the cheap tests first.
    if (allHeld.length === 0 || APPEND_ONLY.has(entity)) continue;
    const localDeletedAt = stmts.rowDeletedAt(entity).get(entityId) as string | null | undefined;
    if (localDeletedAt === undefined) continue;
    if (localDeletedAt === null && !theirs.some((c) => c.field === 'deletedAt')) continue;
    const held = allHeld.filter((c) => !knew(c)).sort((a, b) => (a.hlc < b.hlc ? -1 : 1));
    if (held.length === 0) continue;
    const isDelete = (c: FieldChange) => c.field === 'deletedAt' && c.value !== 'null';
    const ourDelete = held.filter(isDelete).at(-1);
    const ourEdits = held.filter((c) => c.field !== 'deletedAt');
    const theirDelete = theirs.filter(isDelete).at(-1);
    const theirEdits = theirs.filter((c) => c.field !== 'deletedAt');
    const pair =
      ourDelete && theirEdits.length > 0
        ? { deletedHlc: ourDelete.hlc, editHlcs: theirEdits.map((c) => c.hlc) }
        : theirDelete && ourEdits.length > 0
          ? { deletedHlc: theirDelete.hlc, editHlcs: ourEdits.map((c) => c.hlc) }
          : null;
    if (!pair) continue;
    checks.push(() => {
      const deletedAt = stmts.rowDeletedAt(entity).get(entityId) as string | null | undefined;
      return deletedAt
        ? {
            kind: 'changed-after-deletion' as const,
            entity,
            entityId,
            ...pair,
            editHlcs: pair.editHlcs.sort(),
          }
        : null;
    });
  }
  return checks;
}

/**
 * One card moved to different stages on two laptops, neither seeing the other's move (merge
 * rule 6): the later HLC wins like any field, the same on every device; the losing move stays
 * in the trail ("moved the card to …" in the activity log) and is noted.
 */
function findConcurrentMoves(
  stmts: Statements,
  incoming: readonly IncomingChange[],
  knew: (c: ChangeRef) => boolean,
): MergeNote[] {
  const notes: MergeNote[] = [];
  const moves = incoming.filter((c) => c.field === 'stageId' && c.entity === 'campaign');
  for (const theirs of latestPerField(moves).values()) {
    const ours = (
      stmts.fieldHistory.all('campaign', theirs.entityId, 'stageId') as HeldChange[]
    )[0];
    if (!ours || knew(ours) || ours.value === theirs.value) continue;
    const move = (c: { hlc: string; deviceId: string; value: string }): StageMove => ({
      hlc: c.hlc,
      deviceId: c.deviceId,
      stageId: JSON.parse(c.value) as string,
    });
    const mine = move(ours);
    const other = move({ ...theirs, deviceId: theirs.source.deviceId });
    notes.push({
      kind: 'stage-move',
      entity: 'campaign',
      entityId: theirs.entityId,
      ...(mine.hlc < other.hlc ? { won: other, lost: mine } : { won: mine, lost: other }),
    });
  }
  return notes;
}

/**
 * Handoffs whose package, status or events the batch changes and that this database held
 * before it: only they can be "changed since approval" by a merge. A handoff the batch itself
 * brings has no history here its writer did not see (a teammate's edit of it would have
 * needed the row, and a batch waiting for rows is not applied), so its writer's own reopen
 * rule already decided it: a catch-up of thousands of approved handoffs skips them all.
 * Looked at before the batch's rows are written.
 */
function handoffsHeldAndTouched(
  stmts: Statements,
  touched: readonly IncomingRow[],
  withHistory: RowHistories,
): string[] {
  const ids = new Set<string>();
  for (const row of touched) {
    if (row.entity === 'handoff') {
      // Without history here it is not here (see the rows written above): nothing to reopen.
      if (row.held.length > 0) ids.add(row.entityId);
      continue;
    }
    const child =
      row.entity === 'handoffField' ||
      row.entity === 'checklistItem' ||
      row.entity === 'handoffEvent';
    if (!child) continue;
    const parent = row.incoming.find((c) => c.field === 'handoffId');
    if (parent) {
      const handoffId = JSON.parse(parent.value) as string;
      // A handoff the batch touches too was asked about with its rows: without history here
      // it is not here. Any other is looked up below.
      if (!withHistory.asked.has(handoffId) || withHistory.held.has(handoffId)) ids.add(handoffId);
    }
    // A row with no history here is not here: only held rows need their handoff looked up.
    if (row.held.length === 0) continue;
    const handoffId = stmts.handoffOf(row.entity).get(row.entityId) as string | undefined;
    if (handoffId) ids.add(handoffId);
  }
  return [...ids].filter((id) => stmts.rowDeletedAt('handoff').get(id) !== undefined);
}

/** Of those, the ones that stand approved (or beyond) once the batch is written. */
function stillApproved(stmts: Statements, handoffIds: readonly string[]): string[] {
  return handoffIds
    .filter((id) => APPROVED_STATUSES.has(stmts.handoffStatus.get(id) as string))
    .sort();
}

const APPROVED_STATUSES: ReadonlySet<string> = new Set(['approved', 'acknowledged', 'done']);

type Statements = ReturnType<typeof statements>;

/** What one query tells of the rows some changes touch: which of them have change rows here. */
interface RowHistories {
  /** Every row id the changes touch. */
  asked: ReadonlySet<string>;
  /** Those with change rows here. */
  held: ReadonlySet<string>;
}

function idsWithHistory(stmts: Statements, changes: readonly Change[]): RowHistories {
  const asked = new Set<string>();
  for (const c of changes) asked.add(c.entityId);
  const held = new Set(stmts.entityIdsHeld.all(JSON.stringify([...asked])) as string[]);
  return { asked, held };
}

/** A single-value statement per entity table, prepared on first use. */
function perEntity(sqlite: Database.Database, sql: (table: string) => string) {
  const byEntity = new Map<EntityName, Database.Statement>();
  return (entity: EntityName): Database.Statement => {
    let stmt = byEntity.get(entity);
    if (!stmt) {
      stmt = sqlite.prepare(sql(getTableName(ENTITIES[entity]))).pluck();
      byEntity.set(entity, stmt);
    }
    return stmt;
  };
}

function statements(sqlite: Database.Database) {
  return preparedOnce(sqlite, 'sync:apply', () => ({
    heldOfRow: sqlite.prepare(
      `SELECT id, entity, entity_id AS entityId, field, hlc, value, device_id AS deviceId
         FROM changes WHERE entity_id = ? AND entity = ?`,
    ),
    entityIdsHeld: sqlite
      .prepare(
        `SELECT DISTINCT entity_id FROM changes
          WHERE entity_id IN (SELECT value FROM json_each(?))`,
      )
      .pluck(),
    /** The sequence of the batch that carried a change, as this database recorded it. */
    batchOf: sqlite
      .prepare(
        'SELECT seq FROM sync_batches WHERE device_id = ? AND first_hlc <= ? AND last_hlc >= ?',
      )
      .pluck(),
    fieldHistory: sqlite.prepare(
      `SELECT entity, entity_id AS entityId, field, hlc, value, device_id AS deviceId
         FROM changes WHERE entity = ? AND entity_id = ? AND field = ? ORDER BY hlc DESC`,
    ),
    rowDeletedAt: perEntity(sqlite, (table) => `SELECT deleted_at FROM "${table}" WHERE id = ?`),
    handoffOf: perEntity(sqlite, (table) => `SELECT handoff_id FROM "${table}" WHERE id = ?`),
    handoffStatus: sqlite.prepare('SELECT status FROM handoffs WHERE id = ?').pluck(),
    fieldValue: sqlite.prepare('SELECT value FROM handoff_fields WHERE id = ?'),
    setFieldValue: sqlite.prepare('UPDATE handoff_fields SET value = ? WHERE id = ?'),
    textHistory: sqlite.prepare(
      `SELECT hlc, value, base FROM changes
        WHERE entity_id = ? AND entity = 'handoffField' AND field = 'value'`,
    ),
    // Positional: binding by name costs a property look-up per column on ~100,000 inserts.
    insertChange: sqlite.prepare(
      `INSERT OR IGNORE INTO changes (id, entity, entity_id, field, value, hlc, device_id,
        actor_id, schema_version, tx_id, base) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  }));
}
