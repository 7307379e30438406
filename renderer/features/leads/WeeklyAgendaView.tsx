import { useMemo, useState } from 'react';
import { agendaBlocks } from '../../../shared/domain/leads/agendaBlocks';
import { Button, Spinner } from '../../ui';
import { AgendaBlocksView } from './AgendaBlocksView';
import { AgendaExportButtons } from './AgendaExportButtons';
import { useHomeZone, useLeadReport } from './leadReportsData';
import { weekLabel, weekOf } from './leadReportsFormat';
import './leadReports.css';

/** The agenda for the sales–marketing meeting. */
export function WeeklyAgendaView() {
  // Weeks from this one: 0 is this week, -1 last week.
  const [offset, setOffset] = useState(0);
  const now = new Date().toISOString();
  const zone = useHomeZone();
  const week = weekOf(now, zone, offset);
  const report = useLeadReport(`agenda:${week.from}`, (api) =>
    api.leads.weeklyAgenda({ from: week.from, to: week.to }),
  );
  const markdown = report.data?.markdown ?? null;
  const blocks = useMemo(() => (markdown === null ? [] : agendaBlocks(markdown)), [markdown]);

  return (
    <section className="lead-report" aria-labelledby="lead-agenda-title">
      <header className="lead-report__header">
        <div>
          <h2 id="lead-agenda-title">Weekly sync agenda</h2>
          <p className="lead-report__intro">
            For the weekly sales ↔ marketing meeting: the week&apos;s handoffs and what sales
            answered, the SLA misses and lead quality. Export it to share before the meeting.
          </p>
        </div>
        <AgendaExportButtons from={week.from} to={week.to} />
      </header>
      <div className="agenda-week" role="group" aria-label="Week">
        <Button size="sm" onClick={() => setOffset(offset - 1)}>
          ← Previous week
        </Button>
        <Button size="sm" onClick={() => setOffset(0)} disabled={offset === 0}>
          This week
        </Button>
        <Button size="sm" onClick={() => setOffset(offset + 1)} disabled={offset >= 0}>
          Next week →
        </Button>
        <p className="agenda-week__label" aria-live="polite">
          {weekLabel(week, now, zone)}
        </p>
      </div>
      {report.status === 'error' && (
        <p className="lead-report__error" role="alert">
          The agenda could not be made: {report.error?.message}
        </p>
      )}
      {report.status === 'loading' ? (
        <p className="lead-report__state" role="status">
          <Spinner size="sm" /> Making the agenda…
        </p>
      ) : (
        blocks.length > 0 && <AgendaBlocksView blocks={blocks} />
      )}
    </section>
  );
}
