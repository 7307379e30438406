/** The people on the hook for a card's current handoff, as the board summary carries them. */
export interface HandoffPeople {
  responsibleIds: readonly string[];
  accountableId: string | null;
  qualityOwnerId: string | null;
  receiverIds: readonly string[];
}

/**
 * "My work": a handoff is mine when I am its Responsible or Accountable person, its quality
 * owner or one of its receivers.
 */
export function myWorkIds(h: HandoffPeople | null): Set<string> {
  const ids = new Set<string>();
  if (!h) return ids;
  for (const id of h.responsibleIds) ids.add(id);
  for (const id of h.receiverIds) ids.add(id);
  if (h.accountableId) ids.add(h.accountableId);
  if (h.qualityOwnerId) ids.add(h.qualityOwnerId);
  return ids;
}

/** What "My work" reads from a card: its current handoff and the follow-ups it flags. */
export interface CardWork {
  currentHandoff: HandoffPeople | null;
  followUps?: readonly { ownerId: string | null; state: string }[];
}

/**
 * Whether a card is in my work: a handoff of mine, or a review I am the analyst of or a
 * retrospective I own that is due or overdue (one still upcoming in its week is not work yet).
 */
export function isMyWork(card: CardWork, meId: string): boolean {
  if (myWorkIds(card.currentHandoff).has(meId)) return true;
  return (card.followUps ?? []).some((f) => f.ownerId === meId && f.state !== 'upcoming');
}

/** The follow-ups of a card that are mine to do now, for My work's list of links. */
export function myFollowUps<F extends { ownerId: string | null; state: string }>(
  followUps: readonly F[] | undefined,
  meId: string,
): F[] {
  return (followUps ?? []).filter((f) => f.ownerId === meId && f.state !== 'upcoming');
}
