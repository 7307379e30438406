import { and, asc, eq, isNull } from 'drizzle-orm';
import { isChangedSinceApproval, packageHash } from '../../shared/domain';
import type { FieldValue, HandoffStatus } from '../../shared/model';
import type { BatonDatabase } from '../db/batonDatabase';
import * as s from '../db/schema';
import { derivedId } from '../db/uuid';

/** Why a merge reopened a handoff: the same words on every device. */
export const REOPENED_BY_MERGE =
  'Changed since approval (edits from another device arrived): needs re-approval';

export interface Reopen {
  handoffId: string;
  /** The approval the merged package no longer matches. */
  approvalId: string;
  /** The `reopened` event's id: derived from the approval, so every device records one event. */
  eventId: string;
}

/**
 * The reopen rule of a local edit (handoffFlowService.reopenIfChangedSinceApproval), for a
 * handoff whose package or approval a teammate's batch changed: an approved package whose
 * hash no longer matches the approval goes back to "submitted", unless an override stands.
 * Both devices of an approve-vs-edit reach this after merging and derive the same event id,
 * so the trail shows one reopening, not one per device.
 */
export function reopenNeeded(db: BatonDatabase, handoffId: string): Reopen | null {
  const handoff = db.orm.select().from(s.handoffs).where(eq(s.handoffs.id, handoffId)).get();
  if (!handoff || handoff.deletedAt) return null;
  const fields: Record<string, FieldValue> = {};
  for (const f of db.orm
    .select()
    .from(s.handoffFields)
    .where(and(eq(s.handoffFields.handoffId, handoffId), isNull(s.handoffFields.deletedAt)))
    .all()) {
    fields[f.key] = (f.value ?? null) as FieldValue;
  }
  const checklist = db.orm
    .select()
    .from(s.checklistItems)
    .where(and(eq(s.checklistItems.handoffId, handoffId), isNull(s.checklistItems.deletedAt)))
    .all()
    .sort((a, b) => a.position - b.position);
  const events = db.orm
    .select()
    .from(s.handoffEvents)
    .where(eq(s.handoffEvents.handoffId, handoffId))
    .orderBy(asc(s.handoffEvents.at), asc(s.handoffEvents.id))
    .all();
  const approval = events.findLast((e) => e.kind === 'approved');
  if (!approval) return null;
  const lastOverrideOrReopen = events.findLast(
    (e) => e.kind === 'override' || e.kind === 'reopened',
  );
  if (lastOverrideOrReopen?.kind === 'override') return null;
  const changed = isChangedSinceApproval({
    status: handoff.status as HandoffStatus,
    qualityOwnerId: handoff.qualityOwnerId,
    fields,
    checklist,
    raci: [],
    events: events.map((e) => ({ kind: e.kind as 'approved' })),
    receiverIds: [],
    currentHash: packageHash({ fields, checklist }),
    approvedHash: approval.packageHash,
  });
  if (!changed) return null;
  return { handoffId, approvalId: approval.id, eventId: derivedId(`reopened:${approval.id}`) };
}

export { derivedId } from '../db/uuid';
