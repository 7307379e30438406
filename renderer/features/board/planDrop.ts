import { DomainError } from '../../../shared/domain/domainError';
import type { GateResult } from '../../../shared/domain/gate';
import { checkMove } from '../../../shared/domain/moves';
import type { CampaignSummary, GateView } from '../../../shared/model';

/**
 * What dropping a card on a stage would do, by the same rule the backend applies (checkMove):
 * used to move the card at once (optimistically), to ask for a reason, or to say why not.
 * The backend still decides; this only reads the card's last known gate.
 */
export type DropPlan =
  | { kind: 'none' }
  | { kind: 'forward' }
  | { kind: 'backward' }
  | { kind: 'refused'; message: string; gateRefused: boolean };

/** The board's gate view in the shape the domain rule reads. */
export function toGateResult(gate: GateView): GateResult {
  if (gate.passed) return { passed: true, state: 'ready', overridden: gate.overridden };
  return {
    passed: false,
    state: gate.state === 'ready' ? 'missing' : gate.state,
    missing: gate.missing,
    waitingOn: gate.waitingOn,
    changedSinceApproval: gate.changedSinceApproval,
  };
}

export function planDrop(
  card: CampaignSummary,
  toStageId: string,
  stages: readonly { id: string; name: string }[],
): DropPlan {
  const stageIds = stages.map((s) => s.id);
  const from = stageIds.indexOf(card.stageId);
  try {
    const kind = checkMove({
      stageIds,
      fromStageId: card.stageId,
      toStageId,
      // Named as the backend names it, e.g. "Strategy → Creative".
      handoffName: `${stages[from]?.name ?? '?'} → ${stages[from + 1]?.name ?? '?'}`,
      gate: card.gate ? toGateResult(card.gate) : null,
      // A backward move always gets its reason from the person; any text passes this check.
      reason: 'reason asked next',
    });
    return { kind };
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    const gateRefused = stageIds.indexOf(toStageId) === from + 1;
    return { kind: 'refused', message: err.message, gateRefused };
  }
}
