import type { CampaignType, HandoffTemplate } from '../../model';
import { checklistOf, linkField, tableField } from './fieldKinds';
import { typedTemplate } from './typedTemplate';

/** The dashboard standard of each campaign type: the metrics its dashboard must show. */
const DASHBOARD_STANDARD: Record<CampaignType, readonly [string, string]> = {
  email: ['emailMetrics', 'Dashboard shows delivery, open, click and unsubscribe rates'],
  social: ['socialMetrics', 'Dashboard shows reach, engagement rate and follower growth'],
  paid_ads: ['paidMetrics', 'Dashboard shows spend, CTR, CPC, CPA and ROAS per platform'],
  content: ['contentMetrics', 'Dashboard shows sessions, time on page and conversions per piece'],
  event: ['eventMetrics', 'Dashboard shows registrations, attendance rate and leads'],
  multi_channel: [
    'channelMetrics',
    'Dashboard shows each channel’s metrics and the blended result',
  ],
};

/** System 6, Analytics → Optimization: where performance is read and when it is reviewed. */
export function liveOptimization(type: CampaignType): HandoffTemplate {
  return typedTemplate('live', 'optimization', type, {
    name: 'Analytics → Optimization',
    fields: [
      linkField('dashboardLink', 'Dashboard link', 'Where everyone reads the campaign’s numbers.'),
      tableField(
        'reviewSchedule',
        'Review schedule',
        'Each performance review with its date and owner.',
        { review: 'Review', date: 'Date', owner: 'Owner' },
      ),
      tableField(
        'findings',
        'Findings and actions',
        'What happened and what we will do about it; a finding with no action says why.',
        { finding: 'Finding', action: 'Action or reason for none' },
        { required: false },
      ),
    ],
    checklist: checklistOf([['dashboardReviewed', 'Dashboard reviewed'], DASHBOARD_STANDARD[type]]),
    defaultRaci: { R: ['Analyst'], A: 'Account Director', C: ['Producer'], I: ['Strategist'] },
    durationDays: 14,
    bufferDays: 0,
  });
}
