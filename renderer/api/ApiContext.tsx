import { createContext, useContext, useEffect, type ReactNode } from 'react';
import type { CommitNotice } from '../../shared/model';
import type { ApiClient } from './client';
import { touches, type LiveUpdates } from './liveUpdates';

interface Api {
  client: ApiClient;
  live: LiveUpdates;
}

const ApiContext = createContext<Api | null>(null);

export function ApiProvider({ api, children }: { api: Api; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

function useApiContext(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi must be used inside <ApiProvider>');
  return api;
}

/** The backend client of this window (IPC in Electron, HTTP in browser mode). */
export function useApi(): ApiClient {
  return useApiContext().client;
}

/**
 * Calls `onChange` after every committed write (local or from a teammate) that touches one of
 * `tables`: the one live-update stream every view refetches from.
 */
export function useLiveRefetch(tables: readonly string[], onChange: (n: CommitNotice) => void) {
  const { live } = useApiContext();
  const key = tables.join(',');
  useEffect(() => {
    const wanted = key.split(',');
    return live.subscribe((notice) => {
      if (touches(notice, wanted)) onChange(notice);
    });
  }, [live, key, onChange]);
}
