import { useCallback, useEffect } from 'react';
import { create } from 'zustand';
import type { HealthReport } from '../../../shared/model';
import { useApi, useLiveRefetch } from '../../api/ApiContext';
import type { ApiClient } from '../../api/client';
import { toBatonError, type BatonError } from '../../api/errors';

interface HealthState {
  status: 'idle' | 'ready' | 'error';
  report: HealthReport | null;
  error: BatonError | null;
  load: (client: ApiClient) => Promise<void>;
}

export const useHealthStore = create<HealthState>((set) => ({
  status: 'idle',
  report: null,
  error: null,
  load: async (client) => {
    try {
      set({ status: 'ready', report: await client.health.report({ weeks: 12 }), error: null });
    } catch (err) {
      set({ status: 'error', error: toBatonError(err) });
    }
  },
}));

/** A status change or a new event (here or from a teammate) changes the figures. */
const HEALTH_TABLES = ['handoff', 'handoffEvent', 'campaign', 'stage'];

/** The health report, loaded when the page opens and kept current. */
export function useHealthReport(): HealthState {
  const api = useApi();
  const state = useHealthStore();
  const { load } = state;
  const refetch = useCallback(() => void load(api), [api, load]);
  useEffect(refetch, [refetch]);
  useLiveRefetch(HEALTH_TABLES, refetch);
  return state;
}
