import { and, asc, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { BatonDatabase } from '../db/batonDatabase';
import { syncConflicts } from '../db/schema';
import type { MergeNote } from './applyBatch';
import { derivedId } from './reopenAfterMerge';

/**
 * What a person should look at after a merge (table `sync_conflicts`, this laptop only):
 * local bookkeeping like `sync_batches`, so written directly, not through the change log.
 * Settings → Sync lists the open ones (`sync.conflicts`); resolving one marks `resolved_at`.
 */
export type SyncConflict = typeof syncConflicts.$inferSelect;

/** The merge notes worth a person's attention: text conflicts, deleted-and-edited rows, moves. */
export function conflictOf(
  note: MergeNote,
): Omit<SyncConflict, 'detectedAt' | 'resolvedAt'> | null {
  switch (note.kind) {
    case 'text-merged':
      if (note.conflicts === 0) return null;
      return {
        id: derivedId(`text:${note.entityId}:${note.field}:${note.hlcs.join(',')}`),
        kind: 'text',
        entity: note.entity,
        entityId: note.entityId,
        field: note.field,
        detail: { conflicts: note.conflicts, hlcs: note.hlcs, baseHlc: note.baseHlc },
      };
    case 'changed-after-deletion':
      return {
        id: derivedId(`deleted:${note.entityId}:${note.deletedHlc}:${note.editHlcs.join(',')}`),
        kind: 'changed-after-deletion',
        entity: note.entity,
        entityId: note.entityId,
        field: null,
        detail: { deletedHlc: note.deletedHlc, editHlcs: note.editHlcs },
      };
    case 'stage-move':
      return {
        id: derivedId(`move:${note.entityId}:${note.won.hlc}:${note.lost.hlc}`),
        kind: 'stage-move',
        entity: note.entity,
        entityId: note.entityId,
        field: 'stageId',
        detail: { won: note.won, lost: note.lost },
      };
    case 'reopened': // the handoff's trail already says so (a `reopened` event)
    case 'kept-by-edit': // nothing lost: the item is there, with the edit
      return null;
  }
}

/** Records the notes that need a person; one already recorded is left as it is. */
export function recordConflicts(db: BatonDatabase, notes: readonly MergeNote[], at: string): void {
  for (const note of notes) {
    const conflict = conflictOf(note);
    if (!conflict) continue;
    db.orm
      .insert(syncConflicts)
      .values({ ...conflict, detectedAt: at, resolvedAt: null })
      .onConflictDoNothing()
      .run();
  }
}

/** The conflicts nobody has resolved yet, oldest first. */
export function openConflicts(db: BatonDatabase): SyncConflict[] {
  return db.orm
    .select()
    .from(syncConflicts)
    .where(isNull(syncConflicts.resolvedAt))
    .orderBy(asc(syncConflicts.detectedAt), asc(syncConflicts.id))
    .all();
}

/** One conflict, open or resolved; undefined when this laptop never recorded it. */
export function conflictById(db: BatonDatabase, id: string): SyncConflict | undefined {
  return db.orm.select().from(syncConflicts).where(eq(syncConflicts.id, id)).get();
}

/**
 * Marks a conflict resolved (a person decided, or the value moved on since). Only an open one:
 * true when this call resolved it.
 */
export function markResolved(db: BatonDatabase, id: string, at: string): boolean {
  const result = db.orm
    .update(syncConflicts)
    .set({ resolvedAt: at })
    .where(and(eq(syncConflicts.id, id), isNull(syncConflicts.resolvedAt)))
    .run();
  return result.changes > 0;
}

/** Text conflicts marked resolved, newest first: the merged value may have come back since. */
export function resolvedTextConflicts(db: BatonDatabase): SyncConflict[] {
  return db.orm
    .select()
    .from(syncConflicts)
    .where(and(eq(syncConflicts.kind, 'text'), isNotNull(syncConflicts.resolvedAt)))
    .orderBy(desc(syncConflicts.resolvedAt))
    .all();
}

/** Opens a resolved conflict again (its markers came back: see syncConflictService). */
export function reopenConflict(db: BatonDatabase, id: string): void {
  db.orm.update(syncConflicts).set({ resolvedAt: null }).where(eq(syncConflicts.id, id)).run();
}
