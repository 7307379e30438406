import type { CardFollowUp } from '../../model';
import { retrospectiveState } from '../retrospective/retrospectiveDue';
import { reviewState } from './reviewSchedule';

// Issue 9: due and overdue reviews and retrospectives surface on the board and in "my work".
// Worked out from stored due days and today's date on every read, never stored: a review that
// becomes overdue at midnight must show so without anybody writing anything.

export interface OpenReview {
  id: string;
  label: string;
  dueDay: string;
  analystId: string | null;
  completed: boolean;
}

export interface OpenRetrospective {
  id: string;
  dueDay: string;
  heldOn: string | null;
  ownerId: string | null;
  status: 'scheduled' | 'done';
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** "day 7" from the stored label "Day 7"; another label is kept as written. */
function reviewName(label: string): string {
  return /^day \d+$/i.test(label) ? label.toLowerCase() : label;
}

/**
 * The earliest review of the campaign that is due today or overdue, if any. Upcoming reviews
 * are left off the card: every live campaign has some, so they would say nothing.
 */
export function dueReviewFollowUp(
  reviews: readonly OpenReview[],
  today: string,
): CardFollowUp | null {
  const owed = reviews
    .filter((r) => {
      const st = reviewState({ dueDay: r.dueDay, completed: r.completed }, today);
      return st === 'due' || st === 'overdue';
    })
    .sort((a, b) => a.dueDay.localeCompare(b.dueDay) || a.id.localeCompare(b.id));
  const first = owed[0];
  if (!first) return null;
  const daysLate = daysBetween(first.dueDay, today);
  const name = reviewName(first.label);
  const more = owed.length - 1;
  return {
    kind: 'review',
    id: first.id,
    dueDay: first.dueDay,
    state: daysLate > 0 ? 'overdue' : 'due',
    daysLate,
    ownerId: first.analystId,
    badge: daysLate > 0 ? `Review ${name} overdue ${daysLate} d` : `Review ${name} due`,
    text:
      (daysLate > 0
        ? `Review ${name} — overdue by ${daysLate} day(s) (due ${first.dueDay})`
        : `Review ${name} — due today`) + (more > 0 ? `, and ${more} more review(s) owed` : ''),
  };
}

/**
 * The campaign's retrospective while it is still to hold: due within the week after Done, then
 * overdue. A held one shows nothing.
 */
export function retrospectiveFollowUp(
  retros: readonly OpenRetrospective[],
  today: string,
): CardFollowUp | null {
  const open = retros
    .filter((r) => r.status !== 'done')
    .sort((a, b) => a.dueDay.localeCompare(b.dueDay) || a.id.localeCompare(b.id))[0];
  if (!open) return null;
  const st = retrospectiveState(
    { dueDay: open.dueDay, heldOn: open.heldOn, status: open.status },
    today,
  );
  if (st.state === 'held') return null;
  const daysLate = st.state === 'overdue' ? st.daysLate : 0;
  const daysLeft = st.state === 'scheduled' ? st.daysLeft : 0;
  return {
    kind: 'retrospective',
    id: open.id,
    dueDay: open.dueDay,
    state: st.state === 'overdue' ? 'overdue' : daysLeft === 0 ? 'due' : 'upcoming',
    daysLate,
    ownerId: open.ownerId,
    badge:
      st.state === 'overdue'
        ? `Retro overdue ${daysLate} d`
        : daysLeft === 0
          ? 'Retro due today'
          : `Retro due in ${daysLeft} d`,
    text:
      st.state === 'overdue'
        ? `Retrospective — overdue by ${daysLate} day(s) (due ${open.dueDay})`
        : daysLeft === 0
          ? 'Retrospective — due today'
          : `Retrospective — due ${open.dueDay}, in ${daysLeft} day(s)`,
  };
}

/** What a card flags beside its handoff: the owed review first, then the retrospective. */
export function cardFollowUps(
  reviews: readonly OpenReview[],
  retros: readonly OpenRetrospective[],
  today: string,
): CardFollowUp[] {
  return [dueReviewFollowUp(reviews, today), retrospectiveFollowUp(retros, today)].filter(
    (f): f is CardFollowUp => f !== null,
  );
}
