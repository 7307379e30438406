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
