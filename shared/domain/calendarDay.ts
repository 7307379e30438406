/** Today's date (`2026-03-14`) in the workspace's home time zone. */
export function dayInZone(epochMs: number, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(epochMs));
}

/** A handoff is overdue once its due day has passed and it has not been acknowledged. */
export function isOverdue(dueDate: string | null, today: string, settled: boolean): boolean {
  return dueDate !== null && !settled && dueDate < today;
}
