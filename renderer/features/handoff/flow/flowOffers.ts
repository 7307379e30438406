import { DomainError } from '../../../../shared/domain/domainError';
import {
  applyFlow,
  receiversOf,
  type FlowAction,
  type FlowState,
} from '../../../../shared/domain/handoffFlow';
import type { HandoffDetail } from '../../../../shared/model';

export type OfferKind = FlowAction['kind'];

/** An action of the status flow this person may take now, or could once the package is fixed. */
export interface Offer {
  kind: OfferKind;
  /** Null when it can be done now; otherwise why not yet (e.g. the package is incomplete). */
  blockedBy: string | null;
}

/** The facts `applyFlow` decides on, read from what the panel shows. */
export function flowStateOf(detail: HandoffDetail): FlowState {
  return {
    status: detail.handoff.status,
    qualityOwnerId: detail.handoff.qualityOwnerId,
    raci: detail.raci,
    receiverIds: detail.receiverIds,
    missing: detail.gate.missing.map((m) => `${m.label} ${m.problem}`),
    currentHash: detail.packageHash,
    approvedHash: detail.approvedHash,
  };
}

// A stand-in reason and missing item: dialogs collect the real ones, and the rule is asked only
// whether this person may take the step at all.
const PROBES: FlowAction[] = [
  { kind: 'submit' },
  { kind: 'approve', packageHash: '' },
  { kind: 'request_changes', reason: 'probe' },
  { kind: 'acknowledge' },
  { kind: 'send_back', missing: ['probe'], reason: 'probe' },
  { kind: 'override', reason: 'probe' },
];

/**
 * Which status-flow buttons to show to `meId`, asked of the domain's `applyFlow` rather than
 * re-implemented: a step it allows is offered; a step refused only because the package is
 * incomplete or changed is offered disabled with that reason; a step refused because of who I
 * am or where the handoff is is not offered at all. An override is only offered while the gate
 * blocks the move, since it exists to let work past a failing gate.
 */
export function offeredActions(detail: HandoffDetail, meId: string | null): Offer[] {
  if (meId === null) return [];
  const state = flowStateOf(detail);
  const offers: Offer[] = [];
  for (const probe of PROBES) {
    const action = probe.kind === 'approve' ? { ...probe, packageHash: detail.packageHash } : probe;
    if (action.kind === 'override' && detail.gate.passed) continue;
    const verdict = tryFlow(state, action, meId);
    if (verdict === 'allowed') offers.push({ kind: action.kind, blockedBy: null });
    else if (verdict.field === 'package')
      offers.push({ kind: action.kind, blockedBy: verdict.problem });
  }
  return offers;
}

function tryFlow(
  state: FlowState,
  action: FlowAction,
  actor: string,
): 'allowed' | { field: string; problem: string } {
  try {
    applyFlow(state, action, actor);
    return 'allowed';
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    const issue = err.issues[0];
    return { field: issue?.field ?? '', problem: issue?.problem ?? err.message };
  }
}

export type WaitingBecause = 'responsible' | 'quality_owner' | 'receiver';

/** Who has the next move and what it is, for people who are not offered a button. */
export interface NextStep {
  personIds: string[];
  because: WaitingBecause;
  /** e.g. "complete and submit the package". */
  task: string;
}

/**
 * The next step of the flow by status. The gate's `waitingOn` names who blocks the move; this
 * adds who acts next when the package is complete but not yet submitted (the gate then already
 * names the quality owner, who cannot act before the submit).
 */
export function nextStep(detail: HandoffDetail): NextStep | null {
  const { status, qualityOwnerId } = detail.handoff;
  if (detail.gate.passed) return null;
  const responsible = detail.raci.filter((r) => r.role === 'R').map((r) => r.personId);
  switch (status) {
    case 'draft':
    case 'changes_requested':
      return {
        personIds: responsible,
        because: 'responsible',
        task:
          detail.gate.missing.length > 0
            ? 'complete and submit the package'
            : 'submit the package for approval',
      };
    case 'submitted':
      // Emptied again after the submit: the quality owner cannot approve until it is fixed.
      if (detail.gate.missing.length > 0) {
        return { personIds: responsible, because: 'responsible', task: 'complete the package' };
      }
      return {
        personIds: qualityOwnerId ? [qualityOwnerId] : [],
        because: 'quality_owner',
        task: 'approve the package',
      };
    case 'approved':
      return {
        personIds: receiversOf({ raci: detail.raci, receiverIds: detail.receiverIds }),
        because: 'receiver',
        task: 'confirm “I have what I need” or send it back',
      };
    default:
      return null;
  }
}
