import type { FieldValue, TemplateField } from '../../shared/model';

/** A value that fills `field` in a test, whatever its type (tables get one row). */
export function sampleValueFor(field: TemplateField, text = 'Filled in.'): FieldValue {
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
