import { and, eq, isNull } from 'drizzle-orm';
import { checkMove, notFound, planCampaign, type PlanOverrides } from '../../../shared/domain';
import type { MovedCard } from '../../../shared/model';
import * as s from '../../db/schema';
import { actorOf, type BackendContext } from '../context';
import { campaignSummary, handoffDetail } from '../views/campaignViews';
import { openHandoff, stagePlan, templatesForCampaign } from './campaignService';
import { recordEvent } from './handoffFlowService';
import { scheduleRetrospectiveOnDone } from './retrospectiveService';

/**
 * Moves a campaign's card. Forward attempts the handoff: it passes only when the gate does;
 * the handoff is then done and the next one opens. Backward reopens the earlier handoff with
 * the reason in its trail.
 */
export function moveCampaign(
  ctx: BackendContext,
  input: { id: string; toStageId: string; reason?: string },
): MovedCard {
  const txId = ctx.db.write(actorOf(ctx), (tx): string | null => {
    const campaign = tx.require('campaign', input.id);
    const overrides = campaign.planOverrides as PlanOverrides;
    const templates = templatesForCampaign(tx.read, campaign.type);
    const { stages, plan } = stagePlan(tx.read, campaign.launchDate, overrides, templates);
    const handoffs = tx.read
      .select()
      .from(s.handoffs)
      .where(and(eq(s.handoffs.campaignId, campaign.id), isNull(s.handoffs.deletedAt)))
      .all();
    const current = handoffs.find((h) => h.fromStageId === campaign.stageId);
    const view = current ? handoffDetail(ctx, current.id) : null;
    const kind = checkMove({
      stageIds: stages.map((st) => st.id),
      fromStageId: campaign.stageId,
      toStageId: input.toStageId,
      handoffName: view ? `${view.fromStageName} → ${view.toStageName}` : 'next',
      // The gate the handoff view already evaluated (with the approval-hash check), not a second one.
      gate: view ? view.gate : null,
      reason: input.reason,
    });
    if (kind === 'none') return null;
    tx.update('campaign', campaign.id, { stageId: input.toStageId });
    if (kind === 'forward') {
      scheduleRetrospectiveOnDone(tx, campaign.id, input.toStageId);
      if (current) {
        recordEvent(tx, current.id, 'done');
        tx.update('handoff', current.id, { status: 'done' });
      }
      const next = plan.find((p) => p.fromStageId === input.toStageId);
      if (next && !handoffs.some((h) => h.fromStageId === input.toStageId)) {
        openHandoff(tx, campaign.id, next);
      }
      return tx.txId;
    }
    const reopened = handoffs.find((h) => h.fromStageId === input.toStageId);
    const from = stages.find((st) => st.id === campaign.stageId)?.name ?? 'a later stage';
    if (reopened) {
      recordEvent(tx, reopened.id, 'reopened', {
        reason: `Moved back from ${from}: ${input.reason ?? ''}`.trim(),
      });
      tx.update('handoff', reopened.id, { status: 'changes_requested' });
    } else {
      const step = planCampaign(stages, campaign.launchDate, overrides, templates).find(
        (p) => p.fromStageId === input.toStageId,
      );
      if (step) openHandoff(tx, campaign.id, step);
    }
    return tx.txId;
  });
  const card = campaignSummary(ctx, input.id);
  if (!card) throw notFound('campaign', input.id);
  return { ...card, txId };
}
