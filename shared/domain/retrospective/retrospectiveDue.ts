import { dayInZone } from '../calendarDay';

/** PRODUCT.md system 7: a retrospective is held within one week of the campaign reaching Done. */
export const RETROSPECTIVE_WITHIN_DAYS = 7;

/** `2026-03-14` plus whole calendar days (UTC arithmetic on a date, so no DST surprises). */
export function addCalendarDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The day a retrospective is due: a week of calendar days after the day the campaign reached
 * Done, that day read in the workspace's home time zone (a late-evening move in Sydney is the
 * Sydney day, not the UTC one).
 */
export function retrospectiveDueDay(reachedDoneAtMs: number, homeTimeZone: string): string {
  return addCalendarDays(dayInZone(reachedDoneAtMs, homeTimeZone), RETROSPECTIVE_WITHIN_DAYS);
}

export interface RetrospectiveTiming {
  dueDay: string;
  heldOn: string | null;
  status: 'scheduled' | 'done';
}

export type RetrospectiveState =
  | { state: 'scheduled'; due: true; overdue: false; daysLeft: number; message: string }
  | { state: 'overdue'; due: true; overdue: true; daysLate: number; message: string }
  | { state: 'held'; due: false; overdue: false; late: boolean; message: string };

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Where a retrospective stands on `today` (the home time zone's date): due until held, overdue
 * once its due day has passed without being held, and a held one remembers if it slipped.
 */
export function retrospectiveState(r: RetrospectiveTiming, today: string): RetrospectiveState {
  if (r.status === 'done') {
    const late = r.heldOn !== null && r.heldOn > r.dueDay;
    return {
      state: 'held',
      due: false,
      overdue: false,
      late,
      message: late
        ? `Held on ${r.heldOn}, ${daysBetween(r.dueDay, r.heldOn!)} day(s) after it was due (${r.dueDay})`
        : `Held${r.heldOn ? ` on ${r.heldOn}` : ''}`,
    };
  }
  if (today > r.dueDay) {
    const daysLate = daysBetween(r.dueDay, today);
    return {
      state: 'overdue',
      due: true,
      overdue: true,
      daysLate,
      message: `Overdue: due ${r.dueDay}, ${daysLate} day(s) ago`,
    };
  }
  const daysLeft = daysBetween(today, r.dueDay);
  return {
    state: 'scheduled',
    due: true,
    overdue: false,
    daysLeft,
    message: daysLeft === 0 ? `Due today (${r.dueDay})` : `Due ${r.dueDay}, in ${daysLeft} day(s)`,
  };
}

export interface DoneStageCandidate {
  id: string;
  key: string | null;
  position: number;
  deletedAt?: string | null;
}

/**
 * The stage that means "Done": the default `done` stage, or the board's last stage when a team
 * removed it. Null on an empty board.
 */
export function doneStageId(stages: readonly DoneStageCandidate[]): string | null {
  const live = stages.filter((s) => !s.deletedAt).sort((a, b) => a.position - b.position);
  return (live.find((s) => s.key === 'done') ?? live[live.length - 1])?.id ?? null;
}
