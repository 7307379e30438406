import { addDays, localToInstant, mondayOf } from '../calendar';
import { dayInZone } from '../calendarDay';

// The week a weekly sync agenda covers: Monday to Sunday on the workspace's home clock, the
// same in the app's week picker and in `baton export-agenda --week`. A handoff late on Sunday
// evening in New York is that week's, though it is Monday in UTC.

export interface Week {
  /** Monday, YYYY-MM-DD. */
  monday: string;
  /** Sunday, YYYY-MM-DD. */
  sunday: string;
  /** The API range: Monday 00:00 to the next Monday 00:00, home time, as instants. */
  from: string;
  to: string;
}

/** The Monday-to-Sunday week holding `iso` in `timeZone`, moved by `offset` weeks. */
export function weekOf(iso: string, timeZone: string, offset = 0): Week {
  const monday = addDays(mondayOf(dayInZone(Date.parse(iso), timeZone)), offset * 7);
  const next = addDays(monday, 7);
  return {
    monday,
    sunday: addDays(monday, 6),
    from: localToInstant(monday, '00:00', timeZone).at,
    to: localToInstant(next, '00:00', timeZone).at,
  };
}
