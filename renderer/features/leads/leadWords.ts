import type { LeadStatus, RejectionReason, TouchKind } from '../../../shared/model';
import { REJECTION_REASON_LABELS } from '../../../shared/domain/leads/leadQuality';

// Lead words as the screens say them: one place, so the queue, the list and the panel agree.

/** The Badge tones these words use (a .ts file of plain data, so unit tests need no JSX). */
export type LeadTone = 'neutral' | 'success' | 'warning' | 'danger' | 'info' | 'accent';

export const LEAD_STATUS_LABELS: Record<LeadStatus, string> = {
  new: 'New',
  nurturing: 'Nurturing',
  'sales-ready': 'Sales-ready',
  'handed-off': 'Handed off',
  accepted: 'Accepted',
  rejected: 'Rejected',
  're-engage': 'Re-engage',
  won: 'Won',
  lost: 'Lost',
};

/** Waiting on marketing reads as info, waiting on sales as accent; outcomes as their colour. */
export const LEAD_STATUS_TONES: Record<LeadStatus, LeadTone> = {
  new: 'neutral',
  nurturing: 'neutral',
  'sales-ready': 'info',
  'handed-off': 'accent',
  accepted: 'success',
  rejected: 'danger',
  're-engage': 'warning',
  won: 'success',
  lost: 'neutral',
};

export const TOUCH_KIND_LABELS: Record<TouchKind, string> = {
  'email-open': 'Email opened',
  'email-click': 'Email link clicked',
  webinar: 'Webinar',
  form: 'Form filled in',
  download: 'Download',
  visit: 'Website visit',
  meeting: 'Meeting',
  call: 'Call',
  other: 'Other',
};

export { REJECTION_REASON_LABELS };
export type { RejectionReason };

/** "27 Nov 2026, 09:30" in this computer's zone. */
export function whenWords(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/**
 * A score line ("+15 job title contains 'Head'") as its points and its words, so the points
 * line up in a column; a line without leading points keeps all its words.
 */
export function scoreLineParts(line: { points: number; text: string }): {
  points: string;
  words: string;
} {
  const m = /^[+\-−]?\d+(?:\.\d+)?\s+/.exec(line.text);
  const points = line.points > 0 ? `+${line.points}` : String(line.points).replace('-', '−');
  return { points, words: m ? line.text.slice(m[0].length) : line.text };
}
