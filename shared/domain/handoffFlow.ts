import type { HandoffEventKind, HandoffStatus, RaciRole } from '../model';
import { DomainError } from './domainError';

/** The facts about a handoff that decide who may do what next. */
export interface FlowState {
  status: HandoffStatus;
  qualityOwnerId: string | null;
  raci: readonly { personId: string; role: RaciRole }[];
  /** People who receive the work (Responsible of the next stage). */
  receiverIds: readonly string[];
  /** Labels of what the package still lacks (from the gate). */
  missing: readonly string[];
  /** Hash of the package now, and of the package the quality owner approved (if any). */
  currentHash: string;
  approvedHash: string | null;
}

export type FlowAction =
  | { kind: 'submit' }
  | { kind: 'approve'; packageHash: string }
  | { kind: 'request_changes'; reason: string }
  | { kind: 'acknowledge' }
  | { kind: 'send_back'; missing: readonly string[]; reason: string }
  | { kind: 'override'; reason: string };

export interface FlowOutcome {
  event: HandoffEventKind;
  status: HandoffStatus;
}

const has = (s: FlowState, personId: string | null, role: RaciRole) =>
  personId !== null && s.raci.some((r) => r.personId === personId && r.role === role);

function refuse(field: string, problem: string): never {
  throw new DomainError('RULE_VIOLATION', `${field} ${problem}`, [{ field, problem }]);
}

/** Who counts as the receiver: the next stage's Responsible, else the Accountable person. */
export function receiversOf(s: Pick<FlowState, 'raci' | 'receiverIds'>): string[] {
  if (s.receiverIds.length > 0) return [...s.receiverIds];
  return s.raci.filter((r) => r.role === 'A').map((r) => r.personId);
}

/**
 * The status flow of a handoff: draft → submitted → approved | changes requested →
 * acknowledged → done, plus the Accountable person's override. Throws a DomainError naming the
 * rule when `actor` may not do `action` now; otherwise returns the event to record and the new
 * status.
 */
export function applyFlow(s: FlowState, action: FlowAction, actor: string | null): FlowOutcome {
  if (actor === null) refuse('actor', 'is unknown: choose who you are on this computer first');
  switch (action.kind) {
    case 'submit': {
      if (s.status !== 'draft' && s.status !== 'changes_requested') {
        refuse(
          'status',
          `is ${label(s.status)}; only a draft or a package sent back can be submitted`,
        );
      }
      if (!has(s, actor, 'R') && !has(s, actor, 'A')) {
        refuse('actor', 'must be Responsible or Accountable for this handoff to submit it');
      }
      if (s.missing.length > 0) refuse('package', `is incomplete: ${s.missing.join(', ')}`);
      return { event: 'submitted', status: 'submitted' };
    }
    case 'approve': {
      if (s.status !== 'submitted')
        refuse('status', `is ${label(s.status)}; only a submitted package can be approved`);
      if (actor !== s.qualityOwnerId) refuse('actor', 'must be the quality owner to approve');
      if (action.packageHash !== s.currentHash) {
        refuse('packageHash', 'does not match the package: it changed while you were reviewing it');
      }
      if (s.missing.length > 0) refuse('package', `is incomplete: ${s.missing.join(', ')}`);
      return { event: 'approved', status: 'approved' };
    }
    case 'request_changes': {
      if (s.status !== 'submitted' && s.status !== 'approved') {
        refuse(
          'status',
          `is ${label(s.status)}; changes can be requested on a submitted or approved package`,
        );
      }
      if (actor !== s.qualityOwnerId)
        refuse('actor', 'must be the quality owner to request changes');
      if (!action.reason.trim()) refuse('reason', 'is required: say what must change');
      return { event: 'changes_requested', status: 'changes_requested' };
    }
    case 'acknowledge': {
      if (s.status !== 'approved') {
        refuse('status', `is ${label(s.status)}; the receiver confirms only an approved package`);
      }
      if (s.approvedHash !== s.currentHash) {
        refuse('package', 'changed since approval and needs re-approval');
      }
      if (!receiversOf(s).includes(actor)) refuse('actor', 'must be the receiver of this handoff');
      return { event: 'acknowledged', status: 'acknowledged' };
    }
    case 'send_back': {
      if (s.status !== 'approved')
        refuse('status', `is ${label(s.status)}; only an approved package can be sent back`);
      if (!receiversOf(s).includes(actor)) refuse('actor', 'must be the receiver of this handoff');
      if (action.missing.filter((m) => m.trim()).length === 0 && !action.reason.trim()) {
        refuse('missing', 'is required: name what you still need');
      }
      return { event: 'sent_back', status: 'changes_requested' };
    }
    case 'override': {
      if (s.status === 'done') refuse('status', 'is done; there is nothing to override');
      if (!has(s, actor, 'A'))
        refuse('actor', 'must be the Accountable person to override the gate');
      if (!action.reason.trim()) refuse('reason', 'is required: an override must say why');
      return { event: 'override', status: s.status };
    }
  }
}

export function label(status: HandoffStatus): string {
  return status.replace('_', ' ');
}
