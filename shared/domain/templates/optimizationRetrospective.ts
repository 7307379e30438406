import type { CampaignType, HandoffTemplate } from '../../model';
import { checklistOf, tableField, textField } from './fieldKinds';
import { typedTemplate } from './typedTemplate';

/** Optimization → Retrospective: what optimization did and left, for the retrospective. */
export function optimizationRetrospective(type: CampaignType): HandoffTemplate {
  return typedTemplate('optimization', 'retrospective', type, {
    name: 'Optimization → Retrospective',
    fields: [
      textField(
        'backlogSummary',
        'Backlog summary',
        'What the optimization backlog did, what is left, and why.',
        { long: true },
      ),
      tableField(
        'finalResults',
        'Results against targets',
        'Each success metric with its target and the result reached.',
        { metric: 'Metric', target: 'Target', result: 'Result' },
      ),
      tableField(
        'testsRun',
        'Tests run',
        'Each test with its hypothesis, variant, metric and outcome.',
        { hypothesis: 'Hypothesis', variant: 'Variant', metric: 'Metric', outcome: 'Outcome' },
        { required: false },
      ),
    ],
    checklist: checklistOf([
      ['backlogTriaged', 'Backlog triaged'],
      ['testsClosed', 'Running tests stopped or handed over'],
    ]),
    defaultRaci: { R: ['Analyst'], A: 'Account Director', C: ['Strategist'], I: ['Producer'] },
    durationDays: 14,
    bufferDays: 0,
  });
}
