import { EmptyState } from '../../ui';

/** Not-ready and rejected leads with their next touch. */
export function ReengagementView() {
  return <EmptyState headingLevel={2} title="Re-engagement queue" body="Coming in this build." />;
}
