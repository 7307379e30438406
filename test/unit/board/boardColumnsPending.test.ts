import { describe, expect, it } from 'vitest';
import {
  compareCards,
  countByStage,
  countShown,
  createColumnGrouper,
} from '../../../renderer/features/board/boardColumns';
import type { CampaignSummary } from '../../../shared/model';
import { card, STAGES } from './cardFixture';

// The grouper applies unanswered moves to a grouping by each card's own stage, instead of
// looking every card up in `pending`. It must show exactly what grouping by the shown stage
// from scratch shows, ties (same due date, same name) included: a moved card is put last in
// its new column before sorting, so this holds only because compareCards is a full order.

const IDS = STAGES.map((s) => s.id);

function dueCard(i: number, stageId: string, dueDate: string | null, name: string) {
  const base = card();
  return card({
    id: `c-${i}`,
    name,
    stageId,
    currentHandoff: dueDate ? { ...base.currentHandoff!, id: `h-${i}`, dueDate } : null,
  });
}

/** Grouping by the shown stage from scratch: what the board showed before. */
function reference(
  cards: readonly CampaignSummary[],
  pending: Readonly<Record<string, string>>,
): Map<string, string[]> {
  return new Map(
    IDS.map((id) => [
      id,
      cards
        .filter((c) => (pending[c.id] ?? c.stageId) === id)
        .sort(compareCards)
        .map((c) => c.id),
    ]),
  );
}

const ids = (columns: Map<string, readonly CampaignSummary[]>) =>
  new Map([...columns].map(([stage, cards]) => [stage, cards.map((c) => c.id)]));

/** A small deterministic board with many ties: 3 names, 3 due dates, 4 stages. */
function board(size: number): CampaignSummary[] {
  const dates = ['2027-01-10', '2027-01-12', null];
  const names = ['Alpha', 'alpha', 'Beta'];
  return Array.from({ length: size }, (_, i) =>
    dueCard(i, IDS[(i * 7) % IDS.length]!, dates[(i * 5) % 3]!, names[(i * 11) % 3]!),
  );
}

describe('board columns with unanswered moves', () => {
  const cards = board(40);
  const cases: { name: string; pending: Record<string, string> }[] = [
    { name: 'no move', pending: {} },
    { name: 'one card forward', pending: { 'c-0': 'st-creative' } },
    { name: 'one card back', pending: { 'c-1': 'st-strategy' } },
    {
      name: 'several cards, into and out of the same column',
      pending: {
        'c-2': 'st-launch',
        'c-3': 'st-launch',
        'c-4': 'st-strategy',
        'c-9': 'st-creative',
      },
    },
    { name: 'a move to the stage the card is already in', pending: { 'c-5': cards[5]!.stageId } },
    { name: 'a card no longer on the board', pending: { 'c-gone': 'st-launch' } },
    { name: 'a stage no longer on the board', pending: { 'c-6': 'st-gone' } },
  ];

  for (const { name, pending } of cases) {
    it(`shows what grouping from scratch shows: ${name}`, () => {
      const group = createColumnGrouper();
      // Grouped once without the move first, as the board does before a drop.
      group(cards, IDS, {});
      expect(ids(group(cards, IDS, pending))).toEqual(reference(cards, pending));
    });

    it(`counts each card in the stage it shows in: ${name}`, () => {
      const byId = new Map(cards.map((c) => [c.id, c]));
      const counts = countShown(countByStage(cards), pending, byId);
      const expected = new Map<string, number>();
      for (const c of cards) {
        if (pending[c.id] !== undefined && !byId.has(c.id)) continue;
        const stage = pending[c.id] ?? c.stageId;
        expected.set(stage, (expected.get(stage) ?? 0) + 1);
      }
      for (const stage of new Set([...counts.keys(), ...expected.keys()])) {
        expect(counts.get(stage) ?? 0, stage).toBe(expected.get(stage) ?? 0);
      }
    });
  }

  it('touches only the two columns of a drop and its answer', () => {
    const group = createColumnGrouper();
    const before = group(cards, IDS, {});
    const moved = cards.find((c) => c.stageId === 'st-strategy')!;
    const dropped = group(cards, IDS, { [moved.id]: 'st-creative' });
    expect(dropped.get('st-production')).toBe(before.get('st-production'));
    expect(dropped.get('st-launch')).toBe(before.get('st-launch'));
    expect(dropped.get('st-strategy')).not.toBe(before.get('st-strategy'));
    expect(dropped.get('st-creative')).toContain(moved);

    // The answer: the card now lives in Creative, with nothing pending.
    const answered = cards.map((c) => (c === moved ? { ...c, stageId: 'st-creative' } : c));
    const after = group(answered, IDS, {});
    expect(after.get('st-production')).toBe(before.get('st-production'));
    expect(after.get('st-launch')).toBe(before.get('st-launch'));
    expect(ids(after)).toEqual(reference(answered, {}));
  });

  it('orders cards with the same due date and name by id, whatever order they arrive in', () => {
    const twins = [
      dueCard(3, 'st-strategy', '2027-01-10', 'Alpha'),
      dueCard(1, 'st-strategy', '2027-01-10', 'alpha'),
      dueCard(2, 'st-strategy', '2027-01-10', 'ALPHA'),
    ];
    const order = (list: CampaignSummary[]) => [...list].sort(compareCards).map((c) => c.id);
    expect(order(twins)).toEqual(['c-1', 'c-2', 'c-3']);
    expect(order([...twins].reverse())).toEqual(['c-1', 'c-2', 'c-3']);
  });

  it('keeps the counts themselves when nothing is pending', () => {
    const own = countByStage(cards);
    expect(countShown(own, {}, new Map())).toBe(own);
  });
});
