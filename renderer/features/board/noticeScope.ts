import { CAMPAIGN_SCOPED_TABLES } from '../../../shared/model/tables';
import type { CommitNotice } from '../../../shared/model';

// A live-update notice names the campaigns a write concerned (the backend looks them up from
// the rows it changed). The board refetches just those cards, unless the write touched what
// every card shows (a person, a client, a stage name) or too many rows to name.

/** The cards a notice asks to refetch, or 'all' for the whole board. */
export function cardsToRefresh(notice: CommitNotice): readonly string[] | 'all' {
  if (notice.campaignIds === null) return 'all';
  if (notice.tables.some((t) => !CAMPAIGN_SCOPED_TABLES.has(t))) return 'all';
  return notice.campaignIds;
}
