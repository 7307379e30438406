/** The open lead: touches, score and why, status moves, the intelligence package, accept/reject. */
export function LeadDetailPanel({ leadId }: { leadId: string }) {
  return <aside aria-label="Lead" data-lead-id={leadId} />;
}
