import { useId } from 'react';
import { AlertCircleIcon, Badge, Button, CheckCircleIcon, ShieldIcon } from '../../../ui';
import { exactTime, relativeTime } from '../formatTime';
import { useHandoff } from '../handoffContext';
import { preflightDomId } from '../missing/fieldDomIds';
import { useHandoffMutation } from '../useHandoffMutation';
import { preflightSummary } from './preflightSummary';
import './preflight.css';

const BADGE = {
  incomplete: { tone: 'neutral', text: 'Items open' },
  unsigned: { tone: 'warning', text: 'Not signed' },
  'signature-stale': { tone: 'danger', text: 'Sign again' },
  signed: { tone: 'success', text: 'Signed' },
} as const;

/**
 * The pre-flight sign-off under the checklist: where it stands in words and the button that
 * signs the package as it is on screen (its hash goes with the call, so a package that changed
 * meanwhile is refused rather than signed unseen).
 */
export function PreflightSection() {
  const { detail, people, me, api } = useHandoff();
  const headingId = useId();
  const reasonId = useId();
  const { busy, error, run } = useHandoffMutation();
  const nameOf = (id: string) =>
    id === me?.id ? 'you' : (people.find((p) => p.id === id)?.name ?? 'a former teammate');
  const summary = preflightSummary(detail, nameOf, me?.id ?? null);
  if (!summary) return null;
  const badge = BADGE[summary.state];
  const blocked = summary.blockedBecause !== null;
  const sign = () => {
    if (blocked || busy) return;
    void run(() =>
      api.handoffs.signPreflight({ id: detail.handoff.id, packageHash: detail.packageHash }),
    );
  };

  return (
    <section
      id={preflightDomId(detail.handoff.id)}
      tabIndex={-1}
      className={`hp-section hf-preflight hf-preflight--${summary.state}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="hp-section__title hf-preflight__title">
        Pre-flight
        <Badge tone={badge.tone}>{badge.text}</Badge>
      </h3>
      <div className="hf-preflight__state" role="status">
        {summary.state === 'signed' ? (
          <CheckCircleIcon className="hf-preflight__icon" />
        ) : summary.state === 'signature-stale' ? (
          <AlertCircleIcon className="hf-preflight__icon" />
        ) : (
          <ShieldIcon className="hf-preflight__icon" />
        )}
        <p className="hf-preflight__text">
          {summary.text}
          {summary.signature && summary.state === 'signed' ? (
            <>
              {' on '}
              <time dateTime={summary.signature.at} title={exactTime(summary.signature.at)}>
                {exactTime(summary.signature.at)}
              </time>{' '}
              <span className="hf-muted">({relativeTime(summary.signature.at)})</span>
            </>
          ) : null}
        </p>
      </div>
      {summary.offerSign ? (
        <div className="hf-preflight__actions">
          {/* aria-disabled, not disabled: the button stays in the tab order so a keyboard user
              reaches it and hears why it cannot be pressed yet. */}
          <Button
            variant={blocked ? 'secondary' : 'primary'}
            size="sm"
            busy={busy}
            aria-disabled={blocked || undefined}
            aria-describedby={blocked ? reasonId : undefined}
            className={blocked ? 'hf-preflight__sign--blocked' : undefined}
            onClick={sign}
          >
            {summary.state === 'signature-stale' ? 'Sign pre-flight again' : 'Sign pre-flight'}
          </Button>
          {blocked ? (
            <span id={reasonId} className="hf-preflight__reason">
              {summary.blockedBecause}
            </span>
          ) : (
            <span className="hf-preflight__reason hf-muted">
              You sign the package as it is now; any later edit needs a new signature.
            </span>
          )}
        </div>
      ) : null}
      {error ? (
        <p className="hf-error" role="alert">
          Could not sign the pre-flight: {error.message}
        </p>
      ) : null}
    </section>
  );
}
