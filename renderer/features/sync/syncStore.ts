import { useCallback, useEffect, useRef } from 'react';
import { create } from 'zustand';
import { SYNCED_TABLES, type SyncStatus } from '../../../shared/model';
import { useApi, useLiveRefetch } from '../../api/ApiContext';
import type { ApiClient } from '../../api/client';
import { toBatonError } from '../../api/errors';

interface SyncState {
  /** Null until the first answer. */
  status: SyncStatus | null;
  /** Why the last `sync.status` failed, if it did. */
  loadError: string | null;
  /** Set by the header's indicator: Settings scrolls the Sync section into view and focuses it. */
  reveal: boolean;
  load: (api: ApiClient) => Promise<void>;
  setStatus: (status: SyncStatus) => void;
  setReveal: (reveal: boolean) => void;
}

// Answers can arrive out of order (a poll and a live update at once): only the latest counts.
let latestLoad = 0;

/** Folder sync as this window knows it, shared by the header's indicator and Settings → Sync. */
export const useSyncStore = create<SyncState>((set) => ({
  status: null,
  loadError: null,
  reveal: false,
  load: async (api) => {
    const ticket = ++latestLoad;
    try {
      const status = await api.sync.status();
      if (ticket === latestLoad) set({ status, loadError: null });
    } catch (err) {
      if (ticket === latestLoad) set({ loadError: toBatonError(err).message });
    }
  },
  setStatus: (status) => {
    latestLoad++;
    set({ status, loadError: null });
  },
  setReveal: (reveal) => set({ reveal }),
}));

/** Often enough for "2 minutes ago" and for runs the backend starts by itself. */
export const SYNC_POLL_MS = 30_000;
/** A batch applied from the folder is a burst of commits: one refetch for the burst. */
const LIVE_DELAY_MS = 300;

/**
 * Loads the sync status on mount. With `watch` (the header's indicator, mounted once per
 * window) it also refetches after commits and every 30 s.
 */
export function useSyncStatus({ watch = false }: { watch?: boolean } = {}) {
  const api = useApi();
  const load = useSyncStore((s) => s.load);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    void load(api);
    if (!watch) return;
    const poll = setInterval(() => void load(api), SYNC_POLL_MS);
    return () => {
      clearInterval(poll);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [api, load, watch]);

  const onNotice = useCallback(() => {
    if (!watch) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void load(api), LIVE_DELAY_MS);
  }, [api, load, watch]);
  // Every commit can change what waits to be sent; a sync run's commits bring teammates' work.
  useLiveRefetch(SYNCED_TABLES, onNotice);

  return useSyncStore((s) => s.status);
}
