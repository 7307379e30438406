import type { Action } from '../commands/action';
import { LEAD_VIEW_LABELS, LEAD_VIEWS, useLeadsStore, type LeadView } from './leadsStore';

function openView(view: LeadView): void {
  useLeadsStore.getState().setView(view);
  window.location.hash = 'leads';
}

/** "Open leads" (Mod+Shift+L) and one palette entry per view of the Leads page. */
export const leadsActions: readonly Action[] = [
  {
    id: 'go.leads',
    label: 'Open leads',
    group: 'Go to',
    shortcut: 'Mod+Shift+L',
    keywords: ['sales', 'lead handoff', 'sla', 'prospects', 'pipeline'],
    perform: () => openView(useLeadsStore.getState().view),
  },
  ...LEAD_VIEWS.map((view): Action => ({
    id: `leads.view.${view}`,
    label: `Leads: ${LEAD_VIEW_LABELS[view]}`,
    group: 'Go to',
    keywords: ['sales', 'leads'],
    perform: () => openView(view),
  })),
];
