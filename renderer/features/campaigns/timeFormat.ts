const short = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric' });
const withYear = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', year: 'numeric' });
const weekday = new Intl.DateTimeFormat('en', { weekday: 'short', month: 'short', day: 'numeric' });
const full = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

function dayDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** A calendar day (`2026-03-14`) as "Fri, Mar 14": due dates read best with their weekday. */
export function formatDueDay(day: string): string {
  return weekday.format(dayDate(day));
}

/** "Mar 14", with the year when it is not this year's. */
export function formatDay(day: string, now = new Date()): string {
  const date = dayDate(day);
  return date.getFullYear() === now.getFullYear() ? short.format(date) : withYear.format(date);
}

/** "just now", "5 minutes ago", "yesterday", then the date: how an activity line reads. */
export function formatRelativeTime(at: string, now = new Date()): string {
  const then = new Date(at);
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
  // A teammate's clock may run a little ahead: never show "in 2 minutes" for the past.
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return relative.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 22) return relative.format(-hours, 'hour');
  const days = Math.round(hours / 24);
  if (days < 7) return relative.format(-days, 'day');
  return then.getFullYear() === now.getFullYear() ? short.format(then) : withYear.format(then);
}

/** The exact moment, for a tooltip next to a relative time. */
export function formatMoment(at: string): string {
  return full.format(new Date(at));
}

/** Where a change was made: this laptop, or another one by the tail of its device id. */
export function deviceLabel(deviceId: string, thisDeviceId: string | null): string {
  if (deviceId === thisDeviceId) return 'on this computer';
  return `on another computer (${deviceId.slice(-6)})`;
}
