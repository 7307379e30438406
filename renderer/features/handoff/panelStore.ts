import { create } from 'zustand';

interface PanelState {
  /** The handoff shown in the side panel, or null when it is closed. */
  handoffId: string | null;
  /** Why it opened, e.g. after a blocked move: the panel leads with the missing list. */
  reason: 'blocked' | 'opened' | null;
  /**
   * Counts every `open`, so a second blocked move of the card already shown still brings the
   * missing list back into focus (the id and reason alone would not change).
   */
  openCount: number;
  open: (handoffId: string, reason?: 'blocked' | 'opened') => void;
  close: () => void;
}

/** Which handoff the side panel shows. The board opens it; the app shell renders it. */
export const usePanelStore = create<PanelState>((set) => ({
  handoffId: null,
  reason: null,
  openCount: 0,
  open: (handoffId, reason = 'opened') =>
    set((s) => ({ handoffId, reason, openCount: s.openCount + 1 })),
  close: () => set({ handoffId: null, reason: null }),
}));
