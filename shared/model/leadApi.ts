import { z } from 'zod';
import { Id, IsoDateTime } from './common';
import {
  Lead,
  LeadHandoff,
  LeadScore,
  LeadScoring,
  LeadStatus,
  LeadTouch,
  MissingLeadPart,
  RejectionReason,
} from './lead';

// The `leads.*` procedures' inputs and outputs (see shared/api/contract.ts). The lead screens
// build on these; every list is already ordered for display.

export const LeadQuery = z.object({
  status: LeadStatus.optional(),
  ownerId: Id.optional(),
  assigneeId: Id.optional(),
  campaignId: Id.optional(),
  /** Matches name, company or email (ignoring case). */
  search: z.string().trim().max(200, { message: 'must be at most 200 characters' }).optional(),
  offset: z.number().int().min(0, { message: 'must be 0 or more' }).default(0),
  limit: z.number().int().min(1).max(500, { message: 'must be at most 500' }).default(50),
});
export type LeadQuery = z.infer<typeof LeadQuery>;

/** A lead in a list: with names for its ids. */
export const LeadRowView = Lead.extend({
  campaignName: z.string().nullable(),
  ownerName: z.string().nullable(),
  assigneeName: z.string().nullable(),
});
export type LeadRowView = z.infer<typeof LeadRowView>;

export const LeadPage = z.object({
  total: z.number(),
  offset: z.number(),
  leads: z.array(LeadRowView),
});
export type LeadPage = z.infer<typeof LeadPage>;

export const SlaClockView = z.object({
  stage: z.enum(['hand-off', 'accept']),
  startedAt: IsoDateTime,
  dueAt: IsoDateTime,
  minutesLeft: z.number(),
  overdue: z.boolean(),
  text: z.string(),
});
export type SlaClockView = z.infer<typeof SlaClockView>;

/** One lead with everything the detail view shows. */
export const LeadDetail = z.object({
  lead: LeadRowView,
  touches: z.array(LeadTouch),
  /** The score now (the stored score is this, cached), explained line by line. */
  score: LeadScore,
  handoffs: z.array(LeadHandoff),
  sla: SlaClockView.nullable(),
  /** Statuses leads.setStatus accepts from here. */
  nextStatuses: z.array(LeadStatus),
});
export type LeadDetail = z.infer<typeof LeadDetail>;

/** The scoring criteria in force; `custom` is false while the workspace uses the built-in ones. */
export const LeadScoringView = z.object({ scoring: LeadScoring, custom: z.boolean() });
export type LeadScoringView = z.infer<typeof LeadScoringView>;

/** Null goes back to the built-in criteria (stored as none, so a newer built-in reaches it). */
export const SetLeadScoring = LeadScoring.nullable();
export type SetLeadScoring = z.infer<typeof SetLeadScoring>;

export const LeadScoringSaved = LeadScoringView.extend({
  /** How many live leads' scores changed. */
  rescored: z.number(),
});
export type LeadScoringSaved = z.infer<typeof LeadScoringSaved>;

export const LeadIdInput = z.object({ id: Id });
export type LeadIdInput = z.infer<typeof LeadIdInput>;

export const SetLeadStatus = z.object({
  id: Id,
  status: LeadStatus,
  /** For nurturing / re-engage: when marketing should touch the lead next (defaults by reason). */
  nextTouchAt: IsoDateTime.optional(),
  nurtureTrack: z.string().trim().max(200).optional(),
});
export type SetLeadStatus = z.infer<typeof SetLeadStatus>;

export const RejectLead = z.object({
  id: Id,
  reasonCode: RejectionReason,
  text: z.string().trim().max(2_000, { message: 'must be at most 2,000 characters' }).default(''),
});
export type RejectLead = z.infer<typeof RejectLead>;

/** handOff's answer: the stored handoff, or (refused) the package's missing parts. */
export const HandOffResult = z.discriminatedUnion('handedOff', [
  z.object({ handedOff: z.literal(true), handoff: LeadHandoff }),
  z.object({ handedOff: z.literal(false), missing: z.array(MissingLeadPart) }),
]);
export type HandOffResult = z.infer<typeof HandOffResult>;

export const SlaQueueItem = z.object({ lead: LeadRowView, sla: SlaClockView });
export type SlaQueueItem = z.infer<typeof SlaQueueItem>;

/** Why sales turned the lead down, when its latest handoff was rejected. */
export const LatestRejection = z.object({
  reasonCode: RejectionReason,
  reasonText: z.string(),
  /** When sales answered. */
  at: IsoDateTime,
});
export type LatestRejection = z.infer<typeof LatestRejection>;

export const ReengagementItem = z.object({
  lead: LeadRowView,
  due: z.boolean(),
  rejection: LatestRejection.nullable(),
});
export type ReengagementItem = z.infer<typeof ReengagementItem>;

const QualityRowView = z.object({
  key: z.string(),
  label: z.string(),
  handedOff: z.number(),
  accepted: z.number(),
  rejected: z.number(),
  pending: z.number(),
  acceptRate: z.number().nullable(),
  topRejectionReasons: z.array(
    z.object({ code: RejectionReason, label: z.string(), count: z.number() }),
  ),
  medianHoursToAccept: z.number().nullable(),
});
export const LeadQualityView = z.object({
  byCampaign: z.array(QualityRowView),
  bySource: z.array(QualityRowView),
  overall: QualityRowView,
});
export type LeadQualityView = z.infer<typeof LeadQualityView>;

/** Handoffs made in [from, to) count; both default to the 7 days before now. */
export const ReportRange = z.object({
  from: IsoDateTime.optional(),
  to: IsoDateTime.optional(),
});
export type ReportRange = z.infer<typeof ReportRange>;

export const WeeklyAgenda = z.object({ from: IsoDateTime, to: IsoDateTime, markdown: z.string() });
export type WeeklyAgenda = z.infer<typeof WeeklyAgenda>;

/** The most characters one import call carries; a screen slices bigger files (csvSlices.ts). */
export const LEAD_IMPORT_MAX_CHARS = 200_000;

const MappingInput = z
  .record(
    z.string().max(50, { message: 'must be a lead field name' }),
    // '' = leave the field empty (and do not guess a column for it).
    z.string().max(200, { message: 'must be at most 200 characters' }),
  )
  .optional();

export const LeadImportInput = z.object({
  csvText: z
    .string()
    .min(1, { message: 'is empty: paste or choose a CSV file' })
    // Like every wire string, bounded below what one call may carry; bigger files go through
    // the CLI (baton import-leads) or in slices of rows, each with the header line.
    .max(LEAD_IMPORT_MAX_CHARS, {
      message: 'must be at most 200,000 characters (import bigger files in parts)',
    }),
  /** Lead field → column header ('' = not imported); fields left out are guessed from the headers. */
  mapping: MappingInput,
  /**
   * When csvText is a slice of a bigger file (its header line on top, then whole rows), the
   * number of lines to add so bad rows and duplicates name lines of the whole file.
   */
  lineOffset: z
    .number()
    .int({ message: 'must be a whole number of lines' })
    .min(0, { message: 'must be 0 or more' })
    .max(100_000_000, { message: 'must be at most 100,000,000' })
    .default(0),
  /** Leads imported from this campaign (optional). */
  sourceCampaignId: Id.nullable().default(null),
});
export type LeadImportInput = z.infer<typeof LeadImportInput>;

const ImportProblems = {
  duplicates: z.array(z.object({ line: z.number(), email: z.string(), of: z.string() })),
  bad: z.array(z.object({ line: z.number(), reason: z.string() })),
};

export const LeadImportPreview = z.object({
  delimiter: z.string(),
  headers: z.array(z.string()),
  mapping: z.record(z.string(), z.string()),
  goodCount: z.number(),
  /** The first good rows as they would be imported. */
  sample: z.array(
    z.object({
      line: z.number(),
      personName: z.string(),
      company: z.string(),
      email: z.string(),
    }),
  ),
  /** Every good row's line and email: a screen importing in slices finds duplicates across them. */
  goodEmails: z.array(z.object({ line: z.number(), email: z.string() })),
  ...ImportProblems,
});
export type LeadImportPreview = z.infer<typeof LeadImportPreview>;

export const LeadImportResult = z.object({ imported: z.number(), ...ImportProblems });
export type LeadImportResult = z.infer<typeof LeadImportResult>;
