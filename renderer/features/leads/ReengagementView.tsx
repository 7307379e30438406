import { useState } from 'react';
import type { ReengagementItem } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import type { ApiClient } from '../../api/client';
import { toBatonError } from '../../api/errors';
import { Badge, Button, EmptyState, Spinner, toast } from '../../ui';
import { useHomeZone, useLeadReport } from './leadReportsData';
import { latestRejection, nextTouchText } from './leadReportsFormat';
import { useLeadsStore } from './leadsStore';
import { LEAD_STATUS_LABELS } from './leadWords';
import { ReengagementTouchDialog } from './ReengagementTouchDialog';
import './leadReports.css';

interface Row extends ReengagementItem {
  /** The rejection in words: "Bad timing — Budget freeze until Q3". */
  rejectionText: string | null;
}

async function readQueue(api: ApiClient): Promise<{ rows: Row[]; now: string }> {
  const queue = await api.leads.reengagementQueue({});
  const rows = queue.map((q): Row => ({
    ...q,
    rejectionText: q.rejection ? latestRejection([{ ...q.rejection, outcome: 'rejected' }]) : null,
  }));
  return { rows, now: new Date().toISOString() };
}

/** Not-ready and rejected leads waiting for marketing's next touch, the due ones first. */
export function ReengagementView() {
  const report = useLeadReport('reengagement', readQueue);
  const rows = report.data?.rows ?? [];
  const due = rows.filter((r) => r.due);
  const later = rows.filter((r) => !r.due);
  return (
    <section className="lead-report" aria-labelledby="lead-reengagement-title">
      <header className="lead-report__header">
        <div>
          <h2 id="lead-reengagement-title">Re-engagement queue</h2>
          <p className="lead-report__intro">
            Leads sales turned down or that are not ready yet, each with its next touch and nurture
            track. Due ones come first.
          </p>
        </div>
      </header>
      {report.status === 'error' && (
        <p className="lead-report__error" role="alert">
          The re-engagement queue could not be read: {report.error?.message}
        </p>
      )}
      {report.status === 'loading' ? (
        <p className="lead-report__state" role="status">
          <Spinner size="sm" /> Reading the re-engagement queue…
        </p>
      ) : report.data && rows.length === 0 ? (
        <EmptyState
          headingLevel={3}
          title="No lead is waiting for a next touch"
          body="A lead joins this queue when sales rejects it or it is set to nurturing or re-engage; each gets a next-touch date and a nurture track."
        />
      ) : report.data ? (
        <>
          <ReengagementGroup
            title={`Due now (${due.length})`}
            empty="Nothing is due: every lead here has its next touch still ahead."
            rows={due}
            now={report.data.now}
          />
          <ReengagementGroup
            title={`Coming up (${later.length})`}
            empty="No other lead is waiting."
            rows={later}
            now={report.data.now}
          />
        </>
      ) : null}
    </section>
  );
}

function ReengagementGroup(props: { title: string; empty: string; rows: Row[]; now: string }) {
  return (
    <section className="lead-report__group" aria-label={props.title}>
      <h3 className="lead-report__group-title">{props.title}</h3>
      {props.rows.length === 0 ? (
        <p className="lead-report__muted">{props.empty}</p>
      ) : (
        <ul className="reengagement-list">
          {props.rows.map((row) => (
            <ReengagementRow key={row.lead.id} row={row} now={props.now} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReengagementRow({ row, now }: { row: Row; now: string }) {
  const zone = useHomeZone();
  const api = useApi();
  const openLead = useLeadsStore((s) => s.openLead);
  const selected = useLeadsStore((s) => s.selectedLeadId === row.lead.id);
  const [busy, setBusy] = useState(false);
  const [touching, setTouching] = useState(false);
  const { lead } = row;

  async function salesReady() {
    setBusy(true);
    try {
      await api.leads.setStatus({ id: lead.id, status: 'sales-ready' });
      toast.show({ kind: 'success', title: `${lead.personName} is sales-ready` });
    } catch (err) {
      toast.show({
        kind: 'error',
        title: `${lead.personName} could not be changed`,
        body: toBatonError(err).message,
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <li
      className="reengagement-row"
      data-due={row.due || undefined}
      aria-current={selected || undefined}
    >
      <div className="reengagement-row__who">
        <button type="button" className="lead-report__open" onClick={() => openLead(lead.id)}>
          {lead.personName}
        </button>
        <span className="lead-report__muted">{lead.company || 'No company'}</span>
      </div>
      <div className="reengagement-row__why">
        <span>
          <Badge tone={lead.status === 'rejected' ? 'danger' : 'neutral'}>
            {LEAD_STATUS_LABELS[lead.status]}
          </Badge>{' '}
          {row.rejectionText && (
            <span className="reengagement-row__reason">
              {lead.status === 'rejected'
                ? row.rejectionText
                : `Rejected earlier: ${row.rejectionText}`}
            </span>
          )}
        </span>
        <span className="lead-report__muted">
          Track: {lead.nurtureTrack ?? 'none'}
          {lead.campaignName ? ` · from ${lead.campaignName}` : ''}
        </span>
      </div>
      <div className="reengagement-row__when">
        {lead.nextTouchAt && (
          <Badge tone={row.due ? 'warning' : 'neutral'} dot={row.due}>
            {nextTouchText(lead.nextTouchAt, row.due, now, zone)}
          </Badge>
        )}
      </div>
      <div
        className="reengagement-row__actions"
        role="group"
        aria-label={`Actions for ${lead.personName}`}
      >
        <Button size="sm" disabled={busy} onClick={() => setTouching(true)}>
          Log touch…
        </Button>
        <Button
          size="sm"
          busy={busy}
          onClick={() => void salesReady()}
          title="Marketing judges the lead ready for sales again"
        >
          Sales-ready
        </Button>
        <ReengagementTouchDialog open={touching} lead={lead} onClose={() => setTouching(false)} />
      </div>
    </li>
  );
}
