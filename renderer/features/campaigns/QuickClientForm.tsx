import { type KeyboardEvent, useState } from 'react';
import type { Client } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Button, TextField } from '../../ui';
import { useClientsStore } from '../clients/clientsStore';

/**
 * "Add client" without leaving the campaign form: a name is enough, brand guidelines can follow
 * on the Clients screen. Not a <form>: it sits inside the campaign form, and forms cannot nest.
 */
export function QuickClientForm(props: {
  onAdded: (client: Client) => void;
  onCancel: () => void;
}) {
  const { onAdded, onCancel } = props;
  const api = useApi();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function add() {
    if (!name.trim()) {
      setError('Client name is required');
      return;
    }
    setBusy(true);
    try {
      const client = await api.clients.create({ name });
      // Reload before selecting it, so the select already has the option.
      await useClientsStore.getState().load(api);
      onAdded(client);
    } catch (err) {
      const e = toBatonError(err);
      setError(e.issues.find((i) => i.field === 'name')?.problem ?? e.message);
    } finally {
      setBusy(false);
    }
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter here adds the client; it must not submit the campaign form around it.
    if (e.key === 'Enter') {
      e.preventDefault();
      void add();
    } else if (e.key === 'Escape') {
      e.preventDefault(); // keep the dialog open, close only this row
      onCancel();
    }
  };

  return (
    <div className="quick-client" role="group" aria-label="Add a client">
      <TextField
        label="New client name"
        value={name}
        error={error}
        autoFocus
        onChange={(e) => {
          setName(e.target.value);
          setError(undefined);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="quick-client__actions">
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button onClick={() => void add()} busy={busy}>
          Add client
        </Button>
      </div>
    </div>
  );
}
