import { and, eq, isNull } from 'drizzle-orm';
import {
  dayInZone,
  defaultRaci,
  notFound,
  orderStages,
  planCampaign,
  planSlack,
  templateForTransition,
  type PlanOverrides,
} from '../../../shared/domain';
import type { CampaignDetail, CampaignSummary, PlanStep, StageKey } from '../../../shared/model';
import * as s from '../../db/schema';
import type { ReadDb } from '../../db/writeTx';
import type { BackendContext } from '../context';
import { handoffView } from './handoffView';
import { loadHandoffParts } from './rows';
import { toCampaign, toClient, toStage } from './toModel';

interface Board {
  stages: (typeof s.stages.$inferSelect)[];
  stageNames: Map<string, string>;
  people: (typeof s.people.$inferSelect)[];
  today: string;
}

function loadBoard(ctx: BackendContext): Board {
  const read = ctx.db.read;
  const ws = read.select().from(s.workspaces).where(isNull(s.workspaces.deletedAt)).get();
  const stages = orderStages(read.select().from(s.stages).all());
  return {
    stages,
    stageNames: new Map(stages.map((st) => [st.id, st.name])),
    people: read.select().from(s.people).where(isNull(s.people.deletedAt)).all(),
    today: dayInZone(ctx.now(), ws?.homeTimeZone ?? 'UTC'),
  };
}

/**
 * The campaign's backward plan with each step's slack: stored due dates for handoffs that
 * exist (they were planned when opened and re-planned on changes), planned ones for the rest.
 */
function planSteps(
  board: Board,
  campaign: typeof s.campaigns.$inferSelect,
  handoffs: readonly (typeof s.handoffs.$inferSelect)[],
): PlanStep[] {
  const plan = planCampaign(
    board.stages,
    campaign.launchDate,
    campaign.planOverrides as PlanOverrides,
  );
  const currentIndex = plan.findIndex((p) => p.fromStageId === campaign.stageId);
  const withDates = plan.map((p) => {
    const h = handoffs.find((x) => x.fromStageId === p.fromStageId && !x.deletedAt);
    return { ...p, dueDate: h?.dueDate ?? p.dueDate, handoff: h };
  });
  const current = withDates.find((p) => p.fromStageId === campaign.stageId)?.handoff;
  const slack = planSlack(
    withDates,
    campaign.stageId,
    board.today,
    current ? current.createdAt.slice(0, 10) : null,
  );
  return withDates.map((p, i) => ({
    fromStageId: p.fromStageId,
    toStageId: p.toStageId,
    name: `${board.stageNames.get(p.fromStageId) ?? '?'} → ${board.stageNames.get(p.toStageId) ?? '?'}`,
    dueDate: p.dueDate,
    durationDays: p.durationDays,
    bufferDays: p.bufferDays,
    slackDays: slack[i] ?? null,
    done: p.handoff?.status === 'done' || (currentIndex >= 0 && i < currentIndex),
  }));
}

/** Who receives the work of a handoff: the Responsible people of the stage after it. */
function receiversAfter(board: Board, toStageId: string): string[] {
  const i = board.stages.findIndex((st) => st.id === toStageId);
  const to = board.stages[i];
  const next = board.stages[i + 1];
  if (!to || !next) return [];
  const template = templateForTransition(
    (to.key as StageKey | null) ?? null,
    (next.key as StageKey | null) ?? null,
  );
  return defaultRaci(template, board.people)
    .filter((r) => r.role === 'R')
    .map((r) => r.personId);
}

function currentHandoffs(read: ReadDb, onlyId?: string) {
  // The current handoff of a campaign is the live one leaving the stage it is in.
  return read
    .select({ h: s.handoffs })
    .from(s.handoffs)
    .innerJoin(s.campaigns, eq(s.campaigns.id, s.handoffs.campaignId))
    .where(
      and(
        isNull(s.handoffs.deletedAt),
        isNull(s.campaigns.deletedAt),
        eq(s.handoffs.fromStageId, s.campaigns.stageId),
        onlyId ? eq(s.campaigns.id, onlyId) : undefined,
      ),
    )
    .all()
    .map((r) => r.h);
}

/** The board's cards; `onlyId` narrows it to one campaign's card. */
export function listCampaignSummaries(ctx: BackendContext, onlyId?: string): CampaignSummary[] {
  const read = ctx.db.read;
  const board = loadBoard(ctx);
  const campaigns = read
    .select()
    .from(s.campaigns)
    .where(and(isNull(s.campaigns.deletedAt), onlyId ? eq(s.campaigns.id, onlyId) : undefined))
    .all();
  const clients = new Map(
    read
      .select()
      .from(s.clients)
      .all()
      .map((c) => [c.id, c]),
  );
  const handoffs = currentHandoffs(read, onlyId);
  const byCampaign = new Map(handoffs.map((h) => [h.campaignId, h]));
  const parts = loadHandoffParts(
    read,
    handoffs.map((h) => h.id),
  );
  return campaigns
    .map((row) => {
      const campaign = toCampaign(row);
      const client = clients.get(row.clientId);
      const h = byCampaign.get(row.id);
      const view = h
        ? handoffView({
            row: h,
            parts,
            stageNames: board.stageNames,
            receiverIds: receiversAfter(board, h.toStageId),
            today: board.today,
          })
        : null;
      return {
        id: campaign.id,
        name: campaign.name,
        clientId: campaign.clientId,
        clientName: client?.name ?? '?',
        clientColor: client?.accentColor ?? '#888888',
        type: campaign.type,
        channels: campaign.channels,
        launchDate: campaign.launchDate,
        stageId: campaign.stageId,
        stageName: board.stageNames.get(campaign.stageId) ?? '?',
        ownerId: campaign.ownerId,
        team: campaign.team,
        currentHandoff: view
          ? {
              id: view.handoff.id,
              name: view.template.name,
              status: view.handoff.status,
              dueDate: view.handoff.dueDate,
              overdue: view.overdue,
              responsibleIds: view.raci.filter((r) => r.role === 'R').map((r) => r.personId),
              accountableId: view.raci.find((r) => r.role === 'A')?.personId ?? null,
              qualityOwnerId: view.handoff.qualityOwnerId,
              receiverIds: view.receiverIds,
            }
          : null,
        gate: view ? view.gate : null,
        negativeSlack: planSteps(board, row, h ? [h] : []).some(
          (p) => !p.done && p.slackDays !== null && p.slackDays < 0,
        ),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function campaignDetail(ctx: BackendContext, id: string): CampaignDetail {
  const read = ctx.db.read;
  const row = read.select().from(s.campaigns).where(eq(s.campaigns.id, id)).get();
  if (!row || row.deletedAt) throw notFound('campaign', id);
  const board = loadBoard(ctx);
  const client = read.select().from(s.clients).where(eq(s.clients.id, row.clientId)).get();
  const stage =
    board.stages.find((st) => st.id === row.stageId) ??
    read.select().from(s.stages).where(eq(s.stages.id, row.stageId)).get();
  if (!client || !stage) throw notFound('campaign', id);
  const handoffRows = read
    .select()
    .from(s.handoffs)
    .where(and(eq(s.handoffs.campaignId, id), isNull(s.handoffs.deletedAt)))
    .all();
  const position = new Map(board.stages.map((st, i) => [st.id, i]));
  handoffRows.sort(
    (a, b) => (position.get(a.fromStageId) ?? 0) - (position.get(b.fromStageId) ?? 0),
  );
  const parts = loadHandoffParts(
    read,
    handoffRows.map((h) => h.id),
  );
  const handoffs = handoffRows.map((h) =>
    handoffView({
      row: h,
      parts,
      stageNames: board.stageNames,
      receiverIds: receiversAfter(board, h.toStageId),
      today: board.today,
    }),
  );
  const summary = listCampaignSummariesFor(ctx, id);
  return {
    campaign: toCampaign(row),
    client: toClient(client),
    stage: toStage(stage),
    summary,
    handoffs,
    plan: planSteps(board, row, handoffRows),
  };
}

function listCampaignSummariesFor(ctx: BackendContext, id: string): CampaignSummary {
  // One campaign's card; reuses the board computation so the card and the detail agree.
  const found = listCampaignSummaries(ctx, id)[0];
  if (!found) throw notFound('campaign', id);
  return found;
}

export function handoffDetail(ctx: BackendContext, id: string) {
  const read = ctx.db.read;
  const row = read.select().from(s.handoffs).where(eq(s.handoffs.id, id)).get();
  if (!row || row.deletedAt) throw notFound('handoff', id);
  const board = loadBoard(ctx);
  return handoffView({
    row,
    parts: loadHandoffParts(read, [id]),
    stageNames: board.stageNames,
    receiverIds: receiversAfter(board, row.toStageId),
    today: board.today,
  });
}
