import { EmptyState } from '../../ui';

/** Sales-ready and handed-off leads by time left on their SLA clock. */
export function LeadQueueView() {
  return <EmptyState headingLevel={2} title="Lead queue" body="Coming in this build." />;
}
