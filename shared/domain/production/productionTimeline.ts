import { addBusinessDays } from '../backwardPlan';
import { rowIssue, type RowIssue } from '../launch/rowIssue';

// The Creative → Production package's production timeline (system 2), tied to the campaign's
// backward plan: production runs from this package's due date to the Production → Launch
// hand-over, and the buffer the plan keeps before that hand-over is not for milestones.

/** What the backward plan says about production, as dates (`2026-03-14`) or null. */
export interface ProductionWindow {
  /** This package's due date: production starts from it. */
  startDate: string | null;
  /** When the Production → Launch handoff is due. */
  handOverDate: string | null;
  /** Working days the plan keeps free before the hand-over. */
  bufferDays: number;
  launchDate: string | null;
}

/** One row of the timeline table, by its column keys. */
export type TimelineRow = Readonly<Record<string, string | undefined>>;

export const TIMELINE_COLUMNS = { milestone: 'milestone', date: 'date', owner: 'owner' } as const;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isRealDay(text: string): boolean {
  if (!ISO_DAY.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The last day a milestone may fall on and keep the buffer (null without a hand-over date). */
export function lastMilestoneDay(window: ProductionWindow): string | null {
  if (!window.handOverDate) return null;
  return addBusinessDays(window.handOverDate, -window.bufferDays);
}

/**
 * A first timeline from the plan, for a package whose table is still empty: production
 * starts, first versions halfway, final files approved on the last day that keeps the buffer,
 * and the hand-over. Empty when the campaign has no launch date (nothing is planned yet).
 */
export function plannedTimeline(window: ProductionWindow): Record<string, string>[] {
  const last = lastMilestoneDay(window);
  if (!window.startDate || !window.handOverDate || !last) return [];
  const c = TIMELINE_COLUMNS;
  const rows: Record<string, string>[] = [
    { [c.milestone]: 'Production starts from this package', [c.date]: window.startDate },
  ];
  const startDay = Date.parse(`${window.startDate}T00:00:00Z`);
  const lastDay = Date.parse(`${last}T00:00:00Z`);
  if (lastDay > startDay) {
    const half = new Date((startDay + lastDay) / 2).toISOString().slice(0, 10);
    if (half > window.startDate && half < last) {
      rows.push({ [c.milestone]: 'First versions for review', [c.date]: half });
    }
    rows.push({ [c.milestone]: 'Final files approved', [c.date]: last });
  }
  rows.push({ [c.milestone]: 'Hand-over to launch', [c.date]: window.handOverDate });
  return rows.map((r) => ({ ...r, [c.owner]: '' }));
}

/**
 * Each milestone's problems against the plan: a date that is not a date is an error, as is one
 * after the launch; one inside the buffer before the hand-over (other than the hand-over
 * itself) or before production can start is a warning, since plans move and a person decides.
 */
export function checkProductionTimeline(
  rows: readonly TimelineRow[],
  window: ProductionWindow,
): RowIssue[] {
  const c = TIMELINE_COLUMNS;
  const last = lastMilestoneDay(window);
  const issues: RowIssue[] = [];
  rows.forEach((row, i) => {
    const date = (row[c.date] ?? '').trim();
    if ((row[c.milestone] ?? '').trim() === '') {
      issues.push(rowIssue(i, c.milestone, 'is required'));
    }
    if (date === '') {
      issues.push(rowIssue(i, c.date, 'is required'));
      return;
    }
    if (!isRealDay(date)) {
      issues.push(rowIssue(i, c.date, `"${date}" is not a date (YYYY-MM-DD)`));
      return;
    }
    if (window.launchDate && date > window.launchDate) {
      issues.push(rowIssue(i, c.date, `${date} is after the launch on ${window.launchDate}`));
      return;
    }
    if (window.handOverDate && date > window.handOverDate) {
      issues.push(
        rowIssue(
          i,
          c.date,
          `${date} is after the hand-over to launch on ${window.handOverDate}`,
          'warning',
        ),
      );
      return;
    }
    if (last && window.handOverDate && date > last && date !== window.handOverDate) {
      const days = window.bufferDays === 1 ? '1 working day' : `${window.bufferDays} working days`;
      issues.push(
        rowIssue(
          i,
          c.date,
          `${date} is inside the ${days} of buffer before the hand-over to launch on ${window.handOverDate} (the last day that keeps it is ${last})`,
          'warning',
        ),
      );
      return;
    }
    if (window.startDate && date < window.startDate) {
      issues.push(
        rowIssue(
          i,
          c.date,
          `${date} is before production starts on ${window.startDate}, when this package is due`,
          'warning',
        ),
      );
    }
  });
  return issues;
}
