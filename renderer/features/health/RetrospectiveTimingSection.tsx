import { useId, useState } from 'react';
import { formatDays } from '../../../shared/domain/health';
import type { RetrospectiveHealth, RetrospectiveTimingGroup } from '../../../shared/model';
import { CampaignsBehind } from './CampaignsBehind';
import { FigureButton, type FigureSelection } from './FigureButton';

/** Time from Done to retrospective per campaign type, and the retrospectives overdue. */
export function RetrospectiveTimingSection({
  retrospectives,
  names,
}: {
  retrospectives: RetrospectiveHealth;
  names: Record<string, string>;
}) {
  const headingId = useId();
  const [selection, setSelection] = useState<FigureSelection | null>(null);
  const { all, byCampaignType, rule } = retrospectives;
  const row = (g: RetrospectiveTimingGroup, total = false) => (
    <tr key={g.key} className={total ? 'health-table__total' : undefined}>
      <th scope="row">{g.label}</th>
      <td>{g.held}</td>
      <td>{formatDays(g.medianDays)}</td>
      <td>{formatDays(g.p90Days)}</td>
      <td>{g.heldLate}</td>
      <td>{g.waiting}</td>
      <td>
        {g.overdue.count === 0 ? (
          0
        ) : (
          <FigureButton
            title={`Retrospectives overdue (${g.label})`}
            campaigns={g.overdue.campaigns}
            onShow={setSelection}
          >
            {g.overdue.count}
          </FigureButton>
        )}
      </td>
    </tr>
  );
  return (
    <section className="health-type health-retro" aria-labelledby={headingId}>
      <header className="health-type__head">
        <h2 id={headingId}>Time from Done to retrospective</h2>
        <span
          className={
            all.overdue.count > 0
              ? 'health-retro__overdue health-retro__overdue--late'
              : 'health-retro__overdue'
          }
        >
          {all.overdue.count === 1
            ? '1 retrospective overdue'
            : `${all.overdue.count} retrospectives overdue`}
        </span>
      </header>
      <p className="health-type__why">{rule}</p>
      {all.held + all.waiting === 0 ? (
        <p className="health-type__why">No campaign has reached Done yet.</p>
      ) : (
        <table className="health-table health-retro__table">
          <caption className="visually-hidden">
            Time from Done to retrospective per campaign type
          </caption>
          <thead>
            <tr>
              <th scope="col">Campaign type</th>
              <th scope="col">Held</th>
              <th scope="col">Median</th>
              <th scope="col">p90</th>
              <th scope="col">Held late</th>
              <th scope="col">Waiting</th>
              <th scope="col">Overdue</th>
            </tr>
          </thead>
          <tbody>
            {byCampaignType.map((g) => row(g))}
            {row(all, true)}
          </tbody>
        </table>
      )}
      {selection && (
        <CampaignsBehind selection={selection} names={names} onClose={() => setSelection(null)} />
      )}
    </section>
  );
}
