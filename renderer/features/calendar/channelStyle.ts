import type { CalendarChannel, CalendarStatus } from '../../../shared/model';

/** How each calendar channel reads; a full record so a new channel breaks the build. */
export const CALENDAR_CHANNEL_LABELS: Record<CalendarChannel, string> = {
  email: 'Email',
  social: 'Social',
  paid: 'Paid',
  blog: 'Blog',
  event: 'Event',
  other: 'Other',
};

export const CALENDAR_STATUS_LABELS: Record<CalendarStatus, string> = {
  idea: 'Idea',
  planned: 'Planned',
  ready: 'Ready',
  sent: 'Sent',
};

/** The CSS class carrying the channel's colour pair (light and dark) from calendar.css. */
export function channelClass(channel: CalendarChannel): string {
  return `cal-channel--${channel}`;
}
