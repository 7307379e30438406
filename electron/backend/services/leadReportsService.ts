import { and, gte, inArray, isNull, lt } from 'drizzle-orm';
import { dayInZone } from '../../../shared/domain/calendarDay';
import {
  CLOCKED_STATUSES,
  leadQualityReport,
  REJECTION_REASON_LABELS,
  reengagementQueue,
  slaClock,
  weeklyAgendaMarkdown,
  type HandoffFacts,
} from '../../../shared/domain/leads';
import {
  type LatestRejection,
  type Lead,
  type LeadHandoff,
  type LeadQualityView,
  type ReengagementItem,
  type ReportRange,
  type SlaQueueItem,
  type WeeklyAgenda,
} from '../../../shared/model';
import * as s from '../../db/schema';
import type { ReadDb } from '../../db/writeTx';
import type { BackendContext } from '../context';
import { rowsWhereIn } from '../views/rows';
import {
  liveLeads,
  liveLeadsIn,
  namesOf,
  rowView,
  scoredNow,
  slaInForce,
  toHandoff,
} from './leadFacts';

// The lead views built from many leads: the SLA queue, the re-engagement queue, the quality
// report and the weekly sync agenda.

const WEEK_MS = 7 * 86_400_000;

function homeTimeZone(read: ReadDb): string {
  return read.select({ zone: s.workspaces.homeTimeZone }).from(s.workspaces).get()?.zone ?? 'UTC';
}

function nowIso(ctx: BackendContext): string {
  return new Date(ctx.now()).toISOString();
}

/** Sales-ready and handed-off leads by working time left, most overdue first. */
export function slaQueue(ctx: BackendContext): SlaQueueItem[] {
  const read = ctx.db.read;
  const sla = slaInForce(read);
  const now = nowIso(ctx);
  const names = namesOf(read);
  // Refreshed every minute and on every live update: only the leads a clock can run on are
  // read, not every live lead of the workspace.
  const clocked = liveLeadsIn(read, CLOCKED_STATUSES).flatMap((lead) => {
    const clock = slaClock(lead, sla, now);
    return clock ? [{ lead, clock }] : [];
  });
  const scored = scoredNow(
    read,
    clocked.map((c) => c.lead),
    now,
  );
  const items: SlaQueueItem[] = clocked.map((c, i) => ({
    lead: rowView(scored[i]!, names),
    sla: c.clock,
  }));
  return items.sort(
    (a, b) =>
      a.sla.minutesLeft - b.sla.minutesLeft ||
      a.sla.dueAt.localeCompare(b.sla.dueAt) ||
      a.lead.id.localeCompare(b.lead.id),
  );
}

export function leadReengagementQueue(ctx: BackendContext): ReengagementItem[] {
  const read = ctx.db.read;
  const names = namesOf(read);
  const now = nowIso(ctx);
  const queue = reengagementQueue(liveLeads(read), now);
  const scored = scoredNow(
    read,
    queue.map(({ due: _due, ...lead }) => lead as Lead),
    now,
  );
  const rejections = latestRejections(
    read,
    queue.filter((q) => q.handedOffAt !== null).map((q) => q.id),
  );
  return queue.map(({ due }, i) => ({
    lead: rowView(scored[i]!, names),
    due,
    rejection: rejections.get(scored[i]!.id) ?? null,
  }));
}

/** Each lead's latest handoff when sales rejected it (a lead accepted or pending since has none). */
function latestRejections(read: ReadDb, leadIds: readonly string[]): Map<string, LatestRejection> {
  const latest = new Map<string, LeadHandoff>();
  for (const row of rowsWhereIn([...leadIds], (chunk) =>
    read
      .select()
      .from(s.leadHandoffs)
      .where(and(inArray(s.leadHandoffs.leadId, chunk), isNull(s.leadHandoffs.deletedAt)))
      .all(),
  )) {
    const h = toHandoff(row);
    const seen = latest.get(h.leadId);
    if (!seen || seen.at < h.at) latest.set(h.leadId, h);
  }
  const out = new Map<string, LatestRejection>();
  for (const [leadId, h] of latest) {
    if (h.outcome !== 'rejected' || h.reasonCode === null) continue;
    out.set(leadId, {
      reasonCode: h.reasonCode,
      reasonText: h.reasonText,
      at: h.decidedAt ?? h.at,
    });
  }
  return out;
}

interface HandoffWithLead extends HandoffFacts {
  personName: string;
  company: string;
  reasonText: string;
}

function handoffFacts(read: ReadDb, from?: string, to?: string): HandoffWithLead[] {
  const conds = [isNull(s.leadHandoffs.deletedAt)];
  if (from) conds.push(gte(s.leadHandoffs.at, from));
  if (to) conds.push(lt(s.leadHandoffs.at, to));
  const leads = new Map(liveLeads(read).map((l) => [l.id, l]));
  const campaigns = namesOf(read).campaigns;
  const out: HandoffWithLead[] = [];
  for (const row of read
    .select()
    .from(s.leadHandoffs)
    .where(and(...conds))
    .all()) {
    const h = toHandoff(row);
    const lead = leads.get(h.leadId);
    if (!lead) continue;
    out.push({
      campaignId: lead.sourceCampaignId,
      campaignName:
        lead.sourceCampaignId === null ? null : (campaigns.get(lead.sourceCampaignId) ?? null),
      sourceChannel: lead.sourceChannel,
      at: h.at,
      outcome: h.outcome,
      reasonCode: h.reasonCode,
      decidedAt: h.decidedAt,
      personName: lead.personName,
      company: lead.company,
      reasonText: h.reasonText,
    });
  }
  return out.sort((a, b) => a.at.localeCompare(b.at));
}

/** Quality of every handoff so far (or those in the range given). */
export function leadQuality(ctx: BackendContext, range: ReportRange): LeadQualityView {
  return leadQualityReport(handoffFacts(ctx.db.read, range.from, range.to));
}

/** The weekly sync agenda for [from, to), by default the 7 days up to now. */
export function leadWeeklyAgenda(ctx: BackendContext, range: ReportRange): WeeklyAgenda {
  const read = ctx.db.read;
  const to = range.to ?? nowIso(ctx);
  const from = range.from ?? new Date(Date.parse(to) - WEEK_MS).toISOString();
  const handoffs = handoffFacts(read, from, to);
  const sla = slaInForce(read);
  const zone = homeTimeZone(read);
  const day = (iso: string): string => dayInZone(Date.parse(iso), zone);
  // A miss: a clock still running past its due time now (in the agenda of a week that holds
  // now: a past week's agenda reads as it did then), or an answer given after it was due.
  const holdsNow = Date.parse(to) > ctx.now();
  const slaMisses = (holdsNow ? slaQueue(ctx) : [])
    .filter((i) => i.sla.overdue)
    .map((i) => ({ personName: i.lead.personName, company: i.lead.company, text: i.sla.text }));
  for (const h of handoffs) {
    if (h.decidedAt === null) continue;
    const clock = slaClock(
      { status: 'handed-off', salesReadyAt: null, handedOffAt: h.at },
      sla,
      h.decidedAt,
    );
    if (clock?.overdue) {
      slaMisses.push({
        personName: h.personName,
        company: h.company,
        text: `answered ${day(h.decidedAt)}, after the ${sla.acceptWithinHours} h to accept`,
      });
    }
  }
  const markdown = weeklyAgendaMarkdown({
    timeZone: zone,
    weekStart: day(from),
    // The last day inside [from, to): a week ending at next Monday 00:00 ends on Sunday.
    weekEnd: day(new Date(Math.max(Date.parse(from), Date.parse(to) - 1)).toISOString()),
    handoffs: handoffs.map((h) => ({
      personName: h.personName,
      company: h.company,
      campaignName: h.campaignName,
      at: h.at,
      outcome: h.outcome,
      reasonLabel: h.reasonCode === null ? null : REJECTION_REASON_LABELS[h.reasonCode],
      reasonText: h.reasonText,
    })),
    slaMisses,
    quality: leadQualityReport(handoffs),
  });
  return { from, to, markdown };
}
