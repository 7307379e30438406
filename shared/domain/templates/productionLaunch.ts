import type { CampaignType, HandoffTemplate } from '../../model';
import { checklistOf, tableField, textField } from './fieldKinds';
import { PRODUCTION_LAUNCH_CHECKLISTS } from './productionChecklists';
import { typedTemplate, withSpecialist } from './typedTemplate';

// Links that leave the campaign's channels carry UTMs; an article or an event page may be reached
// only organically, so there the table is there to fill in but not demanded.
const UTM_LINKS_REQUIRED: Readonly<Record<CampaignType, boolean>> = {
  email: true,
  social: true,
  paid_ads: true,
  multi_channel: true,
  content: false,
  event: false,
};

// Paid media is bought against its pixels and conversions; elsewhere events are listed when there are some.
const TRACKING_EVENTS_REQUIRED: Readonly<Record<CampaignType, boolean>> = {
  email: false,
  social: false,
  paid_ads: true,
  multi_channel: true,
  content: false,
  event: false,
};

/** System 3: Production → Launch, with the pre-flight checklist of the campaign's type. */
export function productionLaunch(type: CampaignType): HandoffTemplate {
  const template = typedTemplate('production', 'launch', type, {
    name: 'Production → Launch package',
    fields: [
      tableField(
        'launchSequence',
        'Launch sequence',
        'What goes live when, in order, with the channel and the person who presses the button.',
        { what: 'What', channel: 'Channel', when: 'When', owner: 'Owner' },
      ),
      tableField(
        'utmLinks',
        'UTM links',
        'Every tracked link: the landing page and its source, medium and campaign (content and term when they tell variants apart). Values are written in lower case.',
        {
          baseUrl: 'Landing page',
          source: 'Source',
          medium: 'Medium',
          campaign: 'Campaign',
          content: 'Content',
          term: 'Term',
        },
        { required: UTM_LINKS_REQUIRED[type] },
      ),
      tableField(
        'trackingEvents',
        'Tracking events',
        'Pixels and conversion events, each ticked as tested by a person at a time before launch.',
        { name: 'Event', platform: 'Platform', testedBy: 'Tested by', testedAt: 'Tested at' },
        { required: TRACKING_EVENTS_REQUIRED[type] },
      ),
      textField(
        'trackingNotes',
        'Tracking notes',
        'Anything about the tracking setup the tables do not hold: tag manager container, consent mode, test accounts.',
        { long: true, required: false },
      ),
      tableField(
        'contingencyPlans',
        'Contingency plans',
        'If this breaks or underperforms, then that, and who acts.',
        { ifThis: 'If', thenThat: 'Then', owner: 'Owner' },
      ),
      tableField(
        'monitoringOwners',
        'Monitoring owners',
        'Who watches which metric in the first 24–48 hours, and the threshold that calls for action.',
        { metric: 'Metric', person: 'Person', window: 'Window', threshold: 'Threshold' },
      ),
    ],
    checklist: checklistOf([
      ['assetsApproved', 'Every asset approved in its final version'],
      ['trackingTested', 'Tracking tested end to end'],
      ...PRODUCTION_LAUNCH_CHECKLISTS[type],
    ]),
    defaultRaci: {
      R: withSpecialist(type, ['Producer']),
      A: 'Account Director',
      C: ['Analyst'],
      I: ['Creative Director'],
    },
    durationDays: type === 'event' ? 10 : 7,
    bufferDays: type === 'event' ? 3 : 2,
  });
  // The card enters Launch only once someone signs this checklist against the package as it is.
  return { ...template, preflight: true };
}
