import { useCallback, useEffect, useState } from 'react';
import type { SlaQueueItem } from '../../../shared/model';
import { useApi, useLiveRefetch } from '../../api/ApiContext';
import { toBatonError, type BatonError } from '../../api/errors';
import { Badge, EmptyState, Spinner } from '../../ui';
import { LEAD_TABLES } from './leadOptions';
import { LeadRow } from './LeadRow';
import { LEAD_STATUS_LABELS, LEAD_STATUS_TONES } from './leadWords';
import { clockPromise, timeLeft } from './slaWords';

/** Sales-ready and handed-off leads by time left on their SLA clock, overdue first. */
export function LeadQueueView() {
  const api = useApi();
  const [items, setItems] = useState<SlaQueueItem[] | null>(null);
  const [error, setError] = useState<BatonError | null>(null);

  const load = useCallback(() => {
    api.leads
      .queue({})
      .then((queue) => {
        setItems(queue);
        setError(null);
      })
      .catch((err: unknown) => setError(toBatonError(err)));
  }, [api]);
  useEffect(load, [load]);
  useLiveRefetch(LEAD_TABLES, load);
  // The clocks run while the page is open: re-read each minute so "left" stays true.
  useEffect(() => {
    const timer = setInterval(load, 60_000);
    return () => clearInterval(timer);
  }, [load]);

  const overdue = items?.filter((i) => i.sla.overdue).length ?? 0;

  return (
    <section className="lead-view" aria-labelledby="lead-queue-title">
      <header className="lead-view__header">
        <h2 id="lead-queue-title">Lead queue</h2>
        <p className="lead-muted">
          Sales-ready leads waiting to be handed off and handed-off leads waiting for sales, by
          working time left on their SLA clock.
          {overdue > 0 && <strong className="lead-overdue-count"> {overdue} overdue.</strong>}
        </p>
      </header>
      {error && (
        <p className="lead-error" role="alert">
          The queue could not be read: {error.message}
        </p>
      )}
      {items === null && !error ? (
        <Spinner label="Reading the queue" />
      ) : items !== null && items.length === 0 ? (
        <EmptyState
          headingLevel={3}
          title="No lead is waiting"
          body="A lead joins this queue when its score reaches the sales-ready threshold, and stays until sales accepts or rejects it."
        />
      ) : items !== null ? (
        <div className="lead-table-scroll">
          <table className="lead-table">
            <thead>
              <tr>
                <th scope="col">Lead</th>
                <th scope="col">Clock</th>
                <th scope="col">Time left</th>
                <th scope="col">Assignee</th>
                <th scope="col" className="lead-table__num">
                  Score
                </th>
                <th scope="col" className="lead-table__campaign">
                  Source campaign
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map(({ lead, sla }) => {
                const left = timeLeft(sla);
                return (
                  <LeadRow key={lead.id} lead={lead}>
                    <td>
                      <Badge tone={LEAD_STATUS_TONES[lead.status]}>
                        {LEAD_STATUS_LABELS[lead.status]}
                      </Badge>
                      <span className="lead-muted lead-table__sub">{clockPromise(sla)}</span>
                    </td>
                    <td>
                      <Badge tone={left.tone} dot={sla.overdue}>
                        {left.text}
                      </Badge>
                    </td>
                    <td>{lead.assigneeName ?? <span className="lead-muted">Nobody yet</span>}</td>
                    <td className="lead-table__num">{lead.score}</td>
                    <td className="lead-table__campaign">
                      {lead.campaignName ?? (
                        <span className="lead-muted">{lead.sourceChannel || 'None'}</span>
                      )}
                    </td>
                  </LeadRow>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
