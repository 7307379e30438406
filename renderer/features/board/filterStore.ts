import { create } from 'zustand';
import { EMPTY_FILTER, type BoardFilter } from './filterCampaigns';

interface FilterState {
  filter: BoardFilter;
  set: (patch: Partial<BoardFilter>) => void;
  clear: () => void;
}

/** The board's filter bar. Kept apart from the cards so typing never refetches anything. */
export const useFilterStore = create<FilterState>((set) => ({
  filter: EMPTY_FILTER,
  set: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  clear: () => set({ filter: EMPTY_FILTER }),
}));
