import type { FieldValue, TemplateField } from '../model';
import { countSentences } from './sentences';

/**
 * Why a package field does not yet satisfy its template, or null when it does.
 * Optional fields are only checked when filled in.
 */
export function fieldProblem(field: TemplateField, value: FieldValue | undefined): string | null {
  const empty = isEmpty(value);
  if (empty) return field.required ? 'is missing' : null;
  switch (field.type) {
    case 'text':
    case 'long_text': {
      if (typeof value !== 'string') return 'must be text';
      if (field.maxSentences !== undefined) {
        const n = countSentences(value);
        if (n > field.maxSentences) {
          return `has ${n} sentences; at most ${field.maxSentences} allowed`;
        }
      }
      return null;
    }
    case 'list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string')
        ? null
        : 'must be a list of text items';
    case 'table':
      return Array.isArray(value) && value.every((r) => typeof r === 'object' && r !== null)
        ? null
        : 'must be a table';
    case 'number':
      return typeof value === 'number' ? null : 'must be a number';
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? null
        : 'must be a date like 2026-03-14';
    case 'link':
      return typeof value === 'string' && isLink(value) ? null : 'must be a link (https://…)';
    case 'person':
      return typeof value === 'string' ? null : 'must name a person';
  }
}

function isEmpty(value: FieldValue | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim().length === 0;
  if (Array.isArray(value)) {
    return !value.some((item) =>
      typeof item === 'string'
        ? item.trim().length > 0
        : Object.values(item).some((cell) => cell.trim().length > 0),
    );
  }
  return false;
}

function isLink(value: string): boolean {
  // Paths on the shared drive are links too. Checked first: `new URL('C:\\x')` parses, with the
  // drive letter as its scheme, so a Windows path never reached a fallback after the URL parse.
  if (value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value)) return true;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Whether a value has the right shape for its field, ignoring completeness: drafts may be
 * incomplete or too long, the gate reports that; a list where text belongs is refused.
 */
export function shapeProblem(field: TemplateField, value: FieldValue): string | null {
  return fieldProblem({ ...field, required: false, maxSentences: undefined }, value);
}
