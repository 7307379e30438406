import type { CommitNotice } from '../../../shared/model';

// A live-update notice names the campaigns a write concerned (the backend looks them up from
// the rows it changed). The board refetches just those cards, unless the write touched what
// every card shows (a person, a client, a stage name) or too many rows to name.

/** Tables whose rows belong to one campaign. */
const CAMPAIGN_TABLES = new Set([
  'campaign',
  'handoff',
  'handoffField',
  'checklistItem',
  'raci',
  'handoffEvent',
  'comment',
]);

/** The cards a notice asks to refetch, or 'all' for the whole board. */
export function cardsToRefresh(notice: CommitNotice): readonly string[] | 'all' {
  if (notice.campaignIds === null) return 'all';
  if (notice.tables.some((t) => !CAMPAIGN_TABLES.has(t))) return 'all';
  return notice.campaignIds;
}
