import type { LeadScore } from '../../../shared/model';
import { scoreLineParts } from './leadWords';

/** "Why 72 points": every fit rule and touch that counted, with decay, adding up to the score. */
export function LeadScoreWhy({ score }: { score: LeadScore }) {
  const fit = score.lines.filter((l) => l.kind === 'fit');
  const engagement = score.lines.filter((l) => l.kind === 'engagement');
  return (
    <section className="lead-panel__section" aria-labelledby="lead-score-why">
      <h3 id="lead-score-why">
        Why {score.score} {Math.abs(score.score) === 1 ? 'point' : 'points'}
      </h3>
      <p className="lead-muted">
        {score.salesReady
          ? `Sales-ready: at or above the threshold of ${score.threshold}.`
          : `${score.threshold - score.score} short of the sales-ready threshold of ${score.threshold}.`}
      </p>
      {score.lines.length === 0 ? (
        <p className="lead-muted">No fit rule matches and no touch scores yet.</p>
      ) : (
        <>
          <ScoreLines title="Fit" lines={fit} />
          <ScoreLines title="Engagement" lines={engagement} />
        </>
      )}
    </section>
  );
}

function ScoreLines({ title, lines }: { title: string; lines: LeadScore['lines'] }) {
  if (lines.length === 0) return null;
  return (
    <ul className="lead-score" aria-label={`${title} points`}>
      {lines.map((line, i) => {
        const { points, words } = scoreLineParts(line);
        return (
          <li key={i} className="lead-score__line">
            <span
              className={
                line.points > 0
                  ? 'lead-score__points'
                  : 'lead-score__points lead-score__points--none'
              }
            >
              {points}
            </span>
            <span>{words}</span>
          </li>
        );
      })}
    </ul>
  );
}
