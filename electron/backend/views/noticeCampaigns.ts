import { inArray } from 'drizzle-orm';
import * as s from '../../db/schema';
import type { EntityName } from '../../db/entities';
import type { ReadDb } from '../../db/writeTx';
import { rowsWhereIn } from './rows';

/** Past this many changed rows a notice names no campaigns: the board refetches everything. */
export const MAX_NOTICE_ROWS = 200;

/** The tables whose rows belong to one handoff. */
const HANDOFF_PARTS = {
  handoffField: s.handoffFields,
  checklistItem: s.checklistItems,
  raci: s.raciAssignments,
  handoffEvent: s.handoffEvents,
  comment: s.comments,
} as const;

/**
 * The campaigns a committed write concerned, looked up after the commit by the rows it
 * changed: so a window refetches just those cards instead of the whole board.
 */
export function campaignsOfRows(
  read: ReadDb,
  rows: Partial<Record<EntityName, readonly string[]>>,
): string[] | null {
  const total = Object.values(rows).reduce((n, ids) => n + (ids?.length ?? 0), 0);
  if (total > MAX_NOTICE_ROWS) return null;
  const campaigns = new Set<string>(rows.campaign ?? []);
  const handoffIds = new Set<string>(rows.handoff ?? []);
  for (const [entity, table] of Object.entries(HANDOFF_PARTS)) {
    const ids = rows[entity as keyof typeof HANDOFF_PARTS];
    if (!ids?.length) continue;
    for (const r of read
      .select({ handoffId: table.handoffId })
      .from(table)
      .where(inArray(table.id, [...ids]))
      .all()) {
      handoffIds.add(r.handoffId);
    }
  }
  for (const r of rowsWhereIn([...handoffIds], (chunk) =>
    read
      .select({ campaignId: s.handoffs.campaignId })
      .from(s.handoffs)
      .where(inArray(s.handoffs.id, chunk))
      .all(),
  )) {
    campaigns.add(r.campaignId);
  }
  return [...campaigns];
}
