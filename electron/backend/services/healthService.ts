import { and, eq, isNull } from 'drizzle-orm';
import { dayInZone, parseHlc } from '../../../shared/domain';
import {
  computeHealth,
  type HealthEvent,
  type HealthHandoff,
  type HealthRetrospective,
  type HealthStatusChange,
} from '../../../shared/domain/health';
import {
  CAMPAIGN_TYPES,
  HANDOFF_EVENT_KINDS,
  HANDOFF_STATUSES,
  type CampaignType,
  type HandoffEventKind,
  type HandoffStatus,
  type HealthReport,
  type HealthReportQuery,
} from '../../../shared/model';
import * as s from '../../db/schema';
import type { BackendContext } from '../context';

const STATUSES: ReadonlySet<string> = new Set(HANDOFF_STATUSES);
const EVENT_KINDS: ReadonlySet<string> = new Set(HANDOFF_EVENT_KINDS);
const TYPES: ReadonlySet<string> = new Set(CAMPAIGN_TYPES);

/**
 * Handoff health for the whole workspace, from the change log: a handful of whole-table reads
 * (handoffs with their campaigns, stages, the handoffs' status changes, events), then the pure
 * rules in shared/domain/health.
 */
export function healthReport(ctx: BackendContext, input: HealthReportQuery): HealthReport {
  const read = ctx.db.read;
  const stages = new Map(
    read
      .select()
      .from(s.stages)
      .all()
      .map((st) => [st.id, st]),
  );
  const stageKey = (id: string) => {
    const st = stages.get(id);
    // Stages the team added have no key; their name is what people know them by.
    return st?.key ?? `stage:${st?.name.toLowerCase() ?? id}`;
  };
  const stageName = (id: string) => stages.get(id)?.name ?? 'a removed stage';

  const rows = read
    .select({
      id: s.handoffs.id,
      campaignId: s.handoffs.campaignId,
      campaignName: s.campaigns.name,
      fromStageId: s.handoffs.fromStageId,
      toStageId: s.handoffs.toStageId,
      dueDate: s.handoffs.dueDate,
    })
    .from(s.handoffs)
    .innerJoin(s.campaigns, eq(s.campaigns.id, s.handoffs.campaignId))
    .where(and(isNull(s.handoffs.deletedAt), isNull(s.campaigns.deletedAt)))
    .all();
  const handoffs: HealthHandoff[] = rows.map((h) => ({
    id: h.id,
    campaignId: h.campaignId,
    typeKey: `${stageKey(h.fromStageId)}→${stageKey(h.toStageId)}`,
    typeLabel: `${stageName(h.fromStageId)} → ${stageName(h.toStageId)}`,
    dueDate: h.dueDate,
  }));
  const live = new Set(handoffs.map((h) => h.id));

  // Found through each handoff's entity id (indexed), not a scan of the whole log.
  const statusChanges: HealthStatusChange[] = [];
  for (const c of read
    .select({ handoffId: s.changes.entityId, value: s.changes.value, hlc: s.changes.hlc })
    .from(s.handoffs)
    .innerJoin(s.changes, eq(s.changes.entityId, s.handoffs.id))
    .where(and(eq(s.changes.entity, 'handoff'), eq(s.changes.field, 'status')))
    .all()) {
    const status = JSON.parse(c.value) as unknown;
    const at = parseHlc(c.hlc)?.millis;
    if (!live.has(c.handoffId) || typeof status !== 'string' || !STATUSES.has(status)) continue;
    if (at === undefined) continue;
    statusChanges.push({ handoffId: c.handoffId, status: status as HandoffStatus, at });
  }

  const events: HealthEvent[] = [];
  for (const e of read
    .select({
      handoffId: s.handoffEvents.handoffId,
      kind: s.handoffEvents.kind,
      reason: s.handoffEvents.reason,
      missing: s.handoffEvents.missing,
      at: s.handoffEvents.at,
    })
    .from(s.handoffEvents)
    .where(isNull(s.handoffEvents.deletedAt))
    .all()) {
    const at = Date.parse(e.at);
    if (!live.has(e.handoffId) || !EVENT_KINDS.has(e.kind) || Number.isNaN(at)) continue;
    events.push({
      handoffId: e.handoffId,
      kind: e.kind as HandoffEventKind,
      reason: e.reason,
      missing: Array.isArray(e.missing) ? (e.missing as unknown[]).map(String) : [],
      at,
    });
  }

  const retroRows = read
    .select({
      campaignId: s.retrospectives.campaignId,
      campaignName: s.campaigns.name,
      campaignType: s.campaigns.type,
      dueDay: s.retrospectives.dueDay,
      heldOn: s.retrospectives.heldOn,
      status: s.retrospectives.status,
    })
    .from(s.retrospectives)
    .innerJoin(s.campaigns, eq(s.campaigns.id, s.retrospectives.campaignId))
    .where(and(isNull(s.retrospectives.deletedAt), isNull(s.campaigns.deletedAt)))
    .all();
  const retrospectives: HealthRetrospective[] = retroRows
    .filter((r) => TYPES.has(r.campaignType))
    .map((r) => ({
      campaignId: r.campaignId,
      campaignType: r.campaignType as CampaignType,
      dueDay: r.dueDay,
      heldOn: r.heldOn,
      status: r.status === 'done' ? 'done' : 'scheduled',
    }));
  const ws = read
    .select({ homeTimeZone: s.workspaces.homeTimeZone })
    .from(s.workspaces)
    .where(isNull(s.workspaces.deletedAt))
    .get();
  const now = ctx.now();

  const report = computeHealth({
    handoffs,
    statusChanges,
    events,
    now,
    weeks: input.weeks,
    retrospectives,
    today: dayInZone(now, ws?.homeTimeZone ?? 'UTC'),
  });
  const linked = new Set(
    report.types.flatMap((t) => [
      ...t.waits.flatMap((w) => w.slowest.ids),
      ...t.sendBack.campaigns.ids,
      ...t.topReasons.flatMap((r) => r.campaigns.ids),
      ...t.overrides.campaigns.ids,
      ...t.overdue.campaigns.ids,
      ...t.trend.flatMap((w) => w.campaigns.ids),
    ]),
  );
  for (const g of [report.retrospectives.all, ...report.retrospectives.byCampaignType]) {
    for (const id of g.overdue.campaigns.ids) linked.add(id);
  }
  const campaignNames: Record<string, string> = {};
  for (const h of [...rows, ...retroRows]) {
    if (linked.has(h.campaignId)) campaignNames[h.campaignId] = h.campaignName;
  }
  return { ...report, campaignNames };
}
