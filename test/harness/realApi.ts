import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import type { Backend } from '../../electron/backend/startBackend';
import type { ApiClient } from '../../renderer/api/client';
import { createLiveUpdates, type LiveUpdates } from '../../renderer/api/liveUpdates';
import { backendEachTest } from './backendEachTest';

/** What `<ApiProvider api={…}>` takes, plus the backend behind it for seeding and reading back. */
export interface RealApi {
  backend: Backend;
  client: ApiClient;
  live: LiveUpdates;
}

/**
 * For component tests: each test of the calling file gets a real backend over its own SQLite
 * file (see backendEachTest), reached in-process with the same validation as IPC, and the
 * renderer's own live-update stream over it. After each test the rendered tree is unmounted and
 * any subscription still open is ended before the backend closes, so no stream outlives its
 * database and vitest exits cleanly.
 */
export function realApiEachTest(prefix: string, startIso: string): () => RealApi {
  const backendOf = backendEachTest(prefix, startIso);
  let current: RealApi | null = null;
  const open = new Set<() => void>();
  // Registered after backendEachTest's: vitest runs afterEach hooks last-registered first, so
  // this runs while the backend is still open.
  afterEach(() => {
    cleanup();
    for (const stop of [...open]) stop();
    open.clear();
    current = null;
  });
  return () => {
    const backend = backendOf();
    if (current?.backend === backend) return current;
    const client: ApiClient = backend.client;
    const shared = createLiveUpdates(client);
    const live: LiveUpdates = {
      subscribe(listener) {
        const stop = shared.subscribe(listener);
        const once = () => {
          if (open.delete(once)) stop();
        };
        open.add(once);
        return once;
      },
    };
    current = { backend, client, live };
    return current;
  };
}
