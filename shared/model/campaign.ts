import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, Name, patchOf } from './common';

export const CAMPAIGN_TYPES = [
  'email',
  'social',
  'paid_ads',
  'content',
  'event',
  'multi_channel',
] as const;
export const CampaignType = z.enum(CAMPAIGN_TYPES, {
  message: `must be one of ${CAMPAIGN_TYPES.join(', ')}`,
});
export type CampaignType = z.infer<typeof CampaignType>;

export const CHANNELS = [
  'email',
  'instagram',
  'facebook',
  'linkedin',
  'tiktok',
  'x',
  'youtube',
  'meta_ads',
  'google_ads',
  'display',
  'blog',
  'website',
  'event',
  'sms',
  'pr',
] as const;
export const Channel = z.enum(CHANNELS, { message: `must be one of ${CHANNELS.join(', ')}` });
export type Channel = z.infer<typeof Channel>;

export const Campaign = z.object({
  id: Id,
  workspaceId: Id,
  clientId: Id,
  name: Name,
  type: CampaignType,
  channels: z.array(Channel),
  launchDate: IsoDate.nullable(),
  stageId: Id,
  ownerId: Id.nullable(),
  team: z.array(Id),
  planOverrides: z.record(
    z.string(),
    z.object({ durationDays: z.number().int(), bufferDays: z.number().int() }),
  ),
  createdAt: IsoDateTime,
  deletedAt: IsoDateTime.nullable(),
});
export type Campaign = z.infer<typeof Campaign>;

export const CampaignInput = z.object({
  name: Name,
  clientId: Id,
  type: CampaignType,
  channels: z.array(Channel).max(CHANNELS.length).default([]),
  launchDate: IsoDate.nullable().default(null),
  ownerId: Id.nullable().default(null),
  team: z.array(Id).max(50, { message: 'must have at most 50 people' }).default([]),
});
export type CampaignInput = z.input<typeof CampaignInput>;

export const CampaignPatch = patchOf(CampaignInput).extend({ id: Id });
export type CampaignPatch = z.input<typeof CampaignPatch>;
