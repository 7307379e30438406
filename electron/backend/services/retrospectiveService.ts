import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { dayInZone, DomainError, notFound, ruleViolation } from '../../../shared/domain';
import {
  checkRetrospectiveComplete,
  doneStageId,
  learningsBriefText,
  retrospectiveDueDay,
  retrospectiveState,
} from '../../../shared/domain/retrospective';
import type {
  AddLearning,
  Campaign,
  CampaignFromRetrospective,
  CampaignType,
  Channel,
  CompleteRetrospective,
  NewRetroImprovement,
  PlaybookEntry,
  RetrospectiveView,
  UpdateRetroImprovement,
  UpdateRetrospective,
} from '../../../shared/model';
import * as s from '../../db/schema';
import { derivedId } from '../../db/uuid';
import type { ReadDb, WriteTx } from '../../db/writeTx';
import { actorOf, type BackendContext } from '../context';
import { peopleNames } from '../views/peopleNames';
import { createCampaign } from './campaignService';
import { setHandoffField } from './handoffService';
import { playbookEntryById } from './playbookService';
import { requireWorkspace } from './workspaceService';

/**
 * Schedules the campaign's retrospective when `toStageId` is the Done stage: owner the campaign
 * owner, due a week after today in the home time zone. The id is derived from the campaign, so
 * two laptops moving the same card to Done schedule one retrospective, not two; a campaign
 * that comes back to Done keeps the one it has.
 */
export function scheduleRetrospectiveOnDone(tx: WriteTx, campaignId: string, toStageId: string) {
  if (doneStageId(tx.read.select().from(s.stages).all()) !== toStageId) return;
  const id = derivedId(`retrospective:${campaignId}`);
  const existing = tx.get('retrospective', id);
  if (existing) {
    if (existing.deletedAt) tx.restore('retrospective', id);
    return;
  }
  const campaign = tx.require('campaign', campaignId);
  const ws = tx.read.select().from(s.workspaces).get();
  tx.insert('retrospective', {
    id,
    campaignId,
    ownerId: campaign.ownerId,
    dueDay: retrospectiveDueDay(Date.parse(tx.at), ws?.homeTimeZone ?? 'UTC'),
    heldOn: null,
    whatWorked: '',
    whatDidNot: '',
    status: 'scheduled',
    createdAt: tx.at,
  });
}

function today(ctx: BackendContext): string {
  return dayInZone(ctx.now(), requireWorkspace(ctx).workspace.homeTimeZone);
}

function views(
  ctx: BackendContext,
  read: ReadDb,
  ids: readonly string[] | null,
): RetrospectiveView[] {
  const base = read
    .select({
      r: s.retrospectives,
      campaignName: s.campaigns.name,
      campaignType: s.campaigns.type,
      channels: s.campaigns.channels,
      clientId: s.campaigns.clientId,
      clientName: s.clients.name,
    })
    .from(s.retrospectives)
    .innerJoin(s.campaigns, eq(s.campaigns.id, s.retrospectives.campaignId))
    .innerJoin(s.clients, eq(s.clients.id, s.campaigns.clientId));
  const rows = (
    ids === null
      ? base.where(and(isNull(s.retrospectives.deletedAt), isNull(s.campaigns.deletedAt)))
      : base.where(inArray(s.retrospectives.id, [...ids]))
  )
    .orderBy(asc(s.retrospectives.dueDay), asc(s.retrospectives.id))
    .all();
  if (rows.length === 0) return [];
  const retroIds = rows.map((x) => x.r.id);
  const improvements = read
    .select()
    .from(s.retroImprovements)
    .where(
      and(
        inArray(s.retroImprovements.retrospectiveId, retroIds),
        isNull(s.retroImprovements.deletedAt),
      ),
    )
    .orderBy(asc(s.retroImprovements.position), asc(s.retroImprovements.id))
    .all();
  const learnings = read
    .select({
      id: s.playbookEntries.id,
      title: s.playbookEntries.title,
      retrospectiveId: s.playbookEntries.retrospectiveId,
    })
    .from(s.playbookEntries)
    .where(
      and(
        inArray(s.playbookEntries.retrospectiveId, retroIds),
        isNull(s.playbookEntries.deletedAt),
      ),
    )
    .all();
  const names = peopleNames(read);
  const day = today(ctx);
  return rows.map(({ r, ...c }) => {
    const status = r.status === 'done' ? 'done' : 'scheduled';
    const st = retrospectiveState({ dueDay: r.dueDay, heldOn: r.heldOn, status }, day);
    return {
      id: r.id,
      campaignId: r.campaignId,
      campaignName: c.campaignName,
      campaignType: c.campaignType,
      channels: Array.isArray(c.channels) ? c.channels.map(String) : [],
      clientId: c.clientId,
      clientName: c.clientName,
      ownerId: r.ownerId,
      ownerName: r.ownerId ? (names.get(r.ownerId) ?? null) : null,
      dueDay: r.dueDay,
      heldOn: r.heldOn,
      whatWorked: r.whatWorked,
      whatDidNot: r.whatDidNot,
      status,
      state: st.state,
      due: st.due,
      overdue: st.overdue,
      stateMessage: st.message,
      improvements: improvements
        .filter((i) => i.retrospectiveId === r.id)
        .map((i) => ({
          id: i.id,
          retrospectiveId: i.retrospectiveId,
          text: i.text,
          ownerId: i.ownerId,
          ownerName: i.ownerId ? (names.get(i.ownerId) ?? null) : null,
          templateChange: i.templateChange,
          position: i.position,
        })),
      learningIds: learnings.filter((l) => l.retrospectiveId === r.id).map((l) => l.id),
      learnings: learnings
        .filter((l) => l.retrospectiveId === r.id)
        .map((l) => ({ id: l.id, title: l.title })),
    };
  });
}

/** Every retrospective, soonest due first, with its due/overdue state for today. */
export function listRetrospectives(
  ctx: BackendContext,
  input?: { includeHeld?: boolean },
): RetrospectiveView[] {
  const all = views(ctx, ctx.db.read, null);
  return input?.includeHeld === false ? all.filter((r) => r.status !== 'done') : all;
}

export function getRetrospective(ctx: BackendContext, input: { id: string }): RetrospectiveView {
  const view = views(ctx, ctx.db.read, [input.id])[0];
  if (!view) throw notFound('retrospective', input.id);
  return view;
}

function requirePerson(tx: WriteTx, id: string | null | undefined, field: string): void {
  if (!id) return;
  const p = tx.get('person', id);
  if (!p || p.deletedAt) throw ruleViolation(field, 'names a person who is not in the workspace');
}

export function updateRetrospective(
  ctx: BackendContext,
  input: UpdateRetrospective,
): RetrospectiveView {
  ctx.db.write(actorOf(ctx), (tx) => {
    tx.require('retrospective', input.id);
    requirePerson(tx, input.ownerId, 'ownerId');
    const { id, ...patch } = input;
    tx.update('retrospective', id, patch);
  });
  return getRetrospective(ctx, { id: input.id });
}

export function addImprovement(ctx: BackendContext, input: NewRetroImprovement): RetrospectiveView {
  ctx.db.write(actorOf(ctx), (tx) => {
    tx.require('retrospective', input.retrospectiveId);
    requirePerson(tx, input.ownerId, 'ownerId');
    const existing = tx.read
      .select({ position: s.retroImprovements.position })
      .from(s.retroImprovements)
      .where(eq(s.retroImprovements.retrospectiveId, input.retrospectiveId))
      .all();
    tx.insert('retroImprovement', {
      ...input,
      position: existing.reduce((max, i) => Math.max(max, i.position + 1), 0),
      createdAt: tx.at,
    });
  });
  return getRetrospective(ctx, { id: input.retrospectiveId });
}

export function updateImprovement(
  ctx: BackendContext,
  input: UpdateRetroImprovement,
): RetrospectiveView {
  const retrospectiveId = ctx.db.write(actorOf(ctx), (tx) => {
    const row = tx.require('retroImprovement', input.id);
    requirePerson(tx, input.ownerId, 'ownerId');
    const { id, ...patch } = input;
    tx.update('retroImprovement', id, patch);
    return row.retrospectiveId;
  });
  return getRetrospective(ctx, { id: retrospectiveId });
}

export function removeImprovement(ctx: BackendContext, input: { id: string }): RetrospectiveView {
  const retrospectiveId = ctx.db.write(
    actorOf(ctx),
    (tx) => tx.softDelete('retroImprovement', input.id).retrospectiveId,
  );
  return getRetrospective(ctx, { id: retrospectiveId });
}

export function restoreImprovement(ctx: BackendContext, input: { id: string }): RetrospectiveView {
  const retrospectiveId = ctx.db.write(
    actorOf(ctx),
    (tx) => tx.restore('retroImprovement', input.id).retrospectiveId,
  );
  return getRetrospective(ctx, { id: retrospectiveId });
}

/** Completes it once the form is complete (shared/domain checkRetrospectiveComplete). */
export function completeRetrospective(
  ctx: BackendContext,
  input: CompleteRetrospective,
): RetrospectiveView {
  const heldOn = input.heldOn ?? today(ctx);
  ctx.db.write(actorOf(ctx), (tx) => {
    const r = tx.require('retrospective', input.id);
    const improvements = tx.read
      .select()
      .from(s.retroImprovements)
      .where(
        and(
          eq(s.retroImprovements.retrospectiveId, input.id),
          isNull(s.retroImprovements.deletedAt),
        ),
      )
      .orderBy(asc(s.retroImprovements.position), asc(s.retroImprovements.id))
      .all();
    const check = checkRetrospectiveComplete({ ...r, improvements });
    if (!check.complete) throw new DomainError('RULE_VIOLATION', check.message, check.missing);
    tx.update('retrospective', input.id, { status: 'done', heldOn });
  });
  return getRetrospective(ctx, { id: input.id });
}

/** A learning into the playbook, tagged with the campaign's type, channels and client. */
export function addLearning(ctx: BackendContext, input: AddLearning): PlaybookEntry {
  const id = ctx.db.write(actorOf(ctx), (tx) => {
    const r = tx.require('retrospective', input.retrospectiveId);
    const campaign = tx.require('campaign', r.campaignId);
    return tx.insert('playbookEntry', {
      title: input.title,
      body: input.body,
      campaignType: campaign.type,
      channels: Array.isArray(campaign.channels) ? campaign.channels : [],
      clientId: campaign.clientId,
      retrospectiveId: r.id,
      createdAt: tx.at,
    }).id;
  });
  return playbookEntryById(ctx.db.read, id);
}

/**
 * "Start next campaign": a campaign of the same type, client and channels whose Strategy →
 * Creative brief's Context carries the chosen learnings. Two writes (the campaign, then the
 * field through the ordinary field path, so it is validated and logged like any edit).
 */
export function campaignFromRetrospective(
  ctx: BackendContext,
  input: CampaignFromRetrospective,
): Campaign {
  const r = getRetrospective(ctx, { id: input.retrospectiveId });
  const learnings = input.learningIds.map((id) => {
    try {
      return playbookEntryById(ctx.db.read, id);
    } catch {
      throw ruleViolation('learningIds', `names a playbook entry that does not exist (${id})`);
    }
  });
  const campaign = createCampaign(ctx, {
    name: input.name,
    clientId: r.clientId,
    type: r.campaignType as CampaignType,
    channels: r.channels as Channel[],
    launchDate: input.launchDate ?? null,
    ownerId: r.ownerId,
    team: [],
  });
  const text = learningsBriefText(learnings);
  if (text) {
    const handoff = ctx.db.read
      .select({ id: s.handoffs.id })
      .from(s.handoffs)
      .where(and(eq(s.handoffs.campaignId, campaign.id), isNull(s.handoffs.deletedAt)))
      .get();
    if (handoff) setHandoffField(ctx, { handoffId: handoff.id, key: 'context', value: text });
  }
  return campaign;
}
