import { useId, useState } from 'react';
import { formatWait, percent } from '../../../shared/domain/health';
import { HANDOFF_STATUS_LABELS, type HandoffTypeHealth } from '../../../shared/model';
import { CampaignsBehind } from './CampaignsBehind';
import { FigureButton, type FigureSelection } from './FigureButton';
import { TrendChart } from './TrendChart';

/** One handoff type: waits per status, send-backs and reasons, overrides, overdue, the trend. */
export function HandoffTypeSection({
  type,
  rank,
  names,
}: {
  type: HandoffTypeHealth;
  rank: number;
  names: Record<string, string>;
}) {
  const headingId = useId();
  const [selection, setSelection] = useState<FigureSelection | null>(null);
  const show = setSelection;
  return (
    <section className="health-type" aria-labelledby={headingId}>
      <header className="health-type__head">
        <h2 id={headingId}>
          <span className="health-type__rank">{rank}.</span> {type.label}
        </h2>
        <span className="health-type__score" title="Pain score: higher hurts more">
          Pain {type.pain.score}
        </span>
      </header>
      <p className="health-type__why">
        {type.handoffs === 1 ? '1 handoff' : `${type.handoffs} handoffs`}, {type.submitted}{' '}
        submitted — {type.pain.because}.
      </p>
      <div className="health-type__grid">
        <table className="health-table">
          <caption className="visually-hidden">Time waiting at each status, {type.label}</caption>
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col">Median wait</th>
              <th scope="col">p90 wait</th>
              <th scope="col">Periods</th>
            </tr>
          </thead>
          <tbody>
            {type.waits.map((w) => (
              <tr key={w.status}>
                <th scope="row">{HANDOFF_STATUS_LABELS[w.status]}</th>
                <td>{formatWait(w.medianHours)}</td>
                <td>
                  <FigureButton
                    title={`p90 wait at ${HANDOFF_STATUS_LABELS[w.status]} (${type.label}): the slowest`}
                    campaigns={w.slowest}
                    onShow={show}
                  >
                    {formatWait(w.p90Hours)}
                  </FigureButton>
                </td>
                <td>
                  {w.periods}
                  {w.stillOpen > 0 && (
                    <span
                      className="health-table__open"
                      title="Still at this status: counted up to now"
                    >
                      {' '}
                      ({w.stillOpen} now)
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <dl className="health-facts">
          <div>
            <dt>Send-back rate</dt>
            <dd>
              <FigureButton
                title={`send-backs (${type.label})`}
                campaigns={type.sendBack.campaigns}
                onShow={show}
              >
                {percent(type.sendBack.rate)}
              </FigureButton>{' '}
              <span className="health-facts__of">
                {type.sendBack.count} of {type.sendBack.of} submitted
              </span>
              {type.topReasons.length > 0 && (
                <ol className="health-reasons" aria-label="Most common reasons">
                  {type.topReasons.map((r) => (
                    <li key={r.reason}>
                      <FigureButton
                        title={`“${r.reason}” (${type.label})`}
                        campaigns={r.campaigns}
                        onShow={show}
                      >
                        “{r.reason}”
                      </FigureButton>{' '}
                      × {r.count}
                    </li>
                  ))}
                </ol>
              )}
            </dd>
          </div>
          <div>
            <dt>Overrides</dt>
            <dd>
              <FigureButton
                title={`overrides (${type.label})`}
                campaigns={type.overrides.campaigns}
                onShow={show}
              >
                {type.overrides.count}
              </FigureButton>
            </dd>
          </div>
          <div>
            <dt>Overdue rate</dt>
            <dd>
              <FigureButton
                title={`overdue handoffs (${type.label})`}
                campaigns={type.overdue.campaigns}
                onShow={show}
              >
                {percent(type.overdue.rate)}
              </FigureButton>{' '}
              <span className="health-facts__of">
                {type.overdue.count} of {type.overdue.of} with a due date
              </span>
            </dd>
          </div>
        </dl>
      </div>
      {selection && (
        <CampaignsBehind selection={selection} names={names} onClose={() => setSelection(null)} />
      )}
      <TrendChart label={type.label} weeks={type.trend} />
    </section>
  );
}
