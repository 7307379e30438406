import { useCallback, useEffect, useMemo } from 'react';
import { create } from 'zustand';
import type { Client } from '../../../shared/model';
import { useApi, useLiveRefetch } from '../../api/ApiContext';
import type { ApiClient } from '../../api/client';
import { toBatonError, type BatonError } from '../../api/errors';
import { useArchivingClients } from './clientArchive';

interface ClientsState {
  status: 'idle' | 'ready' | 'error';
  clients: Client[];
  error: BatonError | null;
  load: (client: ApiClient) => Promise<void>;
}

/** The workspace's clients (archived ones excluded), for the Clients screen and pickers. */
export const useClientsStore = create<ClientsState>((set) => ({
  status: 'idle',
  clients: [],
  error: null,
  load: async (client) => {
    try {
      set({ status: 'ready', clients: await client.clients.list(), error: null });
    } catch (err) {
      set({ status: 'error', error: toBatonError(err) });
    }
  },
}));

/**
 * Loads the clients and keeps them current while the caller is mounted, leaving out those
 * being archived (see clientArchive.ts).
 */
export function useClients(): ClientsState {
  const api = useApi();
  const state = useClientsStore();
  const archiving = useArchivingClients((s) => s.ids);
  const { load } = state;
  const refetch = useCallback(() => void load(api), [api, load]);
  useEffect(refetch, [refetch]);
  useLiveRefetch(CLIENT_TABLES, refetch);
  const clients = useMemo(
    () => state.clients.filter((c) => !archiving.includes(c.id)),
    [state.clients, archiving],
  );
  return { ...state, clients };
}

const CLIENT_TABLES = ['client'];
