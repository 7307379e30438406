import { useCallback, useEffect } from 'react';
import { create } from 'zustand';
import type { TemplateSummary } from '../../../shared/model';
import { useApi, useLiveRefetch } from '../../api/ApiContext';
import type { ApiClient } from '../../api/client';
import { toBatonError, type BatonError } from '../../api/errors';

interface TemplatesState {
  status: 'idle' | 'ready' | 'error';
  templates: TemplateSummary[];
  error: BatonError | null;
  load: (client: ApiClient) => Promise<void>;
}

/** Every transition × campaign type with the template new handoffs get there. */
export const useTemplatesStore = create<TemplatesState>((set) => ({
  status: 'idle',
  templates: [],
  error: null,
  load: async (client) => {
    try {
      set({ status: 'ready', templates: await client.templates.list(), error: null });
    } catch (err) {
      set({ status: 'error', error: toBatonError(err) });
    }
  },
}));

const TEMPLATE_TABLES = ['handoffTemplate'];

/** Loads the list and keeps it current (a teammate's save arrives through sync). */
export function useTemplates(): TemplatesState {
  const api = useApi();
  const state = useTemplatesStore();
  const { load } = state;
  const refetch = useCallback(() => void load(api), [api, load]);
  useEffect(refetch, [refetch]);
  useLiveRefetch(TEMPLATE_TABLES, refetch);
  return state;
}
