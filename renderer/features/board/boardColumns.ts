import type { CampaignSummary } from '../../../shared/model';

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
  return a.name.localeCompare(b.name);
}

/** The stage a card shows in: where an optimistic move put it, else where the backend says. */
export function shownStageId(card: CampaignSummary, pending: Readonly<Record<string, string>>) {
  return pending[card.id] ?? card.stageId;
}

/**
 * Cards per stage id, sorted for display. Cards of a stage that is not on the board (removed
 * meanwhile) are left out rather than shown in a wrong column.
 */
export function groupByStage(
  cards: readonly CampaignSummary[],
  stageIds: readonly string[],
  pending: Readonly<Record<string, string>> = {},
): Map<string, CampaignSummary[]> {
  const columns = new Map<string, CampaignSummary[]>(stageIds.map((id) => [id, []]));
  for (const card of cards) columns.get(shownStageId(card, pending))?.push(card);
  for (const list of columns.values()) list.sort(compareCards);
  return columns;
}
