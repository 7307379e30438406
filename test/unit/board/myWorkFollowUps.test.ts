import { describe, expect, it } from 'vitest';
import type { CardFollowUp } from '../../../shared/model';
import { followUpLine } from '../../../renderer/features/board/followUpLine';
import { EMPTY_FILTER, matchesFilter } from '../../../renderer/features/board/filterCampaigns';
import { card } from './cardFixture';

const review = (over: Partial<CardFollowUp> = {}): CardFollowUp => ({
  kind: 'review',
  id: 'r-1',
  dueDay: '2026-03-09',
  state: 'due',
  daysLate: 0,
  ownerId: 'p-ana',
  badge: 'Review day 7 due',
  text: 'Review day 7 — due today',
  ...over,
});

const MY_WORK = { ...EMPTY_FILTER, myWork: true };

describe('My work on the board with reviews and retrospectives', () => {
  it.each([
    ['the analyst of a review due today', [review()], 'p-ana', true],
    ['someone else', [review()], 'p-zed', false],
    // A retrospective still in its week after Done is not work yet.
    [
      'the owner of a retrospective due in 3 days',
      [review({ kind: 'retrospective', state: 'upcoming', badge: 'Retro due in 3 d' })],
      'p-ana',
      false,
    ],
  ])('%s', (_who, followUps, me, shown) => {
    const c = card({ currentHandoff: null, followUps });
    expect(matchesFilter(c, MY_WORK, me)).toBe(shown);
  });

  it('reads "Review day 7 of Spring launch — due today"', () => {
    expect(followUpLine({ campaign: card({ name: 'Spring launch' }), followUp: review() })).toBe(
      'Review day 7 of Spring launch — due today',
    );
  });
});
