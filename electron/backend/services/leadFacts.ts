import { and, eq, inArray, isNull } from 'drizzle-orm';
import { DEFAULT_LEAD_SCORING, DEFAULT_LEAD_SLA, scoreLead } from '../../../shared/domain/leads';
import {
  LeadScoring,
  LeadSla,
  type Lead,
  type LeadHandoff,
  type LeadRowView,
  type LeadStatus,
  type LeadTouch,
  type TouchKind,
} from '../../../shared/model';
import * as s from '../../db/schema';
import type { ReadDb } from '../../db/writeTx';
import { peopleNames } from '../views/peopleNames';
import { rowsWhereIn } from '../views/rows';

// Reading leads and their settings: rows to wire shapes, names for ids, the scoring and SLA in
// force. Shared by the lead services.

export type LeadRow = typeof s.leads.$inferSelect;

export function toLead(row: LeadRow): Lead {
  return {
    ...row,
    status: row.status as LeadStatus,
    interests: Array.isArray(row.interests) ? (row.interests as string[]) : [],
  };
}

export function toTouch(row: typeof s.leadTouches.$inferSelect): LeadTouch {
  return { ...row, kind: row.kind as TouchKind };
}

export function toHandoff(row: typeof s.leadHandoffs.$inferSelect): LeadHandoff {
  return row as unknown as LeadHandoff; // package JSON and codes were validated when written
}

/**
 * The workspace's own scoring criteria, or null while it uses the built-in ones (none stored, or
 * a stored value that no longer parses).
 */
export function customScoring(read: ReadDb): LeadScoring | null {
  const ws = read.select({ v: s.workspaces.leadScoring }).from(s.workspaces).get();
  if (ws?.v == null) return null;
  const parsed = LeadScoring.safeParse(ws.v);
  return parsed.success ? parsed.data : null;
}

/** The criteria leads are scored by: the workspace's own, else the built-in ones. */
export function scoringInForce(read: ReadDb): LeadScoring {
  return customScoring(read) ?? DEFAULT_LEAD_SCORING;
}

export function slaInForce(read: ReadDb): LeadSla {
  const ws = read.select({ v: s.workspaces.leadSla }).from(s.workspaces).get();
  const parsed = LeadSla.safeParse(ws?.v);
  return ws?.v != null && parsed.success ? parsed.data : DEFAULT_LEAD_SLA;
}

export function campaignNames(read: ReadDb): ReadonlyMap<string, string> {
  return new Map(
    read
      .select({ id: s.campaigns.id, name: s.campaigns.name })
      .from(s.campaigns)
      .all()
      .map((c) => [c.id, c.name]),
  );
}

export interface Names {
  people: ReadonlyMap<string, string>;
  campaigns: ReadonlyMap<string, string>;
}

export function namesOf(read: ReadDb): Names {
  return { people: peopleNames(read), campaigns: campaignNames(read) };
}

export function rowView(lead: Lead, names: Names): LeadRowView {
  const person = (id: string | null): string | null =>
    id === null ? null : (names.people.get(id) ?? null);
  return {
    ...lead,
    campaignName:
      lead.sourceCampaignId === null ? null : (names.campaigns.get(lead.sourceCampaignId) ?? null),
    ownerName: person(lead.ownerId),
    assigneeName: person(lead.assigneeId),
  };
}

/** Live touches of the given leads, by lead id. */
export function touchesOf(read: ReadDb, leadIds: readonly string[]): Map<string, LeadTouch[]> {
  const map = new Map<string, LeadTouch[]>();
  for (const row of rowsWhereIn([...leadIds], (chunk) =>
    read
      .select()
      .from(s.leadTouches)
      .where(and(inArray(s.leadTouches.leadId, chunk), isNull(s.leadTouches.deletedAt)))
      .all(),
  )) {
    const t = toTouch(row);
    map.set(t.leadId, [...(map.get(t.leadId) ?? []), t]);
  }
  return map;
}

/**
 * The leads with their score as of `now`. The stored score is the one of the last write, and
 * touches decay after it; a list that showed it would disagree with the lead's own "why"
 * (computed now) by the points that faded since.
 */
export function scoredNow(read: ReadDb, leads: readonly Lead[], now: string): Lead[] {
  if (leads.length === 0) return [];
  const scoring = scoringInForce(read);
  const touches = touchesOf(
    read,
    leads.map((l) => l.id),
  );
  return leads.map((l) => ({
    ...l,
    score: scoreLead(l, touches.get(l.id) ?? [], scoring, now).score,
  }));
}

export function handoffsOf(read: ReadDb, leadId: string): LeadHandoff[] {
  return read
    .select()
    .from(s.leadHandoffs)
    .where(and(eq(s.leadHandoffs.leadId, leadId), isNull(s.leadHandoffs.deletedAt)))
    .all()
    .map(toHandoff)
    .sort((a, b) => a.at.localeCompare(b.at));
}

/** Every live lead. */
export function liveLeads(read: ReadDb): Lead[] {
  return read.select().from(s.leads).where(isNull(s.leads.deletedAt)).all().map(toLead);
}

/** The live leads in one of `statuses` (found through the status index). */
export function liveLeadsIn(read: ReadDb, statuses: readonly LeadStatus[]): Lead[] {
  if (statuses.length === 0) return [];
  return read
    .select()
    .from(s.leads)
    .where(and(inArray(s.leads.status, [...statuses]), isNull(s.leads.deletedAt)))
    .all()
    .map(toLead);
}

/**
 * The campaign brief's message hierarchy: its primary message and supporting points, from the
 * campaign's handoff packages (the Strategy brief); null when the brief has neither yet.
 */
export function messageHierarchy(read: ReadDb, campaignId: string): string | null {
  const handoffIds = read
    .select({ id: s.handoffs.id })
    .from(s.handoffs)
    .where(and(eq(s.handoffs.campaignId, campaignId), isNull(s.handoffs.deletedAt)))
    .all()
    .map((h) => h.id);
  if (handoffIds.length === 0) return null;
  const fields = read
    .select({ key: s.handoffFields.key, value: s.handoffFields.value })
    .from(s.handoffFields)
    .where(
      and(
        inArray(s.handoffFields.handoffId, handoffIds),
        inArray(s.handoffFields.key, ['primaryMessage', 'supportingPoints']),
        isNull(s.handoffFields.deletedAt),
      ),
    )
    .all();
  const primary = fields.find((f) => f.key === 'primaryMessage' && typeof f.value === 'string');
  const points = fields.find((f) => f.key === 'supportingPoints' && Array.isArray(f.value));
  const lines: string[] = [];
  if (primary && (primary.value as string).trim() !== '') {
    lines.push(`Primary message: ${(primary.value as string).trim()}`);
  }
  const list = ((points?.value as unknown[] | undefined) ?? []).filter(
    (p): p is string => typeof p === 'string' && p.trim() !== '',
  );
  list.forEach((p, i) => lines.push(`${i + 1}. ${p.trim()}`));
  return lines.length === 0 ? null : lines.join('\n');
}
