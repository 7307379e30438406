import type { CampaignSummary } from '../../../shared/model';

/** One collator for every comparison: `localeCompare` sets one up per call, too slow for 2,000. */
const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * Order inside a column: the most urgent handoff first (earliest due date, undated last), then
 * by name so the order is stable (and by id between equal names). The backend has no order
 * field, so this is the only order.
 */
export function compareCards(a: CampaignSummary, b: CampaignSummary): number {
  const da = a.currentHandoff?.dueDate ?? null;
  const db = b.currentHandoff?.dueDate ?? null;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  }
  const names = byName.compare(a.name, b.name);
  if (names !== 0) return names;
  // A full order, so a column's order never depends on the order its cards arrived in.
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The stage a card shows in: where an optimistic move put it, else where the backend says. */
export function shownStageId(card: CampaignSummary, pending: Readonly<Record<string, string>>) {
  return pending[card.id] ?? card.stageId;
}

function sameCards(a: readonly CampaignSummary[], b: readonly CampaignSummary[]): boolean {
  return a.length === b.length && a.every((card, i) => card === b[i]);
}

/** Cards per stage id, sorted for display, each column a new array. */
export function groupByStage(
  cards: readonly CampaignSummary[],
  stageIds: readonly string[],
  pending: Readonly<Record<string, string>> = {},
): Map<string, readonly CampaignSummary[]> {
  return createColumnGrouper()(cards, stageIds, pending);
}

/**
 * A groupByStage that remembers its last answer: a column whose cards are the same objects in
 * the same order as last time is neither sorted again nor given a new array, so after a move
 * only the two columns involved are sorted, and the others (memoized) skip rendering.
 *
 * The cards are grouped by their own stage once per list of cards; cards shown elsewhere by an
 * unanswered move are then taken out of one column and put in another. A drop changes only
 * `pending`, and looking each of 2,000 cards up in it was most of the drop's grouping.
 *
 * Cards of a stage that is not on the board (removed meanwhile) are left out rather than shown
 * in a wrong column.
 */
export function createColumnGrouper() {
  let last = new Map<
    string,
    { input: readonly CampaignSummary[]; sorted: readonly CampaignSummary[] }
  >();
  let grouped: {
    cards: readonly CampaignSummary[];
    stageIds: readonly string[];
    byStage: Map<string, readonly CampaignSummary[]>;
  } | null = null;

  function groupOwn(cards: readonly CampaignSummary[], stageIds: readonly string[]) {
    if (grouped?.cards === cards && sameIds(grouped.stageIds, stageIds)) return grouped.byStage;
    const byStage = new Map<string, CampaignSummary[]>(stageIds.map((id) => [id, []]));
    for (const card of cards) byStage.get(card.stageId)?.push(card);
    grouped = { cards, stageIds, byStage };
    return byStage;
  }

  /** The columns with pending moves applied; a column no move touches keeps its array. */
  function applyPending(
    cards: readonly CampaignSummary[],
    own: Map<string, readonly CampaignSummary[]>,
    pending: Readonly<Record<string, string>>,
  ): Map<string, readonly CampaignSummary[]> {
    const moves = Object.entries(pending);
    if (moves.length === 0) return own;
    const columns = new Map(own);
    for (const [id, toStageId] of moves) {
      const card = cards.find((c) => c.id === id);
      if (!card || card.stageId === toStageId) continue;
      const from = columns.get(card.stageId);
      if (from)
        columns.set(
          card.stageId,
          from.filter((c) => c !== card),
        );
      // Put last: compareCards is a full order, so where a card enters does not matter.
      const to = columns.get(toStageId);
      if (to) columns.set(toStageId, [...to, card]);
    }
    return columns;
  }

  return (
    cards: readonly CampaignSummary[],
    stageIds: readonly string[],
    pending: Readonly<Record<string, string>> = {},
  ): Map<string, readonly CampaignSummary[]> => {
    const inputs = applyPending(cards, groupOwn(cards, stageIds), pending);
    const next = new Map<
      string,
      { input: readonly CampaignSummary[]; sorted: readonly CampaignSummary[] }
    >();
    const out = new Map<string, readonly CampaignSummary[]>();
    for (const id of stageIds) {
      const input = inputs.get(id) ?? [];
      const before = last.get(id);
      const sorted =
        before && (before.input === input || sameCards(before.input, input))
          ? before.sorted
          : [...input].sort(compareCards);
      next.set(id, { input, sorted });
      out.set(id, sorted);
    }
    last = next;
    return out;
  };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((id, i) => id === b[i]));
}

/** How many cards each stage holds by the backend's word (before any filter). */
export function countByStage(cards: readonly CampaignSummary[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const c of cards) counts.set(c.stageId, (counts.get(c.stageId) ?? 0) + 1);
  return counts;
}

/**
 * The counts as shown while moves are unanswered: each moved card counted in the stage it
 * shows in. Only the moved cards are looked at, so a drop does not count the board again.
 */
export function countShown(
  own: ReadonlyMap<string, number>,
  pending: Readonly<Record<string, string>>,
  cardsById: ReadonlyMap<string, CampaignSummary>,
): ReadonlyMap<string, number> {
  const moves = Object.entries(pending);
  if (moves.length === 0) return own;
  const counts = new Map(own);
  for (const [id, toStageId] of moves) {
    const card = cardsById.get(id);
    if (!card || card.stageId === toStageId) continue;
    counts.set(card.stageId, (counts.get(card.stageId) ?? 0) - 1);
    counts.set(toStageId, (counts.get(toStageId) ?? 0) + 1);
  }
  return counts;
}
