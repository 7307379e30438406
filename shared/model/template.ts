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
  /**
   * The checklist is a pre-flight: it must be signed (person, time, package hash) before the
   * card may leave. Optional so templates stored before it existed still parse.
   */
  preflight: z.boolean().optional(),
});
export type HandoffTemplate = z.infer<typeof HandoffTemplate>;

// What the template editor sends and reads. Bounded everywhere so one input cannot exhaust
// memory; the rules a template must follow (unique keys, a column per table…) are checked by
// templateProblems in shared/domain, which names the field at fault.

const Bounded = (max: number) =>
  z.string().max(max, { message: `must be at most ${max.toLocaleString('en')} characters` });

export const TemplateFieldInput = z.object({
  key: Bounded(60),
  label: Bounded(200),
  type: FieldType,
  required: z.boolean(),
  help: Bounded(1000).default(''),
  columns: z
    .array(z.object({ key: Bounded(60), label: Bounded(200) }))
    .max(20, { message: 'must have at most 20 columns' })
    .default([]),
  maxSentences: z.number().int().positive().max(100).optional(),
});
export type TemplateFieldInput = z.input<typeof TemplateFieldInput>;

export const TemplateChecklistInput = z.object({
  /** Left out for a new item: derived from its label. */
  key: Bounded(60).optional(),
  label: Bounded(300),
  required: z.boolean(),
});

const RoleTitle = Bounded(100);

/** The transition and campaign type a workspace template is for. */
export const TemplateSlot = z.object({
  from: StageKey,
  to: StageKey,
  campaignType: CampaignType,
});
export type TemplateSlot = z.infer<typeof TemplateSlot>;

export const TemplateSaveInput = TemplateSlot.extend({
  /** The version the editor started from: saving over a newer one is refused (CONFLICT). */
  expectedVersion: z.number().int().positive(),
  name: Bounded(200),
  fields: z.array(TemplateFieldInput).max(60, { message: 'must have at most 60 fields' }),
  checklist: z
    .array(TemplateChecklistInput)
    .max(60, { message: 'must have at most 60 checklist items' }),
  defaultRaci: z.object({
    R: z.array(RoleTitle).max(10),
    A: RoleTitle.nullable(),
    C: z.array(RoleTitle).max(10),
    I: z.array(RoleTitle).max(10),
  }),
  durationDays: z.number().int().min(0).max(365),
  bufferDays: z.number().int().min(0).max(365),
});
export type TemplateSaveInput = z.input<typeof TemplateSaveInput>;

/** One version of a workspace template, newest first in a template's history. */
export const TemplateVersionInfo = z.object({
  id: z.string(),
  version: z.number().int().positive(),
  savedAt: z.string().nullable(),
  /** True for the built-in the history starts from. */
  builtin: z.boolean(),
});
export type TemplateVersionInfo = z.infer<typeof TemplateVersionInfo>;

/** A transition and campaign type with the template new handoffs there get. */
export const TemplateSummary = TemplateSlot.extend({
  id: z.string(),
  version: z.number().int().positive(),
  name: z.string(),
  /** False while the workspace uses the built-in as shipped. */
  edited: z.boolean(),
  fieldCount: z.number().int(),
  requiredFieldCount: z.number().int(),
  checklistCount: z.number().int(),
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;

export const TemplateDetail = z.object({
  template: HandoffTemplate,
  edited: z.boolean(),
  /** The built-in this slot starts from (what Reset goes back to). */
  builtinId: z.string(),
  history: z.array(TemplateVersionInfo),
});
export type TemplateDetail = z.infer<typeof TemplateDetail>;
