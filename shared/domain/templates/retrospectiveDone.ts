import type { CampaignType, HandoffTemplate } from '../../model';
import { checklistOf, listField, tableField } from './fieldKinds';
import { typedTemplate } from './typedTemplate';

/** System 7, the retrospective: what to repeat, what to change, what goes into the playbook. */
export function retrospectiveDone(type: CampaignType): HandoffTemplate {
  return typedTemplate('retrospective', 'done', type, {
    name: 'Retrospective',
    fields: [
      listField('whatWorked', 'What worked', 'What we will repeat.'),
      tableField('whatDidnt', 'What didn’t work', 'What went wrong and why.', {
        what: 'What',
        why: 'Why',
      }),
      listField('processImprovements', 'Process improvements', 'What we change in how we work.', {
        required: false,
      }),
      tableField(
        'playbookEntries',
        'Playbook entries',
        'Learnings for the playbook, tagged by channel so the next campaign of this type finds them.',
        { learning: 'Learning', channel: 'Channel' },
      ),
    ],
    checklist: checklistOf([
      ['teamHeard', 'Retrospective held with everyone who worked on the campaign'],
      ['playbookUpdated', 'Learnings added to the playbook'],
    ]),
    defaultRaci: {
      R: ['Producer'],
      A: 'Account Director',
      C: ['Strategist', 'Creative Director', 'Analyst'],
      I: [],
    },
    durationDays: 7,
    bufferDays: 0,
  });
}
