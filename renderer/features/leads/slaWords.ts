import type { SlaClockView } from '../../../shared/model';
import type { LeadTone } from './leadWords';

// How an SLA clock reads in the queue and the panel: the promise it counts and the time left,
// overdue said in words (never colour alone).

/** Under this many working minutes left a clock is shown as a warning. */
export const SOON_MINUTES = 120;

/** "45 min", "3 h", "2 h 5 min", "3 d 4 h" — working time, rounded to the minute. */
export function durationWords(minutes: number): string {
  const m = Math.round(Math.abs(minutes));
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h < 48) return rest === 0 ? `${h} h` : `${h} h ${rest} min`;
  const d = Math.floor(h / 24);
  const hours = h % 24;
  return hours === 0 ? `${d} d` : `${d} d ${hours} h`;
}

/** "hand off within 24 h" / "accept within 8 h": the promise the clock counts. */
export function clockPromise(sla: Pick<SlaClockView, 'stage' | 'text'>): string {
  const verb = sla.stage === 'hand-off' ? 'hand off within' : 'accept within';
  // The backend's text starts with the promise and its hours ("accept within 24 h: …").
  const head = sla.text.split(':')[0]?.trim() ?? '';
  return head.startsWith(verb) ? head : verb;
}

export interface TimeLeft {
  text: string;
  tone: LeadTone;
}

/** "Overdue 3 h" (danger), "1 h 10 min left" (warning when under two hours), "5 h left". */
export function timeLeft(sla: Pick<SlaClockView, 'minutesLeft' | 'overdue'>): TimeLeft {
  if (sla.overdue || sla.minutesLeft < 0) {
    return { text: `Overdue ${durationWords(sla.minutesLeft)}`, tone: 'danger' };
  }
  return {
    text: `${durationWords(sla.minutesLeft)} left`,
    tone: sla.minutesLeft < SOON_MINUTES ? 'warning' : 'neutral',
  };
}
