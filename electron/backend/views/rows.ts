import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { preparedOnce } from '../../db/prepared';
import * as s from '../../db/schema';
import type { ReadDb } from '../../db/writeTx';

/** Loads rows whose `column` is in `ids`, in chunks that stay under SQLite's parameter limit. */
export function rowsWhereIn<T>(
  ids: readonly string[],
  load: (chunk: string[]) => T[],
  chunkSize = 500,
): T[] {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += chunkSize) out.push(...load(ids.slice(i, i + chunkSize)));
  return out;
}

export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/**
 * Which handoffs to load the parts of: one handoff, every live handoff of one campaign, or the
 * current handoff of every live campaign (the board). Scopes, not id lists: each is one
 * prepared query per table, where thousands of bound ids cost more to build than to run.
 */
export type HandoffScope =
  { handoffId: string } | { campaignId: string } | { currentOfEveryCampaign: true };

function scopeKey(scope: HandoffScope): string {
  if ('handoffId' in scope) return 'handoff';
  if ('campaignId' in scope) return 'campaign';
  return 'current';
}

function scopeParams(scope: HandoffScope): Record<string, string> {
  if ('handoffId' in scope) return { id: scope.handoffId };
  if ('campaignId' in scope) return { id: scope.campaignId };
  return {};
}

/** The current handoff of each live campaign: the live one leaving the stage it is in. */
export function currentHandoffIds(read: ReadDb) {
  return read
    .select({ id: s.handoffs.id })
    .from(s.handoffs)
    .innerJoin(s.campaigns, eq(s.campaigns.id, s.handoffs.campaignId))
    .where(
      and(
        isNull(s.handoffs.deletedAt),
        isNull(s.campaigns.deletedAt),
        eq(s.handoffs.fromStageId, s.campaigns.stageId),
      ),
    );
}

function inScope(read: ReadDb, column: SQLiteColumn, scope: HandoffScope): SQL {
  if ('handoffId' in scope) return eq(column, sql.placeholder('id'));
  if ('campaignId' in scope) {
    return inArray(
      column,
      read
        .select({ id: s.handoffs.id })
        .from(s.handoffs)
        .where(and(eq(s.handoffs.campaignId, sql.placeholder('id')), isNull(s.handoffs.deletedAt))),
    );
  }
  return inArray(column, currentHandoffIds(read));
}

function partQueries(read: ReadDb, scope: HandoffScope) {
  return preparedOnce(read, `parts:${scopeKey(scope)}`, () => ({
    fields: read
      .select()
      .from(s.handoffFields)
      .where(
        and(inScope(read, s.handoffFields.handoffId, scope), isNull(s.handoffFields.deletedAt)),
      )
      .prepare(),
    checklist: read
      .select()
      .from(s.checklistItems)
      .where(
        and(inScope(read, s.checklistItems.handoffId, scope), isNull(s.checklistItems.deletedAt)),
      )
      .prepare(),
    raci: read
      .select()
      .from(s.raciAssignments)
      .where(
        and(inScope(read, s.raciAssignments.handoffId, scope), isNull(s.raciAssignments.deletedAt)),
      )
      .prepare(),
    events: read
      .select()
      .from(s.handoffEvents)
      .where(inScope(read, s.handoffEvents.handoffId, scope))
      .orderBy(s.handoffEvents.at, s.handoffEvents.id)
      .prepare(),
    comments: read
      .select()
      .from(s.comments)
      .where(and(inScope(read, s.comments.handoffId, scope), isNull(s.comments.deletedAt)))
      .prepare(),
  }));
}

/**
 * Everything the gate and the trail need for the handoffs in `scope`, grouped by handoff id.
 * The board's cards need no comments: `withComments: false` skips reading them.
 */
export function loadHandoffParts(
  read: ReadDb,
  scope: HandoffScope,
  { withComments = true }: { withComments?: boolean } = {},
) {
  const q = partQueries(read, scope);
  const params = scopeParams(scope);
  const byHandoff = <T extends { handoffId: string }>(rows: T[]) =>
    groupBy(rows, (r) => r.handoffId);
  return {
    fields: byHandoff(q.fields.all(params)),
    checklist: byHandoff(q.checklist.all(params)),
    raci: byHandoff(q.raci.all(params)),
    events: byHandoff(q.events.all(params)),
    comments: withComments
      ? byHandoff(q.comments.all(params))
      : new Map<string, (typeof s.comments.$inferSelect)[]>(),
  };
}

export type HandoffParts = ReturnType<typeof loadHandoffParts>;

/** The parts of no handoff (a campaign without a current one). */
export const NO_PARTS: HandoffParts = {
  fields: new Map(),
  checklist: new Map(),
  raci: new Map(),
  events: new Map(),
  comments: new Map(),
};
