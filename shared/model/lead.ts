import { z } from 'zod';
import { Id, IsoDateTime, Name } from './common';

// The sales ↔ marketing lead handoff (system 5): stored and wire shapes. The rules (scoring,
// SLA clocks, status moves, the lead intelligence package, quality, re-engagement, the weekly
// agenda, CSV import) live in shared/domain/leads.

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `must be one of ${values.join(', ')}` });

export const LEAD_STATUSES = [
  'new',
  'nurturing',
  'sales-ready',
  'handed-off',
  'accepted',
  'rejected',
  're-engage',
  'won',
  'lost',
] as const;
export const LeadStatus = oneOf(LEAD_STATUSES);
export type LeadStatus = z.infer<typeof LeadStatus>;

export const TOUCH_KINDS = [
  'email-open',
  'email-click',
  'webinar',
  'form',
  'download',
  'visit',
  'meeting',
  'call',
  'other',
] as const;
export const TouchKind = oneOf(TOUCH_KINDS);
export type TouchKind = z.infer<typeof TouchKind>;

export const REJECTION_REASONS = [
  'not-decision-maker',
  'no-budget',
  'bad-timing',
  'wrong-fit',
  'duplicate',
  'bad-data',
  'other',
] as const;
export const RejectionReason = oneOf(REJECTION_REASONS);
export type RejectionReason = z.infer<typeof RejectionReason>;

export const HANDOFF_OUTCOMES = ['pending', 'accepted', 'rejected'] as const;
export type LeadHandoffOutcome = (typeof HANDOFF_OUTCOMES)[number];

/** The lead fields a fit rule can look at. */
export const LEAD_FIT_FIELDS = [
  'jobTitle',
  'company',
  'email',
  'sourceChannel',
  'interests',
  'notes',
] as const;
export const LeadFitField = oneOf(LEAD_FIT_FIELDS);
export type LeadFitField = z.infer<typeof LeadFitField>;

/** equals / contains compare one value (ignoring case); in: the field equals one of a list. */
export const FitRule = z.object({
  field: LeadFitField,
  op: oneOf(['equals', 'contains', 'in'] as const),
  values: z
    .array(
      z
        .string()
        .trim()
        .min(1, { message: 'is required' })
        .max(200, { message: 'must be at most 200 characters' }),
    )
    .max(100, { message: 'must be at most 100 values' })
    .min(1, {
      message: 'needs at least one value',
    }),
  points: z.number().int().min(-1000).max(1000),
});
export type FitRule = z.infer<typeof FitRule>;

/** The team's scoring criteria (workspace setting). */
export const LeadScoring = z.object({
  fitRules: z.array(FitRule).max(200, { message: 'must be at most 200 rules' }),
  /** Points per touch of each kind (kinds left out score nothing). */
  touchPoints: z.partialRecord(TouchKind, z.number().int().min(-1000).max(1000)),
  /** Touch points halve every this many days; null: touches never fade. */
  halfLifeDays: z.number().positive({ message: 'must be more than 0 days' }).nullable(),
  /** A lead at or above this score is sales-ready. */
  salesReadyThreshold: z.number().int(),
});
export type LeadScoring = z.infer<typeof LeadScoring>;

const DAY_NUMBERS = z.array(z.number().int().min(0).max(6)).min(1, {
  message: 'needs at least one working day (0 = Sunday … 6 = Saturday)',
});
const HhMm = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time like 09:30' });

/** Working hours the SLA clocks count in; outside them the clocks stop. */
export const BusinessHours = z
  .object({
    start: HhMm,
    end: HhMm,
    days: DAY_NUMBERS,
    timeZone: z
      .string()
      .min(1, { message: 'is required: an IANA time zone like Europe/Berlin' })
      .max(100, { message: 'must be at most 100 characters' })
      .refine(
        (zone) => {
          try {
            new Intl.DateTimeFormat('en', { timeZone: zone });
            return true;
          } catch {
            return false;
          }
        },
        { message: 'is not a time zone Baton knows (use an IANA name like Europe/Berlin)' },
      ),
  })
  .refine((h) => h.start < h.end, { message: 'start must be before end', path: ['end'] });
export type BusinessHours = z.infer<typeof BusinessHours>;

/** The timing SLA (workspace setting). */
export const LeadSla = z.object({
  handOffWithinHours: z.number().positive({ message: 'must be more than 0 hours' }).max(10_000),
  acceptWithinHours: z.number().positive({ message: 'must be more than 0 hours' }).max(10_000),
  /** null: the clocks run around the clock. */
  businessHours: BusinessHours.nullable(),
});
export type LeadSla = z.infer<typeof LeadSla>;

const Email = z
  .string()
  .trim()
  .max(254, { message: 'must be at most 254 characters' })
  .email({ message: 'must be an email address like ana@example.com' });
const Text = z.string().trim().max(5_000, { message: 'must be at most 5,000 characters' });
const Short = z.string().trim().max(200, { message: 'must be at most 200 characters' });
const Interests = z
  .array(z.string().trim().min(1).max(100, { message: 'must be at most 100 characters' }))
  .max(50, { message: 'must be at most 50 interests' });

/** A lead as stored (one row of `leads`). */
export const Lead = z.object({
  id: Id,
  personName: z.string(),
  company: z.string(),
  email: z.string(),
  emailKey: z.string(),
  jobTitle: z.string(),
  sourceCampaignId: Id.nullable(),
  sourceChannel: z.string(),
  interests: z.array(z.string()),
  notes: z.string(),
  ownerId: Id.nullable(),
  assigneeId: Id.nullable(),
  status: LeadStatus,
  score: z.number(),
  statusChangedAt: IsoDateTime,
  salesReadyAt: IsoDateTime.nullable(),
  handedOffAt: IsoDateTime.nullable(),
  acceptedAt: IsoDateTime.nullable(),
  nextTouchAt: IsoDateTime.nullable(),
  nurtureTrack: z.string().nullable(),
  createdAt: IsoDateTime,
  deletedAt: IsoDateTime.nullable(),
});
export type Lead = z.infer<typeof Lead>;

export const NewLead = z.object({
  personName: Name,
  company: Short.default(''),
  email: Email,
  jobTitle: Short.default(''),
  sourceCampaignId: Id.nullable().default(null),
  sourceChannel: Short.default(''),
  interests: Interests.default([]),
  notes: Text.default(''),
  ownerId: Id.nullable().default(null),
  assigneeId: Id.nullable().default(null),
});
export type NewLead = z.infer<typeof NewLead>;
export type NewLeadInput = z.input<typeof NewLead>;

/** Editable fields; a field left out stays. Status moves go through leads.setStatus. */
export const UpdateLead = z.object({
  id: Id,
  personName: Name.optional(),
  company: Short.optional(),
  email: Email.optional(),
  jobTitle: Short.optional(),
  sourceCampaignId: Id.nullable().optional(),
  sourceChannel: Short.optional(),
  interests: Interests.optional(),
  notes: Text.optional(),
  ownerId: Id.nullable().optional(),
  assigneeId: Id.nullable().optional(),
  nextTouchAt: IsoDateTime.nullable().optional(),
  nurtureTrack: Short.nullable().optional(),
});
export type UpdateLead = z.infer<typeof UpdateLead>;

export const LeadTouch = z.object({
  id: Id,
  leadId: Id,
  kind: TouchKind,
  at: IsoDateTime,
  note: z.string(),
  createdAt: IsoDateTime,
  deletedAt: IsoDateTime.nullable(),
});
export type LeadTouch = z.infer<typeof LeadTouch>;

export const NewLeadTouch = z.object({
  leadId: Id,
  kind: TouchKind,
  /** When it happened; now when left out. */
  at: IsoDateTime.optional(),
  note: Text.default(''),
  /** For a lead waiting on re-engagement: try again this many days after the touch. */
  nextTouchInDays: z.number().int().min(1).max(365).optional(),
});
export type NewLeadTouch = z.infer<typeof NewLeadTouch>;

/** One line of a score's explanation: "+8 webinar 12 days ago (decayed from 10)". */
export const ScoreLine = z.object({
  kind: z.enum(['fit', 'engagement']),
  points: z.number(),
  text: z.string(),
});
export type ScoreLine = z.infer<typeof ScoreLine>;

export const LeadScore = z.object({
  score: z.number(),
  threshold: z.number(),
  salesReady: z.boolean(),
  lines: z.array(ScoreLine),
});
export type LeadScore = z.infer<typeof LeadScore>;

/** The lead intelligence package sales receives (snapshotted at handoff). */
export const LeadPackage = z.object({
  leadId: Id,
  personName: z.string(),
  company: z.string(),
  email: z.string(),
  jobTitle: z.string(),
  sourceCampaign: z.object({ id: Id, name: z.string() }).nullable(),
  sourceChannel: z.string(),
  journey: z.array(z.object({ at: IsoDateTime, kind: TouchKind, note: z.string() })),
  interests: z.array(z.string()),
  score: LeadScore,
  /** The campaign brief's message hierarchy, when it has one. */
  messageHierarchy: z.string().nullable(),
  talkingPoints: z.array(z.string()),
  notes: z.string(),
  receiver: z.object({ id: Id, name: z.string() }).nullable(),
  builtAt: IsoDateTime,
});
export type LeadPackage = z.infer<typeof LeadPackage>;

/** A required part of the package that is missing, named as the person would fix it. */
export const MissingLeadPart = z.object({ part: z.string(), problem: z.string() });
export type MissingLeadPart = z.infer<typeof MissingLeadPart>;

export const LeadHandoff = z.object({
  id: Id,
  leadId: Id,
  package: LeadPackage,
  handedById: z.string().nullable(),
  at: IsoDateTime,
  outcome: z.enum(HANDOFF_OUTCOMES),
  reasonCode: RejectionReason.nullable(),
  reasonText: z.string(),
  decidedById: z.string().nullable(),
  decidedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  deletedAt: IsoDateTime.nullable(),
});
export type LeadHandoff = z.infer<typeof LeadHandoff>;
