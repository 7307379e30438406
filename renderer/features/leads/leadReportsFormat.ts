import { REJECTION_REASON_LABELS } from '../../../shared/domain/leads/leadQuality';
import { weekOf, type Week } from '../../../shared/domain/leads/agendaWeek';
import type { RejectionReason } from '../../../shared/model';

export { weekOf, type Week };

// Words and ranges for the lead report views (re-engagement, quality report, weekly agenda):
// pure, so the views only render them and the unit tests pin them down.

const DAY_MS = 86_400_000;

/** "2026-11-27" in UTC, how the reports and the agenda write a day. */
export function isoDay(iso: string): string {
  return iso.slice(0, 10);
}

function utcDayNumber(iso: string): number {
  return Math.floor(Date.parse(iso) / DAY_MS);
}

function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

/**
 * When a re-engagement lead is next to be touched, in words so "due" never rests on colour:
 * "Due today", "Due — 3 days overdue (2026-11-24)", "Next touch in 12 days (2026-12-09)".
 * `due` is the backend's verdict; the day counts are calendar days in UTC.
 */
export function nextTouchText(nextTouchAt: string, due: boolean, now: string): string {
  const diff = utcDayNumber(nextTouchAt) - utcDayNumber(now);
  const day = isoDay(nextTouchAt);
  if (due) return diff >= 0 ? 'Due today' : `Due — ${days(-diff)} overdue (${day})`;
  if (diff <= 0) return `Next touch later today (${day})`;
  if (diff === 1) return `Next touch tomorrow (${day})`;
  return `Next touch in ${days(diff)} (${day})`;
}

/** Median time to accept: minutes under an hour, hours under two days, days (one decimal) beyond. */
export function hoursText(hours: number | null): string {
  if (hours === null) return '—';
  if (hours < 1) {
    const minutes = Math.round(hours * 60);
    return minutes < 1 ? 'under 1 min' : `${minutes} min`;
  }
  if (hours < 48) return `${Math.round(hours * 10) / 10} h`;
  return `${Math.round((hours / 24) * 10) / 10} days`;
}

export interface DayRange {
  /** First day included, YYYY-MM-DD. */
  fromDay: string;
  /** Last day included, YYYY-MM-DD. */
  toDay: string;
}

/** The `days` days up to and including today's date (UTC). */
export function lastDays(now: string, count: number): DayRange {
  const today = utcDayNumber(now);
  return {
    fromDay: new Date((today - count + 1) * DAY_MS).toISOString().slice(0, 10),
    toDay: new Date(today * DAY_MS).toISOString().slice(0, 10),
  };
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
 * first day to the start of the day after the last (UTC, like the agenda's dates).
 */
export function rangeOfDays({ fromDay, toDay }: DayRange): RangeCheck {
  if (!validDay(fromDay)) return { ok: false, field: 'from', problem: 'must be a date' };
  if (!validDay(toDay)) return { ok: false, field: 'to', problem: 'must be a date' };
  if (toDay < fromDay) return { ok: false, field: 'to', problem: 'must be on or after From' };
  return {
    ok: true,
    range: {
      from: `${fromDay}T00:00:00.000Z`,
      to: new Date(Date.parse(`${toDay}T00:00:00Z`) + DAY_MS).toISOString(),
    },
  };
}

/** "Week of 2026-11-23 to 2026-11-29", with "(this week)" when it holds `now`. */
export function weekLabel(week: Week, now: string): string {
  const current = weekOf(now).monday === week.monday;
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

/** `days` whole days after `iso`. */
export function daysAfter(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY_MS).toISOString();
}
