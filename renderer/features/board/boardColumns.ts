import type { CampaignSummary } from '../../../shared/model';

/** One collator for every comparison: `localeCompare` sets one up per call, too slow for 2,000. */
const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * Order inside a column: the most urgent handoff first (earliest due date, undated last), then
 * by name so the order is stable. The backend has no order field, so this is the only order.
 */
export function compareCards(a: CampaignSummary, b: CampaignSummary): number {
  const da = a.currentHandoff?.dueDate ?? null;
  const db = b.currentHandoff?.dueDate ?? null;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  }
  return byName.compare(a.name, b.name);
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
 * Cards of a stage that is not on the board (removed meanwhile) are left out rather than shown
 * in a wrong column.
 */
export function createColumnGrouper() {
  let last = new Map<string, { input: CampaignSummary[]; sorted: readonly CampaignSummary[] }>();
  return (
    cards: readonly CampaignSummary[],
    stageIds: readonly string[],
    pending: Readonly<Record<string, string>> = {},
  ): Map<string, readonly CampaignSummary[]> => {
    const inputs = new Map<string, CampaignSummary[]>(stageIds.map((id) => [id, []]));
    for (const card of cards) inputs.get(shownStageId(card, pending))?.push(card);
    const next = new Map<
      string,
      { input: CampaignSummary[]; sorted: readonly CampaignSummary[] }
    >();
    const out = new Map<string, readonly CampaignSummary[]>();
    for (const [id, input] of inputs) {
      const before = last.get(id);
      const sorted =
        before && sameCards(before.input, input) ? before.sorted : [...input].sort(compareCards);
      next.set(id, { input, sorted });
      out.set(id, sorted);
    }
    last = next;
    return out;
  };
}
