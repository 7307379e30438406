import type { CommitNotice } from '../../shared/model';
import type { ApiClient } from './client';

type Listener = (notice: CommitNotice) => void;

/**
 * One subscription to the backend's commit stream per window, shared by every store. The
 * stream reconnects with backoff, and a reconnect tells listeners to refetch everything
 * (notices may have been missed while disconnected).
 */
export function createLiveUpdates(client: ApiClient) {
  const listeners = new Set<Listener>();
  let controller: AbortController | null = null;

  async function run(signal: AbortSignal) {
    let delay = 250;
    let first = true;
    while (!signal.aborted) {
      try {
        const stream = await client.live.updates(undefined, { signal });
        if (!first) emit({ txId: 'reconnect', tables: ['*'], ids: [], campaignIds: null });
        first = false;
        delay = 250;
        for await (const notice of stream) emit(notice);
      } catch {
        if (signal.aborted) return;
      }
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 5000);
    }
  }

  function emit(notice: CommitNotice) {
    for (const l of listeners) l(notice);
  }

  return {
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      if (!controller) {
        controller = new AbortController();
        void run(controller.signal);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && controller) {
          controller.abort();
          controller = null;
        }
      };
    },
  };
}

export type LiveUpdates = ReturnType<typeof createLiveUpdates>;

/** Whether a notice touches any of the tables a view shows. */
export function touches(notice: CommitNotice, tables: readonly string[]): boolean {
  return notice.tables.includes('*') || notice.tables.some((t) => tables.includes(t));
}
