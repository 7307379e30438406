import type { Change } from '../../../shared/model';

/** The one device every batch-file fixture here writes as. */
export const DEVICE = '0123456789abcdef';

/** The n-th rename of campaign c1 by DEVICE, in HLC order of n, inside transaction `txId`. */
export const change = (n: number, value: unknown, txId = 'tx1'): Change => ({
  id: `id-${n}`,
  entity: 'campaign',
  entityId: 'c1',
  field: 'name',
  value,
  hlc: `2026-03-02T09:00:00.000Z-${n.toString(16).padStart(4, '0')}-${DEVICE}`,
  deviceId: DEVICE,
  actorId: null,
  schemaVersion: 3,
  txId,
});
