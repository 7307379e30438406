import { asc, isNull } from 'drizzle-orm';
import { ruleViolation } from '../../../shared/domain';
import { defaultRowsStillShown } from '../../../shared/domain/handoffMapDefaults';
import type { CampaignType, HandoffMapRow, HandoffMapSaveInput } from '../../../shared/model';
import * as s from '../../db/schema';
import { actorOf, type BackendContext } from '../context';
import { peopleNames } from '../views/peopleNames';

/** The saved rows, then a default row for each default transition not edited yet. */
export function listHandoffMap(ctx: BackendContext): HandoffMapRow[] {
  const t = s.handoffMapEntries;
  const names = peopleNames(ctx.db.read);
  const saved: HandoffMapRow[] = ctx.db.read
    .select()
    .from(t)
    .where(isNull(t.deletedAt))
    .orderBy(asc(t.position), asc(t.id))
    .all()
    .map((r) => ({
      id: r.id,
      fromStage: r.fromStage,
      toStage: r.toStage,
      campaignType: r.campaignType as CampaignType | null,
      location: r.location,
      tool: r.tool,
      ownerId: r.ownerId,
      ownerName: r.ownerId ? (names.get(r.ownerId) ?? null) : null,
      notes: r.notes,
      position: r.position,
    }));
  const defaults: HandoffMapRow[] = defaultRowsStillShown(saved).map((d, i) => ({
    ...d,
    id: null,
    campaignType: null,
    ownerId: null,
    ownerName: null,
    position: 1000 + i,
  }));
  return [...saved, ...defaults];
}

/** Adds or edits one row through the write path. */
export function saveHandoffMapRow(
  ctx: BackendContext,
  input: HandoffMapSaveInput,
): HandoffMapRow[] {
  ctx.db.write(actorOf(ctx), (tx) => {
    if (input.ownerId) {
      const owner = tx.get('person', input.ownerId);
      if (!owner || owner.deletedAt)
        throw ruleViolation('ownerId', 'is not a person of this workspace');
    }
    const { id, ...values } = input;
    if (id) tx.update('handoffMapEntry', id, values);
    else tx.insert('handoffMapEntry', values);
  });
  return listHandoffMap(ctx);
}

export function removeHandoffMapRow(ctx: BackendContext, input: { id: string }): HandoffMapRow[] {
  ctx.db.write(actorOf(ctx), (tx) => tx.softDelete('handoffMapEntry', input.id));
  return listHandoffMap(ctx);
}
