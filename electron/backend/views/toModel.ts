import type {
  BrandGuidelines,
  Campaign,
  CampaignType,
  Channel,
  ChecklistItem,
  Client,
  Comment,
  FieldValue,
  Handoff,
  HandoffEvent,
  HandoffEventKind,
  HandoffStatus,
  Person,
  RaciAssignment,
  RaciRole,
  Stage,
  Workspace,
} from '../../../shared/model';
import type * as s from '../../db/schema';

// Rows store enums as text and lists as JSON; these narrow them to the contract's types.
// Values were validated by the contract on the way in, so the casts restate what is known.

type Row<T extends { $inferSelect: unknown }> = T['$inferSelect'];

export const toWorkspace = (r: Row<typeof s.workspaces>): Workspace => ({
  id: r.id,
  name: r.name,
  homeTimeZone: r.homeTimeZone,
  createdAt: r.createdAt,
});

export const toStage = (r: Row<typeof s.stages>): Stage => ({
  id: r.id,
  workspaceId: r.workspaceId,
  name: r.name,
  position: r.position,
  deletedAt: r.deletedAt,
});

export const toPerson = (r: Row<typeof s.people>): Person => ({ ...r });

export const toClient = (r: Row<typeof s.clients>): Client => ({
  ...r,
  brand: r.brand as BrandGuidelines,
});

export const toCampaign = (r: Row<typeof s.campaigns>): Campaign => ({
  ...r,
  type: r.type as CampaignType,
  channels: r.channels as Channel[],
  team: r.team as string[],
  planOverrides: r.planOverrides as Campaign['planOverrides'],
});

export const toHandoff = (r: Row<typeof s.handoffs>): Handoff => ({
  ...r,
  status: r.status as HandoffStatus,
});

export const toChecklistItem = (r: Row<typeof s.checklistItems>): ChecklistItem => ({
  id: r.id,
  handoffId: r.handoffId,
  key: r.key,
  label: r.label,
  required: r.required,
  position: r.position,
  done: r.done,
  doneById: r.doneById,
  doneAt: r.doneAt,
});

export const toRaci = (r: Row<typeof s.raciAssignments>): RaciAssignment => ({
  id: r.id,
  handoffId: r.handoffId,
  personId: r.personId,
  role: r.role as RaciRole,
});

export const toEvent = (r: Row<typeof s.handoffEvents>): HandoffEvent => ({
  id: r.id,
  handoffId: r.handoffId,
  kind: r.kind as HandoffEventKind,
  actorId: r.actorId,
  deviceId: r.deviceId,
  at: r.at,
  reason: r.reason,
  packageHash: r.packageHash,
  missing: r.missing as string[],
});

export const toComment = (r: Row<typeof s.comments>): Comment => ({
  id: r.id,
  handoffId: r.handoffId,
  authorId: r.authorId,
  body: r.body,
  createdAt: r.createdAt,
  deletedAt: r.deletedAt,
});

export const fieldValueOf = (r: Row<typeof s.handoffFields>): FieldValue =>
  (r.value ?? null) as FieldValue;
