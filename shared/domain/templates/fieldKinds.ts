import type { TemplateChecklistItem, TemplateField } from '../../model';

// Short constructors so each transition's file reads as its package, not as object noise.

export function textField(
  key: string,
  label: string,
  help: string,
  opts: { required?: boolean; long?: boolean } = {},
): TemplateField {
  return {
    key,
    label,
    type: opts.long ? 'long_text' : 'text',
    required: opts.required ?? true,
    help,
    columns: [],
  };
}

export function tableField(
  key: string,
  label: string,
  help: string,
  columns: Record<string, string>,
  opts: { required?: boolean } = {},
): TemplateField {
  return {
    key,
    label,
    type: 'table',
    required: opts.required ?? true,
    help,
    columns: Object.entries(columns).map(([k, l]) => ({ key: k, label: l })),
  };
}

export function listField(
  key: string,
  label: string,
  help: string,
  opts: { required?: boolean } = {},
): TemplateField {
  return { key, label, type: 'list', required: opts.required ?? true, help, columns: [] };
}

export function linkField(
  key: string,
  label: string,
  help: string,
  opts: { required?: boolean } = {},
): TemplateField {
  return { key, label, type: 'link', required: opts.required ?? true, help, columns: [] };
}

/** Checklist items from `[key, label]` pairs; every built-in item is required. */
export function checklistOf(
  items: readonly (readonly [string, string])[],
): TemplateChecklistItem[] {
  return items.map(([key, label]) => ({ key, label, required: true }));
}
