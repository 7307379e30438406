import type { ReactNode } from 'react';
import type { LeadRowView } from '../../../shared/model';
import { useLeadsStore } from './leadsStore';

/**
 * A lead's table row in the queue and the list: the whole row opens the lead, and its name is
 * the button that does so from the keyboard (focus comes back to it when the panel closes).
 */
export function LeadRow({ lead, children }: { lead: LeadRowView; children: ReactNode }) {
  const selectedLeadId = useLeadsStore((s) => s.selectedLeadId);
  const openLead = useLeadsStore((s) => s.openLead);
  return (
    <tr
      className="lead-table__row"
      aria-current={lead.id === selectedLeadId || undefined}
      onClick={() => openLead(lead.id)}
    >
      <td>
        <button
          type="button"
          className="lead-table__open"
          data-lead-open={lead.id}
          onClick={(e) => {
            e.stopPropagation();
            openLead(lead.id);
          }}
        >
          {lead.personName}
        </button>
        <span className="lead-muted lead-table__sub">{lead.company || 'No company'}</span>
      </td>
      {children}
    </tr>
  );
}
