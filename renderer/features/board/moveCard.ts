import type { CampaignSummary } from '../../../shared/model';
import type { ApiClient } from '../../api/client';
import { toast } from '../../ui';
import { usePanelStore } from '../handoff/panelStore';
import { useBoardStore, type MoveResult, type StageRef } from './boardStore';
import { summarizeIssues } from './issueSummary';
import { planDrop } from './planDrop';

export interface MoveRequest {
  client: ApiClient;
  card: CampaignSummary;
  toStageId: string;
  stages: readonly StageRef[];
  reason?: string;
  /** `dialog`: the reason dialog shows errors itself, so no error toast. */
  via: 'drop' | 'dialog' | 'undo';
  /** Moved with the keyboard: focus follows the card. */
  keyboard?: boolean;
}

/**
 * Moves a card: at once on screen when the last known gate allows it, then as the backend
 * decides. A refused forward move springs back and opens the handoff panel on what is missing;
 * a done move can be undone from its toast or with Ctrl/Cmd+Z.
 */
export async function moveCard(r: MoveRequest): Promise<MoveResult> {
  const { card, toStageId, stages } = r;
  const ids = stages.map((s) => s.id);
  const from = ids.indexOf(card.stageId);
  const to = ids.indexOf(toStageId);
  const toName = stages[to]?.name ?? 'another stage';
  const plan = planDrop(card, toStageId, stages);
  const store = useBoardStore.getState();
  const result = await store.move(r.client, {
    id: card.id,
    toStageId,
    reason: r.reason,
    // Only what the rule expects to pass moves before the answer, so a blocked card never
    // jumps over and back.
    optimistic: plan.kind === 'forward' || plan.kind === 'backward',
    focus: r.keyboard ?? false,
  });

  if (result.ok) {
    const direction = to < from ? 'backward' : 'forward';
    if (r.via === 'undo') {
      store.setLastMove(null);
      toast.show({ kind: 'success', title: `Undone: ${card.name} is back in ${toName}` });
      return result;
    }
    store.setLastMove({
      id: card.id,
      name: card.name,
      fromStageId: card.stageId,
      toStageId,
      direction,
    });
    toast.show({
      kind: 'success',
      title: `${card.name} moved ${direction === 'backward' ? 'back ' : ''}to ${toName}`,
      action: { label: 'Undo', onAction: () => void undoLastMove(r.client, stages) },
    });
    return result;
  }

  const { error } = result;
  // Undo is for the move just made; after a refused one there is nothing "just made".
  if (r.via === 'drop') store.setLastMove(null);
  const gateRefusal = error.code === 'RULE_VIOLATION' && to === from + 1;
  if (gateRefusal && card.currentHandoff) {
    usePanelStore.getState().open(card.currentHandoff.id, 'blocked');
  }
  if (r.via === 'dialog') return result;
  // A gate waiting on a person names no missing item, only its state (issue field "gate").
  const missing = gateRefusal ? error.issues.filter((i) => i.field !== 'gate') : [];
  toast.show({
    kind: 'error',
    title: r.via === 'undo' ? `Could not undo: ${error.message}` : error.message,
    body: missing.length > 0 ? `Missing: ${summarizeIssues(missing)}` : undefined,
  });
  return result;
}

/**
 * Reverses the last move of this window: a forward move goes back with the reason "Undo"; a
 * backward move goes forward again, through the gate like any other (which may refuse it).
 */
export async function undoLastMove(client: ApiClient, stages: readonly StageRef[]): Promise<void> {
  const store = useBoardStore.getState();
  const last = store.lastMove;
  if (!last) return;
  const card = store.campaigns.find((c) => c.id === last.id);
  if (!card || card.stageId !== last.toStageId) {
    store.setLastMove(null);
    toast.show({ kind: 'info', title: `Nothing to undo: ${last.name} has moved since` });
    return;
  }
  await moveCard({
    client,
    card,
    toStageId: last.fromStageId,
    stages,
    reason: last.direction === 'forward' ? 'Undo' : undefined,
    via: 'undo',
  });
}
