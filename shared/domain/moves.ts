import { DomainError } from './domainError';
import type { GateState, MissingItem } from './gate';

/** What a move needs to know of a gate: the evaluated result or its view over the API. */
export type GateOutcome =
  | { passed: true }
  | {
      passed: false;
      state: GateState;
      /** The items, or only how many (a board card knows no more). */
      missing: readonly Pick<MissingItem, 'label' | 'problem'>[] | number;
    };

export type MoveKind = 'forward' | 'backward' | 'none';

export interface MoveRequest {
  /** Stage ids in board order. */
  stageIds: readonly string[];
  fromStageId: string;
  toStageId: string;
  /** Name of the handoff leaving the current stage, e.g. "Strategy → Creative". */
  handoffName: string;
  /** The gate of that handoff; null when the stage has no outgoing handoff. */
  gate: GateOutcome | null;
  reason?: string;
}

/**
 * Whether a card may move between stages. Forward one stage only when the handoff's gate
 * passes (or was overridden); skipping stages is refused because the handoffs in between have
 * not happened; backward needs a reason, which goes into the trail.
 */
export function checkMove(m: MoveRequest): MoveKind {
  const from = m.stageIds.indexOf(m.fromStageId);
  const to = m.stageIds.indexOf(m.toStageId);
  if (to < 0) {
    throw new DomainError('RULE_VIOLATION', 'That stage is not on the board', [
      { field: 'toStageId', problem: 'is not a stage of this workspace' },
    ]);
  }
  if (from === to) return 'none';
  if (to < from) {
    if (!m.reason?.trim()) {
      throw new DomainError('RULE_VIOLATION', 'Moving a card back needs a reason', [
        { field: 'reason', problem: 'is required when moving a card back' },
      ]);
    }
    return 'backward';
  }
  if (to > from + 1) {
    throw new DomainError(
      'RULE_VIOLATION',
      `Cards move one stage at a time: the ${m.handoffName} handoff comes first`,
      [{ field: 'toStageId', problem: 'skips a stage whose handoff has not passed' }],
    );
  }
  if (m.gate && !m.gate.passed) {
    const missing = m.gate.missing;
    const count = typeof missing === 'number' ? missing : missing.length;
    const issues =
      typeof missing !== 'number' && missing.length > 0
        ? missing.map((i) => ({ field: i.label, problem: i.problem }))
        : [
            {
              field: 'gate',
              problem:
                m.gate.state === 'missing' ? `${count} missing` : m.gate.state.replace('_', ' '),
            },
          ];
    const what =
      m.gate.state === 'missing'
        ? `${count} missing`
        : m.gate.state === 'awaiting_approval'
          ? 'awaiting approval by the quality owner'
          : 'awaiting the receiver’s confirmation';
    throw new DomainError(
      'RULE_VIOLATION',
      `The ${m.handoffName} handoff is not ready: ${what}`,
      issues,
    );
  }
  return 'forward';
}
