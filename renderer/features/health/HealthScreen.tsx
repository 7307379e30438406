import { useId } from 'react';
import { healthMarkdown } from '../../../shared/domain/health';
import { Button, EmptyState, Spinner } from '../../ui';
import { downloadMarkdown } from './downloadMarkdown';
import { ExportHealthPdfButton } from './ExportHealthPdfButton';
import { HandoffTypeSection } from './HandoffTypeSection';
import { RetrospectiveTimingSection } from './RetrospectiveTimingSection';
import { useHealthReport } from './useHealthReport';
import '../manage/manageScreen.css';
import './health.css';

/** Handoff health: where the process hurts, the most painful handoff type first. */
export function HealthScreen() {
  const headingId = useId();
  const { status, report, error } = useHealthReport();
  const worst = report?.enoughHistory ? report.types[0] : undefined;
  return (
    <section className="manage-screen health-screen" aria-labelledby={headingId}>
      <header className="manage-screen__header">
        <div>
          <h1 id={headingId}>Handoff health</h1>
          <p>
            How long each handoff type waits, how often it is sent back, overridden or late —
            measured from the change log. Start with the one that hurts most.
          </p>
        </div>
        {report && (
          <div className="health-exports" role="group" aria-label="Export the health report">
            <ExportHealthPdfButton weeks={report.weeks} />
            <Button
              onClick={() =>
                downloadMarkdown(
                  `handoff-health-${report.now.slice(0, 10)}.md`,
                  healthMarkdown(report),
                )
              }
            >
              Export Markdown
            </Button>
          </div>
        )}
      </header>
      {status === 'idle' ? (
        <p className="manage-screen__state" role="status">
          <Spinner size="sm" /> Measuring handoffs…
        </p>
      ) : status === 'error' ? (
        <p className="manage-screen__state" role="alert">
          Health could not be measured: {error?.message}
        </p>
      ) : !report || !worst ? (
        <>
          <EmptyState
            headingLevel={2}
            title="Health needs a few finished handoffs"
            body="Once a few handoffs have been submitted, reviewed and received, this page ranks the handoff types by how much they hurt."
          />
          {/* Retrospectives do not wait for handoff history: shown once there are any. */}
          {report &&
            report.notMeasured.length === 0 &&
            report.retrospectives.all.held + report.retrospectives.all.waiting > 0 && (
              <RetrospectiveTimingSection
                retrospectives={report.retrospectives}
                names={report.campaignNames}
              />
            )}
        </>
      ) : (
        <>
          <div className="health-headline" role="status">
            <p className="health-headline__title">
              The handoff that hurts most: <strong>{worst.label}</strong>
            </p>
            <p className="health-headline__why">Why: {worst.pain.because}.</p>
          </div>
          <details className="health-rule">
            <summary>How the figures are measured</summary>
            <p>{report.painRule}</p>
            <p>
              Waiting time at a status runs from entering it to leaving it, read from the change
              log; a status a handoff is still at counts up to now. A send-back is a change request
              by the quality owner or a package sent back by the receiver, as a share of the
              handoffs submitted. Overdue: finished after its due date, or still open past it.
            </p>
          </details>
          {report.types.map((t, i) => (
            <HandoffTypeSection key={t.key} type={t} rank={i + 1} names={report.campaignNames} />
          ))}
          {report.notMeasured.length === 0 && (
            <RetrospectiveTimingSection
              retrospectives={report.retrospectives}
              names={report.campaignNames}
            />
          )}
          <ul className="health-not-measured">
            {report.notMeasured.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
