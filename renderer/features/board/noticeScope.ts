import type { CampaignDetail, CampaignSummary, CommitNotice } from '../../../shared/model';

// A live-update notice names the rows a write changed, not the campaigns they belong to. The
// board refetches only the cards a notice names (through their campaign or current handoff id)
// when those campaigns' rows account for every id in it; anything else (a brief field, a
// teammate's batch, a renamed client) costs a refetch of the whole board.

/** The campaigns a notice names directly or through their current handoff. */
export function campaignsNamed(notice: CommitNotice, cards: readonly CampaignSummary[]): string[] {
  const owner = new Map<string, string>();
  for (const c of cards) {
    owner.set(c.id, c.id);
    if (c.currentHandoff) owner.set(c.currentHandoff.id, c.id);
  }
  const named = new Set<string>();
  for (const id of notice.ids) {
    const campaignId = owner.get(id);
    if (campaignId) named.add(campaignId);
  }
  return [...named];
}

/** Every row id a campaign's detail accounts for: it, its handoffs and what hangs off them. */
export function rowsOf(detail: CampaignDetail): Set<string> {
  const ids = new Set<string>([detail.campaign.id]);
  for (const h of detail.handoffs) {
    ids.add(h.handoff.id);
    for (const rows of [h.checklist, h.raci, h.events, h.comments]) {
      for (const row of rows) ids.add(row.id);
    }
  }
  return ids;
}

/** Whether the refetched campaigns account for every row the notice names. */
export function explains(notice: CommitNotice, rows: ReadonlySet<string>): boolean {
  return notice.ids.every((id) => rows.has(id));
}
