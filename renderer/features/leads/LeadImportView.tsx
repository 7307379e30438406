import { EmptyState } from '../../ui';

/** Import a CSV with column mapping and a preview. */
export function LeadImportView() {
  return <EmptyState headingLevel={2} title="Import leads" body="Coming in this build." />;
}
