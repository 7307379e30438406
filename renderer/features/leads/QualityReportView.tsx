import { EmptyState } from '../../ui';

/** Accept rate, top rejection reasons and time to accept per campaign and source. */
export function QualityReportView() {
  return <EmptyState headingLevel={2} title="Lead quality report" body="Coming in this build." />;
}
