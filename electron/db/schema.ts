import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

// Every synced table: UUIDv7 text id, soft delete. Values that are lists or objects are JSON
// text so one field stays one change row. Timestamps are ISO strings (UTC).

export const workspaces = sqliteTable('workspaces', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  homeTimeZone: text('home_time_zone').notNull(),
  /** The file naming convention (shared/domain/production/namingPattern.ts); null: the default. */
  namingPattern: text('naming_pattern'),
  /** The channel spec library as JSON (ChannelSpec[]); null: the built-in library. */
  channelSpecs: text('channel_specs', { mode: 'json' }),
  /** Dashboard standards per campaign type as JSON (system 6); null: the built-in ones. */
  dashboardStandards: text('dashboard_standards', { mode: 'json' }),
  /** The calendar's coordination rules as JSON (CoordinationRule[]); null: the built-in ones. */
  coordinationRules: text('coordination_rules', { mode: 'json' }),
  /** Lead scoring criteria as JSON (LeadScoring, system 5); null: the built-in ones. */
  leadScoring: text('lead_scoring', { mode: 'json' }),
  /** The lead handoff timing SLA as JSON (LeadSla); null: the built-in one. */
  leadSla: text('lead_sla', { mode: 'json' }),
  createdAt: text('created_at').notNull(),
  deletedAt: text('deleted_at'),
});

export const people = sqliteTable(
  'people',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    name: text('name').notNull(),
    email: text('email').notNull().default(''),
    roleTitle: text('role_title').notNull().default(''),
    initials: text('initials').notNull(),
    color: text('color').notNull(),
    createdAt: text('created_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('people_workspace').on(t.workspaceId)],
);

export const clients = sqliteTable('clients', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id')
    .notNull()
    .references(() => workspaces.id),
  name: text('name').notNull(),
  accentColor: text('accent_color').notNull(),
  /** BrandGuidelines as JSON. */
  brand: text('brand', { mode: 'json' }).notNull(),
  createdAt: text('created_at').notNull(),
  deletedAt: text('deleted_at'),
});

export const stages = sqliteTable('stages', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id')
    .notNull()
    .references(() => workspaces.id),
  /** Key of a default stage (strategy, creative, …) or null for a stage the team added. */
  key: text('key'),
  name: text('name').notNull(),
  position: integer('position').notNull(),
  deletedAt: text('deleted_at'),
});

export const campaigns = sqliteTable(
  'campaigns',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    name: text('name').notNull(),
    type: text('type').notNull(),
    channels: text('channels', { mode: 'json' }).notNull(),
    launchDate: text('launch_date'),
    stageId: text('stage_id')
      .notNull()
      .references(() => stages.id),
    ownerId: text('owner_id').references(() => people.id),
    /** Person ids of the campaign team, as JSON. */
    team: text('team', { mode: 'json' }).notNull(),
    /** Per-campaign durations/buffers by the stage a handoff leaves (JSON); {} = template's. */
    planOverrides: text('plan_overrides', { mode: 'json' }).notNull().default({}),
    createdAt: text('created_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('campaigns_stage').on(t.stageId), index('campaigns_client').on(t.clientId)],
);

export const handoffs = sqliteTable(
  'handoffs',
  {
    id: text('id').primaryKey(),
    campaignId: text('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    fromStageId: text('from_stage_id')
      .notNull()
      .references(() => stages.id),
    toStageId: text('to_stage_id')
      .notNull()
      .references(() => stages.id),
    templateId: text('template_id').notNull(),
    templateVersion: integer('template_version').notNull(),
    status: text('status').notNull(),
    dueDate: text('due_date'),
    qualityOwnerId: text('quality_owner_id').references(() => people.id),
    createdAt: text('created_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('handoffs_campaign').on(t.campaignId)],
);

export const handoffFields = sqliteTable(
  'handoff_fields',
  {
    id: text('id').primaryKey(),
    handoffId: text('handoff_id')
      .notNull()
      .references(() => handoffs.id),
    key: text('key').notNull(),
    value: text('value', { mode: 'json' }),
    deletedAt: text('deleted_at'),
  },
  (t) => [uniqueIndex('handoff_fields_key').on(t.handoffId, t.key)],
);

export const checklistItems = sqliteTable(
  'checklist_items',
  {
    id: text('id').primaryKey(),
    handoffId: text('handoff_id')
      .notNull()
      .references(() => handoffs.id),
    key: text('key'),
    label: text('label').notNull(),
    required: integer('required', { mode: 'boolean' }).notNull(),
    position: integer('position').notNull(),
    done: integer('done', { mode: 'boolean' }).notNull().default(false),
    doneById: text('done_by_id').references(() => people.id),
    doneAt: text('done_at'),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('checklist_handoff').on(t.handoffId)],
);

export const raciAssignments = sqliteTable(
  'raci_assignments',
  {
    id: text('id').primaryKey(),
    handoffId: text('handoff_id')
      .notNull()
      .references(() => handoffs.id),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    role: text('role').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('raci_handoff').on(t.handoffId)],
);

/** Append-only facts: submitted, approved, changes requested, acknowledged, override… */
export const handoffEvents = sqliteTable(
  'handoff_events',
  {
    id: text('id').primaryKey(),
    handoffId: text('handoff_id')
      .notNull()
      .references(() => handoffs.id),
    kind: text('kind').notNull(),
    actorId: text('actor_id').references(() => people.id),
    deviceId: text('device_id').notNull(),
    at: text('at').notNull(),
    reason: text('reason'),
    packageHash: text('package_hash'),
    missing: text('missing', { mode: 'json' }).notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('events_handoff').on(t.handoffId)],
);

export const comments = sqliteTable(
  'comments',
  {
    id: text('id').primaryKey(),
    handoffId: text('handoff_id')
      .notNull()
      .references(() => handoffs.id),
    authorId: text('author_id').references(() => people.id),
    body: text('body').notNull(),
    createdAt: text('created_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('comments_handoff').on(t.handoffId)],
);

/**
 * The workspace's own handoff templates. Each row is one immutable version: saving an edit adds
 * a row with the next version, so a handoff's (template id, version) always finds the package it
 * started with, and two laptops saving the same template offline keep both versions instead of
 * merging two JSON bodies field by field.
 */
export const handoffTemplates = sqliteTable(
  'handoff_templates',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull(),
    /** The built-in template this one was derived from, or null. */
    base: text('base'),
    /** Default stage keys of the transition (null: a stage the team added). */
    fromStage: text('from_stage'),
    toStage: text('to_stage'),
    campaignType: text('campaign_type').notNull(),
    /** The HandoffTemplate as JSON, its id and version equal to the row's. */
    body: text('body', { mode: 'json' }).notNull(),
    updatedAt: text('updated_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('handoff_templates_transition').on(t.fromStage, t.toStage, t.campaignType)],
);

/**
 * A campaign's decision log: "we agreed on a call that…", written by one person and confirmed
 * in the app by the other party (shared/domain/launch/decisionLog.ts decides who may confirm).
 */
export const decisionEntries = sqliteTable(
  'decision_entries',
  {
    id: text('id').primaryKey(),
    campaignId: text('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    text: text('text').notNull(),
    byId: text('by_id')
      .notNull()
      .references(() => people.id),
    otherPartyId: text('other_party_id')
      .notNull()
      .references(() => people.id),
    at: text('at').notNull(),
    confirmedById: text('confirmed_by_id').references(() => people.id),
    confirmedAt: text('confirmed_at'),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('decision_entries_campaign').on(t.campaignId)],
);

/**
 * The handoff map: for each transition (and optionally one campaign type; null = all types),
 * where its material lives, in which tool, and who owns it. Until a team saves a row, the
 * defaults are shown (not stored).
 */
export const handoffMapEntries = sqliteTable(
  'handoff_map_entries',
  {
    id: text('id').primaryKey(),
    /** Stage keys (or stage ids for stages a team added). */
    fromStage: text('from_stage').notNull(),
    toStage: text('to_stage').notNull(),
    campaignType: text('campaign_type'),
    location: text('location').notNull(),
    tool: text('tool').notNull(),
    ownerId: text('owner_id').references(() => people.id),
    notes: text('notes').notNull(),
    position: integer('position').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('handoff_map_entries_transition').on(t.fromStage, t.toStage)],
);

/**
 * A campaign's asset register (system 2): each asset made for it, with its channel spec, current
 * file facts and approval state. Its versions are rows of `asset_versions`. `dependsOn` is a JSON
 * list of asset ids that must exist first (shared/domain/production/assetDependencies.ts orders
 * them and names cycles).
 */
export const assets = sqliteTable(
  'assets',
  {
    id: text('id').primaryKey(),
    campaignId: text('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    name: text('name').notNull(),
    /** A channel spec id of the workspace's library (instagram-story…); '' when not chosen. */
    channelSpecId: text('channel_spec_id').notNull(),
    /** File extension without the dot: jpg, mp4, html. */
    format: text('format').notNull(),
    width: integer('width'),
    height: integer('height'),
    fileSizeBytes: integer('file_size_bytes'),
    /** A link (https://…) or a path in the shared drive where the current version lives. */
    location: text('location').notNull(),
    /** draft | in_review | approved | changes_requested */
    approvalState: text('approval_state').notNull(),
    approvedById: text('approved_by_id').references(() => people.id),
    approvedAt: text('approved_at'),
    dependsOn: text('depends_on', { mode: 'json' }).notNull(),
    position: integer('position').notNull(),
    createdAt: text('created_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('assets_campaign').on(t.campaignId)],
);

/** One version of an asset (v01, v02…): its file name, who made it, when, and a note. */
export const assetVersions = sqliteTable(
  'asset_versions',
  {
    id: text('id').primaryKey(),
    assetId: text('asset_id')
      .notNull()
      .references(() => assets.id),
    version: integer('version').notNull(),
    fileName: text('file_name').notNull(),
    byId: text('by_id').references(() => people.id),
    at: text('at').notNull(),
    note: text('note').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('asset_versions_asset').on(t.assetId)],
);

// System 6, analytics → optimization: figures, reviews that turn findings into actions, the
// optimization backlog and test plans. Rules in shared/domain/optimization.

/** One figure of one metric on one day of a campaign (typed in or pasted from a CSV). */
export const metricEntries = sqliteTable(
  'metric_entries',
  {
    id: text('id').primaryKey(),
    campaignId: text('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    /** A metric key of the campaign type's dashboard standard (ctr, cpa…). */
    metricKey: text('metric_key').notNull(),
    /** YYYY-MM-DD, the day the figure is for. */
    day: text('day').notNull(),
    value: real('value').notNull(),
    /** manual | csv */
    source: text('source').notNull(),
    createdAt: text('created_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('metric_entries_campaign').on(t.campaignId)],
);

/** A scheduled performance review of a live campaign (day 2, day 7, day 30…) and its outcome. */
export const performanceReviews = sqliteTable(
  'performance_reviews',
  {
    id: text('id').primaryKey(),
    campaignId: text('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    analystId: text('analyst_id').references(() => people.id),
    /** "Day 7": which point of the cadence. */
    label: text('label').notNull(),
    /** YYYY-MM-DD in the workspace's home time zone. */
    dueDay: text('due_day').notNull(),
    /** scheduled | completed */
    status: text('status').notNull(),
    whatHappened: text('what_happened').notNull(),
    completedById: text('completed_by_id').references(() => people.id),
    completedAt: text('completed_at'),
    createdAt: text('created_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('performance_reviews_campaign').on(t.campaignId)],
);

/** What a review found; it carries an action (a backlog item) or "no action, because …". */
export const reviewFindings = sqliteTable(
  'review_findings',
  {
    id: text('id').primaryKey(),
    reviewId: text('review_id')
      .notNull()
      .references(() => performanceReviews.id),
    text: text('text').notNull(),
    /** null (not decided yet) | action | no_action */
    outcome: text('outcome'),
    noActionReason: text('no_action_reason').notNull(),
    position: integer('position').notNull(),
    createdAt: text('created_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('review_findings_review').on(t.reviewId)],
);

/** The optimization backlog, sorted by ICE score (impact × confidence × ease). */
export const backlogItems = sqliteTable(
  'backlog_items',
  {
    id: text('id').primaryKey(),
    campaignId: text('campaign_id').references(() => campaigns.id),
    /** The finding that motivated it, if any. */
    findingId: text('finding_id').references(() => reviewFindings.id),
    title: text('title').notNull(),
    detail: text('detail').notNull(),
    /** 1–10 each. */
    impact: integer('impact').notNull(),
    confidence: integer('confidence').notNull(),
    effort: integer('effort').notNull(),
    /** open | planned | done | dropped */
    status: text('status').notNull(),
    ownerId: text('owner_id').references(() => people.id),
    createdAt: text('created_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('backlog_items_campaign').on(t.campaignId)],
);

/** An A/B or multivariate test: hypothesis to result, a finished one feeding a finding back. */
export const testPlans = sqliteTable(
  'test_plans',
  {
    id: text('id').primaryKey(),
    campaignId: text('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    backlogItemId: text('backlog_item_id').references(() => backlogItems.id),
    hypothesis: text('hypothesis').notNull(),
    /** The variants' names as JSON (string[]). */
    variants: text('variants', { mode: 'json' }).notNull(),
    primaryMetric: text('primary_metric').notNull(),
    /** As typed: "+0.5 pt CTR", "10% relative". */
    minimumDetectableEffect: text('minimum_detectable_effect').notNull(),
    durationDays: integer('duration_days'),
    /** planned | running | finished */
    status: text('status').notNull(),
    result: text('result').notNull(),
    /** The finding the finished test fed back into a review. */
    findingId: text('finding_id').references(() => reviewFindings.id),
    createdAt: text('created_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('test_plans_campaign').on(t.campaignId)],
);

// System 7, retrospectives and the playbook. Rules in shared/domain/retrospective.

/** A campaign's retrospective, scheduled when it reaches Done. */
export const retrospectives = sqliteTable(
  'retrospectives',
  {
    id: text('id').primaryKey(),
    campaignId: text('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    ownerId: text('owner_id').references(() => people.id),
    /** YYYY-MM-DD: within a week of Done. */
    dueDay: text('due_day').notNull(),
    /** YYYY-MM-DD it was held, or null. */
    heldOn: text('held_on'),
    whatWorked: text('what_worked').notNull(),
    whatDidNot: text('what_did_not').notNull(),
    /** scheduled | done */
    status: text('status').notNull(),
    createdAt: text('created_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('retrospectives_campaign').on(t.campaignId)],
);

/** A process improvement from a retrospective, with an owner; may ask for a template change. */
export const retroImprovements = sqliteTable(
  'retro_improvements',
  {
    id: text('id').primaryKey(),
    retrospectiveId: text('retrospective_id')
      .notNull()
      .references(() => retrospectives.id),
    text: text('text').notNull(),
    ownerId: text('owner_id').references(() => people.id),
    templateChange: integer('template_change', { mode: 'boolean' }).notNull(),
    position: integer('position').notNull(),
    createdAt: text('created_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('retro_improvements_retrospective').on(t.retrospectiveId)],
);

/**
 * The playbook: learnings tagged by campaign type, channels and client. Searched through the
 * FTS5 table `playbook_fts` (migration 0010, kept in step by triggers; this laptop only).
 */
export const playbookEntries = sqliteTable('playbook_entries', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  /** A campaign type, or null for every type. */
  campaignType: text('campaign_type'),
  /** Channel keys as JSON (string[]); [] for any channel. */
  channels: text('channels', { mode: 'json' }).notNull(),
  clientId: text('client_id').references(() => clients.id),
  retrospectiveId: text('retrospective_id').references(() => retrospectives.id),
  createdAt: text('created_at').notNull(),
  deletedAt: text('deleted_at'),
});

/** The change log: one row per changed field. Activity log, audit trail and sync payload. */
export const changes = sqliteTable(
  'changes',
  {
    id: text('id').primaryKey(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    field: text('field').notNull(),
    value: text('value').notNull(),
    hlc: text('hlc').notNull(),
    deviceId: text('device_id').notNull(),
    actorId: text('actor_id'),
    schemaVersion: integer('schema_version').notNull(),
    txId: text('tx_id').notNull(),
    /**
     * For edits of a package field's value: the HLC of the change whose value the editor
     * replaced ('' when the field was empty); 'merge' for a value sync's line merge computed.
     * Null for other changes and for changes written before this column existed. Long text
     * merges from it (electron/sync/textFold.ts): see docs/sync-format.md.
     */
    base: text('base'),
  },
  // Every index here is paid for on each of the ~100,000 inserts of a sync catch-up, so
  // only what a query needs: a row's changes by entity id (a few dozen, sorted when read),
  // and the log in HLC order (export, activity). No query looks changes up by tx_id.
  (t) => [index('changes_entity_id').on(t.entityId), index('changes_hlc').on(t.hlc)],
);

/**
 * This laptop only, never synced and not part of the change log: its device id, its clock and
 * who uses it. A single row with id 1.
 */
export const device = sqliteTable('device', {
  id: integer('id').primaryKey(),
  deviceId: text('device_id').notNull(),
  deviceName: text('device_name').notNull(),
  personId: text('person_id'),
  workspaceId: text('workspace_id'),
  lastHlc: text('last_hlc').notNull(),
  createdAt: text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
});

/**
 * Folder sync, this laptop only (not synced, not in the change log): every batch file this
 * database wrote (its own device id) or applied (a teammate's), so exporting knows where it
 * stopped and applying the same batch twice is recognised. See docs/sync-format.md.
 */
export const syncBatches = sqliteTable(
  'sync_batches',
  {
    deviceId: text('device_id').notNull(),
    seq: integer('seq').notNull(),
    /** The file's seal (SHA-256 of header and body): another file under a known seq is reported. */
    sha256: text('sha256').notNull(),
    firstHlc: text('first_hlc').notNull(),
    lastHlc: text('last_hlc').notNull(),
    changeCount: integer('change_count').notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.deviceId, t.seq] })],
);

/** Per teammate device: the highest sequence up to which every batch has been applied. */
export const syncCursors = sqliteTable('sync_cursors', {
  deviceId: text('device_id').primaryKey(),
  appliedSeq: integer('applied_seq').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * Folder sync settings, this laptop only (not synced, not in the change log): the shared
 * folder this database syncs with and how the last run went. A single row with id 1, absent
 * until sync is set up. The device's name lives in `device`.
 */
export const syncSettings = sqliteTable('sync_settings', {
  id: integer('id').primaryKey(),
  folder: text('folder').notNull(),
  setUpAt: text('set_up_at').notNull(),
  lastRunAt: text('last_run_at'),
  /** The last run's outcome as JSON (counts, parked batches, problems, error). */
  lastResult: text('last_result'),
});

/**
 * What folder sync merged that a person should look at, this laptop only (not synced: every
 * device detects the same merges itself when it applies the batches). `kind`: `text` (a long
 * text edited on two laptops where both changed the same lines: both versions are in the value
 * between markers), `changed-after-deletion` (a row deleted on one laptop and edited on
 * another: in the trash, restorable), `stage-move` (one card moved on two laptops: the later
 * move won). The id is derived from what was detected, so detecting it again adds nothing.
 */
export const syncConflicts = sqliteTable(
  'sync_conflicts',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    field: text('field'),
    /** The HLCs and values involved, as JSON (see electron/sync/syncConflicts.ts). */
    detail: text('detail', { mode: 'json' }).notNull(),
    detectedAt: text('detected_at').notNull(),
    resolvedAt: text('resolved_at'),
  },
  (t) => [index('sync_conflicts_entity').on(t.entityId)],
);

/**
 * The cross-channel calendar (system 4): every send and post across campaigns and channels.
 * `at` is the UTC instant; `timeZone` is the IANA zone it was planned in, so moving it to
 * another day keeps its local time there. `sourceItemId` links a repurposed item (a social
 * adaptation) to the item it was adapted from; the link back is the rows pointing at it.
 */
export const calendarItems = sqliteTable(
  'calendar_items',
  {
    id: text('id').primaryKey(),
    campaignId: text('campaign_id').references(() => campaigns.id),
    /** email | social | paid | blog | event | other */
    channel: text('channel').notNull(),
    title: text('title').notNull(),
    at: text('at').notNull(),
    timeZone: text('time_zone').notNull(),
    audienceSegment: text('audience_segment').notNull(),
    ownerId: text('owner_id').references(() => people.id),
    /** idea | planned | ready | sent */
    status: text('status').notNull(),
    notes: text('notes').notNull(),
    sourceItemId: text('source_item_id'),
    adaptationNote: text('adaptation_note').notNull(),
    /**
     * Set when the item mirrors a row of a Production → Launch package's launch sequence: the
     * handoff, and the row's key (its channel and what, normalised) because rows have no ids.
     */
    launchHandoffId: text('launch_handoff_id'),
    launchRowKey: text('launch_row_key'),
    createdAt: text('created_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [
    index('calendar_items_at').on(t.at),
    index('calendar_items_campaign').on(t.campaignId),
    index('calendar_items_source').on(t.sourceItemId),
    index('calendar_items_launch').on(t.launchHandoffId),
  ],
);

/**
 * Leads (system 5, the sales ↔ marketing lead handoff). `emailKey` is the email trimmed and
 * lower-cased, indexed for duplicate detection; `score` is a cache of the scoring rules applied
 * to the lead and its touches, recomputed whenever either changes.
 */
export const leads = sqliteTable(
  'leads',
  {
    id: text('id').primaryKey(),
    personName: text('person_name').notNull(),
    company: text('company').notNull(),
    email: text('email').notNull(),
    emailKey: text('email_key').notNull(),
    jobTitle: text('job_title').notNull().default(''),
    sourceCampaignId: text('source_campaign_id').references(() => campaigns.id),
    sourceChannel: text('source_channel').notNull(),
    /** string[] as JSON */
    interests: text('interests', { mode: 'json' }).notNull(),
    notes: text('notes').notNull(),
    ownerId: text('owner_id').references(() => people.id),
    assigneeId: text('assignee_id').references(() => people.id),
    /** new | nurturing | sales-ready | handed-off | accepted | rejected | re-engage | won | lost */
    status: text('status').notNull(),
    score: integer('score').notNull(),
    statusChangedAt: text('status_changed_at').notNull(),
    salesReadyAt: text('sales_ready_at'),
    handedOffAt: text('handed_off_at'),
    acceptedAt: text('accepted_at'),
    nextTouchAt: text('next_touch_at'),
    nurtureTrack: text('nurture_track'),
    createdAt: text('created_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [
    index('leads_email_key').on(t.emailKey),
    index('leads_status').on(t.status),
    index('leads_campaign').on(t.sourceCampaignId),
  ],
);

/** One interaction of a lead with marketing or sales (its journey). */
export const leadTouches = sqliteTable(
  'lead_touches',
  {
    id: text('id').primaryKey(),
    leadId: text('lead_id')
      .notNull()
      .references(() => leads.id),
    /** email-open | email-click | webinar | form | download | visit | meeting | call | other */
    kind: text('kind').notNull(),
    at: text('at').notNull(),
    note: text('note').notNull(),
    createdAt: text('created_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('lead_touches_lead').on(t.leadId)],
);

/**
 * A lead handed to sales: the lead intelligence package as it was at handoff (a JSON snapshot,
 * so a later edit of the lead does not rewrite what sales received) and sales' answer.
 */
export const leadHandoffs = sqliteTable(
  'lead_handoffs',
  {
    id: text('id').primaryKey(),
    leadId: text('lead_id')
      .notNull()
      .references(() => leads.id),
    /** LeadPackage as JSON */
    package: text('package', { mode: 'json' }).notNull(),
    handedById: text('handed_by_id'),
    at: text('at').notNull(),
    /** pending | accepted | rejected */
    outcome: text('outcome').notNull(),
    reasonCode: text('reason_code'),
    reasonText: text('reason_text').notNull(),
    decidedById: text('decided_by_id'),
    decidedAt: text('decided_at'),
    createdAt: text('created_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('lead_handoffs_lead').on(t.leadId), index('lead_handoffs_at').on(t.at)],
);
