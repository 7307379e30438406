import { useId } from 'react';
import { CAMPAIGN_TYPE_LABELS } from '../../../shared/model/labels';
import { Badge, Button, EmptyState, Spinner } from '../../ui';
import { BacklogTable } from './BacklogTable';
import { FiguresForm } from './FiguresForm';
import { OneFigureForm } from './OneFigureForm';
import { MetricChart } from './MetricChart';
import { ReviewCard } from './ReviewCard';
import { TestPlanForm } from './TestPlanForm';
import { TestPlanList } from './TestPlanList';
import { useOptimization } from './useOptimization';
import { useOptimizationCall } from './useOptimizationCall';
import '../manage/manageScreen.css';
import './optimization.css';

/** Analytics → Optimization: per live campaign its reviews, figures, backlog and test plans. */
export function OptimizationScreen() {
  const headingId = useId();
  const { status, campaigns, selectedId, view, error, select } = useOptimization();
  const { run, api, error: scheduleError } = useOptimizationCall();
  return (
    <section className="manage-screen opt-screen" aria-labelledby={headingId}>
      <header className="manage-screen__header">
        <div>
          <h1 id={headingId}>Optimization</h1>
          <p>
            Live campaigns against their dashboard standard: reviews on day 2, 7 and 30 that turn
            what happened into what we do about it, and the backlog that follows.
          </p>
        </div>
      </header>
      {status === 'idle' ? (
        <p className="manage-screen__state" role="status">
          <Spinner size="sm" /> Loading…
        </p>
      ) : status === 'error' ? (
        <p className="manage-screen__state" role="alert">
          Optimization could not be loaded: {error?.message}
        </p>
      ) : campaigns.length === 0 ? (
        <EmptyState
          headingLevel={2}
          title="No live campaigns yet"
          body="When a campaign reaches Live or Optimization, its reviews, figures and backlog show here."
        />
      ) : (
        <div className="opt-layout">
          <nav className="opt-campaigns" aria-label="Live campaigns">
            {campaigns.map((c) => (
              <button
                key={c.id}
                type="button"
                className="opt-campaigns__item"
                aria-current={c.id === selectedId ? 'true' : undefined}
                onClick={() => void select(api, c.id)}
              >
                <span className="opt-campaigns__name">{c.name}</span>
                <span className="opt-muted">
                  {c.stageName}
                  {c.nextReviewDay ? ` · next review ${c.nextReviewDay}` : ''}
                </span>
                {c.overdue > 0 && <Badge tone="danger">{c.overdue} overdue</Badge>}
                {c.due > 0 && <Badge tone="warning">{c.due} due</Badge>}
              </button>
            ))}
          </nav>
          {view && (
            <div className="opt-detail">
              <h2>
                {view.campaign.name}{' '}
                <span className="opt-muted">
                  launch {view.campaign.launchDate ?? 'not set'} · today {view.today}
                </span>
              </h2>
              <section aria-label="Reviews" className="opt-section">
                <h3 className="opt-section__title">Reviews</h3>
                {view.reviews.length === 0 ? (
                  <div>
                    <p className="opt-muted">No reviews scheduled.</p>
                    <Button
                      onClick={() =>
                        void run((a) =>
                          a.optimization.scheduleReviews({ campaignId: view.campaign.id }),
                        )
                      }
                    >
                      Schedule day 2, 7 and 30 reviews
                    </Button>
                    {scheduleError && (
                      <p className="opt-error" role="alert">
                        {scheduleError}
                      </p>
                    )}
                  </div>
                ) : (
                  view.reviews.map((r) => <ReviewCard key={r.id} review={r} />)
                )}
              </section>
              <section aria-label="Figures" className="opt-section">
                <h3 className="opt-section__title">Figures against the dashboard standard</h3>
                <p className="opt-muted opt-section__note">
                  The {CAMPAIGN_TYPE_LABELS[view.campaign.type].toLowerCase()} standard: its metrics
                  and targets are the workspace’s, edited in{' '}
                  <a href="#settings" className="opt-link">
                    Settings → Dashboard standards
                  </a>
                  .
                </p>
                <div className="opt-charts">
                  {view.standard.map((m) => (
                    <MetricChart
                      key={m.key}
                      metric={m}
                      entries={view.entries.filter((e) => e.metricKey === m.key)}
                      launchDate={view.campaign.launchDate}
                    />
                  ))}
                </div>
                <OneFigureForm
                  campaignId={view.campaign.id}
                  standard={view.standard}
                  today={view.today}
                />
                <FiguresForm campaignId={view.campaign.id} standard={view.standard} />
              </section>
              <section aria-label="Backlog" className="opt-section">
                <h3 className="opt-section__title">Optimization backlog (by ICE score)</h3>
                <BacklogTable items={view.backlog} />
              </section>
              <section aria-label="Test plans" className="opt-section">
                <h3 className="opt-section__title">Test plans</h3>
                <TestPlanList plans={view.testPlans} />
                <details className="opt-plan-new">
                  <summary>New test plan</summary>
                  <TestPlanForm campaignId={view.campaign.id} standard={view.standard} />
                </details>
              </section>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
