import { hours, parseInstant, startOfDayInZone } from './instant';
import { isBlank, rowIssue, type RowIssue } from './rowIssue';

/** One item of the launch sequence: what goes live, where, when, and who presses the button. */
export interface LaunchItemInput {
  what?: string | null;
  channel?: string | null;
  /** ISO date-time with an offset, e.g. 2026-03-14T09:00:00Z. */
  when?: string | null;
  ownerId?: string | null;
}

export interface LaunchWindow {
  /** The campaign's launch date (`2026-03-14`), a day in the workspace's home time zone. */
  launchDate: string | null;
  timeZone: string;
  /** The current instant as an ISO date-time: passed in, never read from the clock. */
  now: string;
  /** How long after the start of the launch date items may still go live; 48 unless told. */
  hoursAfterLaunch?: number;
}

export interface LaunchSequenceResult {
  /** Row indices in the order things go live; ties keep the listed order, rows without a usable time come last. */
  order: number[];
  /** Per row, in row order: missing parts and missing owners are errors, timing flags are warnings. */
  issues: RowIssue[];
}

/** "Paid ads live" (row 2) at 2026-03-14T10:00:00Z */
function describe(items: readonly LaunchItemInput[], row: number): string {
  const item = items[row]!;
  const what = isBlank(item.what) ? '' : ` ("${item.what!.trim()}")`;
  return `row ${row + 1}${what} at ${item.when}`;
}

/**
 * The rows that can stay where they are: the longest run in listed order whose times never go
 * backwards. Every other row is out of order, and it always conflicts with one of these (else
 * it would belong to the run), so the list flags the fewest moves: listing 12:00, 09:00, 10:00,
 * 11:00 flags the 12:00 item, not the three after it. Among equally long runs, earlier rows stay.
 */
function inOrderRun(times: readonly (number | null)[]): Set<number> {
  const rows = times.flatMap((t, row) => (t === null ? [] : [row]));
  const length = rows.map(() => 1);
  const previous = rows.map(() => -1);
  for (let i = 0; i < rows.length; i++) {
    for (let j = 0; j < i; j++) {
      if (times[rows[j]!]! <= times[rows[i]!]! && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
  }
  const keep = new Set<number>();
  let end = length.indexOf(Math.max(...length));
  while (end >= 0) {
    keep.add(rows[end]!);
    end = previous[end]!;
  }
  return keep;
}

/**
 * Checks the launch sequence of a Production → Launch package: every item names what, channel
 * and a time, has an owner, is listed in the order it goes live, and falls between now and
 * `hoursAfterLaunch` after the start of the launch date.
 */
export function checkLaunchSequence(
  items: readonly LaunchItemInput[],
  window: LaunchWindow,
): LaunchSequenceResult {
  const now = parseInstant(window.now);
  if (now === null) throw new RangeError(`now must be an ISO date-time, not "${window.now}"`);
  const issuesByRow: RowIssue[][] = items.map(() => []);
  const times = items.map((item, row) => {
    const issues = issuesByRow[row]!;
    if (isBlank(item.what)) issues.push(rowIssue(row, 'what', 'is required'));
    if (isBlank(item.channel)) issues.push(rowIssue(row, 'channel', 'is required'));
    const at = isBlank(item.when) ? null : parseInstant(item.when!.trim());
    if (isBlank(item.when)) issues.push(rowIssue(row, 'when', 'is required'));
    else if (at === null) {
      const problem = `must be a date and time like 2026-03-14T09:00:00Z, not "${item.when}"`;
      issues.push(rowIssue(row, 'when', problem));
    }
    if (isBlank(item.ownerId)) {
      issues.push(rowIssue(row, 'ownerId', 'is not named', 'error', 'owner'));
    }
    return at;
  });

  const keep = inOrderRun(times);
  const kept = [...keep].sort((a, b) => a - b);
  times.forEach((at, row) => {
    if (at === null || keep.has(row)) return;
    const when = items[row]!.when;
    const laterAbove = kept.find((k) => k < row && times[k]! > at);
    const earlierBelow = kept.find((k) => k > row && times[k]! < at);
    const problem =
      laterAbove !== undefined
        ? `(${when}) is earlier than ${describe(items, laterAbove)}, which is listed before it`
        : `(${when}) is later than ${describe(items, earlierBelow!)}, which is listed after it`;
    issuesByRow[row]!.push(rowIssue(row, 'when', problem, 'warning'));
  });

  const afterLaunch = window.hoursAfterLaunch ?? 48;
  const latest =
    window.launchDate === null
      ? null
      : startOfDayInZone(window.launchDate, window.timeZone) + hours(afterLaunch);
  times.forEach((at, row) => {
    if (at === null) return;
    const when = items[row]!.when;
    if (at < now) {
      issuesByRow[row]!.push(
        rowIssue(row, 'when', `(${when}) is in the past (now is ${window.now})`, 'warning'),
      );
    }
    if (latest !== null && at > latest) {
      issuesByRow[row]!.push(
        rowIssue(
          row,
          'when',
          `(${when}) is more than ${afterLaunch} h after the launch date (${window.launchDate})`,
          'warning',
        ),
      );
    }
  });

  const order = items
    .map((_, row) => row)
    .sort((a, b) => {
      const ta = times[a] ?? null;
      const tb = times[b] ?? null;
      if (ta === null || tb === null) return ta === null ? (tb === null ? a - b : 1) : -1;
      return ta - tb || a - b;
    });
  return { order, issues: issuesByRow.flat() };
}
