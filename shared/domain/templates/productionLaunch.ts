import type { CampaignType, HandoffTemplate } from '../../model';
import { checklistOf, tableField, textField } from './fieldKinds';
import { PRODUCTION_LAUNCH_CHECKLISTS } from './productionChecklists';
import { typedTemplate, withSpecialist } from './typedTemplate';

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
      textField(
        'trackingNotes',
        'Tracking setup',
        'UTM parameters, pixels and conversion events, and who tested them.',
        { long: true },
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
