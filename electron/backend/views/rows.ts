import { and, inArray, isNull } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { ReadDb } from '../../db/writeTx';
import * as s from '../../db/schema';

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

function live(col: SQLiteColumn) {
  return isNull(col);
}

/** Everything the gate and the trail need for a set of handoffs, grouped by handoff id. */
export function loadHandoffParts(read: ReadDb, handoffIds: readonly string[]) {
  const fields = rowsWhereIn(handoffIds, (c) =>
    read
      .select()
      .from(s.handoffFields)
      .where(and(inArray(s.handoffFields.handoffId, c), live(s.handoffFields.deletedAt)))
      .all(),
  );
  const checklist = rowsWhereIn(handoffIds, (c) =>
    read
      .select()
      .from(s.checklistItems)
      .where(and(inArray(s.checklistItems.handoffId, c), live(s.checklistItems.deletedAt)))
      .all(),
  );
  const raci = rowsWhereIn(handoffIds, (c) =>
    read
      .select()
      .from(s.raciAssignments)
      .where(and(inArray(s.raciAssignments.handoffId, c), live(s.raciAssignments.deletedAt)))
      .all(),
  );
  const events = rowsWhereIn(handoffIds, (c) =>
    read.select().from(s.handoffEvents).where(inArray(s.handoffEvents.handoffId, c)).all(),
  );
  const comments = rowsWhereIn(handoffIds, (c) =>
    read
      .select()
      .from(s.comments)
      .where(and(inArray(s.comments.handoffId, c), live(s.comments.deletedAt)))
      .all(),
  );
  return {
    fields: groupBy(fields, (r) => r.handoffId),
    checklist: groupBy(checklist, (r) => r.handoffId),
    raci: groupBy(raci, (r) => r.handoffId),
    events: groupBy(
      events.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id)),
      (r) => r.handoffId,
    ),
    comments: groupBy(comments, (r) => r.handoffId),
  };
}

export type HandoffParts = ReturnType<typeof loadHandoffParts>;
