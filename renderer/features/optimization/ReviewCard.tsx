import { useState } from 'react';
import type { PerformanceReviewView } from '../../../shared/model';
import { Badge, Button, TextArea, TextField, useSavedOnBlur, type BadgeTone } from '../../ui';
import { FindingRow } from './FindingRow';
import { useOptimizationCall } from './useOptimizationCall';

const STATE_TONE: Record<PerformanceReviewView['state'], BadgeTone> = {
  upcoming: 'neutral',
  due: 'warning',
  overdue: 'danger',
  completed: 'success',
};

/** A performance review: what happened, then what we do about each finding, then Complete. */
export function ReviewCard({ review }: { review: PerformanceReviewView }) {
  const { run, error, busy } = useOptimizationCall();
  const whatHappened = useSavedOnBlur(review.whatHappened, (text) =>
    run((api) => api.optimization.updateReview({ id: review.id, whatHappened: text })),
  );
  const [finding, setFinding] = useState('');
  const open = review.state !== 'completed';
  const heading = `${review.label} review`;
  return (
    <article className="opt-review" aria-label={heading}>
      <header className="opt-review__header">
        <h3>{heading}</h3>
        <span className="opt-review__due">due {review.dueDay}</span>
        <Badge tone={STATE_TONE[review.state]} dot>
          {review.state}
        </Badge>
      </header>
      {open ? (
        <TextArea label="What happened" rows={3} {...whatHappened} />
      ) : (
        <p className="opt-review__what">
          <strong>What happened:</strong> {review.whatHappened}
        </p>
      )}
      <h4 className="opt-review__subhead">What we do about it</h4>
      {review.findings.length === 0 ? (
        <p className="opt-muted">No findings yet.</p>
      ) : (
        <ol className="opt-findings">
          {review.findings.map((f, i) => (
            <FindingRow key={f.id} finding={f} index={i} editable={open} />
          ))}
        </ol>
      )}
      {open && (
        <form
          className="opt-review__add"
          onSubmit={(e) => {
            e.preventDefault();
            void run((api) =>
              api.optimization.addFinding({ reviewId: review.id, text: finding }),
            ).then((ok) => ok && setFinding(''));
          }}
        >
          <TextField
            label="New finding"
            value={finding}
            onChange={(e) => setFinding(e.target.value)}
          />
          <Button type="submit" size="sm" disabled={finding.trim() === ''}>
            Add finding
          </Button>
        </form>
      )}
      {open && (
        <div className="opt-review__complete">
          <Button
            variant="primary"
            busy={busy}
            disabled={review.blockers.length > 0 || whatHappened.value !== review.whatHappened}
            aria-describedby={review.blockers.length ? `${review.id}-blockers` : undefined}
            onClick={() => void run((api) => api.optimization.completeReview({ id: review.id }))}
          >
            Complete review
          </Button>
          {review.blockers.length > 0 && (
            <ul id={`${review.id}-blockers`} className="opt-review__blockers">
              {review.blockers.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {error && (
        <p className="opt-error" role="alert">
          {error}
        </p>
      )}
    </article>
  );
}
