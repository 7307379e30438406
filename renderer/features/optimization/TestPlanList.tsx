import type { TestPlanView } from '../../../shared/model';
import { FinishTestPlan } from './FinishTestPlan';

/** The campaign's test plans: hypothesis, variants, metric, effect, duration and result. */
export function TestPlanList({ plans }: { plans: readonly TestPlanView[] }) {
  if (plans.length === 0) {
    return <p className="opt-muted">No test plans yet.</p>;
  }
  return (
    <ul className="opt-plans">
      {plans.map((p) => (
        <li key={p.id} className="opt-plan">
          <p>
            <strong>{p.hypothesis}</strong> <span className="opt-muted">({p.status})</span>
          </p>
          <p className="opt-muted">
            {p.variants.join(' vs ')} · {p.primaryMetric} · MDE {p.minimumDetectableEffect} ·{' '}
            {p.durationDays ?? '?'} days
          </p>
          {p.result ? (
            <p>Result: {p.result}</p>
          ) : (
            <FinishTestPlan planId={p.id} campaignId={p.campaignId} />
          )}
        </li>
      ))}
    </ul>
  );
}
