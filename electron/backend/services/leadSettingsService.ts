import { DEFAULT_LEAD_SCORING } from '../../../shared/domain/leads';
import type {
  LeadScoringSaved,
  LeadScoringView,
  LeadSla,
  SetLeadScoring,
} from '../../../shared/model';
import * as s from '../../db/schema';
import { actorOf, type BackendContext } from '../context';
import { customScoring, liveLeads, slaInForce, touchesOf } from './leadFacts';
import { rescoreLead } from './leadService';

// The workspace's lead scoring criteria and timing SLA. Changing the criteria re-scores every
// lead in the same transaction, so no lead shows a score the rules no longer give. A reset
// stores no criteria at all rather than a copy of the built-in ones, so a later app's built-in
// criteria reach a workspace that never chose its own.

export function readLeadScoring(ctx: BackendContext): LeadScoringView {
  const own = customScoring(ctx.db.read);
  return { scoring: own ?? DEFAULT_LEAD_SCORING, custom: own !== null };
}

export function readLeadSla(ctx: BackendContext): LeadSla {
  return slaInForce(ctx.db.read);
}

function workspaceId(ctx: BackendContext): string {
  const ws = ctx.db.read.select({ id: s.workspaces.id }).from(s.workspaces).get();
  if (!ws) throw new Error('the workspace is not set up yet');
  return ws.id;
}

/**
 * Stores the criteria (null: none, the built-in ones apply) and re-scores every live lead;
 * returns how many scores changed.
 */
export function setLeadScoring(ctx: BackendContext, input: SetLeadScoring): LeadScoringSaved {
  const id = workspaceId(ctx);
  const scoring = input ?? DEFAULT_LEAD_SCORING;
  return ctx.db.write(actorOf(ctx), (tx) => {
    tx.update('workspace', id, { leadScoring: input });
    const leads = liveLeads(tx.read);
    const touches = touchesOf(
      tx.read,
      leads.map((l) => l.id),
    );
    let rescored = 0;
    for (const lead of leads) {
      const after = rescoreLead(tx, lead, touches.get(lead.id) ?? [], scoring);
      if (after !== lead) rescored++;
    }
    return { scoring, custom: input !== null, rescored };
  });
}

export function setLeadSla(ctx: BackendContext, sla: LeadSla): LeadSla {
  const id = workspaceId(ctx);
  ctx.db.write(actorOf(ctx), (tx) => tx.update('workspace', id, { leadSla: sla }));
  return sla;
}
