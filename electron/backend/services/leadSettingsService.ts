import type { LeadScoring, LeadSla } from '../../../shared/model';
import * as s from '../../db/schema';
import { actorOf, type BackendContext } from '../context';
import { liveLeads, scoringInForce, slaInForce, touchesOf } from './leadFacts';
import { rescoreLead } from './leadService';

// The workspace's lead scoring criteria and timing SLA. Changing the criteria re-scores every
// lead in the same transaction, so no lead shows a score the rules no longer give.

export function readLeadScoring(ctx: BackendContext): LeadScoring {
  return scoringInForce(ctx.db.read);
}

export function readLeadSla(ctx: BackendContext): LeadSla {
  return slaInForce(ctx.db.read);
}

function workspaceId(ctx: BackendContext): string {
  const ws = ctx.db.read.select({ id: s.workspaces.id }).from(s.workspaces).get();
  if (!ws) throw new Error('the workspace is not set up yet');
  return ws.id;
}

/** Stores the criteria and re-scores every live lead; returns how many scores changed. */
export function setLeadScoring(
  ctx: BackendContext,
  scoring: LeadScoring,
): { scoring: LeadScoring; rescored: number } {
  const id = workspaceId(ctx);
  return ctx.db.write(actorOf(ctx), (tx) => {
    tx.update('workspace', id, { leadScoring: scoring });
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
    return { scoring, rescored };
  });
}

export function setLeadSla(ctx: BackendContext, sla: LeadSla): LeadSla {
  const id = workspaceId(ctx);
  ctx.db.write(actorOf(ctx), (tx) => tx.update('workspace', id, { leadSla: sla }));
  return sla;
}
