/** Every synced table, by entity name (the change log's `entity`); electron/db/entities.ts maps each to its table. */
export const SYNCED_TABLES = [
  'workspace',
  'person',
  'client',
  'stage',
  'campaign',
  'handoff',
  'handoffField',
  'checklistItem',
  'raci',
  'handoffEvent',
  'comment',
  'handoffTemplate',
  'decisionEntry',
  'handoffMapEntry',
  'asset',
  'assetVersion',
  'metricEntry',
  'performanceReview',
  'reviewFinding',
  'backlogItem',
  'testPlan',
  'retrospective',
  'retroImprovement',
  'playbookEntry',
  'calendarItem',
  'lead',
  'leadTouch',
  'leadHandoff',
] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

/**
 * The tables whose rows belong to one campaign (the campaign, its handoffs and what hangs off
 * them) or show on no card. A write to these changes at most that campaign's card (the
 * noticeCampaigns look-ups name which); a write to any other table (a
 * person, a client, a stage, the workspace) shows on every card. The backend's card cache and
 * the board's live refresh both decide by it.
 */
export const CAMPAIGN_SCOPED_TABLES: ReadonlySet<string> = new Set([
  'campaign',
  'handoff',
  'handoffField',
  'checklistItem',
  'raci',
  'handoffEvent',
  'comment',
  // A decision entry belongs to one campaign but shows on no card: its notice refetches none.
  'decisionEntry',
  // Assets show on the card through the Production → Launch gate (final asset verification).
  'asset',
  'assetVersion',
  // Reviews and retrospectives flag cards when due or overdue (issue 9).
  'performanceReview',
  'retrospective',
  // Shown on no card (figures, findings, the backlog, test plans, the playbook): listed so a
  // write to them refetches no card rather than the whole board.
  'metricEntry',
  'reviewFinding',
  'backlogItem',
  'testPlan',
  'retroImprovement',
  'playbookEntry',
  // Calendar items belong to at most one campaign and show on no card (issue 8).
  'calendarItem',
  // Leads carry a source campaign and show on no card (issue 8).
  'lead',
  'leadTouch',
  'leadHandoff',
]);
