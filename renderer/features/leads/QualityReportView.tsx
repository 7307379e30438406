import { useState } from 'react';
import { percent } from '../../../shared/domain/leads/leadQuality';
import type { LeadQualityView } from '../../../shared/model';
import { Button, EmptyState, Spinner, TextField } from '../../ui';
import { useHomeZone, useLeadReport } from './leadReportsData';
import { hoursText, lastDays, rangeOfDays, type DayRange } from './leadReportsFormat';
import './leadReports.css';

type QualityRow = LeadQualityView['overall'];

const DEFAULT_DAYS = 90;

/** Accept rate, top rejection reasons and time to accept per campaign and source. */
export function QualityReportView() {
  const zone = useHomeZone();
  // The range typed in the fields, and the one last applied (what the tables show).
  const [typed, setTyped] = useState<DayRange>(() =>
    lastDays(new Date().toISOString(), DEFAULT_DAYS, zone),
  );
  const [applied, setApplied] = useState<DayRange | null>(typed);
  const [problem, setProblem] = useState<{ field: 'from' | 'to'; text: string } | null>(null);
  const check = applied ? rangeOfDays(applied, zone) : null;
  const range: { from?: string; to?: string } = check?.ok ? check.range : {};
  const report = useLeadReport(`quality:${range.from ?? ''}:${range.to ?? ''}`, (api) =>
    api.leads.qualityReport(range),
  );

  function apply(next: DayRange | null) {
    if (next) {
      const c = rangeOfDays(next, zone);
      if (!c.ok) {
        setProblem({ field: c.field, text: c.problem });
        return;
      }
      setTyped(next);
    }
    setProblem(null);
    setApplied(next);
  }

  const data = report.data;
  return (
    <section className="lead-report" aria-labelledby="lead-quality-title">
      <header className="lead-report__header">
        <div>
          <h2 id="lead-quality-title">Lead quality report</h2>
          <p className="lead-report__intro">
            What sales answered to the leads handed off{' '}
            {applied ? `from ${applied.fromDay} to ${applied.toDay}` : 'so far (all time)'}: per
            source campaign and per source channel.
          </p>
        </div>
      </header>
      <form
        className="lead-report__range"
        aria-label="Report range"
        onSubmit={(e) => {
          e.preventDefault();
          apply(typed);
        }}
      >
        <TextField
          label="From"
          type="date"
          value={typed.fromDay}
          error={problem?.field === 'from' ? `From ${problem.text}` : undefined}
          onChange={(e) => setTyped({ ...typed, fromDay: e.currentTarget.value })}
        />
        <TextField
          label="To"
          type="date"
          value={typed.toDay}
          error={problem?.field === 'to' ? `To ${problem.text}` : undefined}
          onChange={(e) => setTyped({ ...typed, toDay: e.currentTarget.value })}
        />
        <Button type="submit" variant="primary">
          Show
        </Button>
        <Button onClick={() => apply(lastDays(new Date().toISOString(), DEFAULT_DAYS, zone))}>
          Last 90 days
        </Button>
        <Button onClick={() => apply(null)} aria-pressed={applied === null}>
          All time
        </Button>
      </form>
      {report.status === 'error' && (
        <p className="lead-report__error" role="alert">
          The quality report could not be read: {report.error?.message}
        </p>
      )}
      {report.status === 'loading' ? (
        <p className="lead-report__state" role="status">
          <Spinner size="sm" /> Reading sales&apos; answers…
        </p>
      ) : data && data.overall.handedOff === 0 ? (
        <EmptyState
          headingLevel={3}
          title="No lead was handed off in this range"
          body="Once leads are handed off to sales and accepted or rejected, their accept rate, rejection reasons and time to accept show here."
        />
      ) : data ? (
        <>
          <p className="quality-summary" role="status">
            <strong>{data.overall.handedOff}</strong> handed off ·{' '}
            <strong>{data.overall.accepted}</strong> accepted ·{' '}
            <strong>{data.overall.rejected}</strong> rejected · accept rate{' '}
            <strong>{percent(data.overall.acceptRate)}</strong> · median time to accept{' '}
            <strong>{hoursText(data.overall.medianHoursToAccept)}</strong>
          </p>
          <QualityTable title="By campaign" head="Campaign" rows={data.byCampaign} />
          <QualityTable title="By source channel" head="Source channel" rows={data.bySource} />
        </>
      ) : null}
    </section>
  );
}

function QualityTable(props: { title: string; head: string; rows: QualityRow[] }) {
  return (
    <section className="lead-report__group" aria-label={props.title}>
      <h3 className="lead-report__group-title">{props.title}</h3>
      <div className="lead-report__scroll">
        <table className="quality-table">
          <thead>
            <tr>
              <th scope="col">{props.head}</th>
              <th scope="col">Handed off</th>
              <th scope="col">Accepted</th>
              <th scope="col">Rejected</th>
              <th scope="col">Waiting</th>
              <th scope="col">Accept rate</th>
              <th scope="col">Median time to accept</th>
              <th scope="col">Top rejection reasons</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>{r.handedOff}</td>
                <td>{r.accepted}</td>
                <td>{r.rejected}</td>
                <td>{r.pending}</td>
                <td>{percent(r.acceptRate)}</td>
                <td>{hoursText(r.medianHoursToAccept)}</td>
                <td className="quality-table__reasons">
                  {r.topRejectionReasons.length === 0 ? (
                    <span className="lead-report__muted">—</span>
                  ) : (
                    <ul>
                      {r.topRejectionReasons.map((x) => (
                        <li key={x.code}>
                          {x.label} <span className="lead-report__muted">({x.count})</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
