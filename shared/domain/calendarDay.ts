// Building a DateTimeFormat costs far more than formatting with one, and every card and
// handoff view asks for today: one formatter per time zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Today's date (`2026-03-14`) in the workspace's home time zone. */
export function dayInZone(epochMs: number, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format.format(new Date(epochMs));
}

/** A handoff is overdue once its due day has passed and it has not been acknowledged. */
export function isOverdue(dueDate: string | null, today: string, settled: boolean): boolean {
  return dueDate !== null && !settled && dueDate < today;
}
