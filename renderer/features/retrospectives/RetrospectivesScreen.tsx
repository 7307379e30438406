import { useEffect, useState } from 'react';
import type { Person } from '../../../shared/model';
import { Badge, EmptyState, Spinner } from '../../ui';
import { PlaybookSearchPanel } from './PlaybookSearchPanel';
import { RetrospectiveForm } from './RetrospectiveForm';
import { takeChosenRetrospective } from './retrospectiveChoice';
import { stateTone } from './stateTone';
import { useRetrospectives } from './useRetrospectives';
import './retrospectives.css';

/** Retrospectives (due and overdue first, held ones after) with the chosen one's form, and the playbook. */
export function RetrospectivesScreen() {
  const { api, list, error } = useRetrospectives();
  const [selected, setSelected] = useState<string | null>(takeChosenRetrospective);
  const [people, setPeople] = useState<Person[]>([]);
  useEffect(() => {
    api.people.list().then(setPeople, () => setPeople([]));
  }, [api]);

  if (error) return <p role="alert">{error.message}</p>;
  if (!list) return <Spinner label="Loading retrospectives" />;
  const ordered = [...list].sort(
    (a, b) => Number(a.status === 'done') - Number(b.status === 'done'),
  );
  const current = ordered.find((r) => r.id === selected) ?? ordered[0] ?? null;

  return (
    <div className="retro-screen">
      <h1 className="retro-screen__title">Retrospectives</h1>
      <div className="retro-screen__grid">
        <nav aria-label="Retrospectives" className="retro-list">
          {ordered.length === 0 ? (
            <EmptyState
              title="No retrospectives yet"
              body="A campaign reaching Done schedules its retrospective within a week."
            />
          ) : (
            <ul>
              {ordered.map((r) => (
                <li key={r.id}>
                  <button
                    type="button"
                    className="retro-list__item"
                    aria-current={r.id === current?.id ? 'true' : undefined}
                    onClick={() => setSelected(r.id)}
                  >
                    <strong>{r.campaignName}</strong>
                    <Badge tone={stateTone(r)}>{r.state}</Badge>
                    <span className="retro-muted">{r.stateMessage}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </nav>
        {current && (
          <RetrospectiveForm key={current.id} api={api} retro={current} people={people} />
        )}
      </div>
      <PlaybookSearchPanel />
    </div>
  );
}
