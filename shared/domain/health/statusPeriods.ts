import type { HandoffStatus } from '../../model';
import type { HealthStatusChange } from './healthInput';

/** Time a handoff spent at one status: from entering it to leaving it (or now, `open`). */
export interface StatusPeriod {
  handoffId: string;
  status: HandoffStatus;
  from: number;
  to: number;
  open: boolean;
}

/** Statuses where the handoff waits on someone; Done ends the handoff and is not a wait. */
export const WAITING_STATUSES: readonly HandoffStatus[] = [
  'draft',
  'submitted',
  'changes_requested',
  'approved',
  'acknowledged',
];

/** After submission and before the receiver confirms: the wait the pain score counts. */
export const AFTER_SUBMIT_STATUSES: ReadonlySet<HandoffStatus> = new Set([
  'submitted',
  'changes_requested',
  'approved',
]);

/**
 * One handoff's status changes in time order → the periods between them. A repeated status
 * (the same value written twice, e.g. by two laptops) continues the period it is in.
 */
export function statusPeriods(changes: readonly HealthStatusChange[], now: number): StatusPeriod[] {
  const sorted = [...changes].sort((a, b) => a.at - b.at);
  const periods: StatusPeriod[] = [];
  let current: HealthStatusChange | null = null;
  for (const change of sorted) {
    if (current && change.status === current.status) continue;
    if (current && current.status !== 'done') {
      periods.push({
        handoffId: current.handoffId,
        status: current.status,
        from: current.at,
        to: change.at,
        open: false,
      });
    }
    current = change;
  }
  if (current && current.status !== 'done') {
    periods.push({
      handoffId: current.handoffId,
      status: current.status,
      from: current.at,
      to: Math.max(now, current.at),
      open: true,
    });
  }
  return periods;
}
