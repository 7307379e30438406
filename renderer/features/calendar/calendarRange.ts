import { addDays, monthGrid, weekDates } from '../../../shared/domain/calendar';

export const CALENDAR_VIEW_MODES = ['month', 'week', 'list'] as const;
export type CalendarViewMode = (typeof CALENDAR_VIEW_MODES)[number];

export const VIEW_MODE_LABELS: Record<CalendarViewMode, string> = {
  month: 'Month',
  week: 'Week',
  list: 'List',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3));

export interface CalendarPeriod {
  /** First and last local day asked of the backend (both included). */
  from: string;
  to: string;
  /** The heading: "November 2026", "23–29 Nov 2026". */
  title: string;
  /** How the empty state names the period: "in November", "in the week of 23 Nov". */
  emptyName: string;
  /** Month view: whole Monday-first weeks; week view: one week; list view: none. */
  weeks: string[][];
}

function parts(date: string): { y: number; m: number; d: number } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

function monthStart(y: number, m: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
}

function lastOfMonth(y: number, m: number): string {
  return addDays(m === 12 ? monthStart(y + 1, 1) : monthStart(y, m + 1), -1);
}

/** "23 Nov" */
export function dayMonth(date: string): string {
  const { m, d } = parts(date);
  return `${d} ${SHORT_MONTHS[m - 1]}`;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "Tue 24 Nov": days as the list view and announcements say them. */
export function weekdayDayMonth(date: string): string {
  const { y, m, d } = parts(date);
  return `${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${d} ${SHORT_MONTHS[m - 1]}`;
}

/** The days a view shows around the anchor date. The list view covers the anchor's month. */
export function periodFor(mode: CalendarViewMode, anchor: string): CalendarPeriod {
  const { y, m } = parts(anchor);
  if (mode === 'week') {
    const days = weekDates(anchor);
    const first = days[0]!;
    const last = days[6]!;
    const sameMonth = parts(first).m === parts(last).m;
    const title = sameMonth
      ? `${parts(first).d}–${dayMonth(last)} ${parts(last).y}`
      : `${dayMonth(first)} – ${dayMonth(last)} ${parts(last).y}`;
    return {
      from: first,
      to: last,
      title,
      emptyName: `in the week of ${dayMonth(first)}`,
      weeks: [days],
    };
  }
  const title = `${MONTHS[m - 1]} ${y}`;
  const emptyName = `in ${MONTHS[m - 1]}`;
  if (mode === 'list') {
    return { from: monthStart(y, m), to: lastOfMonth(y, m), title, emptyName, weeks: [] };
  }
  const weeks = monthGrid(y, m);
  return { from: weeks[0]![0]!, to: weeks[weeks.length - 1]![6]!, title, emptyName, weeks };
}

/** The anchor one period earlier (-1) or later (+1): a week, or a month kept on its 1st. */
export function stepPeriod(mode: CalendarViewMode, anchor: string, direction: -1 | 1): string {
  if (mode === 'week') return addDays(anchor, 7 * direction);
  const { y, m } = parts(anchor);
  const index = y * 12 + (m - 1) + direction;
  return monthStart(Math.floor(index / 12), (index % 12) + 1);
}

/** Whether a date is in the anchor's month (month view greys the days around it). */
export function inMonth(date: string, anchor: string): boolean {
  return date.slice(0, 7) === anchor.slice(0, 7);
}
