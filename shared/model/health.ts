import { z } from 'zod';
import { HandoffStatus } from './handoff';
import { Id, IsoDate, IsoDateTime } from './common';

/** What the Health page asks for: how many ISO weeks of trend, ending with this week. */
export const HealthReportQuery = z.object({
  weeks: z
    .number({ message: 'must be a number of weeks' })
    .int({ message: 'must be a whole number of weeks' })
    .min(1, { message: 'must be at least 1' })
    .max(52, { message: 'must be at most 52' })
    .default(12),
});
export type HealthReportQuery = z.infer<typeof HealthReportQuery>;

/**
 * The campaigns behind a figure, so the page can open them. Capped: `total` says how many there
 * are when the list holds fewer.
 */
export const HealthCampaigns = z.object({
  ids: z.array(Id),
  total: z.number().int(),
});
export type HealthCampaigns = z.infer<typeof HealthCampaigns>;

/** Time spent at one status: each entry-to-exit period; a status still current counts to now. */
export const StatusWait = z.object({
  status: HandoffStatus,
  periods: z.number().int(),
  /** Of those periods, how many are still open (measured up to now). */
  stillOpen: z.number().int(),
  medianHours: z.number().nullable(),
  p90Hours: z.number().nullable(),
  /** The campaigns whose wait here reached the p90: the slowest ones. */
  slowest: HealthCampaigns,
});
export type StatusWait = z.infer<typeof StatusWait>;

export const ReasonCount = z.object({
  reason: z.string(),
  count: z.number().int(),
  campaigns: HealthCampaigns,
});
export type ReasonCount = z.infer<typeof ReasonCount>;

export const HealthRate = z.object({
  count: z.number().int(),
  of: z.number().int(),
  /** count / of, 0 when `of` is 0. */
  rate: z.number(),
  campaigns: HealthCampaigns,
});
export type HealthRate = z.infer<typeof HealthRate>;

export const HealthTrendWeek = z.object({
  /** ISO week, e.g. 2026-W48. */
  week: z.string(),
  /** Its Monday (UTC). */
  start: IsoDate,
  completed: z.number().int(),
  /** Median of the waits after submission that ended this week, in hours; null if none did. */
  medianWaitHours: z.number().nullable(),
  sendBacks: z.number().int(),
  campaigns: HealthCampaigns,
});
export type HealthTrendWeek = z.infer<typeof HealthTrendWeek>;

export const PainScore = z.object({
  score: z.number(),
  waitPoints: z.number(),
  sendBackPoints: z.number(),
  overduePoints: z.number(),
  /** The score in words: which part weighs most. */
  because: z.string(),
});
export type PainScore = z.infer<typeof PainScore>;

/** One handoff type (from stage → to stage) and how it is doing. */
export const HandoffTypeHealth = z.object({
  key: z.string(),
  label: z.string(),
  handoffs: z.number().int(),
  submitted: z.number().int(),
  waits: z.array(StatusWait),
  /** p90 over handoffs of their time from submission to acknowledgement (or now), in days. */
  p90WaitAfterSubmitDays: z.number().nullable(),
  sendBack: HealthRate,
  topReasons: z.array(ReasonCount),
  overrides: z.object({ count: z.number().int(), campaigns: HealthCampaigns }),
  overdue: HealthRate,
  pain: PainScore,
  trend: z.array(HealthTrendWeek),
});
export type HandoffTypeHealth = z.infer<typeof HandoffTypeHealth>;

/**
 * Time from Done to retrospective for one campaign type (or all of them): PRODUCT.md system 7
 * holds the retrospective within a week of the campaign reaching Done. Days are calendar days
 * in the workspace's home time zone.
 */
export const RetrospectiveTimingGroup = z.object({
  /** A campaign type, or `all`. */
  key: z.string(),
  label: z.string(),
  /** Retrospectives held, the ones the median and p90 are taken over. */
  held: z.number().int(),
  medianDays: z.number().nullable(),
  p90Days: z.number().nullable(),
  /** Held after their week. */
  heldLate: z.number().int(),
  /** Scheduled and not held yet. */
  waiting: z.number().int(),
  /** Of those waiting, past their week. */
  overdue: z.object({ count: z.number().int(), campaigns: HealthCampaigns }),
});
export type RetrospectiveTimingGroup = z.infer<typeof RetrospectiveTimingGroup>;

export const RetrospectiveHealth = z.object({
  /** How the figure is measured, in words, for the page and the exports. */
  rule: z.string(),
  all: RetrospectiveTimingGroup,
  /** Per campaign type with at least one retrospective, slowest p90 first. */
  byCampaignType: z.array(RetrospectiveTimingGroup),
});
export type RetrospectiveHealth = z.infer<typeof RetrospectiveHealth>;

export const HealthReport = z.object({
  now: IsoDateTime,
  weeks: z.number().int(),
  /** Most painful first. */
  types: z.array(HandoffTypeHealth),
  /** Enough finished history for the ranking to mean something. */
  enoughHistory: z.boolean(),
  /** How the pain score is computed, in words. */
  painRule: z.string(),
  /** Figures the issue asks for that are not measured yet, each with why. */
  notMeasured: z.array(z.string()),
  /** Time from Done to retrospective and retrospectives overdue (issue 9). */
  retrospectives: RetrospectiveHealth,
  /** Names of the campaigns the figures link to. */
  campaignNames: z.record(z.string(), z.string()),
});
export type HealthReport = z.infer<typeof HealthReport>;
