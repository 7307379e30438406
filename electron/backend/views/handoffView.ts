import {
  evaluateGate,
  gateLabel,
  isOverdue,
  packageHash,
  templateById,
  GENERIC_TEMPLATE,
  type GateResult,
} from '../../../shared/domain';
import type { FieldValue, GateView, HandoffDetail } from '../../../shared/model';
import type * as s from '../../db/schema';
import type { HandoffParts } from './rows';
import { fieldValueOf, toChecklistItem, toComment, toEvent, toHandoff, toRaci } from './toModel';

export function toGateView(result: GateResult): GateView {
  return result.passed
    ? {
        passed: true,
        state: 'ready',
        label: gateLabel(result),
        overridden: result.overridden,
        changedSinceApproval: false,
        missing: [],
        waitingOn: [],
      }
    : {
        passed: false,
        state: result.state,
        label: gateLabel(result),
        overridden: false,
        changedSinceApproval: result.changedSinceApproval === true,
        missing: result.missing,
        waitingOn: result.waitingOn,
      };
}

export interface HandoffViewInput {
  row: typeof s.handoffs.$inferSelect;
  parts: HandoffParts;
  stageNames: ReadonlyMap<string, string>;
  receiverIds: readonly string[];
  today: string;
}

/** The handoff as every screen and export sees it, with its gate evaluated by the domain. */
export function handoffView({
  row,
  parts,
  stageNames,
  receiverIds,
  today,
}: HandoffViewInput): HandoffDetail {
  const template = templateById(row.templateId) ?? GENERIC_TEMPLATE;
  const fields: Record<string, FieldValue> = {};
  for (const f of parts.fields.get(row.id) ?? []) fields[f.key] = fieldValueOf(f);
  const checklist = (parts.checklist.get(row.id) ?? [])
    .map(toChecklistItem)
    .sort((a, b) => a.position - b.position);
  const raci = (parts.raci.get(row.id) ?? []).map(toRaci);
  const events = (parts.events.get(row.id) ?? []).map(toEvent);
  const handoff = toHandoff(row);
  const currentHash = packageHash({ fields, checklist });
  const approvedHash =
    [...events].reverse().find((e) => e.kind === 'approved')?.packageHash ?? null;
  const gate = evaluateGate(
    {
      status: handoff.status,
      qualityOwnerId: handoff.qualityOwnerId,
      fields,
      checklist,
      raci,
      events,
      receiverIds,
      currentHash,
      approvedHash,
    },
    template,
  );
  // An edit after approval reopens the handoff (status back to submitted); until it is approved
  // again, say so rather than a plain "awaiting approval".
  const gateView = toGateView(gate);
  if (
    !gate.passed &&
    gate.state === 'awaiting_approval' &&
    approvedHash !== null &&
    approvedHash !== currentHash
  ) {
    gateView.changedSinceApproval = true;
    gateView.label = 'changed since approval';
  }
  const settled = handoff.status === 'acknowledged' || handoff.status === 'done' || gate.passed;
  return {
    handoff,
    fromStageName: stageNames.get(row.fromStageId) ?? '?',
    toStageName: stageNames.get(row.toStageId) ?? '?',
    template,
    fields,
    checklist,
    raci,
    events,
    comments: (parts.comments.get(row.id) ?? []).map(toComment),
    gate: gateView,
    overdue: isOverdue(handoff.dueDate, today, settled),
    packageHash: currentHash,
    approvedHash,
    receiverIds: [...receiverIds],
  };
}
