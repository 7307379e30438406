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
  /** Re-reads the workspace (stage names, who I am) after a change, keeping the screen up. */
  refreshView: (client: ApiClient) => Promise<void>;
  /** "Who am I on this computer": every write from now on is signed with this person. */
  setMe: (client: ApiClient, personId: string) => Promise<WorkspaceView>;
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
  refreshView: async (client) => {
    const view = await client.workspace.get();
    if (view) set({ view });
  },
  setMe: async (client, personId) => {
    const view = await client.workspace.setMe({ personId });
    set({ view });
    return view;
  },
}));
