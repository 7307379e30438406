import type { CampaignType, HandoffTemplate } from '../../model';
import { checklistOf, listField, textField } from './fieldKinds';
import { typedTemplate, withSpecialist } from './typedTemplate';

/** The first sign that a campaign of each type is really live, checked before handing over. */
const LIVE_CHECK: Record<CampaignType, readonly [string, string]> = {
  email: ['sendReport', 'Send report checked (delivered, bounces, complaints)'],
  social: ['postsPublished', 'Every scheduled post published, first comments in place'],
  paid_ads: ['adsSpending', 'Ads approved by the platforms and spending'],
  content: ['contentIndexed', 'Published pages load and are indexable'],
  event: ['registrationsArriving', 'Registrations and confirmations arriving'],
  multi_channel: ['everyChannelLive', 'Every channel confirmed live'],
};

/** Launch → Live: the go-live confirmation. */
export function launchLive(type: CampaignType): HandoffTemplate {
  return typedTemplate('launch', 'live', type, {
    name: 'Go-live',
    fields: [
      textField(
        'goLiveConfirmation',
        'Go-live confirmation',
        'What went live, when, and who confirmed it.',
        { long: true },
      ),
      listField('liveLinks', 'Live links', 'Links to what is live, for everyone to check.', {
        required: false,
      }),
      textField(
        'firstHoursIssues',
        'Issues in the first hours',
        'Anything that went wrong at launch and what was done about it.',
        { long: true, required: false },
      ),
    ],
    checklist: checklistOf([
      ['sequenceCompleted', 'Launch sequence completed'],
      ['monitoringOnCall', 'Monitoring owners on call'],
      LIVE_CHECK[type],
    ]),
    defaultRaci: {
      R: withSpecialist(type, ['Producer']),
      A: 'Account Director',
      C: [],
      I: ['Analyst'],
    },
    durationDays: 1,
    bufferDays: 0,
  });
}
