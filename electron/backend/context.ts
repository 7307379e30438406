import type { BatonDatabase } from '../db/batonDatabase';
import type { SyncController } from './services/syncService';
import type { SummaryCache } from './views/summaryCache';

/** What every procedure gets: the database and this device's facts. */
export interface BackendContext {
  db: BatonDatabase;
  appVersion: string;
  /** Wall clock in ms (injectable for tests). */
  now: () => number;
  /** The board's cards as last computed (see SummaryCache). */
  summaries: SummaryCache;
  /** Folder sync: settings and the runner (sync.* procedures). */
  sync: SyncController;
}

/** The person this laptop acts as, recorded as the actor of every change. */
export function actorOf(ctx: BackendContext): string | null {
  return ctx.db.deviceInfo().personId ?? null;
}
