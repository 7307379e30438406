import type { ReviewState } from '../../model';
import { addDays } from '../backwardPlan';

// Reviews fall on calendar days after launch, not working days: the figures keep coming in over
// a weekend, and "day 7" is the first full week live. A review due on a Saturday is shown due
// on Monday anyway (due, then overdue the day after its due day).

/** The default review cadence: days after the launch date. */
export const DEFAULT_REVIEW_CADENCE: readonly number[] = [2, 7, 30];

export interface ScheduledReview {
  label: string;
  dueDay: string;
}

/** The reviews a campaign launching on `launchDate` gets, in order. */
export function reviewSchedule(
  launchDate: string,
  cadence: readonly number[] = DEFAULT_REVIEW_CADENCE,
): ScheduledReview[] {
  return [...new Set(cadence)]
    .filter((d) => Number.isInteger(d) && d >= 0)
    .sort((a, b) => a - b)
    .map((d) => ({ label: `Day ${d}`, dueDay: addDays(launchDate, d) }));
}

/** The reviews of a schedule not yet there (by label), so scheduling twice adds nothing. */
export function missingReviews(
  schedule: readonly ScheduledReview[],
  existingLabels: readonly string[],
): ScheduledReview[] {
  const have = new Set(existingLabels);
  return schedule.filter((r) => !have.has(r.label));
}

/** Upcoming before its day, due on it, overdue after; completed ones stay completed. */
export function reviewState(
  review: { dueDay: string; completed: boolean },
  today: string,
): ReviewState {
  if (review.completed) return 'completed';
  if (today < review.dueDay) return 'upcoming';
  return today === review.dueDay ? 'due' : 'overdue';
}
