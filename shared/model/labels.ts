import type { CampaignType } from './campaign';
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

/** A handoff's status in words: the same on the board, in the panel, the CLI and exports. */
export const HANDOFF_STATUS_LABELS: Record<HandoffStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  approved: 'Approved',
  changes_requested: 'Changes requested',
  acknowledged: 'Acknowledged',
  done: 'Done',
};
