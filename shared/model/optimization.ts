import { z } from 'zod';
import { CampaignType } from './campaign';
import { Id, IsoDate, IsoDateTime, Name } from './common';

// System 6, analytics → optimization: dashboard standards, metric entries, performance reviews
// with findings, the optimization backlog and test plans. Rules live in
// shared/domain/optimization; these are the stored and wire shapes.

export const METRIC_DIRECTIONS = ['higher', 'lower'] as const;
export const MetricDirection = z.enum(METRIC_DIRECTIONS, {
  message: 'must be higher or lower (which is better)',
});
export type MetricDirection = z.infer<typeof MetricDirection>;

export const REPORTING_FREQUENCIES = ['daily', 'weekly', 'monthly'] as const;
export const ReportingFrequency = z.enum(REPORTING_FREQUENCIES, {
  message: `must be one of ${REPORTING_FREQUENCIES.join(', ')}`,
});

const ShortText = z.string().trim().max(200, { message: 'must be at most 200 characters' });
const Text = z.string().trim().max(5_000, { message: 'must be at most 5,000 characters' });

/** One metric of a dashboard standard: what is measured, which way is better and the target. */
export const MetricStandard = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,39}$/, {
      message: 'must be a short key in lower case, like open_rate',
    }),
  name: Name,
  unit: ShortText,
  direction: MetricDirection,
  target: z.number({ message: 'must be a number' }).finite({ message: 'must be a number' }),
  dataSource: ShortText,
  frequency: ReportingFrequency,
});
export type MetricStandard = z.infer<typeof MetricStandard>;

/** The metrics of each campaign type's dashboard standard; a type left out uses the built-in. */
export const DashboardStandards = z.partialRecord(CampaignType, z.array(MetricStandard).max(30));
export type DashboardStandards = z.infer<typeof DashboardStandards>;

export const SetDashboardStandardsInput = z.object({ standards: DashboardStandards.nullable() });
export type SetDashboardStandardsInput = z.infer<typeof SetDashboardStandardsInput>;

export const DashboardStandardsView = z.object({
  standards: DashboardStandards,
  custom: z.boolean(),
});
export type DashboardStandardsView = z.infer<typeof DashboardStandardsView>;

export const MetricEntry = z.object({
  id: Id,
  campaignId: Id,
  metricKey: z.string(),
  day: IsoDate,
  value: z.number(),
  source: z.enum(['manual', 'csv']),
  createdAt: IsoDateTime,
  deletedAt: IsoDateTime.nullable(),
});
export type MetricEntry = z.infer<typeof MetricEntry>;

export const NewMetricEntry = z.object({
  campaignId: Id,
  metricKey: z.string().trim().min(1, { message: 'is required' }).max(40),
  day: IsoDate,
  value: z.number({ message: 'must be a number' }).finite({ message: 'must be a number' }),
});
export type NewMetricEntry = z.infer<typeof NewMetricEntry>;

export const ImportMetricsCsvInput = z.object({
  campaignId: Id,
  text: z.string().max(200_000, { message: 'must be at most 200,000 characters' }),
});
export type ImportMetricsCsvInput = z.infer<typeof ImportMetricsCsvInput>;

/** A CSV row that could not be read, by its line number (1 = the first line pasted). */
export const CsvRowProblem = z.object({ line: z.number().int(), problem: z.string() });
export type CsvRowProblem = z.infer<typeof CsvRowProblem>;

export const ImportMetricsCsvResult = z.object({
  imported: z.number().int(),
  problems: z.array(CsvRowProblem),
});
export type ImportMetricsCsvResult = z.infer<typeof ImportMetricsCsvResult>;

export const REVIEW_STATES = ['upcoming', 'due', 'overdue', 'completed'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const FINDING_OUTCOMES = ['action', 'no_action'] as const;
export const FindingOutcome = z.enum(FINDING_OUTCOMES, {
  message: 'must be action or no_action',
});
export type FindingOutcome = z.infer<typeof FindingOutcome>;

export const ReviewFinding = z.object({
  id: Id,
  reviewId: Id,
  text: z.string(),
  outcome: FindingOutcome.nullable(),
  noActionReason: z.string(),
  position: z.number().int(),
  /** The backlog item its action became, if any. */
  backlogItemId: Id.nullable(),
});
export type ReviewFinding = z.infer<typeof ReviewFinding>;

export const PerformanceReviewView = z.object({
  id: Id,
  campaignId: Id,
  analystId: Id.nullable(),
  label: z.string(),
  dueDay: IsoDate,
  state: z.enum(REVIEW_STATES),
  whatHappened: z.string(),
  completedById: Id.nullable(),
  completedAt: IsoDateTime.nullable(),
  findings: z.array(ReviewFinding),
  /** Why it cannot be completed yet (empty when it can, or when it is completed). */
  blockers: z.array(z.string()),
});
export type PerformanceReviewView = z.infer<typeof PerformanceReviewView>;

export const BACKLOG_STATUSES = ['open', 'planned', 'done', 'dropped'] as const;
export const BacklogStatus = z.enum(BACKLOG_STATUSES, {
  message: `must be one of ${BACKLOG_STATUSES.join(', ')}`,
});

const OneToTen = z
  .number({ message: 'must be a number from 1 to 10' })
  .int({ message: 'must be a whole number from 1 to 10' })
  .min(1, { message: 'must be from 1 to 10' })
  .max(10, { message: 'must be from 1 to 10' });

export const BacklogItemView = z.object({
  id: Id,
  campaignId: Id.nullable(),
  findingId: Id.nullable(),
  title: z.string(),
  detail: z.string(),
  impact: z.number().int(),
  confidence: z.number().int(),
  effort: z.number().int(),
  status: BacklogStatus,
  ownerId: Id.nullable(),
  createdAt: IsoDateTime,
  /** ICE score (shared/domain/optimization/iceScore.ts). */
  score: z.number(),
  /** The finding's text, when it came from a review. */
  findingText: z.string().nullable(),
});
export type BacklogItemView = z.infer<typeof BacklogItemView>;

export const NewBacklogItem = z.object({
  campaignId: Id.nullable().default(null),
  title: Name,
  detail: Text.default(''),
  impact: OneToTen,
  confidence: OneToTen,
  effort: OneToTen,
  ownerId: Id.nullable().default(null),
});
export type NewBacklogItem = z.infer<typeof NewBacklogItem>;

export const UpdateBacklogItem = z.object({
  id: Id,
  title: Name.optional(),
  detail: Text.optional(),
  impact: OneToTen.optional(),
  confidence: OneToTen.optional(),
  effort: OneToTen.optional(),
  status: BacklogStatus.optional(),
  ownerId: Id.nullable().optional(),
});
export type UpdateBacklogItem = z.infer<typeof UpdateBacklogItem>;

export const BacklogQuery = z.object({ campaignId: Id.optional() });
export type BacklogQuery = z.infer<typeof BacklogQuery>;

export const TEST_PLAN_STATUSES = ['planned', 'running', 'finished'] as const;
export const TestPlanStatus = z.enum(TEST_PLAN_STATUSES, {
  message: `must be one of ${TEST_PLAN_STATUSES.join(', ')}`,
});

export const TestPlanView = z.object({
  id: Id,
  campaignId: Id,
  backlogItemId: Id.nullable(),
  hypothesis: z.string(),
  variants: z.array(z.string()),
  primaryMetric: z.string(),
  minimumDetectableEffect: z.string(),
  durationDays: z.number().int().nullable(),
  status: TestPlanStatus,
  result: z.string(),
  findingId: Id.nullable(),
});
export type TestPlanView = z.infer<typeof TestPlanView>;

/** A test plan as typed; the rules (≥ 2 variants, metric of the standard…) are checked after. */
export const TestPlanInput = z.object({
  campaignId: Id,
  backlogItemId: Id.nullable().default(null),
  hypothesis: Text,
  variants: z.array(ShortText).max(20, { message: 'must list at most 20 variants' }),
  primaryMetric: ShortText,
  minimumDetectableEffect: ShortText,
  durationDays: z.number({ message: 'must be a number of days' }).int().nullable(),
});
export type TestPlanInput = z.infer<typeof TestPlanInput>;

export const UpdateTestPlan = TestPlanInput.omit({ campaignId: true })
  .partial()
  .extend({ id: Id, status: z.enum(['planned', 'running']).optional() });
export type UpdateTestPlan = z.infer<typeof UpdateTestPlan>;

export const FinishTestPlan = z.object({
  id: Id,
  result: Text.min(1, { message: 'is required: what did the test show?' }),
});
export type FinishTestPlan = z.infer<typeof FinishTestPlan>;

export const FinishTestPlanResult = z.object({
  plan: TestPlanView,
  /** The finding the result became, in the campaign's next open review (null when none). */
  finding: ReviewFinding.nullable(),
  /** The finding's text to use by hand when the campaign has no open review. */
  findingText: z.string(),
});
export type FinishTestPlanResult = z.infer<typeof FinishTestPlanResult>;

/** A campaign's optimization: its standard, figures, reviews, backlog and test plans. */
export const CampaignOptimization = z.object({
  campaign: z.object({
    id: Id,
    name: z.string(),
    type: CampaignType,
    launchDate: IsoDate.nullable(),
    stageName: z.string(),
  }),
  today: IsoDate,
  standard: z.array(MetricStandard),
  entries: z.array(MetricEntry),
  reviews: z.array(PerformanceReviewView),
  backlog: z.array(BacklogItemView),
  testPlans: z.array(TestPlanView),
});
export type CampaignOptimization = z.infer<typeof CampaignOptimization>;

/** A live campaign on the Optimization screen, with how many reviews are due or overdue. */
export const OptimizationCampaignSummary = z.object({
  id: Id,
  name: z.string(),
  type: CampaignType,
  launchDate: IsoDate.nullable(),
  stageName: z.string(),
  due: z.number().int(),
  overdue: z.number().int(),
  nextReviewDay: IsoDate.nullable(),
});
export type OptimizationCampaignSummary = z.infer<typeof OptimizationCampaignSummary>;

export const CampaignOptimizationQuery = z.object({ campaignId: Id });

export const ScheduleReviewsInput = z.object({
  campaignId: Id,
  analystId: Id.nullable().default(null),
});
export type ScheduleReviewsInput = z.infer<typeof ScheduleReviewsInput>;

export const UpdateReviewInput = z.object({
  id: Id,
  whatHappened: Text.optional(),
  analystId: Id.nullable().optional(),
});
export type UpdateReviewInput = z.infer<typeof UpdateReviewInput>;

export const AddFindingInput = z.object({
  reviewId: Id,
  text: Text.min(1, { message: 'is required: what did the review find?' }),
});
export type AddFindingInput = z.infer<typeof AddFindingInput>;

/**
 * A finding's outcome: `action` turns it into a backlog item (title and ICE as given), or
 * `no_action` with the reason; `text` edits the finding.
 */
export const UpdateFindingInput = z.object({
  id: Id,
  text: Text.min(1, { message: 'is required: what did the review find?' }).optional(),
  outcome: FindingOutcome.nullable().optional(),
  noActionReason: Text.optional(),
  action: z
    .object({
      title: Name,
      impact: OneToTen,
      confidence: OneToTen,
      effort: OneToTen,
    })
    .optional(),
});
export type UpdateFindingInput = z.infer<typeof UpdateFindingInput>;
