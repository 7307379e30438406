import type { CampaignType, Channel } from './campaign';
import type { HandoffStatus } from './handoff';

// Kept apart from the zod schemas so the renderer can show labels without bundling zod.

export const CAMPAIGN_TYPE_LABELS: Record<CampaignType, string> = {
  email: 'Email',
  social: 'Social',
  paid_ads: 'Paid ads',
  content: 'Content',
  event: 'Event',
  multi_channel: 'Multi-channel',
};

/** How each channel reads; a full record, so a new channel breaks the build until it has one. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'Email',
  instagram: 'Instagram',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  tiktok: 'TikTok',
  x: 'X',
  youtube: 'YouTube',
  meta_ads: 'Meta ads',
  google_ads: 'Google Ads',
  display: 'Display',
  blog: 'Blog',
  website: 'Website',
  event: 'Event',
  sms: 'SMS',
  pr: 'PR',
};

/**
 * A campaign type stored as a key, in words; a key this version does not know (one a newer
 * teammate's app wrote) reads as it is.
 */
export function campaignTypeLabel(type: string): string {
  return (CAMPAIGN_TYPE_LABELS as Readonly<Record<string, string | undefined>>)[type] ?? type;
}

/** A channel stored as a key, in words; an unknown key reads as it is. */
export function channelLabel(channel: string): string {
  return (CHANNEL_LABELS as Readonly<Record<string, string | undefined>>)[channel] ?? channel;
}

/** A handoff's status in words: the same on the board, in the panel, the CLI and exports. */
export const HANDOFF_STATUS_LABELS: Record<HandoffStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  approved: 'Approved',
  changes_requested: 'Changes requested',
  acknowledged: 'Acknowledged',
  done: 'Done',
};
