import type { HandoffTemplate } from '../../model';
import { CAMPAIGN_TYPES } from '../../model';
import { UNIVERSAL_FIELDS } from './universal';

/** System 1: the Strategy → Creative brief. */
export const STRATEGY_TO_CREATIVE: HandoffTemplate = {
  id: 'builtin.strategy-creative',
  version: 1,
  name: 'Creative brief',
  from: 'strategy',
  to: 'creative',
  campaignTypes: [...CAMPAIGN_TYPES],
  fields: [
    ...UNIVERSAL_FIELDS,
    {
      key: 'strategySummary',
      label: 'Strategy summary',
      type: 'long_text',
      required: true,
      help: 'The whole strategy in at most three sentences.',
      columns: [],
      maxSentences: 3,
    },
    {
      key: 'audience',
      label: 'Audience insights',
      type: 'table',
      required: true,
      help: 'Demographics, psychographics, pain points and motivations.',
      columns: [
        { key: 'aspect', label: 'Aspect' },
        { key: 'insight', label: 'Insight' },
      ],
    },
    {
      key: 'primaryMessage',
      label: 'Primary message',
      type: 'text',
      required: true,
      help: 'The one thing the audience must take away.',
      columns: [],
    },
    {
      key: 'supportingPoints',
      label: 'Supporting points',
      type: 'list',
      required: true,
      help: 'The points that make the primary message believable, most important first.',
      columns: [],
    },
    {
      key: 'avoid',
      label: 'What to avoid',
      type: 'list',
      required: false,
      help: 'Claims, words and tones the creatives must stay away from.',
      columns: [],
    },
    {
      key: 'successMetrics',
      label: 'Success metrics',
      type: 'table',
      required: true,
      help: 'Metric, target, by when.',
      columns: [
        { key: 'metric', label: 'Metric' },
        { key: 'target', label: 'Target' },
        { key: 'byWhen', label: 'By when' },
      ],
    },
    {
      key: 'brand',
      label: 'Brand guidelines and constraints',
      type: 'long_text',
      required: false,
      help: 'Inherited from the client’s brand guidelines; edit to override for this campaign.',
      columns: [],
    },
    {
      key: 'competitors',
      label: 'Competitive context',
      type: 'table',
      required: false,
      help: 'Competitor, what they do, how we differ.',
      columns: [
        { key: 'competitor', label: 'Competitor' },
        { key: 'whatTheyDo', label: 'What they do' },
        { key: 'howWeDiffer', label: 'How we differ' },
      ],
    },
  ],
  checklist: [
    { key: 'brandChecked', label: 'Brand guidelines reviewed for this brief', required: true },
    { key: 'metricsAgreed', label: 'Success metrics agreed with the client', required: true },
  ],
  defaultRaci: { R: ['Strategist'], A: 'Account Director', C: ['Analyst'], I: ['Producer'] },
  durationDays: 10,
  bufferDays: 2,
};
