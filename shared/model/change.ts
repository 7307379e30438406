import { z } from 'zod';

/** One field of one row changed by one transaction: the unit of the activity log and of sync. */
export const Change = z.object({
  id: z.string(),
  entity: z.string(),
  entityId: z.string(),
  field: z.string(),
  value: z.unknown(),
  hlc: z.string(),
  deviceId: z.string(),
  actorId: z.string().nullable(),
  schemaVersion: z.number().int(),
  txId: z.string(),
  /**
   * Edits of a package field's value: the change whose value the editor replaced (its HLC;
   * '' for an empty field), or 'merge' for a value sync's line merge computed. Absent on
   * other changes and on changes written before format 1.1 (see docs/sync-format.md).
   */
  base: z.string().nullable().optional(),
});
export type Change = z.infer<typeof Change>;
