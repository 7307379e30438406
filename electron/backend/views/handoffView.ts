import {
  evaluateGate,
  isOverdue,
  packageHash,
  toGateView,
  type HandoffPackage,
  type LaunchChecksInput,
} from '../../../shared/domain';
import type {
  FieldValue,
  HandoffDetail,
  HandoffEvent,
  HandoffTemplate,
} from '../../../shared/model';
import type * as s from '../../db/schema';
import type { HandoffParts } from './rows';
import { fieldValueOf, toChecklistItem, toComment, toEvent, toHandoff, toRaci } from './toModel';

export interface HandoffViewInput {
  row: typeof s.handoffs.$inferSelect;
  parts: HandoffParts;
  stageNames: ReadonlyMap<string, string>;
  receiverIds: readonly string[];
  today: string;
  /** The version of its template the handoff started with (TemplateCatalog.forHandoff). */
  template: HandoffTemplate;
  /** A person's name, for the gate to say who signed a pre-flight the package outgrew. */
  personName?: (personId: string) => string | undefined;
  /**
   * The campaign's type and asset register, for a template with a pre-flight to check its
   * launch package row by row and verify the assets; without it only field presence counts.
   */
  launchChecks?: LaunchChecksInput | null;
}

/**
 * The handoff's package and gate as the domain evaluates them. The package hash only matters
 * against an approval: the board's cards (`hash: 'when-approved'`) skip it for handoffs never
 * approved, the detail always reports it (approving sends it back).
 */
export function evaluateHandoff(
  {
    row,
    parts,
    receiverIds,
    today,
    template,
    personName,
    launchChecks,
  }: Omit<HandoffViewInput, 'stageNames'>,
  { hash }: { hash: 'always' | 'when-approved' },
) {
  const fields: Record<string, FieldValue> = {};
  for (const f of parts.fields.get(row.id) ?? []) fields[f.key] = fieldValueOf(f);
  const checklist = (parts.checklist.get(row.id) ?? [])
    .map(toChecklistItem)
    .sort((a, b) => a.position - b.position);
  const raci = (parts.raci.get(row.id) ?? []).map(toRaci);
  const events = (parts.events.get(row.id) ?? []).map(toEvent);
  const handoff = toHandoff(row);
  let approvedHash: string | null = null;
  for (let i = events.length - 1; i >= 0 && approvedHash === null; i--) {
    if (events[i]!.kind === 'approved') approvedHash = events[i]!.packageHash ?? null;
  }
  const preflight = template.preflight ? newestPreflightSignature(events, personName) : null;
  const currentHash =
    hash === 'always' || approvedHash !== null || preflight !== null
      ? packageHash({ fields, checklist })
      : null;
  const gate = evaluateGate(
    {
      status: handoff.status,
      qualityOwnerId: handoff.qualityOwnerId,
      fields,
      checklist,
      raci,
      events,
      receiverIds,
      currentHash: currentHash ?? undefined,
      approvedHash,
      preflight,
      launchChecks: template.preflight ? launchChecks : null,
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
    template,
    fields,
    checklist,
    raci,
    events,
    gate: gateView,
    overdue: isOverdue(handoff.dueDate, today, settled),
    currentHash,
    approvedHash,
  };
}

/** The newest `preflight_signed` event as the gate reads it; a signature never expires by age. */
function newestPreflightSignature(
  events: readonly HandoffEvent[],
  personName: HandoffViewInput['personName'],
): HandoffPackage['preflight'] {
  const signed = events.findLast((e) => e.kind === 'preflight_signed');
  if (!signed || !signed.actorId || !signed.packageHash) return null;
  return {
    personId: signed.actorId,
    at: signed.at,
    packageHash: signed.packageHash,
    signerName: personName?.(signed.actorId),
  };
}

/** The handoff as every screen and export sees it, with its gate evaluated by the domain. */
export function handoffView(input: HandoffViewInput): HandoffDetail {
  const { row, parts, stageNames, receiverIds } = input;
  const { currentHash, ...evaluated } = evaluateHandoff(input, { hash: 'always' });
  return {
    ...evaluated,
    fromStageName: stageNames.get(row.fromStageId) ?? '?',
    toStageName: stageNames.get(row.toStageId) ?? '?',
    comments: (parts.comments.get(row.id) ?? []).map(toComment),
    packageHash: currentHash ?? '',
    receiverIds: [...receiverIds],
  };
}
