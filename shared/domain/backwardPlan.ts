/** Adds whole days to a calendar date (`2026-03-14`), in UTC so time zones cannot shift it. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export interface PlannedTransition {
  toKey: string;
  durationDays: number;
  bufferDays: number;
}

/**
 * Due date of each handoff, planned backwards from the launch date: a handoff is due when the
 * next person needs it to do their job well — the work of every later stage up to launch, plus
 * its buffer, must still fit. Transitions after launch are planned forwards from it.
 * `transitions` are in board order; the one whose `toKey` is 'launch' is due at launch minus
 * its buffer.
 */
export function backwardPlan(
  launchDate: string,
  transitions: readonly PlannedTransition[],
): (string | null)[] {
  const launchIndex = transitions.findIndex((t) => t.toKey === 'launch');
  if (launchIndex < 0) return transitions.map(() => null);
  const due: (string | null)[] = transitions.map(() => null);
  let cursor = launchDate;
  for (let i = launchIndex; i >= 0; i--) {
    const t = transitions[i]!;
    cursor = addDays(cursor, -t.bufferDays);
    due[i] = cursor;
    cursor = addDays(cursor, -t.durationDays);
  }
  cursor = launchDate;
  for (let i = launchIndex + 1; i < transitions.length; i++) {
    const t = transitions[i]!;
    cursor = addDays(cursor, t.durationDays + t.bufferDays);
    due[i] = cursor;
  }
  return due;
}
