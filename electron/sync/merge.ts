/**
 * Merge rules of folder sync, increment 1: per-field last-writer-wins by HLC. Pure functions
 * of plain data; applyBatch.ts does the reading and writing around them.
 *
 * HLC strings sort in clock order (see shared/domain/hlc.ts), and they end with the device id,
 * so two different changes never tie: every device picks the same winner.
 */

export interface FieldChange {
  entity: string;
  entityId: string;
  field: string;
  hlc: string;
  /** JSON text, as stored in `changes.value`. */
  value: string;
}

/** A row's field as one key, for maps. */
export const fieldKey = (c: Pick<FieldChange, 'entity' | 'entityId' | 'field'>): string =>
  `${c.entity}\u0000${c.entityId}\u0000${c.field}`;

/** True when a teammate's change should replace the local value (strictly later HLC). */
export function remoteWins(remoteHlc: string, localLatestHlc: string | null): boolean {
  return localLatestHlc === null || remoteHlc > localLatestHlc;
}

/** The newest change of each field among `changes` (the candidates for the field's value). */
export function latestPerField<C extends FieldChange>(changes: readonly C[]): Map<string, C> {
  const latest = new Map<string, C>();
  for (const c of changes) {
    const key = fieldKey(c);
    const seen = latest.get(key);
    if (!seen || c.hlc > seen.hlc) latest.set(key, c);
  }
  return latest;
}

/**
 * Which incoming changes become field values: per field, the newest incoming change, if it is
 * newer than the newest change this database already holds for that field. The others only
 * join the history (`changes`), where the losing values stay visible.
 */
export function winningChanges<C extends FieldChange>(
  incoming: readonly C[],
  localLatestHlc: (c: C) => string | null,
): C[] {
  return [...latestPerField(incoming).values()].filter((c) => remoteWins(c.hlc, localLatestHlc(c)));
}

export type RowFromHistory =
  { complete: true; values: Record<string, string> } | { complete: false; missing: string[] };

/**
 * A row this database does not have yet, rebuilt from every change it holds for it (newest
 * value per field). It can be created only when each required column has a value; until then
 * its changes wait in the history (e.g. edits of a row whose creating batch has not arrived).
 */
export function rowFromHistory(
  history: readonly Pick<FieldChange, 'field' | 'hlc' | 'value'>[],
  requiredFields: readonly string[],
): RowFromHistory {
  const latest = new Map<string, { hlc: string; value: string }>();
  for (const c of history) {
    const seen = latest.get(c.field);
    if (!seen || c.hlc > seen.hlc) latest.set(c.field, c);
  }
  const missing = requiredFields.filter((f) => {
    const v = latest.get(f);
    return v === undefined || v.value === 'null';
  });
  if (missing.length > 0) return { complete: false, missing };
  return {
    complete: true,
    values: Object.fromEntries([...latest].map(([field, v]) => [field, v.value])),
  };
}
