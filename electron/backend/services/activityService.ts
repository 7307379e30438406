import { desc, eq } from 'drizzle-orm';
import type { Change } from '../../../shared/model';
import * as s from '../../db/schema';
import type { BackendContext } from '../context';

/** The change log, newest first: the activity feed and the audit trail. */
export function listActivity(
  ctx: BackendContext,
  input: { entityId?: string; limit: number },
): Change[] {
  const q = ctx.db.read.select().from(s.changes);
  const rows = (input.entityId ? q.where(eq(s.changes.entityId, input.entityId)) : q)
    .orderBy(desc(s.changes.hlc))
    .limit(input.limit)
    .all();
  return rows.map((r) => ({ ...r, value: JSON.parse(r.value) as unknown }));
}
