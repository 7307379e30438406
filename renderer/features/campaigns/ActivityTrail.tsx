import { useCallback, useEffect, useId, useState } from 'react';
import type { ActivityEntry, Person } from '../../../shared/model';
import { useApi, useLiveRefetch } from '../../api/ApiContext';
import { toBatonError, type BatonError } from '../../api/errors';
import { Avatar } from '../../ui';
import { deviceLabel, formatMoment, formatRelativeTime } from './timeFormat';

/** Any write to the campaign or its handoffs can add a line. */
const ACTIVITY_TABLES = [
  'campaign',
  'handoff',
  'handoffField',
  'checklistItem',
  'raci',
  'handoffEvent',
  'comment',
];
const LIMIT = 100;

/** Ticks so "just now" becomes "2 minutes ago" while the dialog stays open. */
function useNow(intervalMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** The backend words the change without the actor ("approved the … handoff"); add the name. */
function sentence(entry: ActivityEntry): string {
  return entry.text.startsWith(entry.actorName) ? entry.text : `${entry.actorName} ${entry.text}`;
}

/**
 * A campaign's activity trail, newest first: who did what, when and on which computer, read
 * from the change log ("Maya approved the Strategy → Creative handoff").
 */
export function ActivityTrail({
  campaignId,
  thisDeviceId,
  people,
}: {
  campaignId: string;
  thisDeviceId: string | null;
  /** For each actor's avatar colour and initials, as everywhere else. */
  people: readonly Person[];
}) {
  const api = useApi();
  const headingId = useId();
  const now = useNow(60_000);
  const [entries, setEntries] = useState<ActivityEntry[] | null>(null);
  const [error, setError] = useState<BatonError | null>(null);

  const load = useCallback(() => {
    api.campaigns
      .activity({ id: campaignId, limit: LIMIT })
      .then((list) => {
        setEntries(list);
        setError(null);
      })
      .catch((err: unknown) => setError(toBatonError(err)));
  }, [api, campaignId]);
  useEffect(load, [load]);
  useLiveRefetch(ACTIVITY_TABLES, load);

  return (
    <section className="campaign-activity" aria-labelledby={headingId}>
      <h3 id={headingId}>Activity</h3>
      {error ? (
        <p className="campaign-activity__empty" role="alert">
          The activity could not be loaded: {error.message}
        </p>
      ) : entries === null ? (
        <p className="campaign-activity__empty" role="status">
          Loading the activity…
        </p>
      ) : entries.length === 0 ? (
        <p className="campaign-activity__empty">Nothing has happened yet.</p>
      ) : (
        <ol className="campaign-activity__list" aria-labelledby={headingId}>
          {entries.map((entry) => (
            <li key={entry.id} className="campaign-activity__entry">
              <ActorAvatar entry={entry} people={people} />
              <div className="campaign-activity__body">
                <p className="campaign-activity__text">{sentence(entry)}</p>
                <p className="campaign-activity__meta">
                  <time dateTime={entry.at} title={formatMoment(entry.at)}>
                    {formatRelativeTime(entry.at, now)}
                  </time>{' '}
                  · {deviceLabel(entry.deviceId, thisDeviceId)}
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function ActorAvatar({ entry, people }: { entry: ActivityEntry; people: readonly Person[] }) {
  const person = people.find((p) => p.id === entry.actorId);
  return (
    <Avatar name={entry.actorName} initials={person?.initials} color={person?.color} size="sm" />
  );
}
