import { z } from 'zod';
import { CampaignType, Channel } from './campaign';
import { Id, IsoDate, IsoDateTime, Name } from './common';

// System 7: a campaign's retrospective (scheduled when it reaches Done), its process
// improvements and the playbook of learnings. Rules in shared/domain/retrospective.

const RetroText = z.string().max(20_000, { message: 'must be at most 20,000 characters' });
const ImprovementText = z
  .string()
  .trim()
  .min(1, { message: 'is required: the process change to make' })
  .max(2_000, { message: 'must be at most 2,000 characters' });
const LearningBody = z
  .string()
  .trim()
  .max(20_000, { message: 'must be at most 20,000 characters' });

export const RETROSPECTIVE_STATES = ['scheduled', 'overdue', 'held'] as const;
export const RetrospectiveStateName = z.enum(RETROSPECTIVE_STATES);

export const RetroImprovement = z.object({
  id: Id,
  retrospectiveId: Id,
  text: z.string(),
  ownerId: Id.nullable(),
  ownerName: z.string().nullable(),
  templateChange: z.boolean(),
  position: z.number().int(),
});
export type RetroImprovement = z.infer<typeof RetroImprovement>;

/** A retrospective as the screen shows it: its campaign, timing state and improvements. */
export const RetrospectiveView = z.object({
  id: Id,
  campaignId: Id,
  campaignName: z.string(),
  campaignType: z.string(),
  channels: z.array(z.string()),
  clientId: Id,
  clientName: z.string(),
  ownerId: Id.nullable(),
  ownerName: z.string().nullable(),
  dueDay: IsoDate,
  heldOn: IsoDate.nullable(),
  whatWorked: z.string(),
  whatDidNot: z.string(),
  status: z.enum(['scheduled', 'done']),
  state: RetrospectiveStateName,
  due: z.boolean(),
  overdue: z.boolean(),
  stateMessage: z.string(),
  improvements: z.array(RetroImprovement),
  /** Playbook entries written from this retrospective. */
  learningIds: z.array(Id),
  learnings: z.array(z.object({ id: Id, title: z.string() })),
});
export type RetrospectiveView = z.infer<typeof RetrospectiveView>;

export const RetrospectiveListQuery = z
  .object({ includeHeld: z.boolean().default(true) })
  .optional();

export const UpdateRetrospective = z.object({
  id: Id,
  whatWorked: RetroText.optional(),
  whatDidNot: RetroText.optional(),
  heldOn: IsoDate.nullable().optional(),
  ownerId: Id.nullable().optional(),
});
export type UpdateRetrospective = z.infer<typeof UpdateRetrospective>;

export const NewRetroImprovement = z.object({
  retrospectiveId: Id,
  text: ImprovementText,
  ownerId: Id.nullable().default(null),
  templateChange: z.boolean().default(false),
});
export type NewRetroImprovement = z.infer<typeof NewRetroImprovement>;

export const UpdateRetroImprovement = z.object({
  id: Id,
  text: ImprovementText.optional(),
  ownerId: Id.nullable().optional(),
  templateChange: z.boolean().optional(),
});
export type UpdateRetroImprovement = z.infer<typeof UpdateRetroImprovement>;

/** Completing records the day it was held (today in the home time zone when left out). */
export const CompleteRetrospective = z.object({ id: Id, heldOn: IsoDate.optional() });
export type CompleteRetrospective = z.infer<typeof CompleteRetrospective>;

/** A learning from a retrospective, tagged with its campaign's type, channels and client. */
export const AddLearning = z.object({
  retrospectiveId: Id,
  title: Name,
  body: LearningBody.default(''),
});
export type AddLearning = z.infer<typeof AddLearning>;

export const PlaybookEntry = z.object({
  id: Id,
  title: z.string(),
  body: z.string(),
  campaignType: z.string().nullable(),
  channels: z.array(z.string()),
  clientId: Id.nullable(),
  clientName: z.string().nullable(),
  retrospectiveId: Id.nullable(),
  createdAt: IsoDateTime,
});
export type PlaybookEntry = z.infer<typeof PlaybookEntry>;

/** A search or "for this campaign" hit: the entry, its score and why it is relevant. */
export const PlaybookHit = z.object({
  entry: PlaybookEntry,
  score: z.number(),
  reasons: z.array(z.string()),
});
export type PlaybookHit = z.infer<typeof PlaybookHit>;

export const PlaybookSearch = z.object({
  text: z.string().max(500, { message: 'must be at most 500 characters' }).default(''),
  campaignType: CampaignType.optional(),
  channel: Channel.optional(),
  clientId: Id.optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type PlaybookSearch = z.infer<typeof PlaybookSearch>;

export const NewPlaybookEntry = z.object({
  title: Name,
  body: LearningBody.default(''),
  campaignType: CampaignType.nullable().default(null),
  channels: z.array(Channel).max(20).default([]),
  clientId: Id.nullable().default(null),
});
export type NewPlaybookEntry = z.infer<typeof NewPlaybookEntry>;

export const UpdatePlaybookEntry = z.object({
  id: Id,
  title: Name.optional(),
  body: LearningBody.optional(),
  campaignType: CampaignType.nullable().optional(),
  channels: z.array(Channel).max(20).optional(),
  clientId: Id.nullable().optional(),
});
export type UpdatePlaybookEntry = z.infer<typeof UpdatePlaybookEntry>;

export const CampaignFromRetrospective = z.object({
  retrospectiveId: Id,
  name: Name,
  learningIds: z.array(Id).max(50).default([]),
  launchDate: IsoDate.nullable().optional(),
});
export type CampaignFromRetrospective = z.infer<typeof CampaignFromRetrospective>;
