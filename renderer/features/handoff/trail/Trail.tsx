import { useId } from 'react';
import { Avatar, Badge } from '../../../ui';
import { exactTime, relativeTime } from '../formatTime';
import { useHandoff } from '../handoffContext';
import { deviceLabel, trailEntries, type TrailEntry } from './trailEntries';

/** Every step of the handoff: who, in which role, when (exact on hover), from which device, why. */
export function Trail() {
  const { detail, people, deviceId } = useHandoff();
  const headingId = useId();
  const entries = trailEntries(detail, people);
  return (
    <section className="hp-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="hp-section__title">
        Trail
      </h3>
      {entries.length === 0 ? (
        <p className="hf-muted">Nothing yet: the trail starts when the package is submitted.</p>
      ) : (
        <ol className="hf-trail">
          {entries.map((e) => (
            <TrailItem key={e.id} entry={e} myDeviceId={deviceId} />
          ))}
        </ol>
      )}
    </section>
  );
}

function TrailItem({ entry: e, myDeviceId }: { entry: TrailEntry; myDeviceId: string | null }) {
  const { people } = useHandoff();
  const person = people.find((p) => p.id === e.actorId);
  return (
    <li className={e.emphasis ? `hf-trail__item hf-trail__item--${e.emphasis}` : 'hf-trail__item'}>
      <Avatar name={e.actorName} initials={person?.initials} color={person?.color} size="sm" />
      <div className="hf-trail__body">
        <p className="hf-trail__text">
          {e.emphasis === 'override' ? (
            <Badge tone="warning" className="hf-trail__badge">
              Override
            </Badge>
          ) : null}
          <strong>{e.actorName}</strong>
          {e.roles.length > 0 ? (
            <span className="hf-muted"> ({e.roles.join(', ')})</span>
          ) : null}{' '}
          {e.text}
        </p>
        <p className="hf-trail__meta">
          <time dateTime={e.at} title={exactTime(e.at)}>
            {relativeTime(e.at)}
          </time>{' '}
          · {deviceLabel(e.deviceId, myDeviceId)}
        </p>
        {e.reason ? <blockquote className="hf-trail__reason">{e.reason}</blockquote> : null}
        {e.missing.length > 0 ? (
          <div className="hf-trail__missing">
            Missing:
            <ul>
              {e.missing.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </li>
  );
}
