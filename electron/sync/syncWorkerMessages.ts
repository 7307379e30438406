import type { FollowedChanges } from '../db/batonDatabase';
import type { EntityName } from '../db/entities';
import type { SyncReport } from './syncFolder';

/** What the sync worker thread is started with. */
export interface SyncWorkerData {
  dataDir: string;
}

/** The app's thread to the sync worker. */
export type ToSyncWorker =
  | { kind: 'run'; id: number; folder: string; appVersion?: string }
  /** Stop after the batch being applied (each batch is all or nothing). */
  | { kind: 'stop' };

/** The sync worker to the app's thread. */
export type FromSyncWorker =
  /** A batch was applied: these synced rows changed (for live updates and caches). */
  | {
      kind: 'applied';
      rows: Partial<Record<EntityName, string[]>>;
      /** The campaigns those rows belong to, worked out here rather than on the app's thread. */
      followed: FollowedChanges;
    }
  | { kind: 'done'; id: number; report: SyncReport }
  | { kind: 'failed'; id: number; message: string }
  /** After `done` or `failed`: the run's checkpoint is over, this thread idle again. */
  | { kind: 'settled'; id: number };
