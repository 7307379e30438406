import type { HandoffEventKind, HandoffStatus } from '../../model';
import type { HealthRetrospective } from './retrospectiveTiming';

/** One handoff as health sees it: its type (from → to stage), campaign and due date. */
export interface HealthHandoff {
  id: string;
  campaignId: string;
  /** Stable key of the handoff type, e.g. `creative→production`. */
  typeKey: string;
  /** The type in words, e.g. `Creative → Production`. */
  typeLabel: string;
  dueDate: string | null;
}

/** A status the handoff entered, from the change log, at a wall time in ms. */
export interface HealthStatusChange {
  handoffId: string;
  status: HandoffStatus;
  at: number;
}

export interface HealthEvent {
  handoffId: string;
  kind: HandoffEventKind;
  reason: string | null;
  missing: readonly string[];
  at: number;
}

export interface HealthInput {
  handoffs: readonly HealthHandoff[];
  statusChanges: readonly HealthStatusChange[];
  events: readonly HealthEvent[];
  now: number;
  weeks: number;
  /**
   * The workspace's retrospectives, for time from Done to retrospective; left out, the figure
   * is reported as not measured.
   */
  retrospectives?: readonly HealthRetrospective[];
  /** Today in the workspace's home time zone (retrospective due days are its days). */
  today?: string;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** How many campaign ids a figure carries for its links. */
export const MAX_LINKED_CAMPAIGNS = 50;
