import { and, eq, isNull } from 'drizzle-orm';
import {
  applyFlow,
  DomainError,
  isChangedSinceApproval,
  ruleViolation,
  type FlowAction,
} from '../../../shared/domain';
import type { HandoffDetail, HandoffEventKind, RaciRole } from '../../../shared/model';
import * as s from '../../db/schema';
import type { WriteTx } from '../../db/writeTx';
import { raciId } from '../../db/uuid';
import { actorOf, type BackendContext } from '../context';
import { handoffDetail, loadBoard } from '../views/campaignViews';

/** Records a handoff event (an append-only fact) with who, when and from which device. */
export function recordEvent(
  tx: WriteTx,
  handoffId: string,
  kind: HandoffEventKind,
  extra: { reason?: string | null; packageHash?: string | null; missing?: string[] } = {},
): void {
  tx.insert('handoffEvent', {
    handoffId,
    kind,
    actorId: tx.actorId,
    deviceId: tx.deviceId,
    at: tx.at,
    reason: extra.reason ?? null,
    packageHash: extra.packageHash ?? null,
    missing: extra.missing ?? [],
  });
}

/** Runs one step of the status flow (submit, approve, …) as the person using this laptop. */
export function transition(ctx: BackendContext, id: string, action: FlowAction): HandoffDetail {
  // Stages and people do not change in a flow step: read them once for both views.
  const board = loadBoard(ctx);
  ctx.db.write(actorOf(ctx), (tx) => {
    const view = handoffDetail(ctx, id, board);
    const outcome = applyFlow(
      {
        status: view.handoff.status,
        qualityOwnerId: view.handoff.qualityOwnerId,
        raci: view.raci,
        receiverIds: view.receiverIds,
        missing: view.gate.missing.map((m) => `${m.label} ${m.problem}`),
        currentHash: view.packageHash,
        approvedHash: view.approvedHash,
      },
      action,
      tx.actorId,
    );
    recordEvent(tx, id, outcome.event, {
      reason: 'reason' in action ? action.reason : null,
      packageHash: action.kind === 'approve' ? view.packageHash : null,
      missing: action.kind === 'send_back' ? [...action.missing] : [],
    });
    tx.update('handoff', id, { status: outcome.status });
  });
  return handoffDetail(ctx, id, board);
}

/**
 * After an edit to an approved package: the approval no longer covers it, so the handoff goes
 * back to "submitted" for the quality owner, and the trail says why. Judged on the hashes, not
 * on the gate: an edit that also leaves the package incomplete (a field cleared, an item
 * unticked) voids the approval all the same, though the gate then reports what is missing.
 */
export function reopenIfChangedSinceApproval(ctx: BackendContext, tx: WriteTx, id: string): void {
  const view = handoffDetail(ctx, id);
  const changed = isChangedSinceApproval({
    ...view,
    status: view.handoff.status,
    qualityOwnerId: view.handoff.qualityOwnerId,
    currentHash: view.packageHash,
  });
  // An override stands until the handoff is reopened some other way (a move back).
  if (changed && !view.gate.overridden) {
    recordEvent(tx, id, 'reopened', { reason: 'Changed since approval: needs re-approval' });
    tx.update('handoff', id, { status: 'submitted' });
  }
}

export function setChecklistItem(ctx: BackendContext, id: string, done: boolean): HandoffDetail {
  const handoffId = ctx.db.write(actorOf(ctx), (tx) => {
    const item = tx.require('checklistItem', id);
    tx.update('checklistItem', id, {
      done,
      doneById: done ? tx.actorId : null,
      doneAt: done ? tx.at : null,
    });
    reopenIfChangedSinceApproval(ctx, tx, item.handoffId);
    return item.handoffId;
  });
  return handoffDetail(ctx, handoffId);
}

/** Replaces the RACI of a handoff. Incomplete is allowed (the gate lists it); invalid is not. */
export function setRaci(
  ctx: BackendContext,
  handoffId: string,
  assignments: { personId: string; role: RaciRole }[],
): HandoffDetail {
  ctx.db.write(actorOf(ctx), (tx) => {
    tx.require('handoff', handoffId);
    const accountable = assignments.filter((a) => a.role === 'A');
    if (accountable.length > 1) {
      throw new DomainError('RULE_VIOLATION', 'Accountable must be exactly one person', [
        { field: 'Accountable', problem: `has ${accountable.length} people; exactly one allowed` },
      ]);
    }
    const seen = new Set<string>();
    for (const a of assignments) {
      const key = `${a.personId}:${a.role}`;
      if (seen.has(key)) throw ruleViolation(a.role, 'lists the same person twice');
      seen.add(key);
      const person = tx.get('person', a.personId);
      if (!person || person.deletedAt)
        throw ruleViolation(a.role, 'names a person who is not in the workspace');
    }
    const current = tx.read
      .select()
      .from(s.raciAssignments)
      .where(and(eq(s.raciAssignments.handoffId, handoffId), isNull(s.raciAssignments.deletedAt)))
      .all();
    for (const row of current) {
      if (!seen.has(`${row.personId}:${row.role}`)) tx.softDelete('raci', row.id);
    }
    for (const a of assignments) {
      if (!current.some((r) => r.personId === a.personId && r.role === a.role)) {
        const id = raciId(handoffId, a.personId, a.role);
        if (tx.get('raci', id)) tx.restore('raci', id);
        else tx.insert('raci', { id, handoffId, personId: a.personId, role: a.role });
      }
    }
  });
  return handoffDetail(ctx, handoffId);
}

export function setQualityOwner(
  ctx: BackendContext,
  handoffId: string,
  personId: string | null,
): HandoffDetail {
  ctx.db.write(actorOf(ctx), (tx) => {
    if (personId) {
      const person = tx.get('person', personId);
      if (!person || person.deletedAt)
        throw ruleViolation('qualityOwner', 'names a person who is not in the workspace');
    }
    tx.update('handoff', handoffId, { qualityOwnerId: personId });
  });
  return handoffDetail(ctx, handoffId);
}

export function addComment(ctx: BackendContext, handoffId: string, body: string): HandoffDetail {
  ctx.db.write(actorOf(ctx), (tx) => {
    tx.require('handoff', handoffId);
    tx.insert('comment', { handoffId, authorId: tx.actorId, body, createdAt: tx.at });
  });
  return handoffDetail(ctx, handoffId);
}
