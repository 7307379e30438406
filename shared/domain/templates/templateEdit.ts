import type {
  FieldIssue,
  HandoffTemplate,
  StageKey,
  TemplateChecklistItem,
  TemplateField,
  TemplateSaveInput,
} from '../../model';
import { DEFAULT_STAGES } from '../stages';

/** The shape a package field's key must have: it names the value in every handoff and batch. */
export const FIELD_KEY_PATTERN = /^[a-z][a-zA-Z0-9_]*$/;

/** A save as the contract delivers it (defaults applied). */
export interface TemplateEdit {
  from: StageKey;
  to: StageKey;
  campaignType: TemplateSaveInput['campaignType'];
  name: string;
  fields: {
    key: string;
    label: string;
    type: TemplateField['type'];
    required: boolean;
    help: string;
    columns: { key: string; label: string }[];
    maxSentences?: number;
  }[];
  checklist: { key?: string; label: string; required: boolean }[];
  defaultRaci: HandoffTemplate['defaultRaci'];
  durationDays: number;
  bufferDays: number;
}

export function isDefaultTransition(from: StageKey, to: StageKey): boolean {
  const i = DEFAULT_STAGES.findIndex((s) => s.key === from);
  return i >= 0 && DEFAULT_STAGES[i + 1]?.key === to;
}

/**
 * Everything wrong with an edited template, each naming the field at fault as the editor
 * binds it (`fields.2.key`, `checklist.0.label`…). Empty when it can be saved.
 */
export function templateProblems(edit: TemplateEdit): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, problem: string) => issues.push({ field, problem });
  if (!isDefaultTransition(edit.from, edit.to)) {
    add('to', `does not follow ${edit.from} on the default board`);
  }
  if (!edit.name.trim()) add('name', 'is required');
  if (edit.fields.length === 0) add('fields', 'must have at least one field');
  const seen = new Map<string, string>();
  edit.fields.forEach((f, i) => {
    const at = `fields.${i}`;
    const label = f.label.trim();
    if (!label) add(`${at}.label`, 'is required');
    if (!FIELD_KEY_PATTERN.test(f.key)) {
      add(
        `${at}.key`,
        'must start with a lower-case letter and hold only letters, digits and _ (like launchNotes)',
      );
    } else if (seen.has(f.key)) {
      add(`${at}.key`, `is already the key of “${seen.get(f.key)}”`);
    } else {
      seen.set(f.key, label || f.key);
    }
    if (f.type === 'table') {
      if (f.columns.length === 0) add(`${at}.columns`, 'a table needs at least one column');
      const columnKeys = new Set<string>();
      f.columns.forEach((c, j) => {
        if (!c.label.trim()) add(`${at}.columns.${j}.label`, 'is required');
        const key = c.key.trim() || keyFromLabel(c.label);
        if (!key) return;
        if (columnKeys.has(key)) add(`${at}.columns.${j}.key`, 'is already used by another column');
        columnKeys.add(key);
      });
    }
  });
  const itemKeys = new Set<string>();
  edit.checklist.forEach((c, i) => {
    if (!c.label.trim()) add(`checklist.${i}.label`, 'is required');
    const key = c.key?.trim() || keyFromLabel(c.label);
    if (key && itemKeys.has(key)) add(`checklist.${i}.key`, 'is already used by another item');
    itemKeys.add(key);
  });
  return issues;
}

/** A key for an item or column the editor added by label: `Seed list sent` → `seedListSent`. */
export function keyFromLabel(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/[^a-zA-Z0-9\s]/g, '')
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 6);
  const key = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
  return /^[a-z]/.test(key) ? key : key ? `item${key}` : '';
}

/** The saved template: trimmed, keys filled in for new items and columns, as version `version`. */
export function templateFromEdit(edit: TemplateEdit, id: string, version: number): HandoffTemplate {
  const fields: TemplateField[] = edit.fields.map((f) => ({
    key: f.key,
    label: f.label.trim(),
    type: f.type,
    required: f.required,
    help: f.help.trim(),
    columns:
      f.type === 'table'
        ? f.columns.map((c) => ({
            key: c.key.trim() || keyFromLabel(c.label),
            label: c.label.trim(),
          }))
        : [],
    ...(f.maxSentences !== undefined && (f.type === 'text' || f.type === 'long_text')
      ? { maxSentences: f.maxSentences }
      : {}),
  }));
  const checklist: TemplateChecklistItem[] = edit.checklist.map((c) => ({
    key: c.key?.trim() || keyFromLabel(c.label),
    label: c.label.trim(),
    required: c.required,
  }));
  const titles = (list: readonly string[]) => list.map((t) => t.trim()).filter(Boolean);
  return {
    id,
    version,
    name: edit.name.trim(),
    from: edit.from,
    to: edit.to,
    campaignTypes: [edit.campaignType],
    fields,
    checklist,
    defaultRaci: {
      R: titles(edit.defaultRaci.R),
      A: edit.defaultRaci.A?.trim() || null,
      C: titles(edit.defaultRaci.C),
      I: titles(edit.defaultRaci.I),
    },
    durationDays: edit.durationDays,
    bufferDays: edit.bufferDays,
    // Launch needs a signed pre-flight whatever a team does to the package (PRODUCT.md, system 3).
    ...(edit.from === 'production' && edit.to === 'launch' ? { preflight: true } : {}),
  };
}

export interface StoredVersion {
  id: string;
  version: number;
  updatedAt: string;
}

/**
 * The version new handoffs get among a slot's stored versions: the highest version, and between
 * two laptops that saved the same version offline, the later save (then the higher id), so
 * every laptop picks the same one once both rows arrived.
 */
export function newestVersion<V extends StoredVersion>(versions: readonly V[]): V | null {
  let best: V | null = null;
  for (const v of versions) {
    if (
      !best ||
      v.version > best.version ||
      (v.version === best.version &&
        (v.updatedAt > best.updatedAt || (v.updatedAt === best.updatedAt && v.id > best.id)))
    ) {
      best = v;
    }
  }
  return best;
}
