import type { Channel } from '../../../shared/model';

/** How each channel reads in the UI; typed as a full record so a new channel breaks the build. */
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

/** Every channel in display order (from the labels, so the zod schemas stay out of the bundle). */
export const CHANNEL_OPTIONS = Object.keys(CHANNEL_LABELS) as Channel[];
