import { create } from 'zustand';
import type { CampaignSummary, Person } from '../../../shared/model';
import type { ApiClient } from '../../api/client';
import { toBatonError, type BatonError } from '../../api/errors';

interface BoardState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  campaigns: CampaignSummary[];
  people: Person[];
  error: BatonError | null;
  load: (client: ApiClient) => Promise<void>;
}

/** The cards of the board; refetched whenever a commit touches what they show. */
export const useBoardStore = create<BoardState>((set, get) => ({
  status: 'idle',
  campaigns: [],
  people: [],
  error: null,
  load: async (client) => {
    if (get().status === 'idle') set({ status: 'loading' });
    try {
      const [campaigns, people] = await Promise.all([
        client.campaigns.list(),
        client.people.list(),
      ]);
      set({ status: 'ready', campaigns, people, error: null });
    } catch (err) {
      set({ status: 'error', error: toBatonError(err) });
    }
  },
}));

export const BOARD_TABLES = [
  'campaign',
  'client',
  'stage',
  'handoff',
  'handoffField',
  'checklistItem',
  'raci',
  'handoffEvent',
  'person',
];
