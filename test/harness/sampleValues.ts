import type { FieldValue, TemplateField } from '../../shared/model';

// The Production → Launch tables the gate checks row by row: a row that passes their checks.
const CHECKED_TABLE_ROWS: Readonly<Record<string, Record<string, string>>> = {
  utmLinks: {
    baseUrl: 'https://shop.example/spring',
    source: 'facebook',
    medium: 'paid-social',
    campaign: 'spring-push',
  },
  trackingEvents: {
    name: 'Purchase',
    platform: 'Meta',
    testedBy: 'Ari Patel',
    testedAt: '2026-09-10T09:00:00Z',
  },
  launchSequence: {
    what: 'Ads live',
    channel: 'Meta ads',
    when: '2026-09-15T09:00:00Z',
    owner: 'Paula Diaz',
  },
};

/** A value that fills `field` in a test, whatever its type (tables get one row). */
export function sampleValueFor(field: TemplateField, text = 'Filled in.'): FieldValue {
  const checked = field.type === 'table' ? CHECKED_TABLE_ROWS[field.key] : undefined;
  if (checked) return [checked];
  switch (field.type) {
    case 'table':
      return [Object.fromEntries(field.columns.map((c) => [c.key, `${c.label} set`]))];
    case 'list':
      return ['One item'];
    case 'date':
      return '2026-09-01';
    case 'link':
      return 'https://example.com/plan';
    case 'number':
      return 3;
    default:
      return text;
  }
}
