import { useId, useState } from 'react';
import type { Client } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { Button, EmptyState, Spinner } from '../../ui';
import { archiveClient } from './clientArchive';
import { ClientDialog } from './ClientDialog';
import { brandSummary } from './clientForm';
import { useClients } from './clientsStore';
import '../manage/manageScreen.css';
import './clients.css';

/** The agency's clients with their brand guidelines: add, edit, archive. */
export function ClientsScreen() {
  const api = useApi();
  const headingId = useId();
  const { status, clients, error } = useClients();
  // null: closed; 'new': adding; a client: editing it.
  const [editing, setEditing] = useState<Client | 'new' | null>(null);

  return (
    <section className="manage-screen" aria-labelledby={headingId}>
      <header className="manage-screen__header">
        <div>
          <h1 id={headingId}>Clients</h1>
          <p>Each client’s brand guidelines are inherited by every brief for its campaigns.</p>
        </div>
        <Button variant="primary" onClick={() => setEditing('new')}>
          Add client
        </Button>
      </header>
      {status === 'idle' ? (
        <p className="manage-screen__state" role="status">
          <Spinner size="sm" /> Loading clients…
        </p>
      ) : status === 'error' ? (
        <p className="manage-screen__state" role="alert">
          Clients could not be loaded: {error?.message}
        </p>
      ) : clients.length === 0 ? (
        <EmptyState
          title="No clients yet"
          body="Add the brands you work for; campaigns belong to a client."
          headingLevel={2}
        />
      ) : (
        <ul className="manage-list" aria-label="Clients">
          {clients.map((client) => (
            <li key={client.id} className="manage-list__item">
              <span
                className="client-swatch"
                style={{ background: client.accentColor }}
                aria-hidden="true"
              />
              <div className="manage-list__main">
                <span className="manage-list__title">{client.name}</span>
                <span className="manage-list__sub">{brandSummary(client)}</span>
              </div>
              <div className="manage-list__actions">
                <Button
                  size="sm"
                  onClick={() => setEditing(client)}
                  aria-label={`Edit ${client.name}`}
                >
                  Edit
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => archiveClient(api, client)}
                  aria-label={`Archive ${client.name}`}
                >
                  Archive
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ClientDialog
        open={editing !== null}
        client={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
      />
    </section>
  );
}
