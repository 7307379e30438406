import type { BusinessHours, LeadSla, LeadStatus } from '../../model';
import { localParts } from '../calendar/timeZones';

// The timing SLA: a sales-ready lead must be handed off within N hours, a handed-off lead
// accepted within M hours. With business hours set the clocks stop outside them (nights,
// weekends), so a lead that turns sales-ready on Friday evening is not overdue on Monday morning.

export const DEFAULT_LEAD_SLA: LeadSla = {
  handOffWithinHours: 24,
  acceptWithinHours: 24,
  businessHours: null,
};

const MINUTE_MS = 60_000;

function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/**
 * Walks from `fromMs` in stretches of working time, calling `take` with each stretch's length
 * in minutes until it returns false. Outside hours it jumps to the next opening.
 */
function walkWorkingTime(
  fromMs: number,
  hours: BusinessHours,
  take: (atMs: number, stretchMinutes: number) => boolean,
): void {
  const open = minutesOf(hours.start);
  const close = minutesOf(hours.end);
  let t = fromMs;
  // Bounded: a year of days is more than any SLA needs.
  for (let guard = 0; guard < 2_000; guard++) {
    const local = localParts(t, hours.timeZone);
    const m = minutesOf(local.time) + new Date(t).getUTCSeconds() / 60;
    const workday = hours.days.includes(local.weekday);
    if (workday && m >= open && m < close) {
      const stretch = close - m;
      if (!take(t, stretch)) return;
      t += stretch * MINUTE_MS;
    } else if (workday && m < open) {
      t += (open - m) * MINUTE_MS;
    } else {
      t += (1440 - m) * MINUTE_MS;
    }
  }
}

/** Working minutes between two instants (all minutes when no business hours are set). */
export function workingMinutesBetween(
  from: string,
  to: string,
  hours: BusinessHours | null,
): number {
  const a = Date.parse(from);
  const b = Date.parse(to);
  if (b <= a) return 0;
  if (hours === null) return (b - a) / MINUTE_MS;
  let total = 0;
  walkWorkingTime(a, hours, (at, stretch) => {
    const end = Math.min(at + stretch * MINUTE_MS, b);
    if (end > at) total += (end - at) / MINUTE_MS;
    return at + stretch * MINUTE_MS < b;
  });
  return Math.round(total);
}

/** The instant `minutes` working minutes after `from`. */
export function addWorkingMinutes(
  from: string,
  minutes: number,
  hours: BusinessHours | null,
): string {
  const a = Date.parse(from);
  if (hours === null) return new Date(a + minutes * MINUTE_MS).toISOString();
  let left = minutes;
  let due = a;
  walkWorkingTime(a, hours, (at, stretch) => {
    if (stretch >= left) {
      due = at + left * MINUTE_MS;
      left = 0;
      return false;
    }
    left -= stretch;
    return true;
  });
  return new Date(due).toISOString();
}

/**
 * The statuses an SLA clock runs in: a sales-ready lead waits to be handed off, a handed-off
 * one to be accepted (`slaClock`). The SLA queue reads only leads in these.
 */
export const CLOCKED_STATUSES: readonly LeadStatus[] = ['sales-ready', 'handed-off'];

export interface SlaFacts {
  status: LeadStatus;
  salesReadyAt: string | null;
  handedOffAt: string | null;
}

export interface SlaClock {
  /** Which promise the clock counts: handing off a sales-ready lead, or sales accepting it. */
  stage: 'hand-off' | 'accept';
  startedAt: string;
  dueAt: string;
  /** Working minutes left; negative once overdue. */
  minutesLeft: number;
  overdue: boolean;
  /** "accept within 24 h: 3 h 20 min left" / "hand off within 24 h: overdue by 2 h". */
  text: string;
}

function duration(minutes: number): string {
  const m = Math.round(Math.abs(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return `${rest} min`;
  return rest === 0 ? `${h} h` : `${h} h ${rest} min`;
}

/** The SLA clock running on a lead at `now`, or null when none runs (not sales-ready or handed off). */
export function slaClock(lead: SlaFacts, sla: LeadSla, now: string): SlaClock | null {
  const running =
    lead.status === 'sales-ready' && lead.salesReadyAt !== null
      ? { stage: 'hand-off' as const, startedAt: lead.salesReadyAt, hours: sla.handOffWithinHours }
      : lead.status === 'handed-off' && lead.handedOffAt !== null
        ? { stage: 'accept' as const, startedAt: lead.handedOffAt, hours: sla.acceptWithinHours }
        : null;
  if (running === null) return null;
  const hours = sla.businessHours;
  const dueAt = addWorkingMinutes(running.startedAt, running.hours * 60, hours);
  const overdue = Date.parse(now) > Date.parse(dueAt);
  const minutesLeft = overdue
    ? -workingMinutesBetween(dueAt, now, hours)
    : workingMinutesBetween(now, dueAt, hours);
  const promise = `${running.stage === 'hand-off' ? 'hand off' : 'accept'} within ${running.hours} h`;
  return {
    stage: running.stage,
    startedAt: running.startedAt,
    dueAt,
    minutesLeft,
    overdue,
    text: overdue
      ? `${promise}: overdue by ${duration(minutesLeft)}`
      : `${promise}: ${duration(minutesLeft)} left`,
  };
}
