import { oc } from '@orpc/contract';
import { z } from 'zod';
import {
  HandOffResult,
  Lead,
  LeadDetail,
  LeadIdInput,
  LeadImportInput,
  LeadImportPreview,
  LeadImportResult,
  LeadPage,
  LeadQualityView,
  LeadQuery,
  LeadScoringSaved,
  LeadScoringView,
  LeadSla,
  NewLead,
  NewLeadTouch,
  ReengagementItem,
  RejectLead,
  ReportRange,
  SetLeadScoring,
  SetLeadStatus,
  SlaQueueItem,
  UpdateLead,
  WeeklyAgenda,
} from '../model';
import { API_ERRORS } from './errors';

// The sales ↔ marketing lead handoff (system 5), mounted as `leads.*` in the contract. Errors:
// BAD_REQUEST for shapes (zod issues name the field), RULE_VIOLATION naming the field for rules
// (a duplicate email names `email`, a refused status move names `status` with why),
// NOT_FOUND for unknown ids.

const proc = oc.errors(API_ERRORS);
const Empty = z.object({}).optional();

export const leadsContract = {
  /** Filtered by status, owner, assignee, source campaign and search (name, company, email); paged, by name. */
  list: proc.input(LeadQuery).output(LeadPage),
  /** One lead with its touches (oldest first), score explanation, handoffs, SLA clock and next statuses. */
  get: proc.input(LeadIdInput).output(LeadDetail),
  /** RULE_VIOLATION `email` when a live lead has the same email (ignoring case). */
  create: proc.input(NewLead).output(Lead),
  update: proc.input(UpdateLead).output(Lead),
  remove: proc.input(LeadIdInput).output(Lead),
  restore: proc.input(LeadIdInput).output(Lead),
  /** Adds an interaction and re-scores; a new/nurturing/re-engage lead reaching the threshold becomes sales-ready. */
  addTouch: proc.input(NewLeadTouch).output(LeadDetail),
  /**
   * A direct move (nurturing, sales-ready, re-engage, won, lost…); handed-off, accepted and
   * rejected only through handOff / accept / reject. Nurturing and re-engage get a next touch.
   */
  setStatus: proc.input(SetLeadStatus).output(Lead),
  /**
   * Builds and stores the lead intelligence package and starts the accept clock; refused
   * (`handedOff: false`, nothing written) with the missing required parts named.
   */
  handOff: proc.input(LeadIdInput).output(HandOffResult),
  /** The receiver's "I have what I need" on the pending handoff. */
  accept: proc.input(LeadIdInput).output(Lead),
  /** Rejects the pending handoff with a reason from the list (+ text, required for 'other'); the lead gets a next touch and nurture track. */
  reject: proc.input(RejectLead).output(Lead),
  /** Sales-ready and handed-off leads by working time left on their SLA clock, overdue first. */
  queue: proc.input(Empty).output(z.array(SlaQueueItem)),
  /** Rejected, nurturing and re-engage leads with a next touch, earliest first, due ones flagged. */
  reengagementQueue: proc.input(Empty).output(z.array(ReengagementItem)),
  /** Accept rate, top rejection reasons and median hours to accept, per campaign and source channel. */
  qualityReport: proc.input(ReportRange).output(LeadQualityView),
  /** The weekly sales-marketing sync agenda as Markdown (default: the 7 days up to now). */
  weeklyAgenda: proc.input(ReportRange).output(WeeklyAgenda),
  /** The criteria in force and whether they are the workspace's own (`custom`) or the built-in. */
  scoring: proc.input(Empty).output(LeadScoringView),
  /**
   * Replaces the criteria (null: back to the built-in) and re-scores every lead in the same
   * transaction; says how many scores changed.
   */
  setScoring: proc.input(SetLeadScoring).output(LeadScoringSaved),
  sla: proc.input(Empty).output(LeadSla),
  setSla: proc.input(LeadSla).output(LeadSla),
  /** Plans a CSV import (mapping guessed from headers unless given); writes nothing. */
  importPreview: proc.input(LeadImportInput).output(LeadImportPreview),
  /** Writes every good row in one transaction; duplicates and bad rows (line + reason) are reported, not written. */
  importCommit: proc.input(LeadImportInput).output(LeadImportResult),
};
