import { useId, useState } from 'react';
import type { Person } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { Avatar, Badge, Button, EmptyState, Spinner } from '../../ui';
import { useWorkspaceStore } from '../workspace/workspaceStore';
import { archivePerson } from './archivePerson';
import { PersonDialog } from './PersonDialog';
import { usePeople } from './peopleStore';
import '../manage/manageScreen.css';
import './people.css';

/** The workspace's people: add, edit, archive (with Undo). */
export function PeopleScreen() {
  const api = useApi();
  const headingId = useId();
  const { status, people, error } = usePeople();
  const meId = useWorkspaceStore((s) => s.view?.me?.id ?? null);
  const [editing, setEditing] = useState<Person | 'new' | null>(null);

  return (
    <section className="manage-screen" aria-labelledby={headingId}>
      <header className="manage-screen__header">
        <div>
          <h1 id={headingId}>People</h1>
          <p>Everyone who can own a handoff, approve it or receive it.</p>
        </div>
        <Button variant="primary" onClick={() => setEditing('new')}>
          Add person
        </Button>
      </header>
      {status === 'idle' ? (
        <p className="manage-screen__state" role="status">
          <Spinner size="sm" /> Loading people…
        </p>
      ) : status === 'error' ? (
        <p className="manage-screen__state" role="alert">
          People could not be loaded: {error?.message}
        </p>
      ) : people.length === 0 ? (
        <EmptyState title="No people yet" headingLevel={2} />
      ) : (
        <ul className="manage-list" aria-label="People">
          {people.map((person) => {
            const isMe = person.id === meId;
            return (
              <li key={person.id} className="manage-list__item">
                <Avatar name={person.name} initials={person.initials} color={person.color} />
                <div className="manage-list__main">
                  <span className="manage-list__title">
                    {person.name}
                    {isMe ? <Badge tone="accent">You</Badge> : null}
                  </span>
                  <span className="manage-list__sub">{person.roleTitle || 'No role yet'}</span>
                </div>
                <span className="people-email">
                  {person.email ? (
                    <a href={`mailto:${person.email}`}>{person.email}</a>
                  ) : (
                    <span className="people-email__none">No email</span>
                  )}
                </span>
                <div className="manage-list__actions">
                  <Button
                    size="sm"
                    onClick={() => setEditing(person)}
                    aria-label={`Edit ${person.name}`}
                  >
                    Edit
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    // Archiving who uses this computer would leave writes signed by nobody.
                    disabled={isMe}
                    title={isMe ? 'Switch who you are in Settings first' : undefined}
                    onClick={() => void archivePerson(api, person)}
                    aria-label={`Archive ${person.name}`}
                  >
                    Archive
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <PersonDialog
        open={editing !== null}
        person={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
      />
    </section>
  );
}
