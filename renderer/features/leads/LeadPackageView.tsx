import type { LeadPackage } from '../../../shared/model';
import { TOUCH_KIND_LABELS, scoreLineParts, whenWords } from './leadWords';

/** The lead intelligence package as sales received it (a snapshot taken at hand-off). */
export function LeadPackageView({ pkg }: { pkg: LeadPackage }) {
  return (
    <div className="lead-package">
      <dl className="lead-package__facts">
        <dt>Receiver</dt>
        <dd>{pkg.receiver?.name ?? 'Nobody'}</dd>
        <dt>Source</dt>
        <dd>
          {[pkg.sourceCampaign?.name, pkg.sourceChannel].filter(Boolean).join(' · ') || 'None'}
        </dd>
        <dt>Person</dt>
        <dd>
          {pkg.personName}
          {pkg.jobTitle && `, ${pkg.jobTitle}`}
          {pkg.company && ` at ${pkg.company}`} · {pkg.email}
        </dd>
        <dt>Built</dt>
        <dd>{whenWords(pkg.builtAt)}</dd>
      </dl>
      <h4>Journey</h4>
      <ol className="lead-package__list">
        {pkg.journey.map((t, i) => (
          <li key={i}>
            <strong>{TOUCH_KIND_LABELS[t.kind]}</strong>{' '}
            <span className="lead-muted">{whenWords(t.at)}</span>
            {t.note && ` — ${t.note}`}
          </li>
        ))}
      </ol>
      <h4>Interests</h4>
      {pkg.interests.length === 0 ? (
        <p className="lead-muted">None recorded.</p>
      ) : (
        <ul className="lead-chips" aria-label="Interests">
          {pkg.interests.map((i) => (
            <li key={i} className="lead-chip">
              {i}
            </li>
          ))}
        </ul>
      )}
      <h4>
        Score {pkg.score.score} (threshold {pkg.score.threshold})
      </h4>
      <ul className="lead-score">
        {pkg.score.lines.map((line, i) => {
          const { points, words } = scoreLineParts(line);
          return (
            <li key={i} className="lead-score__line">
              <span className="lead-score__points">{points}</span>
              <span>{words}</span>
            </li>
          );
        })}
      </ul>
      <h4>Campaign message hierarchy</h4>
      {pkg.messageHierarchy ? (
        <p className="lead-package__text">{pkg.messageHierarchy}</p>
      ) : (
        <p className="lead-muted">The source campaign's brief has no message hierarchy yet.</p>
      )}
      <h4>Suggested talking points</h4>
      <ul className="lead-package__list">
        {pkg.talkingPoints.map((t, i) => (
          <li key={i}>{t}</li>
        ))}
      </ul>
      {pkg.notes && (
        <>
          <h4>Notes</h4>
          <p className="lead-package__text">{pkg.notes}</p>
        </>
      )}
    </div>
  );
}
