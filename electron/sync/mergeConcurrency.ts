/**
 * Which changes the writer of a batch had seen. Pure. HLC order alone cannot tell an edit made
 * after seeing another from one made offline at a later wall time, so each batch header says
 * what its writer had applied (`knows`: per device, the sequence up to which every batch was
 * applied), and this database knows which batch carried each change it holds.
 */

export interface ChangeRef {
  deviceId: string;
  hlc: string;
}

export interface BatchWriter {
  deviceId: string;
  knows?: Readonly<Record<string, number>>;
}

/**
 * True when the writer had `change` when it exported: its own changes always, another
 * device's when the writer had applied the batch that carried it. `batchSeqOf` is the
 * sequence of that batch as this database recorded it (undefined: not exported yet).
 */
export function writerKnew(
  writer: BatchWriter,
  change: ChangeRef,
  batchSeqOf: (change: ChangeRef) => number | undefined,
): boolean {
  if (change.deviceId === writer.deviceId) return true;
  const seq = batchSeqOf(change);
  const applied = writer.knows?.[change.deviceId];
  return seq !== undefined && applied !== undefined && applied >= seq;
}
