import { eventIterator, oc } from '@orpc/contract';
import { z } from 'zod';
import {
  ActivityEntry,
  AddAssetVersion,
  AssetRegisterQuery,
  AssetRegisterView,
  NewAsset,
  RemoveAsset,
  RestoreAsset,
  SetAssetApproval,
  UpdateAsset,
  Campaign,
  CampaignDetail,
  CampaignInput,
  CampaignPatch,
  CampaignSummary,
  Change,
  Client,
  ClientInput,
  ClientPatch,
  CommitNotice,
  ConfirmDecisionLogEntry,
  DecisionLogItem,
  DecisionLogQuery,
  FieldValue,
  HandoffDetail,
  HandoffField,
  HandoffMapRow,
  HandoffMapSaveInput,
  HealthReport,
  HealthReportQuery,
  Id,
  MovedCard,
  Name,
  NewDecisionLogEntry,
  PackageHash,
  Person,
  PersonInput,
  PersonPatch,
  ProductionLibraryView,
  RaciRole,
  ResolveConflictInput,
  ResolveConflictResult,
  Stage,
  SetChannelSpecsInput,
  SetNamingPatternInput,
  SyncConflictView,
  SyncRunResult,
  SyncSetupInput,
  SyncStatus,
  SystemInfo,
  TemplateDetail,
  TemplateSaveInput,
  TemplateSlot,
  TemplateSummary,
  WorkspaceView,
  AddFindingInput,
  BacklogItemView,
  BacklogQuery,
  CampaignOptimization,
  CampaignOptimizationQuery,
  DashboardStandardsView,
  FinishTestPlan,
  FinishTestPlanResult,
  ImportMetricsCsvInput,
  ImportMetricsCsvResult,
  NewBacklogItem,
  NewMetricEntry,
  OptimizationCampaignSummary,
  ScheduleReviewsInput,
  SetDashboardStandardsInput,
  TestPlanInput,
  UpdateBacklogItem,
  UpdateFindingInput,
  UpdateReviewInput,
  UpdateTestPlan,
  AddLearning,
  CampaignFromRetrospective,
  CompleteRetrospective,
  NewPlaybookEntry,
  NewRetroImprovement,
  PlaybookEntry,
  PlaybookHit,
  PlaybookSearch,
  RetrospectiveListQuery,
  RetrospectiveView,
  UpdatePlaybookEntry,
  UpdateRetroImprovement,
  UpdateRetrospective,
} from '../model';
import {
  CalendarExport,
  CalendarItem,
  CalendarQuery,
  CalendarView,
  CalendarWriteResult,
  CoordinationRulesView,
  LaunchMirrorResult,
  MoveCalendarItem,
  NewCalendarItem,
  RemoveCalendarItem,
  RepurposeCalendarItem,
  SetCoordinationRules,
  SyncLaunchCalendar,
  UpdateCalendarItem,
} from '../model/calendar';
import { API_ERRORS } from './errors';
import { ExportCampaignInput, ExportEvent, ExportFile, ExportHandoffInput } from './exports';
import { FolderStructureInput, FolderStructureResult } from './folderStructure';
import { ExportHealthInput, HealthExportFile } from './healthExport';
import { ExportLeadAgendaInput, LeadAgendaExportFile } from './leadAgendaExport';
import { leadsContract } from './leads';

const proc = oc.errors(API_ERRORS);
const ById = z.object({ id: Id });
/** A live refresh names a handful of cards; more than this is a whole-board refetch. */
const CampaignIds = z.object({ ids: z.array(Id).max(100) });
/** A reason a person writes (request changes, override, move back): required, bounded. */
const Reason = z
  .string()
  .trim()
  .min(1, { message: 'is required' })
  .max(5000, { message: 'must be at most 5,000 characters' });
const Empty = z.object({}).optional();
const TimeZone = z
  .string()
  .min(1)
  .max(64)
  .refine((tz) => isValidTimeZone(tz), { message: 'must be an IANA time zone like Europe/Paris' });

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * The one API contract between the renderer (and CLI, and tests) and the backend. Both the
 * Electron IPC binding and the HTTP/WebSocket binding serve exactly this router.
 */
export const contract = {
  system: {
    info: proc.input(Empty).output(SystemInfo),
    backup: proc.input(Empty).output(z.object({ path: z.string() })),
    check: proc.input(Empty).output(z.object({ ok: z.boolean(), problems: z.array(z.string()) })),
  },
  workspace: {
    get: proc.input(Empty).output(WorkspaceView.nullable()),
    create: proc
      .input(
        z.object({
          name: Name,
          homeTimeZone: TimeZone.default('UTC'),
          me: PersonInput,
        }),
      )
      .output(WorkspaceView),
    loadDemo: proc.input(Empty).output(WorkspaceView),
    setMe: proc.input(z.object({ personId: Id })).output(WorkspaceView),
  },
  people: {
    list: proc.input(Empty).output(z.array(Person)),
    create: proc.input(PersonInput).output(Person),
    update: proc.input(PersonPatch).output(Person),
    remove: proc.input(ById).output(Person),
    restore: proc.input(ById).output(Person),
  },
  clients: {
    list: proc.input(Empty).output(z.array(Client)),
    create: proc.input(ClientInput).output(Client),
    update: proc.input(ClientPatch).output(Client),
    remove: proc.input(ById).output(Client),
    restore: proc.input(ById).output(Client),
  },
  stages: {
    list: proc.input(Empty).output(z.array(Stage)),
    rename: proc.input(z.object({ id: Id, name: Name })).output(Stage),
  },
  campaigns: {
    list: proc.input(Empty).output(z.array(CampaignSummary)),
    get: proc.input(ById).output(CampaignDetail),
    /** The cards of the campaigns named, for a live refresh; campaigns gone are left out. */
    cards: proc.input(CampaignIds).output(z.array(CampaignSummary)),
    create: proc.input(CampaignInput).output(Campaign),
    update: proc.input(CampaignPatch).output(Campaign),
    remove: proc.input(ById).output(Campaign),
    restore: proc.input(ById).output(Campaign),
    /** Attempts the handoff (forward) or moves back with a reason; refused with what is missing. */
    move: proc
      .input(z.object({ id: Id, toStageId: Id, reason: z.string().trim().max(5000).optional() }))
      .output(MovedCard),
    /** Per-campaign durations and buffers (business days) for backward planning. */
    setPlan: proc
      .input(
        z.object({
          id: Id,
          steps: z
            .array(
              z.object({
                fromStageId: Id,
                durationDays: z.number().int().min(0).max(365),
                bufferDays: z.number().int().min(0).max(365),
              }),
            )
            .max(50),
        }),
      )
      .output(CampaignDetail),
    activity: proc
      .input(z.object({ id: Id, limit: z.number().int().min(1).max(1000).default(200) }))
      .output(z.array(ActivityEntry)),
    /** Creates (or with create: false, previews) the campaign's folder tree; never touches a file. */
    folderStructure: proc.input(FolderStructureInput).output(FolderStructureResult),
  },
  handoffs: {
    get: proc.input(ById).output(HandoffDetail),
    setField: proc
      .input(z.object({ handoffId: Id, key: z.string().min(1).max(100), value: FieldValue }))
      .output(HandoffField),
    setChecklistItem: proc.input(z.object({ id: Id, done: z.boolean() })).output(HandoffDetail),
    setRaci: proc
      .input(
        z.object({
          handoffId: Id,
          assignments: z
            .array(z.object({ personId: Id, role: RaciRole }))
            .max(100, { message: 'must have at most 100 entries' }),
        }),
      )
      .output(HandoffDetail),
    setQualityOwner: proc
      .input(z.object({ handoffId: Id, personId: Id.nullable() }))
      .output(HandoffDetail),
    comment: proc.input(z.object({ handoffId: Id, body: Reason })).output(HandoffDetail),
    submit: proc.input(ById).output(HandoffDetail),
    approve: proc
      .input(z.object({ id: Id, packageHash: z.string().max(64) }))
      .output(HandoffDetail),
    requestChanges: proc.input(z.object({ id: Id, reason: Reason })).output(HandoffDetail),
    acknowledge: proc.input(ById).output(HandoffDetail),
    sendBack: proc
      .input(
        z.object({
          id: Id,
          missing: z.array(z.string().trim().min(1).max(500)).max(50).default([]),
          reason: z.string().trim().max(5000).default(''),
        }),
      )
      .output(HandoffDetail),
    override: proc.input(z.object({ id: Id, reason: Reason })).output(HandoffDetail),
    /** Signs the pre-flight of the package the signer saw (its hash); CONFLICT if it changed. */
    signPreflight: proc.input(z.object({ id: Id, packageHash: PackageHash })).output(HandoffDetail),
  },
  templates: {
    /** Every default transition for every campaign type, with the template new handoffs get. */
    list: proc.input(Empty).output(z.array(TemplateSummary)),
    /** One transition and campaign type: its current template and its versions. */
    get: proc.input(TemplateSlot).output(TemplateDetail),
    /**
     * Saves an edit as a new version (new handoffs use it; existing ones keep theirs).
     * RULE_VIOLATION names each field at fault (`fields.2.key`, `checklist.0.label`…);
     * CONFLICT names `expectedVersion` when a newer version was saved meanwhile.
     */
    save: proc.input(TemplateSaveInput).output(TemplateDetail),
    /** Back to the built-in, as a new version. */
    reset: proc.input(TemplateSlot).output(TemplateDetail),
  },
  decisions: {
    /** A campaign's decision log, newest first, each entry confirmed, awaiting or overdue. */
    list: proc.input(DecisionLogQuery).output(z.array(DecisionLogItem)),
    /** "We agreed on a call that…" as the person using this laptop; RULE_VIOLATION names the field. */
    add: proc.input(NewDecisionLogEntry).output(DecisionLogItem),
    /** Only the other party can confirm; the author is refused with a message saying so. */
    confirm: proc.input(ConfirmDecisionLogEntry).output(DecisionLogItem),
    remove: proc.input(ById).output(DecisionLogItem),
  },
  handoffMap: {
    /** Saved rows, then the defaults of every default transition not edited yet (id null). */
    list: proc.input(Empty).output(z.array(HandoffMapRow)),
    /** Adds (no id) or edits a row; RULE_VIOLATION names the field. Returns the whole map. */
    save: proc.input(HandoffMapSaveInput).output(z.array(HandoffMapRow)),
    remove: proc.input(ById).output(z.array(HandoffMapRow)),
  },
  production: {
    /** The naming convention and channel spec library in use, and whether each is custom. */
    library: proc.input(Empty).output(ProductionLibraryView),
    /** Null resets to the default; RULE_VIOLATION names `pattern` with each problem. */
    setNamingPattern: proc.input(SetNamingPatternInput).output(ProductionLibraryView),
    /** Null resets to the built-in; RULE_VIOLATION names the spec and field ("Instagram story, width: …"). */
    setChannelSpecs: proc.input(SetChannelSpecsInput).output(ProductionLibraryView),
  },
  assets: {
    /**
     * A campaign's asset register: assets in order with versions, name check (and suggested
     * name), spec check, what each needs, the making order, and the library's specs.
     */
    list: proc.input(AssetRegisterQuery).output(AssetRegisterView),
    /** A new asset with its first version (v01); RULE_VIOLATION names the field. */
    create: proc.input(NewAsset).output(AssetRegisterView),
    /** RULE_VIOLATION names `dependsOn` with the cycle by asset names when it would make one. */
    update: proc.input(UpdateAsset).output(AssetRegisterView),
    /** The next version (max + 1); an approved asset goes back to draft. */
    addVersion: proc.input(AddAssetVersion).output(AssetRegisterView),
    /** RULE_VIOLATION names `state` with the states it can go to. */
    setApproval: proc.input(SetAssetApproval).output(AssetRegisterView),
    remove: proc.input(RemoveAsset).output(AssetRegisterView),
    restore: proc.input(RestoreAsset).output(AssetRegisterView),
  },
  health: {
    /**
     * Handoff health from the change log: per handoff type, waits per status, send-backs and
     * reasons, overrides, overdue rate and a weekly trend, the most painful type first.
     */
    report: proc.input(HealthReportQuery).output(HealthReport),
  },
  retrospectives: {
    /** Every retrospective, soonest due first, each scheduled, overdue or held (as of today). */
    list: proc.input(RetrospectiveListQuery).output(z.array(RetrospectiveView)),
    get: proc.input(ById).output(RetrospectiveView),
    update: proc.input(UpdateRetrospective).output(RetrospectiveView),
    addImprovement: proc.input(NewRetroImprovement).output(RetrospectiveView),
    updateImprovement: proc.input(UpdateRetroImprovement).output(RetrospectiveView),
    removeImprovement: proc.input(ById).output(RetrospectiveView),
    /** Puts back an improvement removed by mistake (the Undo of its removal). */
    restoreImprovement: proc.input(ById).output(RetrospectiveView),
    /** RULE_VIOLATION names each missing part (whatWorked, improvements.0.ownerId…). */
    complete: proc.input(CompleteRetrospective).output(RetrospectiveView),
    /** A playbook entry tagged with the campaign's type, channels and client. */
    addLearning: proc.input(AddLearning).output(PlaybookEntry),
    /** A campaign of the same type and client whose brief's Context carries the learnings. */
    startNextCampaign: proc.input(CampaignFromRetrospective).output(Campaign),
  },
  playbook: {
    /** Full-text (typed text made safe) and tag filters, ranked by bm25 and relevance. */
    search: proc.input(PlaybookSearch).output(z.array(PlaybookHit)),
    /** The learnings relevant to a campaign, for its Strategy stage. */
    forCampaign: proc
      .input(z.object({ campaignId: Id, limit: z.number().int().min(1).max(50).default(10) }))
      .output(z.array(PlaybookHit)),
    create: proc.input(NewPlaybookEntry).output(PlaybookEntry),
    update: proc.input(UpdatePlaybookEntry).output(PlaybookEntry),
    remove: proc.input(ById).output(z.object({ id: Id })),
  },
  optimization: {
    /** Campaigns in Live or Optimization (and any with reviews), with due and overdue review counts. */
    overview: proc.input(Empty).output(z.array(OptimizationCampaignSummary)),
    /** One campaign's standard, figures, reviews (upcoming/due/overdue), backlog and test plans. */
    campaign: proc.input(CampaignOptimizationQuery).output(CampaignOptimization),
    standards: proc.input(Empty).output(DashboardStandardsView),
    /** Null resets to the built-in; RULE_VIOLATION names a metric key used twice. */
    setStandards: proc.input(SetDashboardStandardsInput).output(DashboardStandardsView),
    /** RULE_VIOLATION names `metricKey` when it is not in the campaign type's standard. */
    addEntry: proc.input(NewMetricEntry).output(CampaignOptimization),
    /** Good rows imported in one write; bad rows listed by line number. */
    importCsv: proc.input(ImportMetricsCsvInput).output(ImportMetricsCsvResult),
    /** The day 2/7/30 reviews from the launch date; idempotent. RULE_VIOLATION names `launchDate`. */
    scheduleReviews: proc.input(ScheduleReviewsInput).output(CampaignOptimization),
    updateReview: proc.input(UpdateReviewInput).output(CampaignOptimization),
    addFinding: proc.input(AddFindingInput).output(CampaignOptimization),
    /** `action` creates the linked backlog item; `no_action` needs `noActionReason`. */
    updateFinding: proc.input(UpdateFindingInput).output(CampaignOptimization),
    /** RULE_VIOLATION naming what happened and each finding without an action or a reason. */
    completeReview: proc.input(ById).output(CampaignOptimization),
    /** Highest ICE score first, then newest. */
    backlog: proc.input(BacklogQuery).output(z.array(BacklogItemView)),
    createBacklogItem: proc.input(NewBacklogItem).output(z.array(BacklogItemView)),
    updateBacklogItem: proc.input(UpdateBacklogItem).output(z.array(BacklogItemView)),
    /** RULE_VIOLATION names each field of the plan with its problem. */
    createTestPlan: proc.input(TestPlanInput).output(CampaignOptimization),
    updateTestPlan: proc.input(UpdateTestPlan).output(CampaignOptimization),
    /** The result becomes a finding of the campaign's next open review (or comes back as text). */
    finishTestPlan: proc.input(FinishTestPlan).output(FinishTestPlanResult),
  },
  activity: {
    list: proc
      .input(
        z.object({
          entityId: Id.optional(),
          limit: z.number().int().min(1).max(1000).default(100),
        }),
      )
      .output(z.array(Change)),
  },
  sync: {
    /** Folder, this device, last run, devices seen, pending and parked changes, problems. */
    status: proc.input(Empty).output(SyncStatus),
    /**
     * Sets up folder sync: `create` shares this workspace in the folder, `join` takes the one
     * already there. Runs a first sync before answering. RULE_VIOLATION names `folder`,
     * `mode` or `deviceName` when the choice cannot work.
     */
    setup: proc.input(SyncSetupInput).output(SyncStatus),
    /** Syncs now (after a run in progress, if any) and returns that run's result. */
    run: proc.input(Empty).output(SyncRunResult),
    /** Stops syncing on this laptop: the folder is forgotten, the data stays. */
    leave: proc.input(Empty).output(SyncStatus),
    /** What merges left for a person (open conflicts, oldest first), with what they need to decide. */
    conflicts: proc.input(Empty).output(z.array(SyncConflictView)),
    /**
     * Resolves one conflict: a text conflict with the text to keep (written as an edit of the
     * field), a row changed after deletion with `restore` or `keep-deleted`, a stage move with
     * `keep` or `move-to-other`. NOT_FOUND or CONFLICT name `id` (unknown, resolved already);
     * RULE_VIOLATION names `choice` (not for this kind) or `choice.text` (markers left).
     */
    resolveConflict: proc.input(ResolveConflictInput).output(ResolveConflictResult),
  },
  calendar: {
    /**
     * The cross-channel calendar for a range of local days in the home time zone, filtered by
     * client, channel, campaign or owner; each item with its coordination warnings.
     */
    list: proc.input(CalendarQuery).output(CalendarView),
    /** A local date+time in a zone; `adjustment` says when daylight saving moved it. */
    create: proc.input(NewCalendarItem).output(CalendarWriteResult),
    update: proc.input(UpdateCalendarItem).output(CalendarWriteResult),
    /** To another day keeping its local time. */
    move: proc.input(MoveCalendarItem).output(CalendarWriteResult),
    remove: proc.input(RemoveCalendarItem).output(CalendarItem),
    restore: proc.input(RemoveCalendarItem).output(CalendarItem),
    /** A linked item for another channel prefilled from the source ("Adapted from …"). */
    repurpose: proc.input(RepurposeCalendarItem).output(CalendarWriteResult),
    exportIcal: proc.input(CalendarQuery).output(CalendarExport),
    exportCsv: proc.input(CalendarQuery).output(CalendarExport),
    /** The workspace's coordination rules (each with `enabled`); `isDefault` while built-in. */
    rules: proc.input(Empty).output(CoordinationRulesView),
    /**
     * Replaces the coordination rules (null: back to the built-in ones). RULE_VIOLATION names
     * `rules.<index>.<field>` (id, name, kind, minDays, minHours) with the rule in the message.
     */
    setRules: proc.input(SetCoordinationRules).output(CoordinationRulesView),
    /**
     * Brings the calendar in step with every launch sequence of a campaign (writing the field
     * does this already); says what it created, updated, removed and which rows it skipped.
     */
    syncLaunch: proc.input(SyncLaunchCalendar).output(LaunchMirrorResult),
  },
  /** The sales ↔ marketing lead handoff (system 5): see shared/api/leads.ts. */
  leads: leadsContract,
  /** PDF or Markdown handoff packages, rendered in the backend (the CLI makes the same file). */
  exports: {
    handoff: proc.input(ExportHandoffInput).output(ExportFile),
    campaign: proc.input(ExportCampaignInput).output(ExportFile),
    /** The same file as `campaign`, with progress after each handoff package on the way. */
    campaignWithProgress: proc.input(ExportCampaignInput).output(eventIterator(ExportEvent)),
    /** The Health page for the team meeting, as PDF or Markdown. */
    health: proc.input(ExportHealthInput).output(HealthExportFile),
    /** The weekly sales ↔ marketing sync agenda (leads.weeklyAgenda) as PDF or Markdown. */
    leadAgenda: proc.input(ExportLeadAgendaInput).output(LeadAgendaExportFile),
  },
  live: {
    /** After each committed write (local or from sync): which tables and ids changed. */
    updates: proc.input(Empty).output(eventIterator(CommitNotice)),
  },
};

export type Contract = typeof contract;
