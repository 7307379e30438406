/** Adds whole days to a calendar date (`2026-03-14`), in UTC so time zones cannot shift it. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Saturday or Sunday. */
export function isWeekend(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 || day === 6;
}

function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/**
 * Moves `days` working days forward (or back, when negative), skipping weekends. From a
 * weekend, the first step forward lands on Monday and the first step back on Friday.
 * Whole weeks are added arithmetically: plans for 2,000 campaigns are computed per request.
 */
export function addBusinessDays(date: string, days: number): string {
  if (days === 0) return date;
  const step = days < 0 ? -1 : 1;
  let cursor = date;
  // A weekend start behaves like the working day it stands in for in this direction.
  while (isWeekend(cursor)) cursor = addDays(cursor, -step);
  const weeks = Math.floor(Math.abs(days) / 5);
  cursor = addDays(cursor, step * 7 * weeks);
  let left = Math.abs(days) - weeks * 5;
  while (left > 0) {
    cursor = addDays(cursor, step);
    if (!isWeekend(cursor)) left--;
  }
  return cursor;
}

/** Working days from `from` to `to` (negative when `to` is earlier), not counting `from`. */
export function businessDaysBetween(from: string, to: string): number {
  if (from === to) return 0;
  if (to < from) return -businessDaysBetween(to, from);
  const span = dayNumber(to) - dayNumber(from);
  const weeks = Math.floor(span / 7);
  let count = weeks * 5;
  let cursor = addDays(from, weeks * 7);
  while (cursor < to) {
    cursor = addDays(cursor, 1);
    if (!isWeekend(cursor)) count++;
  }
  return count;
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
  const add = days === 'business' ? addBusinessDays : addDays;
  const launchIndex = transitions.findIndex((t) => t.toKey === 'launch');
  if (launchIndex < 0) return transitions.map(() => null);
  const due: (string | null)[] = transitions.map(() => null);
  let cursor = launchDate;
  for (let i = launchIndex; i >= 0; i--) {
    const t = transitions[i]!;
    cursor = add(cursor, -t.bufferDays);
    due[i] = cursor;
    cursor = add(cursor, -t.durationDays);
  }
  cursor = launchDate;
  for (let i = launchIndex + 1; i < transitions.length; i++) {
    const t = transitions[i]!;
    cursor = add(cursor, t.durationDays + t.bufferDays);
    due[i] = cursor;
  }
  return due;
}
