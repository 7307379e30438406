import type {
  CampaignType,
  FieldType,
  StageKey,
  TemplateDetail,
  TemplateSaveInput,
} from '../../../shared/model';
import { keyFromLabel } from '../../../shared/domain/templates/templateEdit';

// The editor's working copy of a template and the edits it allows, as plain functions: the
// components render a draft and dispatch these; the backend's templateProblems decides what
// may be saved.

export interface TemplateSlot {
  from: StageKey;
  to: StageKey;
  campaignType: CampaignType;
}

export interface DraftField {
  /** Stable identity for React and focus while rows move; never sent. */
  uid: string;
  key: string;
  /** Added in this edit: its key still follows its label until the key is typed. */
  isNew: boolean;
  keyTyped: boolean;
  label: string;
  type: FieldType;
  required: boolean;
  help: string;
  columns: { key: string; label: string }[];
  maxSentences?: number;
}

export interface DraftItem {
  uid: string;
  key?: string;
  label: string;
  required: boolean;
}

export interface TemplateDraft {
  slot: TemplateSlot;
  expectedVersion: number;
  name: string;
  fields: DraftField[];
  checklist: DraftItem[];
  defaultRaci: TemplateSaveInput['defaultRaci'];
  durationDays: number;
  bufferDays: number;
}

export const FIELD_TYPE_LABELS: Record<FieldType, string> = {
  text: 'Short text',
  long_text: 'Long text',
  list: 'List',
  table: 'Table',
  date: 'Date',
  person: 'Person',
  link: 'Link',
  number: 'Number',
};

let uidCounter = 0;
const uid = () => `d${++uidCounter}`;

export function draftFrom(detail: TemplateDetail, slot: TemplateSlot): TemplateDraft {
  const t = detail.template;
  return {
    slot,
    expectedVersion: t.version,
    name: t.name,
    fields: t.fields.map((f) => ({
      uid: uid(),
      key: f.key,
      isNew: false,
      keyTyped: true,
      label: f.label,
      type: f.type,
      required: f.required,
      help: f.help,
      columns: f.columns.map((c) => ({ ...c })),
      ...(f.maxSentences !== undefined ? { maxSentences: f.maxSentences } : {}),
    })),
    checklist: t.checklist.map((c) => ({ uid: uid(), ...c })),
    defaultRaci: t.defaultRaci,
    durationDays: t.durationDays,
    bufferDays: t.bufferDays,
  };
}

export function saveInput(d: TemplateDraft): TemplateSaveInput {
  return {
    ...d.slot,
    expectedVersion: d.expectedVersion,
    name: d.name,
    fields: d.fields.map((f) => ({
      key: f.key,
      label: f.label,
      type: f.type,
      required: f.required,
      help: f.help,
      columns: f.type === 'table' ? f.columns : [],
      ...(f.maxSentences !== undefined ? { maxSentences: f.maxSentences } : {}),
    })),
    checklist: d.checklist.map((c) => ({
      ...(c.key ? { key: c.key } : {}),
      label: c.label,
      required: c.required,
    })),
    defaultRaci: d.defaultRaci,
    durationDays: d.durationDays,
    bufferDays: d.bufferDays,
  };
}

/** `list` with the entry at `index` moved by `delta` places (kept in bounds). */
export function moved<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = Math.max(0, Math.min(list.length - 1, index + delta));
  if (to === index || index < 0 || index >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  copy.splice(to, 0, item!);
  return copy;
}

export function addField(d: TemplateDraft): TemplateDraft {
  return {
    ...d,
    fields: [
      ...d.fields,
      {
        uid: uid(),
        key: '',
        isNew: true,
        keyTyped: false,
        label: '',
        type: 'text',
        required: false,
        help: '',
        columns: [],
      },
    ],
  };
}

export function updateField(
  d: TemplateDraft,
  fieldUid: string,
  patch: Partial<Omit<DraftField, 'uid' | 'isNew'>>,
): TemplateDraft {
  return {
    ...d,
    fields: d.fields.map((f) => {
      if (f.uid !== fieldUid) return f;
      const next = { ...f, ...patch };
      if (patch.key !== undefined) next.keyTyped = true;
      // A new field's key follows its label until someone types one; an existing field's key
      // names values already stored in handoffs, so it never changes by itself.
      if (patch.label !== undefined && f.isNew && !next.keyTyped) {
        next.key = keyFromLabel(patch.label);
      }
      if (patch.type === 'table' && next.columns.length === 0) {
        next.columns = [{ key: '', label: '' }];
      }
      return next;
    }),
  };
}

export function removeField(d: TemplateDraft, fieldUid: string): TemplateDraft {
  return { ...d, fields: d.fields.filter((f) => f.uid !== fieldUid) };
}

export function moveField(d: TemplateDraft, fieldUid: string, delta: number): TemplateDraft {
  return {
    ...d,
    fields: moved(
      d.fields,
      d.fields.findIndex((f) => f.uid === fieldUid),
      delta,
    ),
  };
}

export function addItem(d: TemplateDraft): TemplateDraft {
  return { ...d, checklist: [...d.checklist, { uid: uid(), label: '', required: true }] };
}

export function updateItem(
  d: TemplateDraft,
  itemUid: string,
  patch: Partial<Pick<DraftItem, 'label' | 'required'>>,
): TemplateDraft {
  return { ...d, checklist: d.checklist.map((c) => (c.uid === itemUid ? { ...c, ...patch } : c)) };
}

export function removeItem(d: TemplateDraft, itemUid: string): TemplateDraft {
  return { ...d, checklist: d.checklist.filter((c) => c.uid !== itemUid) };
}

export function moveItem(d: TemplateDraft, itemUid: string, delta: number): TemplateDraft {
  return {
    ...d,
    checklist: moved(
      d.checklist,
      d.checklist.findIndex((c) => c.uid === itemUid),
      delta,
    ),
  };
}

/** The problems of a refused save by field path (`fields.3.key`), for the inputs to show. */
export function problemsByPath(issues: readonly { field: string; problem: string }[]) {
  const map = new Map<string, string>();
  for (const i of issues) if (!map.has(i.field)) map.set(i.field, i.problem);
  return map;
}

/** A refused save's problem as a sentence naming the row, and the row to jump to. */
export function describeProblem(
  d: TemplateDraft,
  issue: { field: string; problem: string },
): { text: string; rowUid: string | null } {
  const [list, index, prop, ...rest] = issue.field.split('.');
  const i = Number(index);
  if (list === 'fields' && d.fields[i]) {
    const f = d.fields[i];
    const what = prop === 'columns' && rest.length > 0 ? `column ${Number(rest[0]) + 1}` : prop;
    return {
      text: `Field ${i + 1} (${f.label.trim() || 'untitled'}), ${what ?? 'field'}: ${issue.problem}`,
      rowUid: f.uid,
    };
  }
  if (list === 'checklist' && d.checklist[i]) {
    const c = d.checklist[i];
    return {
      text: `Checklist item ${i + 1} (${c.label.trim() || 'untitled'}): ${issue.problem}`,
      rowUid: c.uid,
    };
  }
  return { text: `${issue.field} ${issue.problem}`, rowUid: null };
}
