// Calendar arithmetic runs on day numbers (days since 1970-01-01, UTC) and converts to
// `YYYY-MM-DD` only at the edges: plans for 2,000 campaigns are computed on every board load.

const DAY_MS = 86_400_000;

/** Day number of a calendar date like `2026-03-14`. */
export function dayNumber(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 1970-01-01 was a Thursday: weekday 4 with Sunday = 0. */
function isWeekendDay(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
}

/** Adds whole days to a calendar date (`2026-03-14`), in UTC so time zones cannot shift it. */
export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** Saturday or Sunday. */
export function isWeekend(date: string): boolean {
  return isWeekendDay(dayNumber(date));
}

/** addBusinessDays on day numbers (days since 1970-01-01), for loops over many dates. */
export function addBusinessDayNumber(start: number, days: number): number {
  if (days === 0) return start;
  const step = days < 0 ? -1 : 1;
  let cursor = start;
  // A weekend start behaves like the working day it stands in for in this direction.
  while (isWeekendDay(cursor)) cursor -= step;
  const weeks = Math.floor(Math.abs(days) / 5);
  cursor += step * 7 * weeks;
  let left = Math.abs(days) - weeks * 5;
  while (left > 0) {
    cursor += step;
    if (!isWeekendDay(cursor)) left--;
  }
  return cursor;
}

/** businessDaysBetween on day numbers. */
export function businessDaysBetweenNumbers(from: number, to: number): number {
  if (from === to) return 0;
  if (to < from) return -businessDaysBetweenNumbers(to, from);
  const weeks = Math.floor((to - from) / 7);
  let count = weeks * 5;
  for (let cursor = from + weeks * 7; cursor < to;) {
    cursor++;
    if (!isWeekendDay(cursor)) count++;
  }
  return count;
}

/**
 * Moves `days` working days forward (or back, when negative), skipping weekends. From a
 * weekend, the first step forward lands on Monday and the first step back on Friday.
 */
export function addBusinessDays(date: string, days: number): string {
  return dateOfDay(addBusinessDayNumber(dayNumber(date), days));
}

/** Working days from `from` to `to` (negative when `to` is earlier), not counting `from`. */
export function businessDaysBetween(from: string, to: string): number {
  return businessDaysBetweenNumbers(dayNumber(from), dayNumber(to));
}

export type DayCount = 'business' | 'calendar';

export interface PlannedTransition {
  toKey: string;
  durationDays: number;
  bufferDays: number;
}

/**
 * Due date of each handoff, planned backwards from the launch date: a handoff is due when the
 * next person needs it to do their job well — the work of every later stage up to launch, plus
 * its buffer, must still fit. Transitions after launch are planned forwards from it.
 * `transitions` are in board order; the one whose `toKey` is 'launch' is due at launch minus
 * its buffer.
 */
export function backwardPlan(
  launchDate: string,
  transitions: readonly PlannedTransition[],
  days: DayCount = 'calendar',
): (string | null)[] {
  const add = days === 'business' ? addBusinessDayNumber : (day: number, n: number) => day + n;
  const launchIndex = transitions.findIndex((t) => t.toKey === 'launch');
  if (launchIndex < 0) return transitions.map(() => null);
  const due: (number | null)[] = transitions.map(() => null);
  const launch = dayNumber(launchDate);
  let cursor = launch;
  for (let i = launchIndex; i >= 0; i--) {
    const t = transitions[i]!;
    cursor = add(cursor, -t.bufferDays);
    due[i] = cursor;
    cursor = add(cursor, -t.durationDays);
  }
  cursor = launch;
  for (let i = launchIndex + 1; i < transitions.length; i++) {
    const t = transitions[i]!;
    cursor = add(cursor, t.durationDays + t.bufferDays);
    due[i] = cursor;
  }
  return due.map((d) => (d === null ? null : dateOfDay(d)));
}
