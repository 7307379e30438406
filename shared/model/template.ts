import { z } from 'zod';
import { CampaignType } from './campaign';

export const FIELD_TYPES = [
  'text',
  'long_text',
  'list',
  'table',
  'date',
  'person',
  'link',
  'number',
] as const;
export const FieldType = z.enum(FIELD_TYPES);
export type FieldType = z.infer<typeof FieldType>;

export const TemplateField = z.object({
  key: z.string().regex(/^[a-z][a-zA-Z0-9_]*$/),
  label: z.string().min(1),
  type: FieldType,
  required: z.boolean(),
  help: z.string().default(''),
  /** For `table` fields: the column keys and labels, in order. */
  columns: z.array(z.object({ key: z.string(), label: z.string() })).default([]),
  /** e.g. the strategy summary: at most three sentences. */
  maxSentences: z.number().int().positive().optional(),
});
export type TemplateField = z.infer<typeof TemplateField>;

export const TemplateChecklistItem = z.object({
  key: z.string(),
  label: z.string().min(1),
  required: z.boolean(),
});
export type TemplateChecklistItem = z.infer<typeof TemplateChecklistItem>;

/** Stage keys of the default board; custom stages have no key and use custom templates. */
export const STAGE_KEYS = [
  'strategy',
  'creative',
  'production',
  'launch',
  'live',
  'optimization',
  'retrospective',
  'done',
] as const;
export const StageKey = z.enum(STAGE_KEYS);
export type StageKey = z.infer<typeof StageKey>;

export const HandoffTemplate = z.object({
  id: z.string(),
  version: z.number().int().positive(),
  name: z.string(),
  /** Null for the generic template used between stages a team added itself. */
  from: StageKey.nullable(),
  to: StageKey.nullable(),
  campaignTypes: z.array(CampaignType),
  fields: z.array(TemplateField),
  checklist: z.array(TemplateChecklistItem),
  /** Role titles (people's `roleTitle`) suggested for each RACI role when a handoff is created. */
  defaultRaci: z.object({
    R: z.array(z.string()),
    A: z.string().nullable(),
    C: z.array(z.string()),
    I: z.array(z.string()),
  }),
  durationDays: z.number().int().nonnegative(),
  bufferDays: z.number().int().nonnegative(),
});
export type HandoffTemplate = z.infer<typeof HandoffTemplate>;
