import { create } from 'zustand';

interface FolderDialogState {
  /** The campaign whose folder structure dialog is open, or null. */
  campaign: { id: string; name: string } | null;
  /** The last folder chosen, offered again for the next campaign. */
  lastFolder: string;
  open: (campaign: { id: string; name: string }) => void;
  close: () => void;
  remember: (folder: string) => void;
}

export const useFolderDialogStore = create<FolderDialogState>((set) => ({
  campaign: null,
  lastFolder: '',
  open: (campaign) => set({ campaign }),
  close: () => set({ campaign: null }),
  remember: (folder) => set({ lastFolder: folder }),
}));
