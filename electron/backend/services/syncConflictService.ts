import { eq } from 'drizzle-orm';
import { DomainError, notFound } from '../../../shared/domain';
import { checkConflictChoice } from '../../../shared/domain/conflictChoices';
import type {
  ConflictChoice,
  ResolveConflictInput,
  ResolveConflictResult,
  SyncConflictView,
} from '../../../shared/model';
import * as s from '../../db/schema';
import { ConflictReader } from '../../sync/resolveConflictViews';
import {
  conflictById,
  markResolved,
  openConflicts,
  reopenConflict,
  resolvedTextConflicts,
  type SyncConflict,
} from '../../sync/syncConflicts';
import type { BackendContext } from '../context';
import { restoreCampaign } from './campaignService';
import { restoreClient } from './clientService';
import { setHandoffField } from './handoffService';
import { moveCampaign } from './moveService';
import { restorePerson } from './peopleService';

/**
 * Settings → Sync → Conflicts: what merges left for a person, and their decisions. A decision
 * is written through the same services as the edit, restore or move it stands for, so every
 * rule applies and it syncs to teammates like any change; `resolved_at` is this laptop's note.
 */

function reader(ctx: BackendContext): ConflictReader {
  const deviceNames = new Map(ctx.sync.status().devices.map((d) => [d.deviceId, d.deviceName]));
  return new ConflictReader(ctx.db, { deviceNames });
}

/**
 * The open conflicts, oldest first. One whose value moved on since the merge (the text edited,
 * the row restored, the card moved again, here or by a teammate) needs nobody: it is marked
 * resolved on the way.
 */
export function listConflicts(ctx: BackendContext): SyncConflictView[] {
  const read = reader(ctx);
  const at = new Date(ctx.now()).toISOString();
  const writable = !ctx.db.isReadOnly;
  if (writable) reopenWhereMarkersCameBack(ctx, read);
  const views: SyncConflictView[] = [];
  for (const conflict of openConflicts(ctx.db)) {
    const look = read.look(conflict);
    if (look.state === 'open') views.push(look.view);
    else if (look.state === 'settled' && writable) markResolved(ctx.db, conflict.id, at);
  }
  return views;
}

/**
 * A resolved text whose field holds markers again is shown again rather than lost from view.
 * It happens when a teammate's copy of the same merge reaches a laptop after the person's
 * decision and the merge engine takes the two as concurrent edits (docs/sync-format.md,
 * "Resolving conflicts"). Only the latest resolved note of a field, and only when no open one
 * names the field already.
 */
function reopenWhereMarkersCameBack(ctx: BackendContext, read: ConflictReader): void {
  const fieldsOpen = new Set(openConflicts(ctx.db).map((c) => c.entityId));
  for (const conflict of resolvedTextConflicts(ctx.db)) {
    if (fieldsOpen.has(conflict.entityId)) continue;
    fieldsOpen.add(conflict.entityId);
    if (read.look({ ...conflict, resolvedAt: null }).state === 'open') {
      reopenConflict(ctx.db, conflict.id);
    }
  }
}

export function resolveConflict(
  ctx: BackendContext,
  input: ResolveConflictInput,
): ResolveConflictResult {
  if (ctx.db.readOnlyReason) throw new DomainError('READ_ONLY', ctx.db.readOnlyReason);
  const conflict = conflictById(ctx.db, input.id);
  if (!conflict) {
    throw new DomainError('NOT_FOUND', `No sync conflict ${input.id} on this computer`, [
      { field: 'id', problem: 'names no conflict recorded on this computer' },
    ]);
  }
  const at = () => new Date(ctx.now()).toISOString();
  if (conflict.resolvedAt === null) {
    const look = reader(ctx).look(conflict);
    if (look.state === 'settled') {
      markResolved(ctx.db, conflict.id, at());
      throw new DomainError('CONFLICT', `This conflict needs nobody any more: ${look.why}`, [
        { field: 'id', problem: `names a conflict settled already: ${look.why}` },
      ]);
    }
  }
  checkConflictChoice(
    { kind: kindOf(conflict), entity: conflict.entity, resolvedAt: conflict.resolvedAt },
    input.choice,
  );
  apply(ctx, conflict, input.choice);
  const resolvedAt = at();
  markResolved(ctx.db, conflict.id, resolvedAt);
  return { id: conflict.id, resolvedAt, open: listConflicts(ctx) };
}

function kindOf(conflict: SyncConflict) {
  if (
    conflict.kind === 'text' ||
    conflict.kind === 'changed-after-deletion' ||
    conflict.kind === 'stage-move'
  ) {
    return conflict.kind;
  }
  throw new DomainError('CONFLICT', `This Baton cannot resolve a "${conflict.kind}" conflict`, [
    {
      field: 'id',
      problem: `names a kind of conflict this Baton does not know (${conflict.kind})`,
    },
  ]);
}

/** Writes the decision; a refused write (a rule, a row gone) leaves the conflict open. */
function apply(ctx: BackendContext, conflict: SyncConflict, choice: ConflictChoice): void {
  if (typeof choice === 'object') {
    const field = ctx.db.read
      .select({ handoffId: s.handoffFields.handoffId, key: s.handoffFields.key })
      .from(s.handoffFields)
      .where(eq(s.handoffFields.id, conflict.entityId))
      .get();
    if (!field) throw notFound('handoffField', conflict.entityId);
    setHandoffField(ctx, { handoffId: field.handoffId, key: field.key, value: choice.text });
    return;
  }
  switch (choice) {
    case 'keep':
    case 'keep-deleted':
      return; // what the merge left stands
    case 'restore':
      if (conflict.entity === 'campaign') restoreCampaign(ctx, conflict.entityId);
      else if (conflict.entity === 'client') restoreClient(ctx, conflict.entityId);
      else if (conflict.entity === 'person') restorePerson(ctx, conflict.entityId);
      return;
    case 'move-to-other': {
      const lost = (conflict.detail as { lost?: { stageId?: unknown } }).lost?.stageId;
      if (typeof lost !== 'string') throw notFound('stage', String(lost));
      const stage = ctx.db.read
        .select({ name: s.stages.name })
        .from(s.stages)
        .where(eq(s.stages.id, lost))
        .get();
      moveCampaign(ctx, {
        id: conflict.entityId,
        toStageId: lost,
        reason: `Sync conflict resolved: the card goes to ${stage?.name ?? 'the other stage'}, where it was also moved`,
      });
      return;
    }
  }
}
