import type { LeadStatus, RejectionReason } from '../../model';

// Leads sales turned down or that are not ready yet are not dropped: each gets a next-touch date
// and a nurture track chosen by why it was not ready, and surfaces for marketing when due.

const PLAN: Record<RejectionReason | 'not-ready', { days: number; track: string }> = {
  'not-ready': { days: 30, track: 'nurture: not ready yet' },
  'bad-timing': { days: 90, track: 'timing: check back next quarter' },
  'no-budget': { days: 120, track: 'budget: next budget cycle' },
  'not-decision-maker': { days: 14, track: 'champion: reach the decision maker' },
  'wrong-fit': { days: 180, track: 'education: long-term newsletter' },
  duplicate: { days: 30, track: 'data: merge with the existing lead' },
  'bad-data': { days: 7, track: 'data: correct the contact details' },
  other: { days: 60, track: 'general nurture' },
};

const DAY_MS = 86_400_000;

/** The next touch and nurture track for a lead rejected for `reason` (or not ready) at `at`. */
export function reengagementPlan(
  reason: RejectionReason | 'not-ready',
  at: string,
): { nextTouchAt: string; nurtureTrack: string } {
  const p = PLAN[reason];
  return {
    nextTouchAt: new Date(Date.parse(at) + p.days * DAY_MS).toISOString(),
    nurtureTrack: p.track,
  };
}

export interface ReengageFacts {
  id: string;
  status: LeadStatus;
  nextTouchAt: string | null;
}

const WAITING: ReadonlySet<LeadStatus> = new Set(['rejected', 're-engage', 'nurturing']);

/**
 * When marketing touches a lead that waits for re-engagement and says when to try next, the
 * next touch moves to that many days on; a lead no longer waiting (a touch made it sales-ready)
 * keeps none. Null: leave the lead's next touch as it is.
 */
export function nextTouchAfterTouch(status: LeadStatus, at: string, days: number): string | null {
  return WAITING.has(status) ? new Date(Date.parse(at) + days * DAY_MS).toISOString() : null;
}

/** Leads waiting on a next touch, earliest first, each flagged when due at `now`. */
export function reengagementQueue<L extends ReengageFacts>(
  leads: readonly L[],
  now: string,
): (L & { due: boolean })[] {
  return leads
    .filter((l) => WAITING.has(l.status) && l.nextTouchAt !== null)
    .sort((a, b) => a.nextTouchAt!.localeCompare(b.nextTouchAt!) || a.id.localeCompare(b.id))
    .map((l) => ({ ...l, due: l.nextTouchAt! <= now }));
}
