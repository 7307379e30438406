import type { HealthCampaigns } from '../../model';
import { MAX_LINKED_CAMPAIGNS } from './healthInput';

/** Distinct campaign ids in first-seen order, capped for the page's links. */
export function campaignsOf(ids: Iterable<string>): HealthCampaigns {
  const distinct = [...new Set(ids)];
  return { ids: distinct.slice(0, MAX_LINKED_CAMPAIGNS), total: distinct.length };
}
