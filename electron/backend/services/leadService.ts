import { and, asc, count, eq, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import { ruleViolation } from '../../../shared/domain';
import {
  buildLeadPackage,
  checkStatusMove,
  emailKey,
  missingLeadParts,
  nextStatuses,
  nextTouchAfterTouch,
  reengagementPlan,
  scoreLead,
  slaClock,
  type LeadAction,
} from '../../../shared/domain/leads';
import type {
  HandOffResult,
  Lead,
  LeadDetail,
  LeadHandoff,
  LeadIdInput,
  LeadPage,
  LeadQuery,
  LeadScoring,
  LeadStatus,
  LeadTouch,
  NewLead,
  NewLeadTouch,
  RejectLead,
  SetLeadStatus,
  UpdateLead,
} from '../../../shared/model';
import * as s from '../../db/schema';
import type { WriteTx } from '../../db/writeTx';
import { actorOf, type BackendContext } from '../context';
import {
  handoffsOf,
  messageHierarchy,
  namesOf,
  rowView,
  scoredNow,
  scoringInForce,
  slaInForce,
  toHandoff,
  toLead,
  touchesOf,
} from './leadFacts';

// Leads (system 5): create and edit, touches, status moves, the handoff to sales with its lead
// intelligence package, and sales' answer. Every write recomputes the lead's cached score; the
// rules themselves live in shared/domain/leads.

/** Statuses a rising score promotes to sales-ready (marketing still owns these leads). */
const PROMOTABLE: ReadonlySet<LeadStatus> = new Set(['new', 'nurturing', 're-engage']);

function requirePerson(tx: WriteTx, field: string, id: string | null | undefined): void {
  if (id === null || id === undefined) return;
  const p = tx.get('person', id);
  if (!p || p.deletedAt) throw ruleViolation(field, 'is not a person of this workspace');
}

function requireCampaign(tx: WriteTx, id: string | null | undefined): void {
  if (id === null || id === undefined) return;
  const c = tx.get('campaign', id);
  if (!c || c.deletedAt)
    throw ruleViolation('sourceCampaignId', 'is not a campaign of this workspace');
}

function requireUniqueEmail(tx: WriteTx, key: string, exceptId: string | null): void {
  const twin = tx.read
    .select({ id: s.leads.id, name: s.leads.personName })
    .from(s.leads)
    .where(and(eq(s.leads.emailKey, key), isNull(s.leads.deletedAt)))
    .all()
    .find((l) => l.id !== exceptId);
  if (twin) throw ruleViolation('email', `is already the email of lead ${twin.name}`);
}

function liveTouches(tx: WriteTx, leadId: string): LeadTouch[] {
  return touchesOf(tx.read, [leadId]).get(leadId) ?? [];
}

/** The status fields after a move to `to` at `at` (timestamps of the milestones it reaches). */
export function statusPatch(lead: Lead, to: LeadStatus, at: string): Partial<Lead> {
  return {
    status: to,
    statusChangedAt: at,
    ...(to === 'sales-ready' ? { salesReadyAt: at } : {}),
    ...(to === 'handed-off' ? { handedOffAt: at } : {}),
    ...(to === 'accepted' ? { acceptedAt: at, nextTouchAt: null, nurtureTrack: null } : {}),
  };
}

/**
 * Recomputes and stores a lead's score at the write's time; a lead marketing still nurtures
 * becomes sales-ready when it reaches the threshold (its hand-off clock starts then).
 */
export function rescoreLead(
  tx: WriteTx,
  lead: Lead,
  touches: readonly LeadTouch[],
  scoring: LeadScoring,
): Lead {
  const result = scoreLead(lead, touches, scoring, tx.at);
  const promote = result.salesReady && PROMOTABLE.has(lead.status);
  const patch = {
    score: result.score,
    ...(promote ? statusPatch(lead, 'sales-ready', tx.at) : {}),
  };
  if (patch.score === lead.score && !promote) return lead;
  return toLead(tx.update('lead', lead.id, patch));
}

/**
 * Inserts a checked new lead with its score (it has no touches yet, so fit points only) in one
 * insert: the CSV import and the demo call this inside their own write.
 */
export function insertLead(
  tx: WriteTx,
  input: NewLead & { createdAt?: string | null; status?: LeadStatus },
  scoring: LeadScoring,
): Lead {
  const at = input.createdAt ?? tx.at;
  const { createdAt, status: asked, ...fields } = input;
  void createdAt;
  const scored = scoreLead(input, [], scoring, tx.at);
  const status: LeadStatus = asked ?? (scored.salesReady ? 'sales-ready' : 'new');
  return toLead(
    tx.insert('lead', {
      ...fields,
      email: input.email.trim(),
      emailKey: emailKey(input.email),
      status,
      score: scored.score,
      statusChangedAt: at,
      salesReadyAt: status === 'sales-ready' ? at : null,
      handedOffAt: null,
      acceptedAt: null,
      nextTouchAt: null,
      nurtureTrack: null,
      createdAt: at,
      deletedAt: null,
    }),
  );
}

export function createLead(ctx: BackendContext, input: NewLead): Lead {
  return ctx.db.write(actorOf(ctx), (tx) => {
    requireCampaign(tx, input.sourceCampaignId);
    requirePerson(tx, 'ownerId', input.ownerId);
    requirePerson(tx, 'assigneeId', input.assigneeId);
    requireUniqueEmail(tx, emailKey(input.email), null);
    return insertLead(tx, input, scoringInForce(tx.read));
  });
}

export function updateLead(ctx: BackendContext, input: UpdateLead): Lead {
  return ctx.db.write(actorOf(ctx), (tx) => {
    tx.require('lead', input.id);
    requireCampaign(tx, input.sourceCampaignId);
    requirePerson(tx, 'ownerId', input.ownerId);
    requirePerson(tx, 'assigneeId', input.assigneeId);
    const { id, email, ...fields } = input;
    const patch: Partial<Lead> = { ...fields };
    if (email !== undefined) {
      requireUniqueEmail(tx, emailKey(email), id);
      patch.email = email.trim();
      patch.emailKey = emailKey(email);
    }
    const updated = toLead(tx.update('lead', id, patch));
    return rescoreLead(tx, updated, liveTouches(tx, id), scoringInForce(tx.read));
  });
}

export function removeLead(ctx: BackendContext, input: LeadIdInput): Lead {
  return ctx.db.write(actorOf(ctx), (tx) => toLead(tx.softDelete('lead', input.id)));
}

export function restoreLead(ctx: BackendContext, input: LeadIdInput): Lead {
  return ctx.db.write(actorOf(ctx), (tx) => {
    const row = tx.get('lead', input.id);
    if (!row) throw ruleViolation('id', 'is not a lead of this workspace');
    requireUniqueEmail(tx, row.emailKey, row.id);
    return toLead(tx.restore('lead', input.id));
  });
}

/** Adds a touch and re-scores its lead inside a write (the demo's and addTouch's one path). */
export function insertLeadTouch(tx: WriteTx, input: NewLeadTouch): Lead {
  const lead = toLead(tx.require('lead', input.leadId));
  tx.insert('leadTouch', {
    leadId: lead.id,
    kind: input.kind,
    at: input.at ?? tx.at,
    note: input.note,
    createdAt: tx.at,
    deletedAt: null,
  });
  const scored = rescoreLead(tx, lead, liveTouches(tx, lead.id), scoringInForce(tx.read));
  if (input.nextTouchInDays === undefined) return scored;
  const nextTouchAt = nextTouchAfterTouch(scored.status, tx.at, input.nextTouchInDays);
  return nextTouchAt === null ? scored : toLead(tx.update('lead', lead.id, { nextTouchAt }));
}

export function addLeadTouch(ctx: BackendContext, input: NewLeadTouch): LeadDetail {
  ctx.db.write(actorOf(ctx), (tx) => insertLeadTouch(tx, input));
  return getLead(ctx, { id: input.leadId });
}

function move(tx: WriteTx, lead: Lead, to: LeadStatus, action: LeadAction): void {
  const check = checkStatusMove(lead.status, to, action);
  if (!check.allowed) throw ruleViolation('status', check.reason);
}

export function setLeadStatus(ctx: BackendContext, input: SetLeadStatus): Lead {
  return ctx.db.write(actorOf(ctx), (tx) => {
    const lead = toLead(tx.require('lead', input.id));
    move(tx, lead, input.status, 'set-status');
    const waits = input.status === 'nurturing' || input.status === 're-engage';
    const plan = waits ? reengagementPlan('not-ready', tx.at) : null;
    return toLead(
      tx.update('lead', lead.id, {
        ...statusPatch(lead, input.status, tx.at),
        ...(plan
          ? {
              nextTouchAt: input.nextTouchAt ?? lead.nextTouchAt ?? plan.nextTouchAt,
              nurtureTrack: input.nurtureTrack ?? lead.nurtureTrack ?? plan.nurtureTrack,
            }
          : {}),
      }),
    );
  });
}

/**
 * Hands a sales-ready lead to its assignee: builds the lead intelligence package, refuses with
 * the missing parts when a required one is missing (nothing written), else stores the snapshot.
 */
export function handOffLead(ctx: BackendContext, input: LeadIdInput): HandOffResult {
  return ctx.db.write(actorOf(ctx), (tx) => {
    const lead = toLead(tx.require('lead', input.id));
    move(tx, lead, 'handed-off', 'hand-off');
    const touches = liveTouches(tx, lead.id);
    const score = scoreLead(lead, touches, scoringInForce(tx.read), tx.at);
    const names = namesOf(tx.read);
    const campaign =
      lead.sourceCampaignId === null
        ? null
        : {
            id: lead.sourceCampaignId,
            name: names.campaigns.get(lead.sourceCampaignId) ?? '',
            messageHierarchy: messageHierarchy(tx.read, lead.sourceCampaignId),
          };
    const receiverName = lead.assigneeId === null ? undefined : names.people.get(lead.assigneeId);
    const pkg = buildLeadPackage({
      lead,
      touches,
      score,
      campaign,
      receiver:
        lead.assigneeId === null || receiverName === undefined
          ? null
          : { id: lead.assigneeId, name: receiverName },
      now: tx.at,
    });
    const missing = missingLeadParts(pkg);
    if (missing.length > 0) return { handedOff: false as const, missing };
    const handoff = tx.insert('leadHandoff', {
      leadId: lead.id,
      package: pkg,
      handedById: actorOf(ctx),
      at: tx.at,
      outcome: 'pending',
      reasonCode: null,
      reasonText: '',
      decidedById: null,
      decidedAt: null,
      createdAt: tx.at,
      deletedAt: null,
    });
    tx.update('lead', lead.id, { ...statusPatch(lead, 'handed-off', tx.at), score: score.score });
    return { handedOff: true as const, handoff: toHandoff(handoff) };
  });
}

function pendingHandoff(tx: WriteTx, leadId: string): LeadHandoff {
  const pending = handoffsOf(tx.read, leadId).filter((h) => h.outcome === 'pending');
  const last = pending[pending.length - 1];
  if (!last) throw ruleViolation('id', 'has no handoff waiting for an answer');
  return last;
}

/** The receiver's "I have what I need". */
export function acceptLead(ctx: BackendContext, input: LeadIdInput): Lead {
  return ctx.db.write(actorOf(ctx), (tx) => {
    const lead = toLead(tx.require('lead', input.id));
    move(tx, lead, 'accepted', 'accept');
    const h = pendingHandoff(tx, lead.id);
    tx.update('leadHandoff', h.id, {
      outcome: 'accepted',
      decidedById: actorOf(ctx),
      decidedAt: tx.at,
    });
    return toLead(tx.update('lead', lead.id, statusPatch(lead, 'accepted', tx.at)));
  });
}

/** Sales turns the lead down with a reason; it goes to re-engagement with a next touch. */
export function rejectLead(ctx: BackendContext, input: RejectLead): Lead {
  return ctx.db.write(actorOf(ctx), (tx) => {
    const lead = toLead(tx.require('lead', input.id));
    move(tx, lead, 'rejected', 'reject');
    if (input.reasonCode === 'other' && input.text.trim() === '') {
      throw ruleViolation('text', "is required when the reason is 'other'");
    }
    const h = pendingHandoff(tx, lead.id);
    tx.update('leadHandoff', h.id, {
      outcome: 'rejected',
      reasonCode: input.reasonCode,
      reasonText: input.text,
      decidedById: actorOf(ctx),
      decidedAt: tx.at,
    });
    const plan = reengagementPlan(input.reasonCode, tx.at);
    return toLead(tx.update('lead', lead.id, { ...statusPatch(lead, 'rejected', tx.at), ...plan }));
  });
}

function nowIso(ctx: BackendContext): string {
  return new Date(ctx.now()).toISOString();
}

export function getLead(ctx: BackendContext, input: LeadIdInput): LeadDetail {
  const read = ctx.db.read;
  const row = read.select().from(s.leads).where(eq(s.leads.id, input.id)).get();
  if (!row) throw ruleViolation('id', 'is not a lead of this workspace');
  const lead = toLead(row);
  const touches = (touchesOf(read, [lead.id]).get(lead.id) ?? []).sort((a, b) =>
    a.at.localeCompare(b.at),
  );
  const now = nowIso(ctx);
  const score = scoreLead(lead, touches, scoringInForce(read), now);
  return {
    lead: rowView({ ...lead, score: score.score }, namesOf(read)),
    touches,
    score,
    handoffs: handoffsOf(read, lead.id),
    sla: slaClock(lead, slaInForce(read), now),
    nextStatuses: nextStatuses(lead.status),
  };
}

export function listLeads(ctx: BackendContext, q: LeadQuery): LeadPage {
  const read = ctx.db.read;
  const where: SQL[] = [isNull(s.leads.deletedAt)];
  if (q.status) where.push(eq(s.leads.status, q.status));
  if (q.ownerId) where.push(eq(s.leads.ownerId, q.ownerId));
  if (q.assigneeId) where.push(eq(s.leads.assigneeId, q.assigneeId));
  if (q.campaignId) where.push(eq(s.leads.sourceCampaignId, q.campaignId));
  if (q.search) {
    const pattern = `%${q.search}%`;
    const m = or(
      like(s.leads.personName, pattern),
      like(s.leads.company, pattern),
      like(s.leads.email, pattern),
    );
    if (m) where.push(m);
  }
  const cond = and(...where);
  const total = read.select({ n: count() }).from(s.leads).where(cond).get()?.n ?? 0;
  const names = namesOf(read);
  const rows = read
    .select()
    .from(s.leads)
    .where(cond)
    .orderBy(sql`${s.leads.personName} collate nocase`, asc(s.leads.id))
    .limit(q.limit)
    .offset(q.offset)
    .all();
  const leads = scoredNow(read, rows.map(toLead), nowIso(ctx));
  return { total, offset: q.offset, leads: leads.map((l) => rowView(l, names)) };
}
