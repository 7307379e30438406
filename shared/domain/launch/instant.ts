// Launch times cross the wire as ISO strings. Date.parse alone accepts "March 3" or "2026-03-14"
// (midnight UTC, silently), so a launch time must spell out its date, time and offset.
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch of an ISO date-time with an offset, or null when it is not one. */
export function parseInstant(value: string): number | null {
  const match = ISO_INSTANT.exec(value);
  if (!match) return null;
  // Date.parse rolls 2026-02-30 over to March 2 instead of refusing it.
  const [, y, m, d] = match.map(Number);
  const day = new Date(Date.UTC(y!, m! - 1, d!));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m! - 1 || day.getUTCDate() !== d) {
    return null;
  }
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

const HOUR_MS = 3_600_000;
export const hours = (n: number): number => n * HOUR_MS;

// One formatter per time zone: building a DateTimeFormat costs far more than using one.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall clock in `timeZone` at `epochMs`, written as if it were UTC (milliseconds). */
function wallClockMs(epochMs: number, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(epochMs));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
}

const DAY_MS = 86_400_000;

/**
 * The instant a calendar day (`2026-03-14`) begins in a time zone: a launch date is a day in the
 * workspace's home time zone, not in UTC. The offset at UTC midnight and the offset at the
 * guessed local midnight can differ on a daylight-saving day; of the two candidates, the
 * earliest that falls on the day is its start (where clocks jump at midnight, 00:00 never
 * happens and the day starts at 01:00).
 */
export function startOfDayInZone(date: string, timeZone: string): number {
  const utcMidnight = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
  const offsetAt = (ms: number) => wallClockMs(ms, timeZone) - Math.floor(ms / 1000) * 1000;
  const first = utcMidnight - offsetAt(utcMidnight);
  const second = utcMidnight - offsetAt(first);
  const onTheDay = (ms: number) =>
    Math.floor(wallClockMs(ms, timeZone) / DAY_MS) * DAY_MS === utcMidnight;
  const candidates = [first, second].filter(onTheDay).sort((a, b) => a - b);
  return candidates[0] ?? first;
}
