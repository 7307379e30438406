const short = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const withYear = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
});

/** "Mar 14" for calendar days (`2026-03-14`), with the year when it is not this year's. */
export function formatDay(day: string, today = new Date()): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  return y === today.getFullYear() ? short.format(date) : withYear.format(date);
}
