import { parseInstant } from './instant';
import { isBlank, rowIssue, rowList, type RowIssue } from './rowIssue';

/** A pixel or conversion event of the tracking setup, ticked as tested with who and when. */
export interface TrackingEventInput {
  name?: string | null;
  platform?: string | null;
  testedBy?: string | null;
  testedAt?: string | null;
}

export interface TrackingEventsResult {
  /** 0-based rows nobody has ticked as tested yet. */
  untested: number[];
  issues: RowIssue[];
}

/**
 * Every pixel and conversion event names its platform and is tested before launch; a test
 * counts when it says who and when. The same event listed twice on one platform is flagged,
 * because its two ticks can disagree.
 */
export function checkTrackingEvents(events: readonly TrackingEventInput[]): TrackingEventsResult {
  const issues: RowIssue[] = [];
  const untested: number[] = [];
  const rowsByEvent = new Map<string, number[]>();
  events.forEach((event, row) => {
    if (isBlank(event.name)) issues.push(rowIssue(row, 'name', 'is required'));
    if (isBlank(event.platform)) issues.push(rowIssue(row, 'platform', 'is required'));
    const by = !isBlank(event.testedBy);
    const at = !isBlank(event.testedAt);
    if (!by && !at) {
      untested.push(row);
      issues.push(rowIssue(row, 'testedBy', 'is not tested yet', 'error', label(event)));
    } else if (!by) {
      issues.push(rowIssue(row, 'testedBy', 'is missing: who tested it?', 'error', 'tested by'));
    } else if (!at) {
      issues.push(
        rowIssue(row, 'testedAt', 'is missing: when was it tested?', 'error', 'tested at'),
      );
    } else if (parseInstant(event.testedAt!.trim()) === null) {
      issues.push(
        rowIssue(
          row,
          'testedAt',
          `must be an ISO date-time, not "${event.testedAt}"`,
          'error',
          'tested at',
        ),
      );
    }
    if (!isBlank(event.name) && !isBlank(event.platform)) {
      const key = `${event.platform!.trim().toLowerCase()}\u0000${event.name!.trim().toLowerCase()}`;
      rowsByEvent.set(key, [...(rowsByEvent.get(key) ?? []), row]);
    }
  });
  for (const rows of rowsByEvent.values()) {
    if (rows.length < 2) continue;
    for (const row of rows.slice(1)) {
      const others = rows.filter((r) => r !== row);
      issues.push(
        rowIssue(
          row,
          'name',
          `is listed again on the same platform (also ${rowList(others)})`,
          'warning',
        ),
      );
    }
  }
  return { untested, issues: issues.sort((a, b) => a.row - b.row) };
}

/** "Purchase (Meta)" for an untested-event message, or just the field when nameless. */
function label(event: TrackingEventInput): string {
  if (isBlank(event.name)) return 'event';
  return isBlank(event.platform)
    ? event.name!.trim()
    : `${event.name!.trim()} (${event.platform!.trim()})`;
}

/** "If X breaks or underperforms, then Y", and who does Y. */
export interface ContingencyPlanInput {
  if?: string | null;
  then?: string | null;
  ownerId?: string | null;
}

/** Each plan names what can go wrong, what we do then, and who does it. */
export function checkContingencyPlans(plans: readonly ContingencyPlanInput[]): RowIssue[] {
  return plans.flatMap((plan, row) => [
    ...(isBlank(plan.if) ? [rowIssue(row, 'if', 'is empty: what breaks or underperforms?')] : []),
    ...(isBlank(plan.then) ? [rowIssue(row, 'then', 'is empty: what do we do then?')] : []),
    ...(isBlank(plan.ownerId) ? [rowIssue(row, 'ownerId', 'is not named', 'error', 'owner')] : []),
  ]);
}

/** Who watches which metric for how long after launch, and at what value they act. */
export interface MonitoringOwnerInput {
  metric?: string | null;
  personId?: string | null;
  windowHours?: number | null;
  /** When to act, as people write it: "CTR below 0.8%", "CPA over €40". */
  threshold?: string | number | null;
}

export const MONITORING_WINDOW_ALLOWED = { min: 1, max: 168 } as const;
export const MONITORING_WINDOW_TYPICAL = { min: 24, max: 48 } as const;

/**
 * Monitoring owners for the first hours after launch: every part named, a window of whole hours
 * from 1 to 168 (a week), with a warning outside the typical first 24–48 hours.
 */
export function checkMonitoringOwners(owners: readonly MonitoringOwnerInput[]): RowIssue[] {
  const { min, max } = MONITORING_WINDOW_ALLOWED;
  const typical = MONITORING_WINDOW_TYPICAL;
  return owners.flatMap((owner, row) => {
    const issues: RowIssue[] = [];
    if (isBlank(owner.metric)) issues.push(rowIssue(row, 'metric', 'is required'));
    if (isBlank(owner.personId)) {
      issues.push(rowIssue(row, 'personId', 'is not named', 'error', 'person'));
    }
    const hours = owner.windowHours;
    if (hours === null || hours === undefined) {
      issues.push(rowIssue(row, 'windowHours', 'is required', 'error', 'window'));
    } else if (!Number.isInteger(hours) || hours < min || hours > max) {
      issues.push(
        rowIssue(
          row,
          'windowHours',
          `must be whole hours from ${min} to ${max}, not ${hours}`,
          'error',
          'window',
        ),
      );
    } else if (hours < typical.min || hours > typical.max) {
      issues.push(
        rowIssue(
          row,
          'windowHours',
          `is ${hours} h; the first ${typical.min}–${typical.max} h after launch is typical`,
          'warning',
          'window',
        ),
      );
    }
    const threshold = owner.threshold;
    if (typeof threshold === 'number' ? !Number.isFinite(threshold) : isBlank(threshold)) {
      issues.push(rowIssue(row, 'threshold', 'is required: at what value do we act?'));
    }
    return issues;
  });
}
