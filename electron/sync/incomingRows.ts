import type { Change } from '../../shared/model';
import type { EntityName } from '../db/entities';
import { remoteWins, type FieldChange } from './merge';

/** A teammate's change with its value as JSON text (as `changes.value` stores it). */
export type IncomingChange = FieldChange & { source: Change };

/** A change this database already held before the batch. */
export interface HeldChange extends FieldChange {
  id: string;
  deviceId: string;
}

/** One row a batch touches: what this database held of it and what the batch adds. */
export interface IncomingRow {
  entity: EntityName;
  entityId: string;
  held: readonly HeldChange[];
  /** The batch's changes of the row that this database does not hold yet. */
  incoming: IncomingChange[];
}

/**
 * The batch's changes grouped by row, each row's history read once (`heldOf`, before the
 * batch joins it). A catch-up brings tens of thousands of rows: one indexed read per row
 * tells which changes are new and which fields they win, where a look per change cost most
 * of the time. A change already held (the same batch again, or the same change by another
 * path) is left out.
 */
export function incomingRows(
  changes: readonly Change[],
  heldOf: (entity: EntityName, entityId: string) => HeldChange[],
): IncomingRow[] {
  // By entity, then row id (no key string built per change); rows in order of first change.
  const byEntity = new Map<string, Map<string, Change[]>>();
  const lists: Change[][] = [];
  for (const c of changes) {
    let byId = byEntity.get(c.entity);
    if (!byId) byEntity.set(c.entity, (byId = new Map()));
    const list = byId.get(c.entityId);
    if (list) list.push(c);
    else {
      const first = [c];
      byId.set(c.entityId, first);
      lists.push(first);
    }
  }
  const rows: IncomingRow[] = [];
  for (const list of lists) {
    const { entity, entityId } = list[0]! as { entity: EntityName; entityId: string };
    const held = heldOf(entity, entityId);
    const heldIds = held.length > 0 ? new Set(held.map((h) => h.id)) : null;
    const incoming: IncomingChange[] = [];
    for (const c of list) {
      if (heldIds?.has(c.id)) continue;
      incoming.push({
        entity,
        entityId,
        field: c.field,
        hlc: c.hlc,
        value: JSON.stringify(c.value),
        source: c,
      });
    }
    if (incoming.length > 0) rows.push({ entity, entityId, held, incoming });
  }
  return rows;
}

/**
 * The row's incoming changes that become field values: per field the newest incoming one,
 * if newer than every change of that field the database held (last writer wins by HLC).
 */
export function winnersOfRow(row: IncomingRow): IncomingChange[] {
  const latestHeld = new Map<string, string>();
  for (const h of row.held) {
    const seen = latestHeld.get(h.field);
    if (seen === undefined || h.hlc > seen) latestHeld.set(h.field, h.hlc);
  }
  // `latestPerField` by field alone: every change here is of this one row.
  const latest = new Map<string, IncomingChange>();
  for (const c of row.incoming) {
    const seen = latest.get(c.field);
    if (!seen || c.hlc > seen.hlc) latest.set(c.field, c);
  }
  return [...latest.values()].filter((c) => remoteWins(c.hlc, latestHeld.get(c.field) ?? null));
}
