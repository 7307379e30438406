import type { LeadStatus } from '../../model';

// Which status moves a lead may make. Handing off, accepting and rejecting carry more than a
// status (a package, a receiver's answer, a reason), so they only happen through their own
// actions; a plain status change refuses them and says which action to use.

export type LeadAction = 'set-status' | 'hand-off' | 'accept' | 'reject';

const MOVES: Record<LeadStatus, readonly LeadStatus[]> = {
  new: ['nurturing', 'sales-ready', 'lost'],
  nurturing: ['sales-ready', 're-engage', 'lost'],
  'sales-ready': ['handed-off', 'nurturing', 'lost'],
  'handed-off': ['accepted', 'rejected'],
  accepted: ['won', 'lost', 're-engage'],
  rejected: ['re-engage', 'nurturing', 'sales-ready', 'lost'],
  're-engage': ['nurturing', 'sales-ready', 'lost'],
  won: [],
  lost: ['re-engage'],
};

const ACTION_FOR: Partial<Record<LeadStatus, LeadAction>> = {
  'handed-off': 'hand-off',
  accepted: 'accept',
  rejected: 'reject',
};

export type StatusMove = { allowed: true } | { allowed: false; reason: string };

/** Whether `action` may move a lead from `from` to `to`, and if not, why. */
export function checkStatusMove(from: LeadStatus, to: LeadStatus, action: LeadAction): StatusMove {
  if (from === to) return { allowed: false, reason: `the lead is already ${from}` };
  const needed = ACTION_FOR[to];
  if (needed !== undefined && needed !== action) {
    return {
      allowed: false,
      reason: `a lead becomes ${to} only through ${needed} (it needs ${
        needed === 'hand-off'
          ? 'the lead intelligence package'
          : needed === 'reject'
            ? 'a reason'
            : "the receiver's answer"
      })`,
    };
  }
  if (!MOVES[from].includes(to)) {
    const next = MOVES[from];
    return {
      allowed: false,
      reason:
        next.length === 0
          ? `a ${from} lead is closed: it moves nowhere`
          : `a ${from} lead can move only to ${next.join(', ')}`,
    };
  }
  return { allowed: true };
}

/** The statuses a lead can be set to directly from `from` (for a menu). */
export function nextStatuses(from: LeadStatus): LeadStatus[] {
  return MOVES[from].filter((to) => ACTION_FOR[to] === undefined);
}
