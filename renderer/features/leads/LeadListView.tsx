import { EmptyState } from '../../ui';

/** Every lead, filtered and searched. */
export function LeadListView() {
  return <EmptyState headingLevel={2} title="All leads" body="Coming in this build." />;
}
