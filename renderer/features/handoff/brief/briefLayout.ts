import type { HandoffTemplate, TemplateField } from '../../../../shared/model';

/** System 1 of PRODUCT.md: the Strategy → Creative brief gets its own layout. */
export const BRIEF_TEMPLATE_ID = 'builtin.strategy-creative';

/** Fields shown together under one title; a group of one field shows just the field. */
export interface FieldGroup {
  id: string;
  title: string | null;
  fields: TemplateField[];
}

const BRIEF_GROUPS: { id: string; title: string | null; keys: string[] }[] = [
  {
    id: 'questions',
    title: 'The four questions',
    keys: ['objective', 'context', 'constraints', 'success'],
  },
  { id: 'strategy', title: null, keys: ['strategySummary'] },
  { id: 'audience', title: null, keys: ['audience'] },
  {
    id: 'message',
    title: 'Message hierarchy',
    keys: ['primaryMessage', 'supportingPoints', 'avoid'],
  },
  { id: 'metrics', title: null, keys: ['successMetrics'] },
  { id: 'brand', title: null, keys: ['brand'] },
  { id: 'competition', title: null, keys: ['competitors'] },
];

/**
 * The brief's fields in its sections, each in template order. Fields the layout does not know
 * (a template edited in the app) are kept, in a last "More" group, so nothing is hidden.
 */
export function briefGroups(template: HandoffTemplate): FieldGroup[] {
  const placed = new Set(BRIEF_GROUPS.flatMap((g) => g.keys));
  const groups = BRIEF_GROUPS.map((g) => ({
    id: g.id,
    title: g.title,
    fields: template.fields.filter((f) => g.keys.includes(f.key)),
  })).filter((g) => g.fields.length > 0);
  const rest = template.fields.filter((f) => !placed.has(f.key));
  if (rest.length > 0) groups.push({ id: 'more', title: 'More', fields: rest });
  return groups;
}

/** Any other template: its fields in order, universal questions first as the template has them. */
export function plainGroups(template: HandoffTemplate): FieldGroup[] {
  return [{ id: 'package', title: null, fields: template.fields }];
}

/** The four aspects of audience insight the brief asks for (PRODUCT.md, system 1). */
export const AUDIENCE_ASPECTS = ['Demographics', 'Psychographics', 'Pain points', 'Motivations'];

/** The aspects with no row yet; "Pain point" and "pain points" count as the same aspect. */
export function missingAspects(rows: readonly Record<string, string>[]): string[] {
  const have = new Set(rows.map((r) => stem(r.aspect ?? '')));
  return AUDIENCE_ASPECTS.filter((a) => !have.has(stem(a)));
}

function stem(aspect: string): string {
  return aspect
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/s$/, '');
}
