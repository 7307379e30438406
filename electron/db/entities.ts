import type { SyncedTable } from '../../shared/model';
import * as s from './schema';

/**
 * The synced tables by their entity name in the change log. Only these are written through
 * the write path; `changes` and `device` are its own bookkeeping.
 */
export const ENTITIES = {
  workspace: s.workspaces,
  person: s.people,
  client: s.clients,
  stage: s.stages,
  campaign: s.campaigns,
  handoff: s.handoffs,
  handoffField: s.handoffFields,
  checklistItem: s.checklistItems,
  raci: s.raciAssignments,
  handoffEvent: s.handoffEvents,
  comment: s.comments,
  handoffTemplate: s.handoffTemplates,
  decisionEntry: s.decisionEntries,
  handoffMapEntry: s.handoffMapEntries,
  asset: s.assets,
  assetVersion: s.assetVersions,
  metricEntry: s.metricEntries,
  performanceReview: s.performanceReviews,
  reviewFinding: s.reviewFindings,
  backlogItem: s.backlogItems,
  testPlan: s.testPlans,
  retrospective: s.retrospectives,
  retroImprovement: s.retroImprovements,
  playbookEntry: s.playbookEntries,
  calendarItem: s.calendarItems,
  lead: s.leads,
  leadTouch: s.leadTouches,
  leadHandoff: s.leadHandoffs,
} as const satisfies Record<SyncedTable, unknown>;

export type EntityName = keyof typeof ENTITIES;
export type EntityTable<E extends EntityName> = (typeof ENTITIES)[E];
export type EntityRow<E extends EntityName> = EntityTable<E>['$inferSelect'];
export type EntityInsert<E extends EntityName> = EntityTable<E>['$inferInsert'];

/** Facts that may be added but never edited or deleted (approvals bind to what was approved). */
export const APPEND_ONLY: ReadonlySet<EntityName> = new Set(['handoffEvent']);
