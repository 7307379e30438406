import { DAY_MS } from './healthInput';

export interface IsoWeek {
  /** e.g. 2026-W48 */
  label: string;
  /** Monday 00:00 UTC, ms. */
  start: number;
}

/** The ISO 8601 week (Monday first, week 1 holds the year's first Thursday) of a UTC instant. */
export function isoWeekOf(at: number): IsoWeek {
  const day = Math.floor(at / DAY_MS) * DAY_MS;
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const start = day - weekday * DAY_MS;
  const thursday = new Date(start + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return { label: `${year}-W${String(week).padStart(2, '0')}`, start };
}

/** The last `count` ISO weeks, oldest first, ending with the week of `now`. */
export function lastIsoWeeks(now: number, count: number): IsoWeek[] {
  const current = isoWeekOf(now);
  return Array.from({ length: count }, (_, i) =>
    isoWeekOf(current.start - (count - 1 - i) * 7 * DAY_MS),
  );
}
