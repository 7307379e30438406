import { desc, eq, inArray } from 'drizzle-orm';
import {
  describeTransaction,
  GENERIC_TEMPLATE,
  notFound,
  type ChangeFact,
} from '../../../shared/domain';
import type { ActivityEntry, Change } from '../../../shared/model';
import * as s from '../../db/schema';
import type { BackendContext } from '../context';
import { TemplateCatalog } from '../templateCatalog';
import { rowsWhereIn } from '../views/rows';

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

/**
 * A campaign's activity trail in words, newest first: one line per transaction that touched
 * the campaign, its handoffs or anything inside them.
 */
export function campaignActivity(
  ctx: BackendContext,
  input: { id: string; limit: number },
): ActivityEntry[] {
  const read = ctx.db.read;
  const campaign = read.select().from(s.campaigns).where(eq(s.campaigns.id, input.id)).get();
  if (!campaign) throw notFound('campaign', input.id);
  const handoffs = read
    .select()
    .from(s.handoffs)
    .where(eq(s.handoffs.campaignId, campaign.id))
    .all();
  const handoffIds = handoffs.map((h) => h.id);
  const children = new Map<string, string>();
  const fieldKeys = new Map<string, string>();
  const checklistLabels = new Map<string, string>();
  const inHandoffs = <T extends { id: string; handoffId: string }>(rows: T[]) => {
    for (const r of rows) children.set(r.id, r.handoffId);
    return rows;
  };
  for (const f of inHandoffs(
    rowsWhereIn(handoffIds, (c) =>
      read.select().from(s.handoffFields).where(inArray(s.handoffFields.handoffId, c)).all(),
    ),
  )) {
    fieldKeys.set(f.id, f.key);
  }
  for (const c of inHandoffs(
    rowsWhereIn(handoffIds, (c) =>
      read.select().from(s.checklistItems).where(inArray(s.checklistItems.handoffId, c)).all(),
    ),
  )) {
    checklistLabels.set(c.id, c.label);
  }
  inHandoffs(
    rowsWhereIn(handoffIds, (c) =>
      read.select().from(s.raciAssignments).where(inArray(s.raciAssignments.handoffId, c)).all(),
    ),
  );
  inHandoffs(
    rowsWhereIn(handoffIds, (c) =>
      read.select().from(s.handoffEvents).where(inArray(s.handoffEvents.handoffId, c)).all(),
    ),
  );
  inHandoffs(
    rowsWhereIn(handoffIds, (c) =>
      read.select().from(s.comments).where(inArray(s.comments.handoffId, c)).all(),
    ),
  );

  const stages = new Map(
    read
      .select()
      .from(s.stages)
      .all()
      .map((st) => [st.id, st.name]),
  );
  const people = new Map(
    read
      .select()
      .from(s.people)
      .all()
      .map((p) => [p.id, p.name]),
  );
  const handoffById = new Map(handoffs.map((h) => [h.id, h]));
  const templates = new TemplateCatalog(read);
  const ids = [campaign.id, ...handoffIds, ...children.keys()];
  const changes = rowsWhereIn(ids, (c) =>
    read.select().from(s.changes).where(inArray(s.changes.entityId, c)).all(),
  ).sort((a, b) => (a.hlc < b.hlc ? 1 : a.hlc > b.hlc ? -1 : 0));

  const byTx = new Map<string, typeof changes>();
  for (const c of changes) {
    const list = byTx.get(c.txId);
    if (list) list.push(c);
    else byTx.set(c.txId, [c]);
  }
  const names = {
    person: (id: string | null) => (id ? (people.get(id) ?? 'someone') : 'nobody'),
    stage: (id: string) => stages.get(id) ?? 'another stage',
    handoff: (id: string) => {
      const h = handoffById.get(id);
      return h ? `${stages.get(h.fromStageId) ?? '?'} → ${stages.get(h.toStageId) ?? '?'}` : null;
    },
    handoffOf: (_entity: string, id: string) => children.get(id) ?? null,
    fieldLabel: (handoffId: string, fieldId: string) => {
      const h = handoffById.get(handoffId);
      const template = h ? templates.forHandoff(h.templateId) : GENERIC_TEMPLATE;
      const key = fieldKeys.get(fieldId) ?? '';
      return template.fields.find((f) => f.key === key)?.label ?? key;
    },
    checklistLabel: (itemId: string) => checklistLabels.get(itemId) ?? 'a checklist item',
  };
  const entries: ActivityEntry[] = [];
  for (const [txId, txChanges] of byTx) {
    if (entries.length >= input.limit) break;
    const facts: ChangeFact[] = txChanges.map((c) => ({
      entity: c.entity,
      entityId: c.entityId,
      field: c.field,
      value: JSON.parse(c.value) as unknown,
    }));
    const text = describeTransaction(facts, names);
    if (!text) continue;
    const first = txChanges[txChanges.length - 1]!;
    // An event names who acted (a sign-off recorded on someone's behalf, the sample agency's
    // history); otherwise the transaction's actor is who did it.
    const eventActor = facts.find((f) => f.entity === 'handoffEvent' && f.field === 'actorId');
    const actorId = (eventActor?.value as string | undefined) ?? first.actorId;
    const handoffId =
      facts
        .map((f) => (f.entity === 'handoff' ? f.entityId : children.get(f.entityId)))
        .find(Boolean) ?? null;
    entries.push({
      id: txId,
      at: first.hlc.slice(0, 24),
      actorId,
      actorName: actorId ? (people.get(actorId) ?? 'Someone') : 'Baton',
      deviceId: first.deviceId,
      text,
      handoffId,
    });
  }
  return entries;
}
