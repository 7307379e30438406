import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import {
  cardFollowUps,
  dayInZone,
  defaultRaci,
  notFound,
  orderStages,
  planCampaign,
  planSlack,
  type PlanOverrides,
  type OpenRetrospective,
  type OpenReview,
  type PlannedHandoff,
  type RegisterAsset,
  type TemplateChooser,
} from '../../../shared/domain';
import type {
  CampaignDetail,
  CampaignSummary,
  CardGate,
  GateView,
  PlanStep,
  StageKey,
} from '../../../shared/model';
import { preparedOnce } from '../../db/prepared';
import * as s from '../../db/schema';
import type { ReadDb } from '../../db/writeTx';
import type { BackendContext } from '../context';
import { TemplateCatalog } from '../templateCatalog';
import { assetsByCampaign, campaignAssets, launchChecksFor } from './campaignAssets';
import { evaluateHandoff, handoffView } from './handoffView';
import { campaignsChangedSince, lastChangeRowid } from './noticeCampaigns';
import { currentHandoffIds, loadHandoffParts, NO_PARTS, type HandoffParts } from './rows';
import { toCampaign, toClient, toStage } from './toModel';

type CampaignRow = typeof s.campaigns.$inferSelect;
type HandoffRow = typeof s.handoffs.$inferSelect;

/** What every card and handoff view needs from the workspace, read once per request. */
export interface Board {
  stages: (typeof s.stages.$inferSelect)[];
  stageNames: Map<string, string>;
  people: (typeof s.people.$inferSelect)[];
  today: string;
  /** Receivers by the id of the stage a handoff goes to and campaign type (see receiversAfter). */
  receivers: Map<string, string[]>;
  /** The workspace's edited templates and the built-ins. */
  catalog: TemplateCatalog;
  /** The template each transition carries for a campaign type (a row's `type` text). */
  templatesFor: (type: string) => TemplateChooser;
}

function boardQueries(read: ReadDb) {
  return preparedOnce(read, 'board', () => ({
    workspace: read.select().from(s.workspaces).where(isNull(s.workspaces.deletedAt)).prepare(),
    stages: read.select().from(s.stages).prepare(),
    people: read.select().from(s.people).where(isNull(s.people.deletedAt)).prepare(),
  }));
}

export function loadBoard(ctx: BackendContext): Board {
  const q = boardQueries(ctx.db.read);
  const ws = q.workspace.get();
  const stages = orderStages(q.stages.all());
  const catalog = new TemplateCatalog(ctx.db.read);
  return {
    stages,
    stageNames: new Map(stages.map((st) => [st.id, st.name])),
    people: q.people.all(),
    today: dayInZone(ctx.now(), ws?.homeTimeZone ?? 'UTC'),
    receivers: new Map(),
    catalog,
    templatesFor: (type) => catalog.chooserFor(type),
  };
}

/** Who receives the work of a handoff: the Responsible people of the stage after it. */
function receiversAfter(board: Board, toStageId: string, type: string): string[] {
  const memoKey = `${toStageId}|${type}`;
  const known = board.receivers.get(memoKey);
  if (known) return known;
  const i = board.stages.findIndex((st) => st.id === toStageId);
  const to = board.stages[i];
  const next = board.stages[i + 1];
  const receivers =
    to && next
      ? defaultRaci(
          board.templatesFor(type)(
            (to.key as StageKey | null) ?? null,
            (next.key as StageKey | null) ?? null,
          ),
          board.people,
        )
          .filter((r) => r.role === 'R')
          .map((r) => r.personId)
      : [];
  board.receivers.set(memoKey, receivers);
  return receivers;
}

/** planCampaign, remembered per launch date and overrides for one request's many cards. */
type PlanMemo = Map<string, PlannedHandoff[]>;

function plannedFor(board: Board, campaign: CampaignRow, memo: PlanMemo): PlannedHandoff[] {
  const overrides = campaign.planOverrides as PlanOverrides;
  const key = `${campaign.type}|${campaign.launchDate ?? ''}|${JSON.stringify(overrides)}`;
  let plan = memo.get(key);
  if (!plan) {
    plan = planCampaign(
      board.stages,
      campaign.launchDate,
      overrides,
      board.templatesFor(campaign.type),
    );
    memo.set(key, plan);
  }
  return plan;
}

/**
 * The campaign's backward plan with each step's slack: stored due dates for handoffs that
 * exist (they were planned when opened and re-planned on changes), planned ones for the rest.
 */
function planSteps(
  board: Board,
  campaign: CampaignRow,
  handoffs: readonly HandoffRow[],
  memo: PlanMemo = new Map(),
): PlanStep[] {
  const plan = plannedFor(board, campaign, memo);
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

/**
 * Whether some remaining handoff cannot make its due date (planSteps' slack, without building
 * the steps: the board asks this for every card).
 */
function hasNegativeSlack(
  board: Board,
  campaign: CampaignRow,
  current: HandoffRow | undefined,
  memo: PlanMemo,
): boolean {
  const plan = plannedFor(board, campaign, memo);
  const withDates = current
    ? plan.map((p) =>
        p.fromStageId === current.fromStageId ? { ...p, dueDate: current.dueDate ?? p.dueDate } : p,
      )
    : plan;
  const slack = planSlack(
    withDates,
    campaign.stageId,
    board.today,
    current ? current.createdAt.slice(0, 10) : null,
  );
  // planSlack is null for steps before the current one and for undated ones; a current
  // handoff already done has no slack to lose either.
  return slack.some(
    (s, i) =>
      s !== null &&
      s < 0 &&
      !(current?.status === 'done' && plan[i]?.fromStageId === current.fromStageId),
  );
}

function summaryQueries(read: ReadDb) {
  return preparedOnce(read, 'summaries', () => ({
    allCampaigns: read.select().from(s.campaigns).where(isNull(s.campaigns.deletedAt)).prepare(),
    oneCampaign: read
      .select()
      .from(s.campaigns)
      .where(and(eq(s.campaigns.id, sql.placeholder('id')), isNull(s.campaigns.deletedAt)))
      .prepare(),
    clients: read.select().from(s.clients).prepare(),
    allCurrent: read
      .select()
      .from(s.handoffs)
      .where(sql`${s.handoffs.id} in ${currentHandoffIds(read)}`)
      .prepare(),
    campaignHandoffs: read
      .select()
      .from(s.handoffs)
      .where(and(eq(s.handoffs.campaignId, sql.placeholder('id')), isNull(s.handoffs.deletedAt)))
      .prepare(),
  }));
}

/** A campaign's reviews and retrospectives not yet completed or held: what its card may flag. */
interface OpenFollowUps {
  reviews: OpenReview[];
  retros: OpenRetrospective[];
}

const NO_FOLLOW_UPS: OpenFollowUps = { reviews: [], retros: [] };

function followUpQueries(read: ReadDb) {
  const openReview = and(
    isNull(s.performanceReviews.deletedAt),
    ne(s.performanceReviews.status, 'completed'),
  );
  const openRetro = and(isNull(s.retrospectives.deletedAt), ne(s.retrospectives.status, 'done'));
  const reviewCols = {
    campaignId: s.performanceReviews.campaignId,
    id: s.performanceReviews.id,
    label: s.performanceReviews.label,
    dueDay: s.performanceReviews.dueDay,
    analystId: s.performanceReviews.analystId,
  };
  const retroCols = {
    campaignId: s.retrospectives.campaignId,
    id: s.retrospectives.id,
    dueDay: s.retrospectives.dueDay,
    heldOn: s.retrospectives.heldOn,
    ownerId: s.retrospectives.ownerId,
  };
  return preparedOnce(read, 'followUps', () => ({
    allReviews: read.select(reviewCols).from(s.performanceReviews).where(openReview).prepare(),
    allRetros: read.select(retroCols).from(s.retrospectives).where(openRetro).prepare(),
    campaignReviews: read
      .select(reviewCols)
      .from(s.performanceReviews)
      .where(and(openReview, eq(s.performanceReviews.campaignId, sql.placeholder('id'))))
      .prepare(),
    campaignRetros: read
      .select(retroCols)
      .from(s.retrospectives)
      .where(and(openRetro, eq(s.retrospectives.campaignId, sql.placeholder('id'))))
      .prepare(),
  }));
}

type ReviewRow = OpenReview & { campaignId: string };
type RetroRow = Omit<OpenRetrospective, 'status'> & { campaignId: string };

function toOpen(reviews: readonly ReviewRow[], retros: readonly RetroRow[]): OpenFollowUps {
  return {
    reviews: reviews.map((r) => ({ ...r, completed: false })),
    retros: retros.map((r) => ({ ...r, status: 'scheduled' as const })),
  };
}

/**
 * The open reviews and retrospectives of every campaign, by campaign. Only their stored due
 * days are read here: whether one is due or overdue is decided per read against today (the
 * summary cache is dropped when the day changes), so a card turns overdue at midnight without
 * a write.
 */
function openFollowUpsByCampaign(read: ReadDb): Map<string, OpenFollowUps> {
  const q = followUpQueries(read);
  const byCampaign = new Map<string, { reviews: ReviewRow[]; retros: RetroRow[] }>();
  const slot = (id: string) => {
    let v = byCampaign.get(id);
    if (!v) byCampaign.set(id, (v = { reviews: [], retros: [] }));
    return v;
  };
  for (const r of q.allReviews.all() as ReviewRow[]) slot(r.campaignId).reviews.push(r);
  for (const r of q.allRetros.all() as RetroRow[]) slot(r.campaignId).retros.push(r);
  return new Map([...byCampaign].map(([id, v]) => [id, toOpen(v.reviews, v.retros)]));
}

function openFollowUpsOf(read: ReadDb, campaignId: string): OpenFollowUps {
  const q = followUpQueries(read);
  return toOpen(
    q.campaignReviews.all({ id: campaignId }) as ReviewRow[],
    q.campaignRetros.all({ id: campaignId }) as RetroRow[],
  );
}

function cardGate({ missing, ...gate }: GateView): CardGate {
  return { ...gate, missingCount: missing.length };
}

// One collator for the whole sort (the order localeCompare gives): localeCompare builds one
// per comparison.
const byName = new Intl.Collator();

function toSummary(
  board: Board,
  row: CampaignRow,
  client: typeof s.clients.$inferSelect | undefined,
  current: HandoffRow | undefined,
  parts: HandoffParts,
  memo: PlanMemo,
  /** The campaign's live assets, for the launch gate's final asset verification. */
  assets: readonly RegisterAsset[],
  followUps: OpenFollowUps,
): CampaignSummary {
  const campaign = toCampaign(row);
  const view = current
    ? evaluateHandoff(
        {
          row: current,
          parts,
          template: board.catalog.forHandoff(current.templateId),
          receiverIds: receiversAfter(board, current.toStageId, row.type),
          today: board.today,
          launchChecks: launchChecksFor(row.type, assets),
        },
        { hash: 'when-approved' },
      )
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
    currentHandoff:
      view && current
        ? {
            id: view.handoff.id,
            name: view.template.name,
            status: view.handoff.status,
            dueDate: view.handoff.dueDate,
            overdue: view.overdue,
            responsibleIds: view.raci.filter((r) => r.role === 'R').map((r) => r.personId),
            accountableId: view.raci.find((r) => r.role === 'A')?.personId ?? null,
            qualityOwnerId: view.handoff.qualityOwnerId,
            receiverIds: receiversAfter(board, current.toStageId, row.type),
          }
        : null,
    gate: view ? cardGate(view.gate) : null,
    negativeSlack: hasNegativeSlack(board, row, current, memo),
    followUps: cardFollowUps(followUps.reviews, followUps.retros, board.today),
  };
}

const compareSummaries = (a: CampaignSummary, b: CampaignSummary) =>
  byName.compare(a.name, b.name) || a.id.localeCompare(b.id);

/** The board, with the kept cards told of other connections' writes since the last read. */
function boardFollowingOthers(ctx: BackendContext): Board {
  const board = loadBoard(ctx);
  ctx.summaries.followOthers(
    ctx.db.dataVersion(),
    () => lastChangeRowid(ctx.db),
    (rowid) => campaignsChangedSince(ctx.db, rowid),
  );
  return board;
}

/** Every card of the board, by name: kept between requests (SummaryCache). */
export function listCampaignSummaries(ctx: BackendContext): CampaignSummary[] {
  return keptCards(ctx, boardFollowingOthers(ctx));
}

function keptCards(ctx: BackendContext, board: Board): CampaignSummary[] {
  const cards = ctx.summaries.list(
    board.today,
    () => computeSummaries(ctx, board),
    (id) => campaignSummary(ctx, id, board),
    compareSummaries,
  );
  // A copy: the cache's array must not be sorted or spliced by a caller.
  return [...cards];
}

/** Cards recomputed per turn of the event loop when many changed (~2 ms each here). */
const CARDS_PER_TURN = 20;

/**
 * `listCampaignSummaries` for a request handler: when many kept cards are stale (a teammate's
 * catch-up just landed), they are recomputed a few at a time with a turn of the event loop in
 * between, so other requests and live updates are not held for the whole refresh.
 */
export async function listCampaignSummariesInTurns(
  ctx: BackendContext,
): Promise<CampaignSummary[]> {
  for (;;) {
    const board = boardFollowingOthers(ctx);
    const more = ctx.summaries.refreshSome(board.today, CARDS_PER_TURN, (id) =>
      campaignSummary(ctx, id, board),
    );
    if (!more) return keptCards(ctx, board);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

function computeSummaries(ctx: BackendContext, board: Board): CampaignSummary[] {
  const read = ctx.db.read;
  const q = summaryQueries(read);
  const clients = new Map(q.clients.all().map((c) => [c.id, c]));
  const byCampaign = new Map(q.allCurrent.all().map((h) => [h.campaignId, h]));
  const parts = loadHandoffParts(read, { currentOfEveryCampaign: true }, { withComments: false });
  const memo: PlanMemo = new Map();
  const assets = assetsByCampaign(read);
  const followUps = openFollowUpsByCampaign(read);
  return q.allCampaigns
    .all()
    .map((row) =>
      toSummary(
        board,
        row,
        clients.get(row.clientId),
        byCampaign.get(row.id),
        parts,
        memo,
        assets.get(row.id) ?? [],
        followUps.get(row.id) ?? NO_FOLLOW_UPS,
      ),
    )
    .sort(compareSummaries);
}

/** One campaign's card, or null when it is gone. `board` saves re-reading the workspace. */
export function campaignSummary(
  ctx: BackendContext,
  id: string,
  board: Board = loadBoard(ctx),
): CampaignSummary | null {
  const read = ctx.db.read;
  const q = summaryQueries(read);
  const row = q.oneCampaign.get({ id });
  if (!row) return null;
  const client = read.select().from(s.clients).where(eq(s.clients.id, row.clientId)).get();
  const current = q.campaignHandoffs.all({ id }).find((h) => h.fromStageId === row.stageId);
  const parts = current
    ? loadHandoffParts(read, { handoffId: current.id }, { withComments: false })
    : NO_PARTS;
  return toSummary(
    board,
    row,
    client,
    current,
    parts,
    new Map(),
    campaignAssets(read, id),
    openFollowUpsOf(read, id),
  );
}

/** The cards of the campaigns named (the board's refresh after a live update); gone ones are left out. */
export function campaignSummaries(ctx: BackendContext, ids: readonly string[]): CampaignSummary[] {
  const board = loadBoard(ctx);
  return ids.flatMap((id) => campaignSummary(ctx, id, board) ?? []);
}

export function campaignDetail(ctx: BackendContext, id: string): CampaignDetail {
  const read = ctx.db.read;
  const row = summaryQueries(read).oneCampaign.get({ id });
  if (!row) throw notFound('campaign', id);
  const board = loadBoard(ctx);
  const client = read.select().from(s.clients).where(eq(s.clients.id, row.clientId)).get();
  const stage =
    board.stages.find((st) => st.id === row.stageId) ??
    read.select().from(s.stages).where(eq(s.stages.id, row.stageId)).get();
  if (!client || !stage) throw notFound('campaign', id);
  const handoffRows = summaryQueries(read).campaignHandoffs.all({ id });
  const position = new Map(board.stages.map((st, i) => [st.id, i]));
  handoffRows.sort(
    (a, b) => (position.get(a.fromStageId) ?? 0) - (position.get(b.fromStageId) ?? 0),
  );
  const parts = loadHandoffParts(read, { campaignId: id });
  const assets = campaignAssets(read, id);
  const launchChecks = launchChecksFor(row.type, assets);
  const handoffs = handoffRows.map((h) =>
    handoffView({
      row: h,
      parts,
      template: board.catalog.forHandoff(h.templateId),
      stageNames: board.stageNames,
      receiverIds: receiversAfter(board, h.toStageId, row.type),
      today: board.today,
      personName: (personId) => board.people.find((p) => p.id === personId)?.name,
      launchChecks,
    }),
  );
  const current = handoffRows.find((h) => h.fromStageId === row.stageId);
  return {
    campaign: toCampaign(row),
    client: toClient(client),
    stage: toStage(stage),
    summary: toSummary(
      board,
      row,
      client,
      current,
      parts,
      new Map(),
      assets,
      openFollowUpsOf(read, id),
    ),
    handoffs,
    plan: planSteps(board, row, handoffRows),
  };
}

function campaignTypeOf(read: ReadDb, campaignId: string): string {
  const row = preparedOnce(read, 'campaignType', () =>
    read
      .select({ type: s.campaigns.type })
      .from(s.campaigns)
      .where(eq(s.campaigns.id, sql.placeholder('id')))
      .prepare(),
  ).get({ id: campaignId });
  return row?.type ?? '';
}

function handoffQuery(read: ReadDb) {
  return preparedOnce(read, 'handoff', () =>
    read
      .select()
      .from(s.handoffs)
      .where(eq(s.handoffs.id, sql.placeholder('id')))
      .prepare(),
  );
}

export function handoffDetail(ctx: BackendContext, id: string, board: Board = loadBoard(ctx)) {
  const read = ctx.db.read;
  const row = handoffQuery(read).get({ id });
  if (!row || row.deletedAt) throw notFound('handoff', id);
  const template = board.catalog.forHandoff(row.templateId);
  const type = campaignTypeOf(read, row.campaignId);
  return handoffView({
    row,
    parts: loadHandoffParts(read, { handoffId: id }),
    template,
    stageNames: board.stageNames,
    receiverIds: receiversAfter(board, row.toStageId, type),
    today: board.today,
    personName: (personId) => board.people.find((p) => p.id === personId)?.name,
    // Read only for a launch package: other handoffs' gates never look at the register.
    launchChecks: template.preflight
      ? launchChecksFor(type, campaignAssets(read, row.campaignId))
      : null,
  });
}
