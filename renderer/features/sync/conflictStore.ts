import { useCallback, useEffect, useRef } from 'react';
import { create } from 'zustand';
import type { SyncConflictView } from '../../../shared/model';
import { useApi, useLiveRefetch } from '../../api/ApiContext';
import type { ApiClient } from '../../api/client';
import { toBatonError } from '../../api/errors';

interface ConflictState {
  /** Null until the first answer. */
  conflicts: SyncConflictView[] | null;
  loadError: string | null;
  load: (api: ApiClient) => Promise<void>;
  /** After a resolve: the backend's answer already lists what is still open. */
  setConflicts: (conflicts: SyncConflictView[]) => void;
}

// A refetch after a burst of commits and a resolve can cross: only the latest answer counts.
let latestLoad = 0;

/** The conflicts sync left for a person (Settings → Sync), as this window knows them. */
export const useConflictStore = create<ConflictState>((set) => ({
  conflicts: null,
  loadError: null,
  load: async (api) => {
    const ticket = ++latestLoad;
    try {
      const conflicts = await api.sync.conflicts();
      if (ticket === latestLoad) set({ conflicts, loadError: null });
    } catch (err) {
      if (ticket === latestLoad) set({ loadError: toBatonError(err).message });
    }
  },
  setConflicts: (conflicts) => {
    latestLoad++;
    set({ conflicts, loadError: null });
  },
}));

/** A merge writes rows of these tables (and notes the conflict in the same transaction). */
const MERGED_TABLES = [
  'campaign',
  'handoff',
  'handoffField',
  'client',
  'person',
  'raci',
  'comment',
];
/** Applying a teammate's batch is a burst of commits: one refetch for the burst. */
const LIVE_DELAY_MS = 300;

/** Loads the open conflicts, and again after commits (teammates' batches bring new ones). */
export function useConflicts() {
  const api = useApi();
  const load = useConflictStore((s) => s.load);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    void load(api);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [api, load]);

  const onNotice = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void load(api), LIVE_DELAY_MS);
  }, [api, load]);
  useLiveRefetch(MERGED_TABLES, onNotice);

  return useConflictStore((s) => s.conflicts);
}
