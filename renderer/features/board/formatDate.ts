const short = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const withYear = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
});

/**
 * Formatted days by "year-in-view|day". A board of 2,000 cards formats a few hundred distinct
 * days over and over, and Intl formatting is slow enough to show in a drag's frame budget.
 */
const cache = new Map<string, string>();

/** "Mar 14" for calendar days (`2026-03-14`), with the year when it is not this year's. */
export function formatDay(day: string, today = new Date()): string {
  const key = `${today.getFullYear()}|${day}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  const text = y === today.getFullYear() ? short.format(date) : withYear.format(date);
  if (cache.size > 5000) cache.clear();
  cache.set(key, text);
  return text;
}
