import { create } from 'zustand';
import type { SystemInfo, WorkspaceView } from '../../../shared/model';
import type { ApiClient } from '../../api/client';
import { toBatonError, type BatonError } from '../../api/errors';

interface WorkspaceState {
  status: 'loading' | 'ready' | 'error';
  info: SystemInfo | null;
  view: WorkspaceView | null;
  error: BatonError | null;
  load: (client: ApiClient) => Promise<void>;
  setView: (view: WorkspaceView) => void;
}

/** Which workspace this window shows and who "I" am on this laptop. */
export const useWorkspaceStore = create<WorkspaceState>((set) => ({
  status: 'loading',
  info: null,
  view: null,
  error: null,
  load: async (client) => {
    try {
      const [info, view] = await Promise.all([client.system.info(), client.workspace.get()]);
      set({ status: 'ready', info, view, error: null });
    } catch (err) {
      set({ status: 'error', error: toBatonError(err) });
    }
  },
  setView: (view) => set({ view, info: null }),
}));
