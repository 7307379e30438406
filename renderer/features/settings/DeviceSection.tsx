import { useId, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Button, toast } from '../../ui';
import { useWorkspaceStore } from '../workspace/workspaceStore';
import { backUpNow } from './backUpNow';

/** This laptop: its name in the sync log, where the data lives, and a backup on demand. */
export function DeviceSection() {
  const api = useApi();
  const headingId = useId();
  const info = useWorkspaceStore((s) => s.info);
  const [busy, setBusy] = useState(false);

  async function backup() {
    setBusy(true);
    try {
      await backUpNow(api);
    } catch (err) {
      toast.show({ kind: 'error', title: toBatonError(err).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>This computer</h2>
      <dl className="settings-facts">
        <div>
          <dt>Device name</dt>
          <dd>{info?.deviceName ?? '—'}</dd>
        </div>
        <div>
          <dt>Data folder</dt>
          <dd>
            <code>{info?.dataDir ?? '—'}</code>
          </dd>
        </div>
        <div>
          <dt>Baton version</dt>
          <dd>{info?.appVersion ?? '—'}</dd>
        </div>
      </dl>
      <div className="settings-section__actions">
        <Button onClick={() => void backup()} busy={busy}>
          Back up now
        </Button>
        <span className="settings-section__hint">
          Saves a copy of the database in the data folder’s backups.
        </span>
      </div>
    </section>
  );
}
