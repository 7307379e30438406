import { isMyWork, myWorkIds } from '../../../shared/domain/myWork';
import type { CampaignSummary, CampaignType, Channel } from '../../../shared/model';

/** What the filter bar narrows the board to; null / false / '' means "any". */
export interface BoardFilter {
  clientId: string | null;
  personId: string | null;
  type: CampaignType | null;
  channel: Channel | null;
  overdueOnly: boolean;
  myWork: boolean;
  text: string;
}

export const EMPTY_FILTER: BoardFilter = {
  clientId: null,
  personId: null,
  type: null,
  channel: null,
  overdueOnly: false,
  myWork: false,
  text: '',
};

export function isFilterActive(f: BoardFilter): boolean {
  return (
    f.clientId !== null ||
    f.personId !== null ||
    f.type !== null ||
    f.channel !== null ||
    f.overdueOnly ||
    f.myWork ||
    f.text.trim() !== ''
  );
}

/**
 * Everyone a card involves: its owner, its team, and whoever its gate waits on (the current
 * handoff's Responsible people, quality owner or receiver, when it is their turn).
 *
 * The summary carries no RACI, so "R or A of the current handoff" is approximated by owner and
 * team. When CampaignSummary gains the current handoff's people, only this function changes.
 */
export function peopleOnCard(card: CampaignSummary): Set<string> {
  const ids = new Set([...card.team, ...myWorkIds(card.currentHandoff)]);
  if (card.ownerId) ids.add(card.ownerId);
  for (const w of card.gate?.waitingOn ?? []) ids.add(w.personId);
  return ids;
}

/** Lower case without accents, so "lucia" finds "Lucía" and "CAFE" finds "Café". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Every word typed must appear in the card's name, client, or current handoff. */
function matchesText(card: CampaignSummary, text: string): boolean {
  const words = foldForSearch(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldForSearch(
    [card.name, card.clientName, card.currentHandoff?.name ?? '', card.stageName].join(' '),
  );
  return words.every((w) => haystack.includes(w));
}

export function matchesFilter(card: CampaignSummary, f: BoardFilter, meId: string | null): boolean {
  if (f.clientId !== null && card.clientId !== f.clientId) return false;
  if (f.type !== null && card.type !== f.type) return false;
  if (f.channel !== null && !card.channels.includes(f.channel)) return false;
  if (f.overdueOnly && !card.currentHandoff?.overdue) return false;
  if (f.personId !== null && !peopleOnCard(card).has(f.personId)) return false;
  // "My work" with nobody signed in on this laptop matches nothing rather than everything.
  // Mine too: a review I am the analyst of or a retrospective I own, when due or overdue.
  if (f.myWork && (meId === null || !isMyWork(card, meId))) return false;
  return matchesText(card, f.text);
}

export function filterCampaigns(
  cards: readonly CampaignSummary[],
  f: BoardFilter,
  meId: string | null,
): readonly CampaignSummary[] {
  return isFilterActive(f) ? cards.filter((c) => matchesFilter(c, f, meId)) : cards;
}
