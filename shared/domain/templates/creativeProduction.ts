import type { CampaignType, HandoffTemplate, TemplateField } from '../../model';
import { checklistOf, tableField, textField } from './fieldKinds';
import { CREATIVE_PRODUCTION_CHECKLISTS } from './productionChecklists';
import { typedTemplate, withSpecialist } from './typedTemplate';

/** What production needs to know about the channel itself, per campaign type. */
const CHANNEL_FIELD: Record<CampaignType, TemplateField> = {
  email: textField(
    'emailBuild',
    'Email template and modules',
    'The template or module set to build in, and the ESP.',
    { required: false },
  ),
  social: tableField(
    'networkFormats',
    'Networks and formats',
    'Each network with the formats it gets.',
    { network: 'Network', format: 'Format', count: 'How many' },
  ),
  paid_ads: tableField(
    'adFormats',
    'Ad formats per platform',
    'Platform, placement and size of every ad.',
    { platform: 'Platform', placement: 'Placement', size: 'Size' },
  ),
  content: tableField(
    'seoTargets',
    'SEO targets',
    'The keyword each piece targets and its search intent.',
    { piece: 'Piece', keyword: 'Keyword', intent: 'Intent' },
  ),
  event: tableField(
    'eventMaterials',
    'Event materials',
    'Everything printed or shown on the day, with its quantity.',
    { item: 'Item', quantity: 'Quantity', deliverBy: 'Deliver by' },
  ),
  multi_channel: tableField(
    'channelPlan',
    'Channel plan',
    'Each channel’s role in the campaign and when it runs.',
    { channel: 'Channel', role: 'Role', timing: 'Timing' },
  ),
};

/** System 2: Creative → Production, with the production checklist of the campaign's type. */
export function creativeProduction(type: CampaignType): HandoffTemplate {
  return typedTemplate('creative', 'production', type, {
    name: 'Creative → Production package',
    fields: [
      tableField(
        'copyVariations',
        'Copy variations',
        'Each variation labelled (A, B, C…) with its headline, body and call to action.',
        { label: 'Label', headline: 'Headline', body: 'Body', cta: 'Call to action' },
      ),
      tableField(
        'productionTimeline',
        'Production timeline',
        'Milestones up to the hand-over to launch, with the buffer kept before launch.',
        { milestone: 'Milestone', date: 'Date', owner: 'Owner' },
      ),
      CHANNEL_FIELD[type],
      textField(
        'assetNotes',
        'Asset notes',
        'Where the source files live, what depends on what, anything production must not change.',
        { long: true, required: false },
      ),
    ],
    checklist: checklistOf([
      ['namedByConvention', 'Source files named by the naming convention'],
      ['copyLabelled', 'Copy variations labelled'],
      ...CREATIVE_PRODUCTION_CHECKLISTS[type],
    ]),
    defaultRaci: {
      R: ['Designer'],
      A: 'Creative Director',
      C: withSpecialist(type, []),
      I: ['Producer'],
    },
    durationDays: type === 'event' ? 12 : 10,
    bufferDays: 2,
  });
}
