import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import {
  checkDashboardStandards,
  checkReviewCompletion,
  checkTestPlan,
  dayInZone,
  DomainError,
  iceScore,
  missingReviews,
  parseMetricCsv,
  reviewSchedule,
  reviewState,
  ruleViolation,
  sortBacklog,
  standardFor,
  testResultFinding,
} from '../../../shared/domain';
import {
  DashboardStandards,
  type AddFindingInput,
  type BacklogItemView,
  type BacklogQuery,
  type CampaignOptimization,
  type DashboardStandardsView,
  type FindingOutcome,
  type FinishTestPlan,
  type FinishTestPlanResult,
  type ImportMetricsCsvInput,
  type ImportMetricsCsvResult,
  type MetricEntry,
  type MetricStandard,
  type NewBacklogItem,
  type NewMetricEntry,
  type OptimizationCampaignSummary,
  type PerformanceReviewView,
  type ReviewFinding,
  type ScheduleReviewsInput,
  type SetDashboardStandardsInput,
  type TestPlanInput,
  type TestPlanView,
  type UpdateBacklogItem,
  type UpdateFindingInput,
  type UpdateReviewInput,
  type UpdateTestPlan,
} from '../../../shared/model';
import * as s from '../../db/schema';
import type { ReadDb, WriteTx } from '../../db/writeTx';
import { actorOf, type BackendContext } from '../context';
import { requireWorkspace } from './workspaceService';

// System 6 through the write path: dashboard standards, metric entries, performance reviews
// whose findings become backlog items or say why not, the ICE-sorted backlog and test plans.
// Every rule is in shared/domain/optimization; this file reads rows and writes them.

/** The workspace's standards, or the built-in ones (also when a newer app stored a shape we cannot read). */
function readStandards(read: ReadDb): DashboardStandardsView {
  const ws = read
    .select({ standards: s.workspaces.dashboardStandards })
    .from(s.workspaces)
    .where(isNull(s.workspaces.deletedAt))
    .get();
  const parsed = ws?.standards != null ? DashboardStandards.safeParse(ws.standards) : null;
  const own = parsed?.success ? parsed.data : null;
  const standards: DashboardStandards = {};
  for (const type of [
    'email',
    'social',
    'paid_ads',
    'content',
    'event',
    'multi_channel',
  ] as const) {
    standards[type] = standardFor(own, type);
  }
  return { standards, custom: own !== null };
}

export function getDashboardStandards(ctx: BackendContext): DashboardStandardsView {
  return readStandards(ctx.db.read);
}

/** Null resets to the built-in; a key used twice in a type is refused naming it. */
export function setDashboardStandards(
  ctx: BackendContext,
  input: SetDashboardStandardsInput,
): DashboardStandardsView {
  const { workspace } = requireWorkspace(ctx);
  if (input.standards !== null) {
    const problems = checkDashboardStandards(input.standards);
    if (problems.length > 0) {
      throw new DomainError(
        'RULE_VIOLATION',
        problems.map((p) => p.message).join('; '),
        problems.map((p) => ({ field: p.field, problem: p.message })),
      );
    }
  }
  ctx.db.write(actorOf(ctx), (tx) =>
    tx.update('workspace', workspace.id, { dashboardStandards: input.standards }),
  );
  return readStandards(ctx.db.read);
}

function today(ctx: BackendContext): string {
  return dayInZone(ctx.now(), requireWorkspace(ctx).workspace.homeTimeZone);
}

interface CampaignFacts {
  id: string;
  name: string;
  type: CampaignOptimization['campaign']['type'];
  launchDate: string | null;
  stageName: string;
}

function campaignFacts(read: ReadDb, campaignId: string): CampaignFacts {
  const row = read
    .select({
      id: s.campaigns.id,
      name: s.campaigns.name,
      type: s.campaigns.type,
      launchDate: s.campaigns.launchDate,
      stageName: s.stages.name,
      deletedAt: s.campaigns.deletedAt,
    })
    .from(s.campaigns)
    .innerJoin(s.stages, eq(s.stages.id, s.campaigns.stageId))
    .where(eq(s.campaigns.id, campaignId))
    .get();
  if (!row || row.deletedAt)
    throw ruleViolation('campaignId', 'is not a campaign of this workspace');
  return {
    id: row.id,
    name: row.name,
    type: row.type as CampaignFacts['type'],
    launchDate: row.launchDate,
    stageName: row.stageName,
  };
}

function standardOf(read: ReadDb, campaignId: string): MetricStandard[] {
  return readStandards(read).standards[campaignFacts(read, campaignId).type] ?? [];
}

type BacklogRow = typeof s.backlogItems.$inferSelect;

function toBacklogView(row: BacklogRow, findingText: string | null): BacklogItemView {
  return {
    id: row.id,
    campaignId: row.campaignId,
    findingId: row.findingId,
    title: row.title,
    detail: row.detail,
    impact: row.impact,
    confidence: row.confidence,
    effort: row.effort,
    status: row.status as BacklogItemView['status'],
    ownerId: row.ownerId,
    createdAt: row.createdAt,
    score: iceScore(row),
    findingText,
  };
}

/** The backlog (one campaign's, or the workspace's), highest ICE score first. */
export function listBacklog(ctx: BackendContext, query: BacklogQuery): BacklogItemView[] {
  const read = ctx.db.read;
  const rows = read
    .select({ item: s.backlogItems, findingText: s.reviewFindings.text })
    .from(s.backlogItems)
    .leftJoin(s.reviewFindings, eq(s.reviewFindings.id, s.backlogItems.findingId))
    .where(
      and(
        isNull(s.backlogItems.deletedAt),
        query.campaignId ? eq(s.backlogItems.campaignId, query.campaignId) : undefined,
      ),
    )
    .all();
  return sortBacklog(rows.map((r) => toBacklogView(r.item, r.findingText)));
}

function toTestPlanView(row: typeof s.testPlans.$inferSelect): TestPlanView {
  return {
    id: row.id,
    campaignId: row.campaignId,
    backlogItemId: row.backlogItemId,
    hypothesis: row.hypothesis,
    variants: Array.isArray(row.variants)
      ? row.variants.filter((v): v is string => typeof v === 'string')
      : [],
    primaryMetric: row.primaryMetric,
    minimumDetectableEffect: row.minimumDetectableEffect,
    durationDays: row.durationDays,
    status: row.status as TestPlanView['status'],
    result: row.result,
    findingId: row.findingId,
  };
}

/** Findings of these reviews with the backlog item each action became. */
function findingsOf(read: ReadDb, reviewIds: readonly string[]): ReviewFinding[] {
  if (reviewIds.length === 0) return [];
  const rows = read
    .select()
    .from(s.reviewFindings)
    .where(
      and(inArray(s.reviewFindings.reviewId, [...reviewIds]), isNull(s.reviewFindings.deletedAt)),
    )
    .orderBy(asc(s.reviewFindings.position), asc(s.reviewFindings.id))
    .all();
  const items = rows.length
    ? read
        .select({ id: s.backlogItems.id, findingId: s.backlogItems.findingId })
        .from(s.backlogItems)
        .where(
          and(
            inArray(
              s.backlogItems.findingId,
              rows.map((r) => r.id),
            ),
            isNull(s.backlogItems.deletedAt),
          ),
        )
        .all()
    : [];
  const itemOf = new Map(items.map((i) => [i.findingId, i.id]));
  return rows.map((r) => ({
    id: r.id,
    reviewId: r.reviewId,
    text: r.text,
    outcome: r.outcome as FindingOutcome | null,
    noActionReason: r.noActionReason,
    position: r.position,
    backlogItemId: itemOf.get(r.id) ?? null,
  }));
}

function reviewsOf(
  read: ReadDb,
  campaignIds: readonly string[],
  day: string,
): PerformanceReviewView[] {
  if (campaignIds.length === 0) return [];
  const rows = read
    .select()
    .from(s.performanceReviews)
    .where(
      and(
        inArray(s.performanceReviews.campaignId, [...campaignIds]),
        isNull(s.performanceReviews.deletedAt),
      ),
    )
    .orderBy(asc(s.performanceReviews.dueDay), asc(s.performanceReviews.id))
    .all();
  const findings = findingsOf(
    read,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const own = findings.filter((f) => f.reviewId === r.id);
    const completed = r.status === 'completed';
    const check = checkReviewCompletion({ whatHappened: r.whatHappened, findings: own });
    return {
      id: r.id,
      campaignId: r.campaignId,
      analystId: r.analystId,
      label: r.label,
      dueDay: r.dueDay,
      state: reviewState({ dueDay: r.dueDay, completed }, day),
      whatHappened: r.whatHappened,
      completedById: r.completedById,
      completedAt: r.completedAt,
      findings: own,
      blockers: completed || check.ok ? [] : check.blockers,
    };
  });
}

/** Everything the Optimization screen shows for one campaign. */
export function campaignOptimization(
  ctx: BackendContext,
  input: { campaignId: string },
): CampaignOptimization {
  const read = ctx.db.read;
  const campaign = campaignFacts(read, input.campaignId);
  const day = today(ctx);
  const entries = read
    .select()
    .from(s.metricEntries)
    .where(and(eq(s.metricEntries.campaignId, campaign.id), isNull(s.metricEntries.deletedAt)))
    .orderBy(asc(s.metricEntries.day), asc(s.metricEntries.createdAt))
    .all()
    .map((e) => ({ ...e, source: e.source as MetricEntry['source'] }));
  return {
    campaign,
    today: day,
    standard: readStandards(read).standards[campaign.type] ?? [],
    entries,
    reviews: reviewsOf(read, [campaign.id], day),
    backlog: listBacklog(ctx, { campaignId: campaign.id }),
    testPlans: read
      .select()
      .from(s.testPlans)
      .where(and(eq(s.testPlans.campaignId, campaign.id), isNull(s.testPlans.deletedAt)))
      .orderBy(asc(s.testPlans.createdAt))
      .all()
      .map(toTestPlanView),
  };
}

/** Campaigns in Live or Optimization, and any other with reviews, with their due and overdue counts. */
export function optimizationOverview(ctx: BackendContext): OptimizationCampaignSummary[] {
  const read = ctx.db.read;
  const day = today(ctx);
  const withReviews = new Set(
    read
      .select({ id: s.performanceReviews.campaignId })
      .from(s.performanceReviews)
      .where(isNull(s.performanceReviews.deletedAt))
      .all()
      .map((r) => r.id),
  );
  const campaigns = read
    .select({
      id: s.campaigns.id,
      name: s.campaigns.name,
      type: s.campaigns.type,
      launchDate: s.campaigns.launchDate,
      stageName: s.stages.name,
      stageKey: s.stages.key,
    })
    .from(s.campaigns)
    .innerJoin(s.stages, eq(s.stages.id, s.campaigns.stageId))
    .where(isNull(s.campaigns.deletedAt))
    .orderBy(asc(s.campaigns.name))
    .all()
    .filter((c) => c.stageKey === 'live' || c.stageKey === 'optimization' || withReviews.has(c.id));
  const reviews = reviewsOf(
    read,
    campaigns.map((c) => c.id),
    day,
  );
  return campaigns.map((c) => {
    const own = reviews.filter((r) => r.campaignId === c.id);
    const open = own.filter((r) => r.state !== 'completed');
    return {
      id: c.id,
      name: c.name,
      type: c.type as OptimizationCampaignSummary['type'],
      launchDate: c.launchDate,
      stageName: c.stageName,
      due: own.filter((r) => r.state === 'due').length,
      overdue: own.filter((r) => r.state === 'overdue').length,
      nextReviewDay: open[0]?.dueDay ?? null,
    };
  });
}

export function addMetricEntry(ctx: BackendContext, input: NewMetricEntry): CampaignOptimization {
  const standard = standardOf(ctx.db.read, input.campaignId);
  if (!standard.some((m) => m.key === input.metricKey)) {
    throw ruleViolation(
      'metricKey',
      `'${input.metricKey}' is not in the dashboard standard (${standard.map((m) => m.key).join(', ')})`,
    );
  }
  ctx.db.write(actorOf(ctx), (tx) =>
    tx.insert('metricEntry', { ...input, source: 'manual', createdAt: tx.at }),
  );
  return campaignOptimization(ctx, input);
}

/** Imports the rows that read well in one write; the others come back by line number. */
export function importMetricsCsv(
  ctx: BackendContext,
  input: ImportMetricsCsvInput,
): ImportMetricsCsvResult {
  const parsed = parseMetricCsv(input.text, standardOf(ctx.db.read, input.campaignId));
  if (parsed.rows.length === 0 && parsed.problems.length === 0) {
    throw ruleViolation('text', 'has no rows: paste day,metric,value lines');
  }
  if (parsed.rows.length > 0) {
    ctx.db.write(actorOf(ctx), (tx) => {
      for (const row of parsed.rows) {
        tx.insert('metricEntry', {
          campaignId: input.campaignId,
          metricKey: row.metricKey,
          day: row.day,
          value: row.value,
          source: 'csv',
          createdAt: tx.at,
        });
      }
    });
  }
  return { imported: parsed.rows.length, problems: parsed.problems };
}

/** Creates the cadence's reviews from the launch date; scheduling again adds only what is missing. */
export function scheduleReviews(
  ctx: BackendContext,
  input: ScheduleReviewsInput,
): CampaignOptimization {
  const campaign = campaignFacts(ctx.db.read, input.campaignId);
  if (!campaign.launchDate) {
    throw ruleViolation('launchDate', 'is not set: reviews are counted from the launch date');
  }
  const launchDate = campaign.launchDate;
  ctx.db.write(actorOf(ctx), (tx) => {
    const existing = tx.read
      .select({ label: s.performanceReviews.label })
      .from(s.performanceReviews)
      .where(
        and(
          eq(s.performanceReviews.campaignId, campaign.id),
          isNull(s.performanceReviews.deletedAt),
        ),
      )
      .all()
      .map((r) => r.label);
    for (const r of missingReviews(reviewSchedule(launchDate), existing)) {
      tx.insert('performanceReview', {
        campaignId: campaign.id,
        analystId: input.analystId,
        label: r.label,
        dueDay: r.dueDay,
        status: 'scheduled',
        whatHappened: '',
        completedById: null,
        completedAt: null,
        createdAt: tx.at,
      });
    }
  });
  return campaignOptimization(ctx, input);
}

function openReview(tx: WriteTx, reviewId: string) {
  const review = tx.require('performanceReview', reviewId);
  if (review.deletedAt) throw ruleViolation('reviewId', 'is not a review of this workspace');
  if (review.status === 'completed') throw ruleViolation('reviewId', 'is completed already');
  return review;
}

export function updateReview(ctx: BackendContext, input: UpdateReviewInput): CampaignOptimization {
  const campaignId = ctx.db.write(actorOf(ctx), (tx) => {
    const review = openReview(tx, input.id);
    const { id, ...patch } = input;
    tx.update('performanceReview', id, patch);
    return review.campaignId;
  });
  return campaignOptimization(ctx, { campaignId });
}

export function addFinding(ctx: BackendContext, input: AddFindingInput): CampaignOptimization {
  const campaignId = ctx.db.write(actorOf(ctx), (tx) => {
    const review = openReview(tx, input.reviewId);
    insertFinding(tx, review.id, input.text);
    return review.campaignId;
  });
  return campaignOptimization(ctx, { campaignId });
}

function insertFinding(tx: WriteTx, reviewId: string, text: string) {
  const position = tx.read
    .select({ position: s.reviewFindings.position })
    .from(s.reviewFindings)
    .where(eq(s.reviewFindings.reviewId, reviewId))
    .all()
    .reduce((max, f) => Math.max(max, f.position + 1), 0);
  return tx.insert('reviewFinding', {
    reviewId,
    text,
    outcome: null,
    noActionReason: '',
    position,
    createdAt: tx.at,
  });
}

function linkedBacklogItem(tx: WriteTx, findingId: string) {
  return tx.read
    .select()
    .from(s.backlogItems)
    .where(and(eq(s.backlogItems.findingId, findingId), isNull(s.backlogItems.deletedAt)))
    .get();
}

/**
 * Sets a finding's text or outcome. `action` creates its backlog item (or keeps the one it has);
 * `no_action` needs the reason and drops an open backlog item the finding had made.
 */
export function updateFinding(
  ctx: BackendContext,
  input: UpdateFindingInput,
): CampaignOptimization {
  const campaignId = ctx.db.write(actorOf(ctx), (tx) => {
    const finding = tx.require('reviewFinding', input.id);
    const review = openReview(tx, finding.reviewId);
    const text = input.text ?? finding.text;
    const patch: Partial<typeof s.reviewFindings.$inferSelect> = { text };
    const linked = linkedBacklogItem(tx, finding.id);
    if (input.outcome === 'action') {
      if (!linked) {
        if (!input.action) {
          throw ruleViolation(
            'action',
            'is required: the backlog item (title, impact, confidence, effort)',
          );
        }
        tx.insert('backlogItem', {
          campaignId: review.campaignId,
          findingId: finding.id,
          title: input.action.title,
          detail: text,
          impact: input.action.impact,
          confidence: input.action.confidence,
          effort: input.action.effort,
          status: 'open',
          ownerId: null,
          createdAt: tx.at,
        });
      } else if (linked.status === 'dropped') {
        tx.update('backlogItem', linked.id, { status: 'open' });
      }
      patch.outcome = 'action';
      patch.noActionReason = '';
    } else if (input.outcome === 'no_action') {
      const reason = (input.noActionReason ?? finding.noActionReason).trim();
      if (reason === '') throw ruleViolation('noActionReason', 'is required: no action, because …');
      patch.outcome = 'no_action';
      patch.noActionReason = reason;
      if (linked && linked.status === 'open')
        tx.update('backlogItem', linked.id, { status: 'dropped' });
    } else if (input.outcome === null) {
      patch.outcome = null;
    } else if (input.noActionReason !== undefined) {
      patch.noActionReason = input.noActionReason.trim();
    }
    tx.update('reviewFinding', finding.id, patch);
    return review.campaignId;
  });
  return campaignOptimization(ctx, { campaignId });
}

/** Completes a review, or refuses naming what happened and each finding without an outcome. */
export function completeReview(ctx: BackendContext, input: { id: string }): CampaignOptimization {
  const campaignId = ctx.db.write(actorOf(ctx), (tx) => {
    const review = openReview(tx, input.id);
    const findings = findingsOf(tx.read, [review.id]);
    const check = checkReviewCompletion({ whatHappened: review.whatHappened, findings });
    if (!check.ok) {
      throw new DomainError(
        'RULE_VIOLATION',
        `The review cannot be completed: ${check.blockers.join('; ')}`,
        check.blockers.map((b) => ({
          field: b.startsWith('“What happened”') ? 'whatHappened' : 'findings',
          problem: b,
        })),
      );
    }
    tx.update('performanceReview', review.id, {
      status: 'completed',
      completedById: tx.actorId,
      completedAt: tx.at,
    });
    return review.campaignId;
  });
  return campaignOptimization(ctx, { campaignId });
}

export function createBacklogItem(ctx: BackendContext, input: NewBacklogItem): BacklogItemView[] {
  if (input.campaignId) campaignFacts(ctx.db.read, input.campaignId);
  ctx.db.write(actorOf(ctx), (tx) =>
    tx.insert('backlogItem', { ...input, findingId: null, status: 'open', createdAt: tx.at }),
  );
  return listBacklog(ctx, {});
}

export function updateBacklogItem(
  ctx: BackendContext,
  input: UpdateBacklogItem,
): BacklogItemView[] {
  ctx.db.write(actorOf(ctx), (tx) => {
    tx.require('backlogItem', input.id);
    const { id, ...patch } = input;
    tx.update('backlogItem', id, patch);
  });
  return listBacklog(ctx, {});
}

function refuseTestPlan(problems: { field: string; problem: string }[]): DomainError {
  return new DomainError(
    'RULE_VIOLATION',
    problems.map((p) => `${p.field} ${p.problem}`).join('; '),
    problems,
  );
}

export function createTestPlan(ctx: BackendContext, input: TestPlanInput): CampaignOptimization {
  const problems = checkTestPlan(input, standardOf(ctx.db.read, input.campaignId));
  if (problems.length > 0) throw refuseTestPlan(problems);
  ctx.db.write(actorOf(ctx), (tx) =>
    tx.insert('testPlan', {
      ...input,
      variants: input.variants.map((v) => v.trim()).filter((v) => v !== ''),
      status: 'planned',
      result: '',
      findingId: null,
      createdAt: tx.at,
    }),
  );
  return campaignOptimization(ctx, input);
}

export function updateTestPlan(ctx: BackendContext, input: UpdateTestPlan): CampaignOptimization {
  const campaignId = ctx.db.write(actorOf(ctx), (tx) => {
    const plan = toTestPlanView(tx.require('testPlan', input.id));
    if (plan.status === 'finished') throw ruleViolation('id', 'is a finished test plan');
    const { id, ...patch } = input;
    const next = { ...plan, ...patch };
    const problems = checkTestPlan(next, standardOf(tx.read, plan.campaignId));
    if (problems.length > 0) throw refuseTestPlan(problems);
    tx.update('testPlan', id, patch);
    return plan.campaignId;
  });
  return campaignOptimization(ctx, { campaignId });
}

/**
 * Finishes a test with its result, which becomes a finding of the campaign's next open review;
 * with no open review the finding's text comes back for the person to take elsewhere.
 */
export function finishTestPlan(ctx: BackendContext, input: FinishTestPlan): FinishTestPlanResult {
  const out = ctx.db.write(actorOf(ctx), (tx) => {
    const plan = toTestPlanView(tx.require('testPlan', input.id));
    if (plan.status === 'finished') throw ruleViolation('id', 'is finished already');
    const text = testResultFinding({ hypothesis: plan.hypothesis, result: input.result });
    const next = tx.read
      .select({ id: s.performanceReviews.id })
      .from(s.performanceReviews)
      .where(
        and(
          eq(s.performanceReviews.campaignId, plan.campaignId),
          eq(s.performanceReviews.status, 'scheduled'),
          isNull(s.performanceReviews.deletedAt),
        ),
      )
      .orderBy(asc(s.performanceReviews.dueDay))
      .get();
    const finding = next ? insertFinding(tx, next.id, text) : null;
    tx.update('testPlan', plan.id, {
      status: 'finished',
      result: input.result,
      findingId: finding?.id ?? null,
    });
    return { planId: plan.id, campaignId: plan.campaignId, findingId: finding?.id ?? null, text };
  });
  const view = campaignOptimization(ctx, { campaignId: out.campaignId });
  return {
    plan: view.testPlans.find((p) => p.id === out.planId)!,
    finding: view.reviews.flatMap((r) => r.findings).find((f) => f.id === out.findingId) ?? null,
    findingText: out.text,
  };
}
