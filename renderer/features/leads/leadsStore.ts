import { create } from 'zustand';

/** The Leads page's views, in the order of its tabs. */
export const LEAD_VIEWS = ['queue', 'all', 'reengagement', 'quality', 'agenda', 'import'] as const;
export type LeadView = (typeof LEAD_VIEWS)[number];

export const LEAD_VIEW_LABELS: Record<LeadView, string> = {
  queue: 'SLA queue',
  all: 'All leads',
  reengagement: 'Re-engagement',
  quality: 'Quality report',
  agenda: 'Weekly agenda',
  import: 'Import CSV',
};

interface LeadsState {
  view: LeadView;
  /** The lead open in the side panel, whichever view opened it. */
  selectedLeadId: string | null;
  setView: (view: LeadView) => void;
  openLead: (id: string) => void;
  closeLead: () => void;
}

export const useLeadsStore = create<LeadsState>((set) => ({
  view: 'queue',
  selectedLeadId: null,
  setView: (view) => set({ view }),
  openLead: (id) => set({ selectedLeadId: id }),
  closeLead: () => set({ selectedLeadId: null }),
}));
