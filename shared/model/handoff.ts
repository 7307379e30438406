import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, LongText } from './common';

export const HANDOFF_STATUSES = [
  'draft',
  'submitted',
  'approved',
  'changes_requested',
  'acknowledged',
  'done',
] as const;
export const HandoffStatus = z.enum(HANDOFF_STATUSES);
export type HandoffStatus = z.infer<typeof HandoffStatus>;

export const HANDOFF_EVENT_KINDS = [
  'submitted',
  'approved',
  'changes_requested',
  'acknowledged',
  'sent_back',
  'override',
  'reopened',
  'done',
  'preflight_signed',
] as const;
export const HandoffEventKind = z.enum(HANDOFF_EVENT_KINDS);
export type HandoffEventKind = z.infer<typeof HandoffEventKind>;

export const RACI_ROLES = ['R', 'A', 'C', 'I'] as const;
export const RaciRole = z.enum(RACI_ROLES);
export type RaciRole = z.infer<typeof RaciRole>;

/** One row of a table-typed package field (e.g. success metrics: metric, target, by when). */
export const TableRow = z.record(z.string().max(100), z.string().max(10_000));

/** The typed value of one package field; which shape is allowed depends on the template field. */
export const FieldValue = z.union([
  z.string().max(200_000),
  z.number().finite(),
  z.array(z.string().max(10_000)).max(500),
  z.array(TableRow).max(500),
  z.null(),
]);
export type FieldValue = z.infer<typeof FieldValue>;

export const Handoff = z.object({
  id: Id,
  campaignId: Id,
  fromStageId: Id,
  toStageId: Id,
  templateId: z.string(),
  templateVersion: z.number().int(),
  status: HandoffStatus,
  dueDate: IsoDate.nullable(),
  qualityOwnerId: Id.nullable(),
  createdAt: IsoDateTime,
  deletedAt: IsoDateTime.nullable(),
});
export type Handoff = z.infer<typeof Handoff>;

export const HandoffField = z.object({
  id: Id,
  handoffId: Id,
  key: z.string(),
  value: FieldValue,
});
export type HandoffField = z.infer<typeof HandoffField>;

export const ChecklistItem = z.object({
  id: Id,
  handoffId: Id,
  key: z.string().nullable(),
  label: z.string(),
  required: z.boolean(),
  position: z.number().int(),
  done: z.boolean(),
  doneById: Id.nullable(),
  doneAt: IsoDateTime.nullable(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const RaciAssignment = z.object({
  id: Id,
  handoffId: Id,
  personId: Id,
  role: RaciRole,
});
export type RaciAssignment = z.infer<typeof RaciAssignment>;

export const HandoffEvent = z.object({
  id: Id,
  handoffId: Id,
  kind: HandoffEventKind,
  actorId: Id.nullable(),
  deviceId: z.string(),
  at: IsoDateTime,
  reason: LongText.nullable(),
  packageHash: z.string().nullable(),
  missing: z.array(z.string()),
});
export type HandoffEvent = z.infer<typeof HandoffEvent>;

export const Comment = z.object({
  id: Id,
  handoffId: Id,
  authorId: Id.nullable(),
  body: LongText,
  createdAt: IsoDateTime,
  deletedAt: IsoDateTime.nullable(),
});
export type Comment = z.infer<typeof Comment>;
