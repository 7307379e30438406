import { useCallback, useEffect } from 'react';
import { create } from 'zustand';
import type { CampaignSummary, Person } from '../../../shared/model';
import { useApi, useLiveRefetch } from '../../api/ApiContext';
import type { ApiClient } from '../../api/client';

// The people and campaigns the lead filters, forms and panel offer as choices.

interface LeadOptionsState {
  people: Person[];
  campaigns: CampaignSummary[];
  load: (client: ApiClient) => Promise<void>;
}

export const useLeadOptionsStore = create<LeadOptionsState>((set) => ({
  people: [],
  campaigns: [],
  load: async (client) => {
    try {
      const [people, campaigns] = await Promise.all([
        client.people.list(),
        client.campaigns.list(),
      ]);
      set({ people, campaigns });
    } catch {
      // The selects then offer fewer choices; the leads themselves still show.
    }
  },
}));

const OPTION_TABLES = ['person', 'campaign'];

/** People and campaigns, kept current as teammates add them. */
export function useLeadOptions(): Pick<LeadOptionsState, 'people' | 'campaigns'> {
  const api = useApi();
  const people = useLeadOptionsStore((s) => s.people);
  const campaigns = useLeadOptionsStore((s) => s.campaigns);
  const load = useLeadOptionsStore((s) => s.load);
  const refetch = useCallback(() => void load(api), [api, load]);
  useEffect(refetch, [refetch]);
  useLiveRefetch(OPTION_TABLES, refetch);
  return { people, campaigns };
}

/** Tables whose writes change what a lead view shows (names of people and campaigns too). */
export const LEAD_TABLES = ['lead', 'leadTouch', 'leadHandoff', 'person', 'campaign', 'workspace'];
