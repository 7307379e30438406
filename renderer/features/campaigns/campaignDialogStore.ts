import { create } from 'zustand';

interface CampaignDialogState {
  /** The "New campaign" dialog is open. */
  creating: boolean;
  /** The campaign whose details (plan, activity) are shown, or null. */
  detailsId: string | null;
  /** Details opened right after creating: the dialog leads with the plan to check. */
  justCreated: boolean;
  openNew: () => void;
  openDetails: (campaignId: string, justCreated?: boolean) => void;
  closeNew: () => void;
  closeDetails: () => void;
}

/**
 * Which campaign dialog is open. Anything can open one (the header button, the palette, the
 * Electron menu, later a card's context menu); the app shell renders both dialogs once.
 */
export const useCampaignDialogStore = create<CampaignDialogState>((set) => ({
  creating: false,
  detailsId: null,
  justCreated: false,
  openNew: () => set({ creating: true }),
  openDetails: (campaignId, justCreated = false) =>
    set({ creating: false, detailsId: campaignId, justCreated }),
  closeNew: () => set({ creating: false }),
  closeDetails: () => set({ detailsId: null, justCreated: false }),
}));
