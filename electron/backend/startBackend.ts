import { createRouterClient, EventPublisher, onError } from '@orpc/server';
import { RPCHandler as MessagePortRPCHandler } from '@orpc/server/message-port';
import type { RouterClient } from '@orpc/server';
import type { SupportedMessagePort } from '@orpc/client/message-port';
import type { CommitNotice } from '../../shared/model';
import { BatonDatabase, type OpenOptions } from '../db/batonDatabase';
import { appVersion } from './appVersion';
import type { BackendHandle } from './backendHandle';
import type { BackendContext } from './context';
import { createRouter, type BatonRouter } from './router';
import { SyncController, type SyncControllerOptions } from './services/syncService';
import { campaignsOfRows, MAX_NOTICE_ROWS } from './views/noticeCampaigns';
import { SummaryCache } from './views/summaryCache';

export interface StartOptions extends OpenOptions {
  dataDir: string;
  /** Folder sync: `triggers` makes it run by itself (the app and browser mode). */
  sync?: SyncControllerOptions;
}

export interface Backend extends BackendHandle {
  readonly context: BackendContext;
  readonly router: BatonRouter;
  /** The same procedures, called in-process with the same validation (CLI, tests, bench). */
  readonly client: RouterClient<BatonRouter>;
}

export function logInternalErrors(error: unknown): void {
  // Typed errors are answers, not faults; only unexpected ones are worth a log line.
  // A caller's malformed request (bad JSON, a body over the limit: any 4xx) is answered, not
  // logged, or browser mode would print noise for every bad request.
  const e = error as { defined?: unknown; status?: unknown };
  if (e.defined === true || error instanceof SyntaxError) return;
  if (typeof e.status === 'number' && e.status < 500) return;
  console.error('Baton:', error);
}

/** Opens the database and wires the router, live updates and the MessagePort binding. */
export function startBackend(options: StartOptions): Backend {
  const db = BatonDatabase.open(options.dataDir, options);
  const now = options.now ?? Date.now;
  const version = appVersion();
  const context: BackendContext = {
    db,
    appVersion: version,
    now,
    summaries: new SummaryCache(),
    // Sync runs in its worker thread, unless a test drives the clock (it cannot cross threads).
    sync: new SyncController(db, version, now, {
      worker: options.now === undefined,
      ...options.sync,
    }),
  };
  const updates = new EventPublisher<{ commit: CommitNotice }>({ maxBufferedEvents: 100 });
  db.onCommit((e) => {
    // Teammates' batches applied here name thousands of rows in a catch-up: looked up all the
    // same, so the kept cards of other campaigns stay (a window refetches the board past 100).
    const campaignIds = campaignsOfRows(
      db.read,
      e.rows,
      e.origin === 'sync' && !e.elsewhere ? Infinity : MAX_NOTICE_ROWS,
    );
    // The sync worker's writes reach the kept cards through data_version and the change log,
    // or, quicker, through what the worker read of the log itself.
    if (!e.elsewhere) context.summaries.onCommit(e.tables, campaignIds);
    for (const f of e.followed ?? []) context.summaries.followed(f.after, f.upTo, f.campaignIds);
    updates.publish('commit', { txId: e.txId, tables: e.tables, ids: e.ids, campaignIds });
  });
  // After the live-update wiring: a first sync may apply teammates' batches.
  context.sync.resume();
  const router = createRouter(updates);
  const portHandler = new MessagePortRPCHandler(router, {
    interceptors: [onError(logInternalErrors)],
  });
  let closed = false;
  return {
    dataDir: options.dataDir,
    readOnlyReason: db.readOnlyReason,
    context,
    router,
    client: createRouterClient(router, { context }),
    servePort(port: SupportedMessagePort) {
      portHandler.upgrade(port, { context });
      (port as { start?: () => void }).start?.();
    },
    backup: () => db.backup('manual'),
    close() {
      if (closed) return;
      closed = true;
      // Stops the triggers now; a run in progress stops before its next batch.
      void context.sync.stop();
      db.close();
    },
  };
}
