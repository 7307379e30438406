import { useCallback, useEffect } from 'react';
import { create } from 'zustand';
import type { Person } from '../../../shared/model';
import { useApi, useLiveRefetch } from '../../api/ApiContext';
import type { ApiClient } from '../../api/client';
import { toBatonError, type BatonError } from '../../api/errors';

interface PeopleState {
  status: 'idle' | 'ready' | 'error';
  people: Person[];
  error: BatonError | null;
  load: (client: ApiClient) => Promise<void>;
}

/** The workspace's people (archived ones excluded), shared by every screen that lists them. */
export const usePeopleStore = create<PeopleState>((set) => ({
  status: 'idle',
  people: [],
  error: null,
  load: async (client) => {
    try {
      set({ status: 'ready', people: await client.people.list(), error: null });
    } catch (err) {
      set({ status: 'error', error: toBatonError(err) });
    }
  },
}));

/** Loads the people and keeps them current while the caller is mounted. */
export function usePeople(): PeopleState {
  const api = useApi();
  const state = usePeopleStore();
  const { load } = state;
  const refetch = useCallback(() => void load(api), [api, load]);
  useEffect(refetch, [refetch]);
  useLiveRefetch(PEOPLE_TABLES, refetch);
  return state;
}

const PEOPLE_TABLES = ['person'];
