import { and, asc, gte, isNull, lte } from 'drizzle-orm';
import { ruleViolation } from '../../../shared/domain';
import {
  addDays,
  calendarToCsv,
  calendarToIcal,
  coordinationWarnings,
  localParts,
  localToInstant,
  moveToDay,
  warningsByItem,
  type CalendarItemFacts,
} from '../../../shared/domain/calendar';
import type {
  CalendarChannel,
  CalendarExport,
  CalendarItem,
  CalendarItemView,
  CalendarQuery,
  CalendarStatus,
  CalendarView,
  CalendarWriteResult,
  MoveCalendarItem,
  NewCalendarItem,
  RepurposeCalendarItem,
  UpdateCalendarItem,
} from '../../../shared/model';
import * as s from '../../db/schema';
import type { ReadDb, WriteTx } from '../../db/writeTx';
import { actorOf, type BackendContext } from '../context';
import { peopleNames } from '../views/peopleNames';
import { rulesInForce } from './calendarRulesService';
import { writeBackLaunchWhen } from './launchCalendarMirror';

type CalendarRow = typeof s.calendarItems.$inferSelect;

function toItem(row: CalendarRow): CalendarItem {
  return {
    ...row,
    channel: row.channel as CalendarChannel,
    status: row.status as CalendarStatus,
  };
}

function homeTimeZone(read: ReadDb): string {
  const ws = read.select({ zone: s.workspaces.homeTimeZone }).from(s.workspaces).get();
  return ws?.zone ?? 'UTC';
}

interface CampaignFacts {
  name: string;
  clientId: string;
  clientName: string;
}

function campaignFacts(read: ReadDb): Map<string, CampaignFacts> {
  const clients = new Map(
    read
      .select({ id: s.clients.id, name: s.clients.name })
      .from(s.clients)
      .all()
      .map((c) => [c.id, c.name]),
  );
  const map = new Map<string, CampaignFacts>();
  const campaigns = read
    .select({ id: s.campaigns.id, name: s.campaigns.name, clientId: s.campaigns.clientId })
    .from(s.campaigns)
    .all();
  for (const c of campaigns) {
    map.set(c.id, {
      name: c.name,
      clientId: c.clientId,
      clientName: clients.get(c.clientId) ?? '',
    });
  }
  return map;
}

/** Live items whose instant falls in [fromIso, toIso], earliest first. */
function itemsBetween(read: ReadDb, fromIso: string, toIso: string): CalendarItem[] {
  return read
    .select()
    .from(s.calendarItems)
    .where(
      and(
        isNull(s.calendarItems.deletedAt),
        gte(s.calendarItems.at, fromIso),
        lte(s.calendarItems.at, toIso),
      ),
    )
    .orderBy(asc(s.calendarItems.at), asc(s.calendarItems.id))
    .all()
    .map(toItem);
}

// Rules look this far either side of the days shown, so a teaser a few days before a shown
// email (or a segment clash just across the edge of the range) is still checked.
const RULE_MARGIN_DAYS = 7;

function dayStart(date: string, zone: string): string {
  return localToInstant(date, '00:00', zone).at;
}

/** The items of a range of local days with names, links both ways and coordination warnings. */
export function listCalendar(ctx: BackendContext, query: CalendarQuery): CalendarView {
  const read = ctx.db.read;
  const zone = homeTimeZone(read);
  const wide = itemsBetween(
    read,
    dayStart(addDays(query.from, -RULE_MARGIN_DAYS), zone),
    dayStart(addDays(query.to, RULE_MARGIN_DAYS + 1), zone),
  );
  const campaigns = campaignFacts(read);
  const facts: CalendarItemFacts[] = wide.map((i) => ({
    id: i.id,
    title: i.title,
    channel: i.channel,
    at: i.at,
    campaignId: i.campaignId,
    clientId: i.campaignId === null ? null : (campaigns.get(i.campaignId)?.clientId ?? null),
    audienceSegment: i.audienceSegment,
    sourceItemId: i.sourceItemId,
  }));
  const warnings = coordinationWarnings(facts, rulesInForce(read), zone);
  const byItem = warningsByItem(warnings);
  const adaptations = new Map<string, string[]>();
  for (const row of read
    .select({ id: s.calendarItems.id, sourceItemId: s.calendarItems.sourceItemId })
    .from(s.calendarItems)
    .where(isNull(s.calendarItems.deletedAt))
    .all()) {
    if (row.sourceItemId === null) continue;
    adaptations.set(row.sourceItemId, [...(adaptations.get(row.sourceItemId) ?? []), row.id]);
  }
  const names = peopleNames(read);
  const items: CalendarItemView[] = [];
  for (const item of wide) {
    const local = localParts(item.at, zone);
    if (local.date < query.from || local.date > query.to) continue;
    const campaign = item.campaignId === null ? undefined : campaigns.get(item.campaignId);
    if (query.channel !== undefined && item.channel !== query.channel) continue;
    if (query.campaignId !== undefined && item.campaignId !== query.campaignId) continue;
    if (query.ownerId !== undefined && item.ownerId !== query.ownerId) continue;
    if (query.clientId !== undefined && campaign?.clientId !== query.clientId) continue;
    items.push({
      ...item,
      localDate: local.date,
      localTime: local.time,
      campaignName: campaign?.name ?? null,
      clientId: campaign?.clientId ?? null,
      clientName: campaign?.clientName ?? null,
      ownerName: item.ownerId === null ? null : (names.get(item.ownerId) ?? null),
      adaptationIds: adaptations.get(item.id) ?? [],
      warnings: byItem.get(item.id) ?? [],
    });
  }
  const shown = new Set(items.map((i) => i.id));
  return {
    homeTimeZone: zone,
    items,
    warnings: warnings.filter((w) => w.itemIds.some((id) => shown.has(id))),
  };
}

function requireCampaign(tx: WriteTx, campaignId: string | null): void {
  if (campaignId === null) return;
  const c = tx.get('campaign', campaignId);
  if (!c || c.deletedAt) throw ruleViolation('campaignId', 'is not a campaign of this workspace');
}

function requireOwner(tx: WriteTx, ownerId: string | null): void {
  if (ownerId === null) return;
  const p = tx.get('person', ownerId);
  if (!p || p.deletedAt) throw ruleViolation('ownerId', 'is not a person of this workspace');
}

/** A new item at a local date and time in its zone (the home zone unless given). */
export function createCalendarItem(
  ctx: BackendContext,
  input: NewCalendarItem,
): CalendarWriteResult {
  return ctx.db.write(actorOf(ctx), (tx) => {
    requireCampaign(tx, input.campaignId);
    requireOwner(tx, input.ownerId);
    if (input.sourceItemId !== null) {
      const source = tx.get('calendarItem', input.sourceItemId);
      if (!source || source.deletedAt) {
        throw ruleViolation('sourceItemId', 'is not an item of this calendar');
      }
    }
    const zone = input.timeZone ?? homeTimeZone(tx.read);
    const resolved = localToInstant(input.date, input.time, zone);
    const { date, time, timeZone, ...fields } = input;
    void date;
    void time;
    void timeZone;
    const row = tx.insert('calendarItem', {
      ...fields,
      at: resolved.at,
      timeZone: zone,
      createdAt: tx.at,
    });
    return { item: toItem(row), adjustment: resolved.explanation };
  });
}

/**
 * Writes an edit or a move of an item. When its instant changed and it mirrors a
 * launch-sequence row, the row's `when` follows in the same write (a move to the day it is
 * already on changes nothing, so it no longer rewrites the row or reopens an approval).
 */
function writeItem(
  ctx: BackendContext,
  tx: WriteTx,
  current: CalendarItem,
  patch: Partial<CalendarRow>,
  adjustment: string | null,
): CalendarWriteResult {
  const row = tx.update('calendarItem', current.id, patch);
  if (row.at !== current.at) writeBackLaunchWhen(ctx, tx, row);
  return { item: toItem(row), adjustment };
}

/**
 * Edits an item; a new date or time is read in its (possibly new) zone. A new time of an item
 * that mirrors a launch-sequence row is written back into that row's `when`.
 */
export function updateCalendarItem(
  ctx: BackendContext,
  input: UpdateCalendarItem,
): CalendarWriteResult {
  return ctx.db.write(actorOf(ctx), (tx) => {
    const { id, date, time, timeZone, ...fields } = input;
    const current = toItem(tx.require('calendarItem', id));
    if (fields.campaignId !== undefined) requireCampaign(tx, fields.campaignId);
    if (fields.ownerId !== undefined) requireOwner(tx, fields.ownerId);
    const zone = timeZone ?? current.timeZone;
    let adjustment: string | null = null;
    const patch: Partial<CalendarRow> = { ...fields, timeZone: zone };
    if (date !== undefined || time !== undefined || timeZone !== undefined) {
      const local = localParts(current.at, current.timeZone);
      const resolved = localToInstant(date ?? local.date, time ?? local.time, zone);
      patch.at = resolved.at;
      adjustment = resolved.explanation;
    }
    return writeItem(ctx, tx, current, patch, adjustment);
  });
}

/** To another day, keeping its local time in its zone; a mirrored row's `when` follows. */
export function moveCalendarItem(
  ctx: BackendContext,
  input: MoveCalendarItem,
): CalendarWriteResult {
  return ctx.db.write(actorOf(ctx), (tx) => {
    const current = toItem(tx.require('calendarItem', input.id));
    const resolved = moveToDay(current.at, current.timeZone, input.date);
    return writeItem(ctx, tx, current, { at: resolved.at }, resolved.explanation);
  });
}

export function removeCalendarItem(ctx: BackendContext, input: { id: string }): CalendarItem {
  return toItem(ctx.db.write(actorOf(ctx), (tx) => tx.softDelete('calendarItem', input.id)));
}

export function restoreCalendarItem(ctx: BackendContext, input: { id: string }): CalendarItem {
  return toItem(ctx.db.write(actorOf(ctx), (tx) => tx.restore('calendarItem', input.id)));
}

/**
 * A linked item for another channel, prefilled from the source (title, campaign, segment,
 * owner, the same local day and time) with the note saying what it was adapted from.
 */
export function repurposeCalendarItem(
  ctx: BackendContext,
  input: RepurposeCalendarItem,
): CalendarWriteResult {
  return ctx.db.write(actorOf(ctx), (tx) => {
    const source = toItem(tx.require('calendarItem', input.sourceId));
    if (source.channel === input.channel) {
      throw ruleViolation(
        'channel',
        `is the source's channel already (${source.channel}); pick another`,
      );
    }
    const row = tx.insert('calendarItem', {
      campaignId: source.campaignId,
      channel: input.channel,
      title: source.title,
      at: source.at,
      timeZone: source.timeZone,
      audienceSegment: source.audienceSegment,
      ownerId: source.ownerId,
      status: 'idea',
      notes: '',
      sourceItemId: source.id,
      adaptationNote: `Adapted from '${source.title}' (${source.channel})`,
      createdAt: tx.at,
    });
    return { item: toItem(row), adjustment: null };
  });
}

function fileStem(query: CalendarQuery): string {
  return `baton-calendar-${query.from}-to-${query.to}${query.channel ? `-${query.channel}` : ''}`;
}

/** The items of a filter as an .ics file (times in UTC; calendar apps show them locally). */
export function exportCalendarIcal(ctx: BackendContext, query: CalendarQuery): CalendarExport {
  const view = listCalendar(ctx, query);
  const text = calendarToIcal(
    view.items.map((i) => ({
      id: i.id,
      title: i.title,
      channel: i.channel,
      at: i.at,
      status: i.status,
      audienceSegment: i.audienceSegment,
      campaignName: i.campaignName,
      notes: i.notes,
    })),
    new Date(ctx.now()).toISOString(),
    'Baton calendar',
  );
  return { fileName: `${fileStem(query)}.ics`, text };
}

/** The items of a filter as CSV, local dates and times in the home zone, with a BOM for Excel. */
export function exportCalendarCsv(ctx: BackendContext, query: CalendarQuery): CalendarExport {
  const view = listCalendar(ctx, query);
  const text = calendarToCsv(
    view.items.map((i) => ({
      id: i.id,
      date: i.localDate,
      time: i.localTime,
      timeZone: view.homeTimeZone,
      at: i.at,
      channel: i.channel,
      title: i.title,
      campaign: i.campaignName ?? '',
      client: i.clientName ?? '',
      audienceSegment: i.audienceSegment,
      owner: i.ownerName ?? '',
      status: i.status,
      sourceItemId: i.sourceItemId ?? '',
      adaptationNote: i.adaptationNote,
      notes: i.notes,
    })),
    { bom: true },
  );
  return { fileName: `${fileStem(query)}.csv`, text };
}
