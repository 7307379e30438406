import { useId, useState } from 'react';
import type { SyncStatus } from '../../../shared/model';
import { useApi } from '../../api/ApiContext';
import { toBatonError } from '../../api/errors';
import { Badge, Button, Dialog, toast } from '../../ui';
import { formatMoment, formatRelativeTime } from '../campaigns/timeFormat';
import { useSyncStore } from './syncStore';
import { fileLabel, parkedText, problemText, runResultText } from './syncSummary';

function When({ at }: { at: string }) {
  return (
    <time dateTime={at} title={formatMoment(at)}>
      {formatRelativeTime(at)}
    </time>
  );
}

/** Sync set up: where, who, how the last run went, who else writes there, what needs a look. */
export function SyncDetails({ status, folder }: { status: SyncStatus; folder: string }) {
  const api = useApi();
  const load = useSyncStore((s) => s.load);
  const setStatus = useSyncStore((s) => s.setStatus);
  const devicesId = useId();
  const issuesId = useId();
  const [running, setRunning] = useState(false);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const last = status.lastRun;
  const issueCount = status.problems.length + status.parked.length;
  // This computer first, then teammates' by name, whatever order the folder lists them in.
  const devices = [...status.devices].sort(
    (a, b) =>
      Number(b.isThisDevice) - Number(a.isThisDevice) || a.deviceName.localeCompare(b.deviceName),
  );

  async function syncNow() {
    setRunning(true);
    try {
      const result = await api.sync.run();
      toast.show({
        kind: result.error ? 'error' : 'success',
        title: result.error ? `Sync stopped: ${result.error}` : `Synced. ${runResultText(result)}`,
      });
    } catch (err) {
      toast.show({ kind: 'error', title: toBatonError(err).message });
    } finally {
      await load(api);
      setRunning(false);
    }
  }

  async function leave() {
    setLeaving(true);
    try {
      const next = await api.sync.leave();
      setConfirmLeave(false);
      setStatus(next);
      toast.show({ kind: 'success', title: 'Sync stopped on this computer' });
    } catch (err) {
      toast.show({ kind: 'error', title: toBatonError(err).message });
    } finally {
      setLeaving(false);
    }
  }

  return (
    <>
      <dl className="settings-facts">
        <div>
          <dt>Shared folder</dt>
          <dd>
            <code>{folder}</code>
          </dd>
        </div>
        <div>
          <dt>This computer</dt>
          <dd>{status.deviceName}</dd>
        </div>
        <div>
          <dt>Last sync</dt>
          <dd>
            {status.running || running ? (
              'Syncing now…'
            ) : last ? (
              <>
                <When at={last.at} /> · {runResultText(last)}
              </>
            ) : (
              'Not yet'
            )}
          </dd>
        </div>
        <div>
          <dt>Waiting to send</dt>
          <dd>
            {status.pendingChanges === 0
              ? 'Nothing: every change made here is in the folder'
              : `${status.pendingChanges.toLocaleString('en')} ${status.pendingChanges === 1 ? 'change' : 'changes'}, sent with the next sync`}
          </dd>
        </div>
      </dl>
      <div className="settings-section__actions">
        <Button variant="primary" busy={running} onClick={() => void syncNow()}>
          Sync now
        </Button>
        <Button variant="ghost" onClick={() => setConfirmLeave(true)}>
          Stop syncing
        </Button>
      </div>

      <section className="sync-part" aria-labelledby={devicesId}>
        <h3 id={devicesId}>Devices</h3>
        {devices.length === 0 ? (
          <p className="settings-section__hint">
            No computer has written to the folder yet. Each one shows here after its first sync.
          </p>
        ) : (
          <table className="sync-devices">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Baton version</th>
                <th scope="col">Last seen</th>
              </tr>
            </thead>
            <tbody>
              {devices.map((d) => (
                <tr key={d.deviceId}>
                  <th scope="row">
                    {d.deviceName}
                    {d.isThisDevice && (
                      <>
                        {' '}
                        <Badge tone="accent">This computer</Badge>
                      </>
                    )}
                  </th>
                  <td>{d.appVersion ?? 'Unknown'}</td>
                  <td>{d.lastSeen ? <When at={d.lastSeen} /> : 'Never'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="sync-part" aria-labelledby={issuesId}>
        <h3 id={issuesId}>
          Files not applied{issueCount > 0 ? ` (${issueCount.toLocaleString('en')})` : ''}
        </h3>
        {issueCount === 0 ? (
          <p className="settings-section__hint">
            None: every file in the folder was read and applied.
          </p>
        ) : (
          <ul className="sync-issues">
            {status.problems.map((p) => (
              <li key={`${p.kind}:${p.file}`} className="sync-issue">
                <code className="sync-issue__file">{fileLabel(p.file)}</code>
                <span>{problemText(p)}</span>
                <span className="sync-issue__detail">{p.message}</span>
              </li>
            ))}
            {status.parked.map((b) => (
              <li key={`parked:${b.file}`} className="sync-issue">
                <code className="sync-issue__file">{fileLabel(b.file)}</code>
                <span>{parkedText(b)}</span>
                <span className="sync-issue__detail">{b.message}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <Dialog
        open={confirmLeave}
        onClose={() => setConfirmLeave(false)}
        size="sm"
        title="Stop syncing on this computer?"
        description="Baton forgets the shared folder here. Your data stays on this computer, and the folder and your teammates’ copies are not touched. You can set up sync again later."
        footer={
          <>
            <Button onClick={() => setConfirmLeave(false)}>Cancel</Button>
            <Button variant="danger" busy={leaving} onClick={() => void leave()}>
              Stop syncing
            </Button>
          </>
        }
      />
    </>
  );
}
