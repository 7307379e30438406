import { asc, isNull } from 'drizzle-orm';
import type { BatonDatabase } from '../db/batonDatabase';
import { syncConflicts } from '../db/schema';
import type { MergeNote } from './applyBatch';
import { derivedId } from './reopenAfterMerge';

/**
 * What a person should look at after a merge (table `sync_conflicts`, this laptop only):
 * local bookkeeping like `sync_batches`, so written directly, not through the change log.
 * A later Settings → Sync view lists the open ones; resolving marks them.
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
