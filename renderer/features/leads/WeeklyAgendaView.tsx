import { EmptyState } from '../../ui';

/** The agenda for the sales–marketing meeting. */
export function WeeklyAgendaView() {
  return <EmptyState headingLevel={2} title="Weekly sync agenda" body="Coming in this build." />;
}
