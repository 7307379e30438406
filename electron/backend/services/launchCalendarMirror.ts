import { and, eq, isNull } from 'drizzle-orm';
import {
  launchRowKey,
  launchWhenOf,
  planLaunchMirror,
  type LaunchMirrorPlan,
  type LaunchRow,
  type MirroredItem,
} from '../../../shared/domain/calendar';
import { LAUNCH_CHECKED_FIELDS } from '../../../shared/domain/launch';
import type { LaunchMirrorResult, SyncLaunchCalendar } from '../../../shared/model';
import * as s from '../../db/schema';
import type { ReadDb, WriteTx } from '../../db/writeTx';
import { actorOf, type BackendContext } from '../context';
import { templateOfHandoff } from '../templateCatalog';
import { reopenIfChangedSinceApproval } from './handoffFlowService';

// The calendar mirrors each Production → Launch package's launch sequence (a table field keyed
// `launchSequence`): writing the field brings the items in step in the same transaction, and
// moving a mirrored item writes its new time back into the row, so the two never disagree.

const FIELD = LAUNCH_CHECKED_FIELDS.launchSequence;

function hasLaunchSequence(read: ReadDb, handoff: { templateId: string }): boolean {
  return templateOfHandoff(read, handoff).fields.some((f) => f.key === FIELD && f.type === 'table');
}

function toRows(value: unknown): LaunchRow[] {
  if (!Array.isArray(value)) return [];
  return value.map((r: unknown): LaunchRow => {
    const o = typeof r === 'object' && r !== null ? (r as Record<string, unknown>) : {};
    const text = (k: string) => (typeof o[k] === 'string' ? o[k] : undefined);
    return {
      what: text('what'),
      channel: text('channel'),
      when: text('when'),
      owner: text('owner'),
    };
  });
}

function sequenceField(read: ReadDb, handoffId: string) {
  return read
    .select()
    .from(s.handoffFields)
    .where(
      and(
        eq(s.handoffFields.handoffId, handoffId),
        eq(s.handoffFields.key, FIELD),
        isNull(s.handoffFields.deletedAt),
      ),
    )
    .get();
}

function mirroredItems(read: ReadDb, handoffId: string): MirroredItem[] {
  return read
    .select()
    .from(s.calendarItems)
    .where(and(eq(s.calendarItems.launchHandoffId, handoffId), isNull(s.calendarItems.deletedAt)))
    .all()
    .map((i) => ({
      id: i.id,
      launchRowKey: i.launchRowKey ?? '',
      title: i.title,
      channel: i.channel,
      at: i.at,
      ownerId: i.ownerId,
    }));
}

function livePeople(read: ReadDb): Set<string> {
  return new Set(
    read
      .select({ id: s.people.id })
      .from(s.people)
      .where(isNull(s.people.deletedAt))
      .all()
      .map((p) => p.id),
  );
}

function homeZone(read: ReadDb): string {
  return read.select({ zone: s.workspaces.homeTimeZone }).from(s.workspaces).get()?.zone ?? 'UTC';
}

/** Brings one handoff's mirrored items in step with its launch sequence; returns the plan run. */
export function mirrorLaunchSequence(tx: WriteTx, handoffId: string): LaunchMirrorPlan {
  const handoff = tx.require('handoff', handoffId);
  const rows = handoff.deletedAt ? [] : toRows(sequenceField(tx.read, handoffId)?.value);
  const plan = planLaunchMirror(rows, mirroredItems(tx.read, handoffId), livePeople(tx.read));
  const zone = homeZone(tx.read);
  for (const t of plan.create) {
    tx.insert('calendarItem', {
      campaignId: handoff.campaignId,
      channel: t.channel,
      title: t.title,
      at: t.at,
      timeZone: zone,
      audienceSegment: '',
      ownerId: t.ownerId,
      status: 'planned',
      notes: '',
      sourceItemId: null,
      adaptationNote: '',
      launchHandoffId: handoffId,
      launchRowKey: t.key,
      createdAt: tx.at,
    });
  }
  for (const u of plan.update) {
    tx.update('calendarItem', u.itemId, {
      title: u.target.title,
      channel: u.target.channel,
      at: u.target.at,
      ownerId: u.target.ownerId,
      launchRowKey: u.target.key,
    });
  }
  for (const r of plan.remove) tx.softDelete('calendarItem', r.itemId);
  return plan;
}

/**
 * Called by setHandoffField after it wrote a field: only the launch sequence of a template that
 * has one moves the calendar.
 */
export function afterHandoffFieldWrite(tx: WriteTx, handoffId: string, key: string): void {
  if (key !== FIELD) return;
  const handoff = tx.require('handoff', handoffId);
  if (hasLaunchSequence(tx.read, handoff)) mirrorLaunchSequence(tx, handoffId);
}

/** Every launch sequence of a campaign mirrored again (after an import, a sync, a repair). */
export function syncLaunchCalendar(
  ctx: BackendContext,
  input: SyncLaunchCalendar,
): LaunchMirrorResult {
  return ctx.db.write(actorOf(ctx), (tx) => {
    const campaign = tx.require('campaign', input.campaignId);
    const handoffs = tx.read
      .select()
      .from(s.handoffs)
      .where(and(eq(s.handoffs.campaignId, campaign.id), isNull(s.handoffs.deletedAt)))
      .all();
    const result: LaunchMirrorResult = { created: 0, updated: 0, removed: 0, skipped: [] };
    for (const h of handoffs) {
      if (!hasLaunchSequence(tx.read, h)) continue;
      const plan = mirrorLaunchSequence(tx, h.id);
      result.created += plan.create.length;
      result.updated += plan.update.length;
      result.removed += plan.remove.length;
      for (const sk of plan.skipped) {
        result.skipped.push({ handoffId: h.id, row: sk.row + 1, problem: sk.problem });
      }
    }
    return result;
  });
}

/**
 * After a mirrored item moved: its row's `when` becomes the item's instant. Nothing happens
 * when the item mirrors nothing or its row is gone (the next write of the sequence decides).
 */
export function writeBackLaunchWhen(
  ctx: BackendContext,
  tx: WriteTx,
  item: { launchHandoffId?: string | null; launchRowKey?: string | null; at: string },
): void {
  if (!item.launchHandoffId || !item.launchRowKey) return;
  const field = sequenceField(tx.read, item.launchHandoffId);
  if (!field || !Array.isArray(field.value)) return;
  const when = launchWhenOf(item.at);
  const key = item.launchRowKey;
  const index = toRows(field.value).findIndex((r) => launchRowKey(r) === key);
  if (index < 0) return;
  const value = (field.value as unknown[]).map((r, i) =>
    i === index && typeof r === 'object' && r !== null ? { ...r, when } : r,
  );
  tx.update('handoffField', field.id, { value });
  // The package changed: an approved launch package needs approving again, as after any edit.
  reopenIfChangedSinceApproval(ctx, tx, item.launchHandoffId);
}
