import { z } from 'zod';
import { Campaign, CampaignType, Channel } from './campaign';
import { Client } from './client';
import { Id, IsoDate } from './common';
import {
  ChecklistItem,
  Comment,
  FieldValue,
  Handoff,
  HandoffEvent,
  HandoffStatus,
  RaciAssignment,
} from './handoff';
import { Person } from './person';
import { HandoffTemplate } from './template';
import { Stage, Workspace } from './workspace';

// Read models: what screens, the CLI and exports receive. Computed in the backend from the
// tables and the rules of shared/domain, so every caller sees the same gate state.

export const GateStateName = z.enum(['ready', 'missing', 'awaiting_approval', 'awaiting_receiver']);

export const MissingItemView = z.object({
  kind: z.enum(['field', 'checklist', 'raci', 'quality_owner', 'preflight', 'asset']),
  key: z.string(),
  label: z.string(),
  problem: z.string(),
});

export const GateView = z.object({
  passed: z.boolean(),
  state: GateStateName,
  label: z.string(),
  overridden: z.boolean(),
  /** Approved, then edited: needs re-approval. */
  changedSinceApproval: z.boolean(),
  missing: z.array(MissingItemView),
  waitingOn: z.array(
    z.object({ personId: Id, because: z.enum(['quality_owner', 'receiver', 'responsible']) }),
  ),
});
export type GateView = z.infer<typeof GateView>;

/**
 * The gate as a card shows it: the missing items are counted, not listed (the handoff panel
 * lists them). Listing them on 2,000 cards was a third of the board's first load.
 */
export const CardGate = GateView.omit({ missing: true }).extend({
  missingCount: z.number().int().nonnegative(),
});
export type CardGate = z.infer<typeof CardGate>;

/**
 * A performance review or retrospective a card flags (issue 9): worked out from stored due
 * days against today on every read. `badge` is the card's short text, `text` the My work line.
 */
export const CardFollowUp = z.object({
  kind: z.enum(['review', 'retrospective']),
  /** The review's or retrospective's id. */
  id: Id,
  dueDay: IsoDate,
  /** `upcoming` only for a retrospective in its week after Done. */
  state: z.enum(['upcoming', 'due', 'overdue']),
  daysLate: z.number().int().nonnegative(),
  /** The review's analyst or the retrospective's owner: whose "my work" it is. */
  ownerId: Id.nullable(),
  badge: z.string(),
  text: z.string(),
});
export type CardFollowUp = z.infer<typeof CardFollowUp>;

export const CampaignSummary = z.object({
  id: Id,
  name: z.string(),
  clientId: Id,
  clientName: z.string(),
  clientColor: z.string(),
  type: CampaignType,
  channels: z.array(Channel),
  launchDate: IsoDate.nullable(),
  stageId: Id,
  stageName: z.string(),
  ownerId: Id.nullable(),
  team: z.array(Id),
  currentHandoff: z
    .object({
      id: Id,
      name: z.string(),
      status: HandoffStatus,
      dueDate: IsoDate.nullable(),
      overdue: z.boolean(),
      /** Who is on the hook for this handoff: what "My work" filters by. */
      responsibleIds: z.array(Id),
      accountableId: Id.nullable(),
      qualityOwnerId: Id.nullable(),
      receiverIds: z.array(Id),
    })
    .nullable(),
  gate: CardGate.nullable(),
  /** Some remaining handoff cannot be done by its due date even if work started today. */
  negativeSlack: z.boolean(),
  /**
   * Due or overdue review and the retrospective still to hold. Optional only so summaries built
   * before issue 9 (test fixtures) still type-check; the backend always fills it.
   */
  followUps: z.array(CardFollowUp).optional(),
});
export type CampaignSummary = z.infer<typeof CampaignSummary>;

/**
 * A moved card, with the id of the write that moved it (null when nothing changed): the
 * window that moved it knows the live-update notice of that write needs no refetch.
 */
export const MovedCard = CampaignSummary.extend({ txId: z.string().nullable() });
export type MovedCard = z.infer<typeof MovedCard>;

export const HandoffDetail = z.object({
  handoff: Handoff,
  fromStageName: z.string(),
  toStageName: z.string(),
  template: HandoffTemplate,
  fields: z.record(z.string(), FieldValue),
  checklist: z.array(ChecklistItem),
  raci: z.array(RaciAssignment),
  events: z.array(HandoffEvent),
  comments: z.array(Comment),
  gate: GateView,
  overdue: z.boolean(),
  /** Fingerprint of the package now; approving sends it back so a stale view cannot approve. */
  packageHash: z.string(),
  /** Fingerprint the latest approval covered, if any. */
  approvedHash: z.string().nullable(),
  /** Who confirms "I have what I need": the Responsible people of the next stage. */
  receiverIds: z.array(Id),
});
export type HandoffDetail = z.infer<typeof HandoffDetail>;

/** One handoff of the campaign's backward plan, whether or not it has started. */
export const PlanStep = z.object({
  fromStageId: Id,
  toStageId: Id,
  name: z.string(),
  dueDate: IsoDate.nullable(),
  durationDays: z.number().int().nonnegative(),
  bufferDays: z.number().int().nonnegative(),
  /** Business days to spare if the remaining work started today; negative = cannot make it. */
  slackDays: z.number().int().nullable(),
  done: z.boolean(),
});
export type PlanStep = z.infer<typeof PlanStep>;

export const CampaignDetail = z.object({
  campaign: Campaign,
  client: Client,
  stage: Stage,
  summary: CampaignSummary,
  handoffs: z.array(HandoffDetail),
  plan: z.array(PlanStep),
});

/** One line of a campaign's activity trail, readable: "Maya approved the Strategy → Creative handoff". */
export const ActivityEntry = z.object({
  id: z.string(),
  at: z.string(),
  actorId: Id.nullable(),
  actorName: z.string(),
  deviceId: z.string(),
  text: z.string(),
  handoffId: Id.nullable(),
});
export type ActivityEntry = z.infer<typeof ActivityEntry>;
export type CampaignDetail = z.infer<typeof CampaignDetail>;

export const WorkspaceView = z.object({
  workspace: Workspace,
  stages: z.array(Stage),
  me: Person.nullable(),
});
export type WorkspaceView = z.infer<typeof WorkspaceView>;

export const SystemInfo = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  dataDir: z.string(),
  deviceId: z.string(),
  deviceName: z.string(),
  readOnlyReason: z.string().nullable(),
  hasWorkspace: z.boolean(),
});
export type SystemInfo = z.infer<typeof SystemInfo>;

export const CommitNotice = z.object({
  txId: z.string(),
  tables: z.array(z.string()),
  ids: z.array(z.string()),
  /**
   * The campaigns whose rows (the campaign, its handoffs and what hangs off them) the write
   * changed; null when it changed too many rows to say cheaply (a sync batch, the demo).
   * A write to people, clients, stages or the workspace concerns every card regardless.
   */
  campaignIds: z.array(z.string()).nullable(),
});
export type CommitNotice = z.infer<typeof CommitNotice>;
