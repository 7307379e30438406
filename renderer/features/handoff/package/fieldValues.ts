import { canonicalJson } from '../../../../shared/domain/packageHash';
import type { FieldValue, TemplateField } from '../../../../shared/model';

/** One row of a table field while it is edited: every column present, possibly blank. */
export type TableRowDraft = Record<string, string>;

/** What an editor starts from when the package has no value for the field yet. */
export function emptyValueFor(field: TemplateField): FieldValue {
  switch (field.type) {
    case 'list':
    case 'table':
      return [];
    case 'number':
    case 'person':
    case 'date':
      return null;
    default:
      return '';
  }
}

/**
 * What is saved for a draft: blank list items and blank table rows are dropped (they are
 * scaffolding the editor added, not content), a blank text or date becomes null.
 */
export function normalizeForSave(field: TemplateField, value: FieldValue): FieldValue {
  if (value === null) return null;
  if (field.type === 'list' && Array.isArray(value)) {
    return (value as string[]).filter((item) => item.trim().length > 0);
  }
  if (field.type === 'table' && Array.isArray(value)) {
    return (value as TableRowDraft[]).filter((row) =>
      Object.values(row).some((cell) => cell.trim().length > 0),
    );
  }
  if (typeof value === 'string' && value.trim().length === 0) return null;
  return value;
}

/** Whether two values say the same thing; missing, null, "" and [] all mean "no answer". */
export function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  return canonicalJson(blankToNull(a)) === canonicalJson(blankToNull(b));
}

function blankToNull(v: FieldValue | undefined): FieldValue {
  if (v === undefined || v === '') return null;
  if (Array.isArray(v) && v.length === 0) return null;
  return v;
}

export function asList(value: FieldValue): string[] {
  return Array.isArray(value) ? (value as unknown[]).filter((v) => typeof v === 'string') : [];
}

export function asTable(value: FieldValue): TableRowDraft[] {
  return Array.isArray(value)
    ? (value as unknown[]).filter(
        (row): row is TableRowDraft => typeof row === 'object' && row !== null,
      )
    : [];
}

export function asText(value: FieldValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}
