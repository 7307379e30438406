import { DomainError } from '../../../shared/domain/domainError';
import { checkMove, type GateOutcome } from '../../../shared/domain/moves';
import type { CampaignSummary, CardGate } from '../../../shared/model';

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

/** The card's gate in the shape the move rule reads. */
export function toGateOutcome(gate: CardGate): GateOutcome {
  if (gate.passed) return { passed: true };
  return {
    passed: false,
    state: gate.state === 'ready' ? 'missing' : gate.state,
    missing: gate.missingCount,
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
      gate: card.gate ? toGateOutcome(card.gate) : null,
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
