import { hoursText } from '../../../shared/domain/leads/leadQuality';
import { REJECTION_REASON_LABELS } from '../../../shared/domain/leads/leadQuality';
import { weekOf, type Week } from '../../../shared/domain/leads/agendaWeek';
import { addDays, localToInstant } from '../../../shared/domain/calendar';
import { dayInZone } from '../../../shared/domain/calendarDay';
import type { RejectionReason } from '../../../shared/model';

export { hoursText, weekOf, type Week };

// Words and ranges for the lead report views (re-engagement, quality report, weekly agenda):
// pure, so the views only render them and the unit tests pin them down. Days are the
// workspace's home days, like the calendar's and the agenda's.

const DAY_MS = 86_400_000;

/** "2026-11-27": the day an instant falls on in the home zone. */
export function isoDay(iso: string, timeZone: string): string {
  return dayInZone(Date.parse(iso), timeZone);
}

/** Days from one YYYY-MM-DD to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

/**
 * When a re-engagement lead is next to be touched, in words so "due" never rests on colour:
 * "Due today", "Due — 3 days overdue (2026-11-24)", "Next touch in 12 days (2026-12-09)".
 * `due` is the backend's verdict; the day counts are calendar days in the home zone.
 */
export function nextTouchText(
  nextTouchAt: string,
  due: boolean,
  now: string,
  timeZone: string,
): string {
  const day = isoDay(nextTouchAt, timeZone);
  const diff = daysBetween(isoDay(now, timeZone), day);
  if (due) return diff >= 0 ? 'Due today' : `Due — ${days(-diff)} overdue (${day})`;
  if (diff <= 0) return `Next touch later today (${day})`;
  if (diff === 1) return `Next touch tomorrow (${day})`;
  return `Next touch in ${days(diff)} (${day})`;
}

export interface DayRange {
  /** First day included, YYYY-MM-DD. */
  fromDay: string;
  /** Last day included, YYYY-MM-DD. */
  toDay: string;
}

/** The `count` days up to and including today (home zone). */
export function lastDays(now: string, count: number, timeZone: string): DayRange {
  const today = isoDay(now, timeZone);
  return { fromDay: addDays(today, 1 - count), toDay: today };
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

function validDay(day: string): boolean {
  return DAY_RE.test(day) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
}

export type RangeCheck =
  | { ok: true; range: { from: string; to: string } }
  | { ok: false; field: 'from' | 'to'; problem: string };

/**
 * The API range [from, to) for inclusive days typed in the date fields: from the start of the
 * first day to the start of the day after the last, on the home clock.
 */
export function rangeOfDays({ fromDay, toDay }: DayRange, timeZone: string): RangeCheck {
  if (!validDay(fromDay)) return { ok: false, field: 'from', problem: 'must be a date' };
  if (!validDay(toDay)) return { ok: false, field: 'to', problem: 'must be a date' };
  if (toDay < fromDay) return { ok: false, field: 'to', problem: 'must be on or after From' };
  return {
    ok: true,
    range: {
      from: localToInstant(fromDay, '00:00', timeZone).at,
      to: localToInstant(addDays(toDay, 1), '00:00', timeZone).at,
    },
  };
}

/** "Week of 2026-11-23 to 2026-11-29", with "(this week)" when it holds `now`. */
export function weekLabel(week: Week, now: string, timeZone: string): string {
  const current = weekOf(now, timeZone).monday === week.monday;
  return `Week of ${week.monday} to ${week.sunday}${current ? ' (this week)' : ''}`;
}

export interface RejectionFacts {
  at: string;
  outcome: 'pending' | 'accepted' | 'rejected';
  reasonCode: RejectionReason | null;
  reasonText: string;
}

/**
 * Why sales turned the lead down, when its latest handoff was rejected: "Bad timing — Budget
 * freeze until Q3". A lead accepted or pending since has no rejection to show.
 */
export function latestRejection(handoffs: readonly RejectionFacts[]): string | null {
  const latest = [...handoffs].sort((a, b) => b.at.localeCompare(a.at))[0];
  if (!latest || latest.outcome !== 'rejected') return null;
  const label = REJECTION_REASON_LABELS[latest.reasonCode ?? 'other'];
  return latest.reasonText ? `${label} — ${latest.reasonText}` : label;
}

export type DaysCheck = { ok: true; days: number } | { ok: false; problem: string };

/** "Next touch in" as typed: a whole number of days from 1 to 365. */
export function nextTouchDays(text: string): DaysCheck {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return { ok: false, problem: 'must be a whole number of days' };
  const days = Number(t);
  if (days < 1 || days > 365) return { ok: false, problem: 'must be from 1 to 365 days' };
  return { ok: true, days };
}
