import { create } from 'zustand';
import type { Client } from '../../../shared/model';
import type { ApiClient } from '../../api/client';
import { toBatonError } from '../../api/errors';
import { toast } from '../../ui';

/*
 * The contract has `clients.remove` but no `clients.restore`, so Undo cannot reverse a written
 * archive. Instead "Archive" hides the client in this window at once and writes the archive
 * when the Undo toast goes away (or the window closes); Undo just cancels the pending write.
 * Once the backend offers `clients.restore`, this becomes remove-then-restore like people.
 */

const UNDO_MS = 6000;

interface PendingArchive {
  timer: ReturnType<typeof setTimeout>;
  toastId: number;
  write: () => void;
}

const pending = new Map<string, PendingArchive>();

/** Clients archived here whose archive is not written yet: hidden from every list. */
export const useArchivingClients = create<{ ids: readonly string[] }>(() => ({ ids: [] }));

function setHidden(id: string, hidden: boolean) {
  useArchivingClients.setState((s) => ({
    ids: hidden ? [...s.ids, id] : s.ids.filter((x) => x !== id),
  }));
}

export function archiveClient(api: ApiClient, client: Client): void {
  if (pending.has(client.id)) return;
  setHidden(client.id, true);
  const write = () => {
    const entry = pending.get(client.id);
    if (!entry) return;
    pending.delete(client.id);
    clearTimeout(entry.timer);
    toast.dismiss(entry.toastId);
    api.clients
      .remove({ id: client.id })
      .catch((err: unknown) => {
        toast.show({
          kind: 'error',
          title: `“${client.name}” could not be archived: ${toBatonError(err).message}`,
        });
      })
      // Hidden until the list is reloaded without it (the live update follows the write).
      .finally(() => setTimeout(() => setHidden(client.id, false), 1000));
  };
  const toastId = toast.show({
    kind: 'success',
    title: `Archived “${client.name}”`,
    durationMs: UNDO_MS,
    action: { label: 'Undo', onAction: () => undoArchive(client.id) },
  });
  pending.set(client.id, { timer: setTimeout(write, UNDO_MS), toastId, write });
}

export function undoArchive(clientId: string): void {
  const entry = pending.get(clientId);
  if (!entry) return;
  pending.delete(clientId);
  clearTimeout(entry.timer);
  setHidden(clientId, false);
}

/** Writes every pending archive now: the window is going away. */
export function flushClientArchives(): void {
  for (const entry of [...pending.values()]) entry.write();
}

// Registered at module load, not by a screen: the person may archive, switch to the board and
// close the window before the toast is gone.
if (typeof window !== 'undefined') window.addEventListener('pagehide', flushClientArchives);
