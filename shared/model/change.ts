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
});
export type Change = z.infer<typeof Change>;
