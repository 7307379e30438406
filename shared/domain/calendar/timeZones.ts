// Zone conversion with Intl alone: the workspace needs instants shown in its home time zone
// and local times turned back into instants, and Intl carries the IANA database already.

/** A wall-clock reading in one time zone. */
export interface LocalParts {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM (24-hour) */
  time: string;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether Intl knows this IANA zone name. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function wallClockMs(epochMs: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(epochMs));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour') % 24,
    get('minute'),
    get('second'),
  );
}

/** Minutes the zone is ahead of UTC at that instant (Berlin in summer: 120). */
export function offsetMinutes(epochMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return Math.round((wallClockMs(wholeSecond, timeZone) - wholeSecond) / 60000);
}

// Zone offsets change only on quarter-hour boundaries, so one Intl look-up per zone and quarter
// hour serves every item in it: a month view of thousands of items would otherwise spend most
// of its time in formatToParts.
const QUARTER_HOUR = 900_000;
const offsetCache = new Map<string, Map<number, number>>();

function cachedOffsetMs(ms: number, timeZone: string): number {
  const bucket = Math.floor(ms / QUARTER_HOUR) * QUARTER_HOUR;
  let zone = offsetCache.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsetCache.set(timeZone, zone);
  }
  let offset = zone.get(bucket);
  if (offset === undefined) {
    if (zone.size > 100_000) zone.clear();
    offset = wallClockMs(bucket, timeZone) - bucket;
    zone.set(bucket, offset);
  }
  return offset;
}

/** An instant as read on a clock in the zone. */
export function localParts(instant: string | number, timeZone: string): LocalParts {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  const wall = new Date(ms + cachedOffsetMs(ms, timeZone));
  const two = (n: number): string => (n < 10 ? `0${n}` : String(n));
  const year = wall.getUTCFullYear();
  return {
    date: `${year < 1000 ? String(year).padStart(4, '0') : year}-${two(wall.getUTCMonth() + 1)}-${two(wall.getUTCDate())}`,
    time: `${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}`,
    weekday: wall.getUTCDay(),
  };
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "Tue 10:00": how warnings name when an item goes out, in the zone given. */
export function shortWhen(instant: string, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${WEEKDAYS[p.weekday]} ${p.time}`;
}

/** What a local date and time became as an instant, and why when it is not what was asked. */
export interface ResolvedLocalTime {
  /** UTC ISO instant */
  at: string;
  /** `exact`; `gap`: the time does not exist (clocks went forward) and was moved later by the
   *  gap; `overlap`: the time happens twice (clocks went back) and the first one was taken. */
  kind: 'exact' | 'gap' | 'overlap';
  /** The local time it reads in the zone. */
  localTime: string;
  /** Null when exact; otherwise a sentence for the person planning. */
  explanation: string | null;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

export function isLocalTime(value: string): boolean {
  return TIME_RE.test(value);
}

/**
 * A local date (YYYY-MM-DD) and time (HH:MM) in a zone → the instant. Around daylight-saving
 * changes a local time can be missing (spring) or happen twice (autumn); the result says which
 * and what was chosen rather than silently shifting a send.
 */
export function localToInstant(date: string, time: string, timeZone: string): ResolvedLocalTime {
  if (!isLocalDate(date)) throw new Error(`date: '${date}' is not a date like 2026-03-14`);
  if (!isLocalTime(time)) throw new Error(`time: '${time}' is not a time like 09:30`);
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const DAY = 86_400_000;
  // Offsets a day either side bracket any change on that day.
  const offsets = [
    ...new Set([offsetMinutes(asUtc - DAY, timeZone), offsetMinutes(asUtc + DAY, timeZone)]),
  ];
  const matches = offsets
    .map((o) => asUtc - o * 60000)
    .filter((ms) => {
      const p = localParts(ms, timeZone);
      return p.date === date && p.time === time;
    })
    .sort((a, b) => a - b);
  const first = matches[0];
  if (first !== undefined) {
    const at = new Date(first).toISOString();
    if (matches.length > 1 && matches[1] !== first) {
      const later = matches[1] as number;
      return {
        at,
        kind: 'overlap',
        localTime: time,
        explanation: `${time} happens twice on ${date} in ${timeZone} (clocks go back); the first one (UTC ${at.slice(11, 16)}) was taken, not the second (UTC ${new Date(later).toISOString().slice(11, 16)}).`,
      };
    }
    return { at, kind: 'exact', localTime: time, explanation: null };
  }
  // A gap: read the wall time with the offset from before the change, which lands after it.
  const before = offsets[0] as number;
  const ms = asUtc - before * 60000;
  const shifted = localParts(ms, timeZone);
  return {
    at: new Date(ms).toISOString(),
    kind: 'gap',
    localTime: shifted.time,
    explanation: `${time} does not exist on ${date} in ${timeZone} (clocks go forward); planned at ${shifted.time} instead.`,
  };
}
