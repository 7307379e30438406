import type { CampaignType } from './campaign';

// Kept apart from the zod schemas so the renderer can show labels without bundling zod.

export const CAMPAIGN_TYPE_LABELS: Record<CampaignType, string> = {
  email: 'Email',
  social: 'Social',
  paid_ads: 'Paid ads',
  content: 'Content',
  event: 'Event',
  multi_channel: 'Multi-channel',
};
