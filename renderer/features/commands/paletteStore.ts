import { create } from 'zustand';

interface PaletteState {
  open: boolean;
  query: string;
  /** Opens (or keeps open) the palette with `query` typed in. */
  show: (query?: string) => void;
  toggle: () => void;
  close: () => void;
  setQuery: (query: string) => void;
}

/** Whether the command palette is open and what is typed in it. */
export const usePaletteStore = create<PaletteState>((set) => ({
  open: false,
  query: '',
  show: (query = '') => set({ open: true, query }),
  toggle: () => set((s) => ({ open: !s.open, query: '' })),
  close: () => set({ open: false, query: '' }),
  setQuery: (query) => set({ query }),
}));
