import type { Change } from '../../shared/model';

/** An HLC timestamp as change lines carry it (shared/domain/hlc.ts writes them). */
export const HLC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9a-f]{4}-[0-9a-zA-Z]+$/;

/**
 * A change line's fault, or null. Checked by hand rather than with zod: a 50 MB snapshot or a
 * catch-up holds a hundred thousand of them (budgets of 3 s and 2 s), and zod took a third
 * of the time of decoding a batch.
 */
export function changeFault(c: unknown): string | null {
  if (typeof c !== 'object' || c === null) return 'not an object';
  const r = c as Record<string, unknown>;
  for (const key of ['id', 'entity', 'entityId', 'field', 'deviceId', 'txId'] as const) {
    if (typeof r[key] !== 'string') return `${key} is not text`;
  }
  if (!('value' in r)) return 'value is missing';
  if (typeof r.hlc !== 'string' || !HLC.test(r.hlc)) return 'hlc is not an HLC timestamp';
  if (r.actorId !== null && typeof r.actorId !== 'string') return 'actorId is not text or null';
  if (!Number.isInteger(r.schemaVersion)) return 'schemaVersion is not a whole number';
  if (r.base !== undefined && r.base !== null && typeof r.base !== 'string') {
    return 'base is not text or null';
  }
  return null;
}

/**
 * A line that passed `changeFault`, as a change: the parsed object itself, not a copy (a
 * catch-up decodes 100,000 of them). Keys a newer writer may add ride along unread: changes
 * are stored column by column.
 */
export function changeOf(c: unknown): Change {
  const r = c as Change;
  if (r.actorId === undefined) r.actorId = null;
  return r;
}
