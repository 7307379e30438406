// The week a weekly sync agenda covers: Monday to Sunday in UTC days, the same in the app's
// week picker and in `baton export-agenda --week`.

const DAY_MS = 86_400_000;

export interface Week {
  /** Monday, YYYY-MM-DD. */
  monday: string;
  /** Sunday, YYYY-MM-DD. */
  sunday: string;
  /** The API range: Monday 00:00 to the next Monday 00:00 (UTC). */
  from: string;
  to: string;
}

/** The Monday-to-Sunday week holding `iso` (UTC days), moved by `offset` weeks. */
export function weekOf(iso: string, offset = 0): Week {
  const day = Math.floor(Date.parse(iso) / DAY_MS);
  // Day 0 of the epoch was a Thursday: (day + 3) mod 7 counts days since Monday.
  const monday = day - ((((day + 3) % 7) + 7) % 7) + offset * 7;
  const at = (n: number) => new Date(n * DAY_MS).toISOString();
  return {
    monday: at(monday).slice(0, 10),
    sunday: at(monday + 6).slice(0, 10),
    from: at(monday),
    to: at(monday + 7),
  };
}
