import { ORPCError } from '@orpc/server';
import { DomainError } from '../../shared/domain';
import type { SyncDevice } from './syncDevices';

/**
 * True for an answer the app gives on purpose (a domain rule refused the edit: a gate not
 * passed, a campaign in the trash), false for a fault. Random schedules try edits that the
 * rules may refuse; only faults should fail a test.
 */
export function isRefusal(err: unknown): boolean {
  if (err instanceof DomainError) return true;
  return err instanceof ORPCError && err.defined;
}

/** The ids of the changes this device made itself (what it accepted as its own). */
export function ownChangeIds(d: SyncDevice): string[] {
  return d.backend.context.db.sqlite
    .prepare('SELECT id FROM changes WHERE device_id = ? ORDER BY id')
    .pluck()
    .all(d.deviceId) as string[];
}
