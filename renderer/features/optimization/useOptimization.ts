import { useCallback, useEffect } from 'react';
import { create } from 'zustand';
import type { CampaignOptimization, OptimizationCampaignSummary } from '../../../shared/model';
import { useApi, useLiveRefetch } from '../../api/ApiContext';
import type { ApiClient } from '../../api/client';
import { toBatonError, type BatonError } from '../../api/errors';

interface OptimizationState {
  status: 'idle' | 'ready' | 'error';
  campaigns: OptimizationCampaignSummary[];
  selectedId: string | null;
  view: CampaignOptimization | null;
  error: BatonError | null;
  load: (client: ApiClient) => Promise<void>;
  select: (client: ApiClient, id: string) => Promise<void>;
  /** A write's answer replaces what is shown. */
  show: (view: CampaignOptimization) => void;
}

export const useOptimizationStore = create<OptimizationState>((set, get) => ({
  status: 'idle',
  campaigns: [],
  selectedId: null,
  view: null,
  error: null,
  load: async (client) => {
    try {
      const campaigns = await client.optimization.overview();
      const wanted = get().selectedId;
      const selectedId = campaigns.some((c) => c.id === wanted)
        ? wanted
        : (campaigns[0]?.id ?? null);
      const view = selectedId
        ? await client.optimization.campaign({ campaignId: selectedId })
        : null;
      set({ status: 'ready', campaigns, selectedId, view, error: null });
    } catch (err) {
      set({ status: 'error', error: toBatonError(err) });
    }
  },
  select: async (client, id) => {
    set({ selectedId: id });
    try {
      set({ view: await client.optimization.campaign({ campaignId: id }) });
    } catch (err) {
      set({ error: toBatonError(err) });
    }
  },
  show: (view) => set({ view }),
}));

/** Reviews, findings, figures, the backlog or a campaign changing (here or from a teammate). */
const TABLES = [
  'campaign',
  'stage',
  'workspace',
  'metricEntry',
  'performanceReview',
  'reviewFinding',
  'backlogItem',
  'testPlan',
];

export function useOptimization(): OptimizationState {
  const api = useApi();
  const state = useOptimizationStore();
  const { load } = state;
  const refetch = useCallback(() => void load(api), [api, load]);
  useEffect(refetch, [refetch]);
  useLiveRefetch(TABLES, refetch);
  return state;
}
