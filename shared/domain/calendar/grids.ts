import { localParts, localToInstant, type ResolvedLocalTime } from './timeZones';

/** A date string (YYYY-MM-DD) moved by whole calendar days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The Monday starting the week the date is in (weeks start on Monday). */
export function mondayOf(date: string): string {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

/** The seven dates, Monday first, of the week the date is in. */
export function weekDates(date: string): string[] {
  const monday = mondayOf(date);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** A month as whole Monday-first weeks covering every one of its days (4 to 6 rows). */
export function monthGrid(year: number, month: number): string[][] {
  const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
  const last = addDays(
    `${String(month === 12 ? year + 1 : year).padStart(4, '0')}-${String(month === 12 ? 1 : month + 1).padStart(2, '0')}-01`,
    -1,
  );
  const weeks: string[][] = [];
  for (let monday = mondayOf(first); monday <= last; monday = addDays(monday, 7)) {
    weeks.push(weekDates(monday));
  }
  return weeks;
}

/**
 * An item moved to another day keeps its local time in the zone it was planned in (a 09:00
 * send stays a 09:00 send across a daylight-saving change). Days are counted in that zone.
 */
export function moveToDay(at: string, timeZone: string, newDate: string): ResolvedLocalTime {
  return localToInstant(newDate, localParts(at, timeZone).time, timeZone);
}

/** An item moved by whole days (keyboard Alt+←/→), its local time kept. */
export function moveByDays(at: string, timeZone: string, days: number): ResolvedLocalTime {
  return moveToDay(at, timeZone, addDays(localParts(at, timeZone).date, days));
}
