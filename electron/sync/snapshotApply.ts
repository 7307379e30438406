import type Database from 'better-sqlite3';
import type { Change } from '../../shared/model';
import type { BatonDatabase } from '../db/batonDatabase';
import type { EntityName } from '../db/entities';
import { ENTITY_COLUMNS } from '../db/entityColumns';
import { MissingReferencesError } from '../db/remoteTransaction';
import { applyBatch, BatchApplyError, type MergeNote } from './applyBatch';
import { BATCH_FORMAT, BATCH_FORMAT_VERSION, type DecodedBatch } from './batchFormat';
import type { DecodedSnapshot, IndexedBatch } from './snapshotFormat';
import type { SyncProblem } from './syncProblem';
import { recordConflicts } from './syncConflicts';
import { advanceCursor, recordedBatch } from './syncState';
import { isLongTextField } from './longTextFields';
import { changeLogAppender } from './changeLogRows';
import { foldTextEdits, MERGE_BASE, type TextChange } from './textFold';
import { newId } from '../db/uuid';

/**
 * Two ways to take in a snapshot (docs/sync-format.md, "Snapshots"):
 * - bootstrap: a database with no changes at all (a new laptop) takes the snapshot whole, in
 *   one transaction: changes, rows rebuilt from them, batch index, cursors;
 * - merge: any other database takes the batches it lacks, rebuilt from the snapshot's index
 *   and changes, through the same `applyBatch` as batch files, so its own edits merge by the
 *   usual rules instead of being overwritten.
 */

export interface SnapshotApplied {
  changes: number;
  rows: number;
  batches: number;
}

/** True for a database that holds no change and no batch: bootstrap may take a snapshot whole. */
export function isBlankDatabase(db: BatonDatabase): boolean {
  const any = (table: string) =>
    db.sqlite.prepare(`SELECT 1 FROM ${table} LIMIT 1`).pluck().get() !== undefined;
  return !any('changes') && !any('sync_batches');
}

/**
 * The whole snapshot into a blank database, in one transaction (all or nothing). Rows are
 * rebuilt as `applyBatch` builds a row it lacks: the newest value of each field, created only
 * once every required column has one.
 */
export function bootstrapFromSnapshot(
  db: BatonDatabase,
  snapshot: DecodedSnapshot,
  at: string,
): SnapshotApplied {
  try {
    return bootstrapInTransaction(db, snapshot, at);
  } catch (err) {
    if (!(err instanceof MissingReferencesError)) throw err;
    // Foreign keys are deferred to the commit, which refused it: nothing was kept.
    throw new BatchApplyError(
      'corrupt',
      `refers to rows it does not hold (in ${err.tables.join(', ')})`,
    );
  }
}

function bootstrapInTransaction(
  db: BatonDatabase,
  snapshot: DecodedSnapshot,
  at: string,
): SnapshotApplied {
  return db.applyRemote<SnapshotApplied>(({ observeHlc, stamp }) => {
    if (!isBlankDatabase(db)) {
      throw new BatchApplyError('not-applied', 'found this database no longer blank');
    }
    db.sqlite.pragma('defer_foreign_keys = ON');
    const changeLog = changeLogAppender(db.sqlite);
    // A bulk load: the change log's secondary indexes are built once at the end, not grown row
    // by row (about a quarter faster here). Inside the transaction: a rollback brings them back.
    const indexes = db.sqlite
      .prepare(
        `SELECT name, sql FROM sqlite_master
          WHERE type = 'index' AND tbl_name = 'changes' AND sql IS NOT NULL`,
      )
      .all() as { name: string; sql: string }[];
    for (const index of indexes) db.sqlite.exec(`DROP INDEX "${index.name}"`);
    // Per row, the newest change of each field: what the row holds.
    const latest = new Map<string, Map<string, Change>>();
    // Package field values edited more than once: long text shows the fold of its edits.
    const fieldValues = new Map<string, TextChange[]>();
    for (const c of snapshot.changes) {
      const shape = ENTITY_COLUMNS.get(c.entity);
      if (!shape)
        throw new BatchApplyError('corrupt', `has a change of an unknown entity "${c.entity}"`);
      if (c.field === 'id' || !shape.keys.has(c.field)) {
        throw new BatchApplyError(
          'corrupt',
          `has a change of an unknown field "${c.entity}.${c.field}"`,
        );
      }
      const valueJson = JSON.stringify(c.value);
      changeLog.add(c, valueJson);
      if (c.entity === 'handoffField' && c.field === 'value') {
        const text = { hlc: c.hlc, value: valueJson, base: c.base ?? null };
        const edits = fieldValues.get(c.entityId);
        if (edits) edits.push(text);
        else fieldValues.set(c.entityId, [text]);
      }
      const key = `${c.entity}\u0000${c.entityId}`;
      let fields = latest.get(key);
      if (!fields) latest.set(key, (fields = new Map()));
      const seen = fields.get(c.field);
      if (!seen || c.hlc > seen.hlc) fields.set(c.field, c);
    }
    changeLog.flush();

    for (const index of indexes) db.sqlite.exec(index.sql);

    const rows: Partial<Record<EntityName, string[]>> = {};
    const inserts = new Map<string, Database.Statement>();
    let created = 0;
    for (const [key, fields] of latest) {
      const [entity, entityId] = key.split('\u0000') as [EntityName, string];
      const shape = ENTITY_COLUMNS.get(entity)!;
      // Incomplete: its creating change was never seen; like applyBatch, the changes wait.
      if (
        shape.required.some((f) => fields.get(f) === undefined || fields.get(f)!.value === null)
      ) {
        continue;
      }
      const names = [...fields.keys()].sort();
      const sqlKey = `${entity}:${names.join(',')}`;
      let insert = inserts.get(sqlKey);
      if (!insert) {
        const cols = ['id', ...names].map((f) => `"${shape.columns[f]!.name}"`);
        insert = db.sqlite.prepare(
          `INSERT INTO "${shape.table}" (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
        );
        inserts.set(sqlKey, insert);
      }
      insert.run(
        entityId,
        ...names.map((f) => {
          const value = fields.get(f)!.value;
          return value === null ? null : (shape.columns[f]!.mapToDriverValue(value) as unknown);
        }),
      );
      (rows[entity] ??= []).push(entityId);
      created++;
    }

    if (snapshot.header.lastHlc) observeHlc(snapshot.header.lastHlc);
    // Its writer's open text conflicts come along: the fold finds the same clashing edits.
    recordConflicts(db, foldLongTexts(db, fieldValues, stamp), at);

    const record = db.sqlite.prepare(
      `INSERT OR IGNORE INTO sync_batches (device_id, seq, sha256, first_hlc, last_hlc,
        change_count, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const devices = new Set<string>();
    let batches = 0;
    for (const b of snapshot.batches) {
      if (b.deviceId === db.deviceId) continue;
      batches += record.run(
        b.deviceId,
        b.seq,
        b.sha256,
        b.firstHlc,
        b.lastHlc,
        b.count,
        at,
      ).changes;
      devices.add(b.deviceId);
    }
    for (const deviceId of devices) advanceCursor(db, deviceId, at);

    return {
      result: { changes: snapshot.changes.length, rows: created, batches },
      rows,
    };
  });
}

/**
 * The batches this database lacks, rebuilt from the snapshot and applied one by one through
 * `applyBatch` (a generator: the caller may let other work run between two). A rebuilt batch
 * is taken to have known what the snapshot covers: its writer's knowledge is not kept in the
 * index, and the snapshot's writer had seen (and merged) everything it covers.
 */
export function* mergeSnapshot(
  db: BatonDatabase,
  snapshot: DecodedSnapshot,
  file: string,
  at: string,
  problems: SyncProblem[],
): Generator<void, SnapshotApplied> {
  const byDevice = new Map<string, Change[]>();
  for (const c of snapshot.changes) {
    let list = byDevice.get(c.deviceId);
    if (!list) byDevice.set(c.deviceId, (list = []));
    list.push(c);
  }
  for (const list of byDevice.values())
    list.sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));

  const lacking = snapshot.batches.filter(
    (b) => b.deviceId !== db.deviceId && !recordedBatch(db, b.deviceId, b.seq),
  );
  const applied: SnapshotApplied = { changes: 0, rows: 0, batches: 0 };
  let waiting: { batch: DecodedBatch; message: string }[] = [];
  const attempt = (batch: DecodedBatch): string | null => {
    const where = `${file} (batch ${batch.header.seq} of device ${batch.header.deviceId})`;
    try {
      const outcome = applyBatch(db, batch, at);
      if (outcome.applied) {
        applied.batches++;
        applied.changes += outcome.newChanges;
        applied.rows += outcome.created;
      }
      return null;
    } catch (err) {
      const message = `${where} ${err instanceof Error ? err.message : String(err)}`;
      if (err instanceof BatchApplyError && err.kind === 'not-applied') return message;
      problems.push({
        kind: err instanceof BatchApplyError ? err.kind : 'not-applied',
        file,
        message,
      });
      return null;
    }
  };
  for (const b of lacking) {
    const batch = rebuiltBatch(b, byDevice.get(b.deviceId) ?? [], snapshot);
    const wait = attempt(batch);
    if (wait) waiting.push({ batch, message: wait });
    yield;
  }
  // Rows of one device's batch may come in another's: retry while that makes progress.
  while (waiting.length > 0) {
    const still: typeof waiting = [];
    for (const w of waiting) {
      const wait = attempt(w.batch);
      if (wait) still.push({ batch: w.batch, message: wait });
      yield;
    }
    if (still.length === waiting.length) break;
    waiting = still;
  }
  for (const w of waiting) problems.push({ kind: 'not-applied', file, message: w.message });
  return applied;
}

/**
 * Last writer wins rebuilt each row; a long text must show the fold of its edits, as after
 * applying a batch (merge rule 2). It differs only where the snapshot's writer had not folded
 * yet, or stamped its fold before a teammate's clock; then this laptop writes the fold as its
 * own merge.
 */
function foldLongTexts(
  db: BatonDatabase,
  fieldValues: ReadonlyMap<string, TextChange[]>,
  stamp: () => string,
): MergeNote[] {
  const notes: MergeNote[] = [];
  const current = db.sqlite.prepare('SELECT value FROM handoff_fields WHERE id = ?').pluck();
  const set = db.sqlite.prepare('UPDATE handoff_fields SET value = ? WHERE id = ?');
  const insertChange = db.sqlite.prepare(
    `INSERT INTO changes (id, entity, entity_id, field, value, hlc, device_id, actor_id,
      schema_version, tx_id, base) VALUES (?, 'handoffField', ?, 'value', ?, ?, ?, NULL, ?, ?, ?)`,
  );
  const txId = newId();
  for (const [fieldId, history] of fieldValues) {
    if (history.length < 2) continue;
    const value = current.get(fieldId) as string | null | undefined;
    if (value === undefined || !isLongTextField(db, fieldId)) continue;
    const fold = foldTextEdits(history);
    if (!fold.ok) continue;
    for (const c of fold.conflicts) {
      notes.push({
        kind: 'text-merged',
        entity: 'handoffField',
        entityId: fieldId,
        field: 'value',
        ...c,
      });
    }
    if (value === JSON.stringify(fold.text)) continue;
    const text = JSON.stringify(fold.text);
    set.run(text, fieldId);
    insertChange.run(
      newId(),
      fieldId,
      text,
      stamp(),
      db.deviceId,
      db.schemaVersion,
      txId,
      MERGE_BASE,
    );
  }
  return notes;
}

/** The batch `b` as its file held it: its device's changes within its HLC range. */
function rebuiltBatch(
  b: IndexedBatch,
  deviceChanges: readonly Change[],
  snapshot: DecodedSnapshot,
): DecodedBatch {
  const from = lowerBound(deviceChanges, b.firstHlc);
  const changes: Change[] = [];
  for (let i = from; i < deviceChanges.length && deviceChanges[i]!.hlc <= b.lastHlc; i++) {
    changes.push(deviceChanges[i]!);
  }
  return {
    header: {
      format: BATCH_FORMAT,
      formatVersion: BATCH_FORMAT_VERSION,
      deviceId: b.deviceId,
      schemaVersion: changes.reduce((v, c) => Math.max(v, c.schemaVersion), 1),
      seq: b.seq,
      firstHlc: b.firstHlc,
      lastHlc: b.lastHlc,
      count: changes.length,
      bodySha256: snapshot.sha256, // not checked: the snapshot's seal vouched for its body
      createdAt: snapshot.header.createdAt,
      knows: snapshot.header.covers,
    },
    changes,
    sha256: b.sha256,
  };
}

function lowerBound(list: readonly Change[], hlc: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.hlc < hlc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
